/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Tables. Reference: TableCollection.add — "If the source does not contain headers (i.e., when this
 * property set to false), Excel will automatically generate a header and shift the data down by one
 * row"; Excel's header rules: a blank header becomes "Column<n>", a duplicate gets a number suffix
 * ("Name", "Name2"); TableColumnCollection.add(index, values, name) with values including the
 * header row (the docs' "Day of the Week" sample).
 */
import { createSimulator } from "./simulator";

function seeded() {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:C4", [
    ["ID", "Name", "Amt"],
    [1, "a", 10],
    [2, "b", 20],
    [3, "c", 30],
  ]);
  return sim;
}

test("add with headers: ranges, name, columns; getItem by name", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
    t.load("name, showHeaders, style");
    const all = t.getRange().load("address");
    const hdr = t.getHeaderRowRange().load("values");
    const body = t.getDataBodyRange().load("address");
    t.columns.load("name");
    t.rows.load("count");
    await ctx.sync();
    expect([t.name, t.showHeaders, t.style]).toEqual(["Table1", true, "TableStyleMedium2"]);
    expect([all.address, body.address]).toEqual(["Sheet1!A1:C4", "Sheet1!A2:C4"]);
    expect(hdr.values).toEqual([["ID", "Name", "Amt"]]);
    expect(t.columns.items.map((c) => c.name)).toEqual(["ID", "Name", "Amt"]);
    expect(t.rows.count).toBe(3);
    t.name = "Customers";
    const again = ctx.workbook.tables.getItem("customers").load("name");
    await ctx.sync();
    expect(again.name).toBe("Customers");
  });
});

test("add without headers shifts the data down one row and names columns Column1…", async () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:B2", [
    [1, 2],
    [3, 4],
  ]);
  await sim.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", false);
    t.getRange().load("address");
    await ctx.sync();
  });
  expect(sim.workbook.getValues("Sheet1!A1:B3")).toEqual([
    ["Column1", "Column2"],
    [1, 2],
    [3, 4],
  ]);
});

test("blank and duplicate headers are renamed like Excel does", async () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:D2", [
    ["Name", "", "Name", 2024],
    [1, 2, 3, 4],
  ]);
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:D2", true);
    await ctx.sync();
  });
  expect(sim.workbook.tables()[0]!.columns).toEqual(["Name", "Column2", "Name2", "2024"]);
  // Writing a duplicate into the header row renames it too.
  sim.workbook.setValues("Sheet1!B1", [["Name"]]);
  expect(sim.workbook.tables()[0]!.columns).toEqual(["Name", "Name3", "Name2", "2024"]);
});

test("a header-only range gets one empty data row", async () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:B1", [["X", "Y"]]);
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B1", true);
    await ctx.sync();
  });
  expect(sim.workbook.tables()[0]!.address).toBe("Sheet1!A1:B2");
});

test("columns.add appends a column (values include the header) and the table grows; the user's cells to the right move", async () => {
  const sim = seeded();
  sim.workbook.setValues("Sheet1!D2", [["user's note"]]);
  await sim.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
    t.columns.add(undefined, [["Class"], ["A"], ["B"], ["C"]]);
    const named = t.columns.add(undefined, undefined, "Score");
    named.load("name, index");
    await ctx.sync();
    expect([named.name, named.index]).toEqual(["Score", 4]);
  });
  expect(sim.workbook.tables()[0]).toMatchObject({
    address: "Sheet1!A1:E4",
    columns: ["ID", "Name", "Amt", "Class", "Score"],
  });
  expect(sim.workbook.getValues("Sheet1!D1:F2")).toEqual([
    ["Class", "Score", ""],
    ["A", "", "user's note"],
  ]);
});

test("columns.add with values of the wrong height is InvalidArgument", async () => {
  const sim = seeded();
  await expect(
    sim.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
      t.columns.add(undefined, [["Class"], ["A"]]);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("rows.add appends rows; getItem(name) of a column reads its values; column rename", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
    t.rows.add(undefined, [
      [4, "d", 40],
      [5, "e", 50],
    ]);
    const amt = t.columns.getItem("Amt").load("values");
    t.columns.getItem("Name").name = "Customer";
    const body = t.getDataBodyRange().load("address");
    await ctx.sync();
    expect(amt.values).toEqual([["Amt"], [10], [20], [30], [40], [50]]);
    expect(body.address).toBe("Sheet1!A2:C6");
  });
  expect(sim.workbook.getValues("Sheet1!B1")).toEqual([["Customer"]]);
});

test("the table grows when the user inserts rows inside it and moves when rows go above it", async () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A3:B5", [
    ["K", "V"],
    [1, 2],
    [3, 4],
  ]);
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").tables.add("A3:B5", true);
    await ctx.sync();
  });
  sim.workbook.insertRows("Sheet1", 4, 2); // between the data rows
  expect(sim.workbook.tables()[0]!.address).toBe("Sheet1!A3:B7");
  sim.workbook.insertRows("Sheet1", 0, 1); // above the table
  expect(sim.workbook.tables()[0]!.address).toBe("Sheet1!A4:B8");
});

test("tables cannot overlap; invalid and duplicate names are refused", async () => {
  const sim = seeded();
  await expect(
    sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.tables.add("A1:C4", true);
      s.tables.add("B2:D5", true);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "MergedRangeConflict" });
  for (const [name, code] of [
    ["has space", "InvalidArgument"],
    ["A1", "InvalidArgument"],
    ["table1", "ItemAlreadyExists"],
  ]) {
    const s2 = seeded();
    await s2.run(async (ctx) => {
      const sh = ctx.workbook.worksheets.getItem("Sheet1");
      sh.getRange("F1:F2").values = [["X"], [1]];
      sh.tables.add("A1:C4", true);
      sh.tables.add("F1:F2", true).name = name!;
      await expect(ctx.sync()).rejects.toMatchObject({ code });
    });
  }
});

test("getItemOrNullObject, getCount, showTotals, delete", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
    const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
    const n = ctx.workbook.tables.getCount();
    t.showTotals = true;
    const total = t.getTotalRowRange().load("address, values");
    await ctx.sync();
    expect([missing.isNullObject, n.value, total.address, total.values[0]![0]]).toEqual([
      true,
      1,
      "Sheet1!A5:C5",
      "Total",
    ]);
    t.delete();
    const after = ctx.workbook.tables.getCount();
    await ctx.sync();
    expect(after.value).toBe(0);
  });
  expect(sim.workbook.getValues("Sheet1!A1")).toEqual([[""]]);
});
