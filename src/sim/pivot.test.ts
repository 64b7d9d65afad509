/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * PivotTables (ExcelApi 1.8): pivotTables.add(name, source, destination), hierarchies added to
 * rows/columns/data, summarizeBy, layout (docs/excel/excel-add-ins-pivottables.md). The report is
 * rendered into the destination cells like Excel's Compact layout. Expected numbers are hand sums
 * of the source rows, written next to each expectation.
 */
import { createSimulator } from "./simulator";

const DATA = [
  ["Region", "Class", "Revenue"],
  ["East", "A", 100],
  ["West", "B", 50],
  ["East", "B", 25],
  ["North", "A", 10],
  ["West", "A", 5],
  ["East", "C", 1],
];

function seeded() {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:C7", DATA);
  return sim;
}

test("rows × columns with a Sum data field", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.add("Summary");
    const pt = ctx.workbook.worksheets
      .getItem("Summary")
      .pivotTables.add("ByRegion", "Sheet1!A1:C7", "Summary!A3");
    pt.rowHierarchies.add(pt.hierarchies.getItem("Region"));
    pt.columnHierarchies.add(pt.hierarchies.getItem("Class"));
    const d = pt.dataHierarchies.add(pt.hierarchies.getItem("Revenue"));
    d.load("name, summarizeBy");
    const range = pt.layout.getRange().load("address");
    const body = pt.layout.getDataBodyRange().load("address");
    await ctx.sync();
    expect([d.name, d.summarizeBy]).toEqual(["Sum of Revenue", "Sum"]);
    expect([range.address, body.address]).toEqual(["Summary!A3:E8", "Summary!B5:E8"]);
  });
  expect(sim.workbook.getValues("Summary!A3:E8")).toEqual([
    ["Sum of Revenue", "Column Labels", "", "", ""],
    ["Row Labels", "A", "B", "C", "Grand Total"],
    ["East", 100, 25, 1, 126], // 100 + 25 + 1
    ["North", 10, "", "", 10],
    ["West", 5, 50, "", 55], // 5 + 50
    ["Grand Total", 115, 75, 1, 191], // A: 100+10+5, B: 50+25, total 191
  ]);
});

test("summarizeBy Count renames the default caption; grand totals can be switched off", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const pt = ctx.workbook.worksheets.getItem("Sheet1").pivotTables.add("Cnt", "Sheet1!A1:C7", "Sheet1!F1");
    pt.rowHierarchies.add(pt.hierarchies.getItem("Class"));
    const d = pt.dataHierarchies.add(pt.hierarchies.getItem("Revenue"));
    d.summarizeBy = "Count";
    pt.layout.showColumnGrandTotals = false;
    d.load("name");
    await ctx.sync();
    expect(d.name).toBe("Count of Revenue");
  });
  expect(sim.workbook.getValues("Sheet1!F1:G4")).toEqual([
    ["Row Labels", "Count of Revenue"],
    ["A", 3], // East, North, West
    ["B", 2],
    ["C", 1],
  ]);
});

test("a text field added to data defaults to Count (Excel picks Sum only for all-numeric fields)", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const pt = ctx.workbook.pivotTables.add("T", "Sheet1!A1:C7", "Sheet1!F1");
    const d = pt.dataHierarchies.add(pt.hierarchies.getItem("Class")).load("name, summarizeBy");
    await ctx.sync();
    expect([d.name, d.summarizeBy]).toEqual(["Count of Class", "Count"]);
  });
});

test("writing into the report is PivotTableRangeConflict; refresh() picks up source changes", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const pt = ctx.workbook.pivotTables.add("P", "Sheet1!A1:C7", "Sheet1!F1");
    pt.rowHierarchies.add(pt.hierarchies.getItem("Region"));
    pt.dataHierarchies.add(pt.hierarchies.getItem("Revenue"));
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("G2").values = [[0]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "PivotTableRangeConflict" });
    ctx.workbook.worksheets.getItem("Sheet1").getRange("C2").values = [[200]]; // East A: 100 → 200
    await ctx.sync();
    expect(sim.workbook.getValues("Sheet1!G2")).toEqual([[126]]); // not refreshed yet
    pt.refresh();
    await ctx.sync();
  });
  expect(sim.workbook.getValues("Sheet1!F2:G2")).toEqual([["East", 226]]);
});

test("source from a table; a duplicate name is ItemAlreadyExists; getItem, delete", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:C7", true);
    const pt = ctx.workbook.pivotTables.add("FromTable", t, "Sheet1!F1");
    pt.dataHierarchies.add(pt.hierarchies.getItem("Revenue"));
    const src = pt.getDataSourceString();
    await ctx.sync();
    expect(src.value).toBe("Table1");
    expect(sim.workbook.getValues("Sheet1!F1:F2")).toEqual([["Sum of Revenue"], [191]]);
    ctx.workbook.pivotTables.add("fromtable", "Sheet1!A1:C7", "Sheet1!J1");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.pivotTables.getItem("FromTable").delete();
    const n = ctx.workbook.pivotTables.getCount();
    await ctx.sync();
    expect(n.value).toBe(0);
  });
  expect(sim.workbook.getValues("Sheet1!F2")).toEqual([[""]]);
});

test("renaming a pivot to another's name is ItemAlreadyExists, on any sheet; re-casing its own is not", async () => {
  const sim = seeded();
  await sim.run(async (ctx) => {
    ctx.workbook.worksheets.add("Other");
    ctx.workbook.pivotTables.add("First", "Sheet1!A1:C7", "Sheet1!F1");
    ctx.workbook.pivotTables.add("Second", "Sheet1!A1:C7", "Other!A1");
    ctx.workbook.pivotTables.getItem("First").name = "FIRST";
    await ctx.sync();
    ctx.workbook.pivotTables.getItem("Second").name = "first";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const names = ctx.workbook.pivotTables.load("items/name");
    await ctx.sync();
    expect(names.items.map((p) => p.name)).toEqual(["FIRST", "Second"]);
  });
});

test("a source column without a header is refused", async () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:B2", [
    ["Name", ""],
    ["a", 1],
  ]);
  await expect(
    sim.run(async (ctx) => {
      ctx.workbook.pivotTables.add("Bad", "Sheet1!A1:B2", "Sheet1!D1");
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("pivotTables.add needs ExcelApi 1.8: on an older host it throws ApiNotFound before any sync", async () => {
  const sim = createSimulator(undefined, { requirementSets: { ExcelApi: "1.7" } });
  await sim.run(async (ctx) => {
    expect(() => ctx.workbook.pivotTables.add("P", "Sheet1!A1:B2", "Sheet1!D1")).toThrow(
      expect.objectContaining({ code: "ApiNotFound" }) as Error,
    );
    await ctx.sync();
  });
});
