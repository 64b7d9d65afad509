/* eslint-disable office-addins/call-sync-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Worksheets. Behaviour per the Worksheet/WorksheetCollection reference: add() puts the sheet at
 * the end without activating it; getItem() takes a name or id; a name is 1–31 characters without
 * : \ / ? * [ ]; a workbook keeps at least one visible sheet.
 */
import { createSimulator } from "./simulator";

test("add, order, position, rename, getItem by id, getFirst/getLast", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const ws = ctx.workbook.worksheets;
    const a = ws.add("A");
    const b = ws.add();
    a.load("id, position");
    b.load("name, position");
    const active = ws.getActiveWorksheet().load("name");
    await ctx.sync();
    expect([a.position, b.name, b.position, active.name]).toEqual([1, "Sheet3", 2, "Sheet1"]);
    const byId = ws.getItem(a.id).load("name");
    b.position = 0;
    b.name = "First";
    const first = ws.getFirst().load("name");
    const last = ws.getLast().load("name");
    await ctx.sync();
    expect([byId.name, first.name, last.name]).toEqual(["A", "First", "A"]);
  });
  expect(sim.workbook.sheetNames()).toEqual(["First", "Sheet1", "A"]);
});

test.each([["bad:name"], ["x".repeat(32)], [""], ["[x]"]])(
  "sheet name %j is InvalidArgument",
  async (name) => {
    const sim = createSimulator();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  },
);

test("a duplicate name is ItemAlreadyExists (names compare case-insensitively)", async () => {
  const sim = createSimulator();
  await expect(
    sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("sheet1");
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
});

test("renaming a sheet to another's name is ItemAlreadyExists; re-casing its own name is not", async () => {
  const sim = createSimulator();
  sim.workbook.addSheet("Data");
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Data").name = "DATA";
    await ctx.sync();
    ctx.workbook.worksheets.getItem("DATA").name = "sheet1";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
  expect(sim.workbook.sheetNames()).toEqual(["Sheet1", "DATA"]);
});

test("renaming a sheet rewrites formulas that refer to it", async () => {
  const sim = createSimulator();
  sim.workbook.addSheet("Data");
  sim.workbook.setValues("Data!A1", [[21]]);
  sim.workbook.setValues("Sheet1!A1", [["=Data!A1*2"]]);
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Data").name = "Raw data";
    await ctx.sync();
  });
  expect(sim.workbook.getFormulas("Sheet1!A1")).toEqual([["='Raw data'!A1*2"]]);
  expect(sim.workbook.getValues("Sheet1!A1")).toEqual([[42]]);
});

test("visibility, tab colour; the last visible sheet cannot be hidden or deleted", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s2 = ctx.workbook.worksheets.add("State");
    s2.visibility = "VeryHidden";
    s2.tabColor = "#FF0000";
    s2.load("visibility, tabColor");
    await ctx.sync();
    expect([s2.visibility, s2.tabColor]).toEqual(["VeryHidden", "#FF0000"]);
    ctx.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    ctx.workbook.worksheets.getItem("Sheet1").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

test("delete removes the sheet; its proxy then fails with ItemNotFound", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.add("Temp");
    await ctx.sync();
    s.delete();
    await ctx.sync();
    s.load("name");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
  expect(sim.workbook.sheetNames()).toEqual(["Sheet1"]);
});

test("getUsedRange of a blank sheet is A1; getUsedRangeOrNullObject is a null object", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    const u = s.getUsedRange().load("address");
    const n = s.getUsedRangeOrNullObject();
    await ctx.sync();
    expect([u.address, n.isNullObject]).toEqual(["Sheet1!A1", true]);
  });
});

test("freezePanes: freezeRows/freezeColumns/freezeAt/unfreeze and the frozen location", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.freezePanes.freezeRows(1);
    const loc = s.freezePanes.getLocationOrNullObject().load("address");
    await ctx.sync();
    expect(loc.address).toBe("Sheet1!1:1");
    s.freezePanes.freezeAt(s.getRange("A1:B2"));
    await ctx.sync();
    expect([sim.workbook.state.sheets[0]!.freezeRows, sim.workbook.state.sheets[0]!.freezeCols]).toEqual([
      2, 2,
    ]);
    s.freezePanes.unfreeze();
    const none = s.freezePanes.getLocationOrNullObject();
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
  });
});

test("defined names: add a range name, read its value and range; duplicate is ItemAlreadyExists", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.getRange("A1:A2").values = [[1], [2]];
    const n = ctx.workbook.names.add("Inputs", s.getRange("A1:A2"), "two cells");
    n.load("name, type, value, formula, comment");
    const r = ctx.workbook.names.getItem("inputs").getRange().load("address, values");
    await ctx.sync();
    expect([n.type, n.value, n.formula, n.comment]).toEqual([
      "Range",
      "Sheet1!$A$1:$A$2",
      "=Sheet1!$A$1:$A$2",
      "two cells",
    ]);
    expect([r.address, r.values]).toEqual(["Sheet1!A1:A2", [[1], [2]]]);
    s.getRange("B1").formulas = [["=SUM(Inputs)"]];
    const b = s.getRange("B1").load("values");
    await ctx.sync();
    expect(b.values).toEqual([[3]]);
    ctx.workbook.names.add("INPUTS", "=1");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

test("worksheet custom properties (ExcelApi 1.12)", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.customProperties.add("role", "customers");
    const p = s.customProperties.getItem("ROLE").load("key, value");
    await ctx.sync();
    expect([p.key, p.value]).toEqual(["role", "customers"]);
  });
});
