/**
 * Acceptance check with a real spreadsheet program: LibreOffice must open a saved workbook and
 * see the PivotTable as a pivot table (a DataPilot in its own format) and rebuild its numbers from
 * the source, and see the chart. The workbook is saved without the rendered pivot cells
 * (pivotCellCache: false), so any numbers in the pivot area come from LibreOffice's own pivot
 * engine reading our parts. Skipped, with a message, when `soffice` is not installed
 * (`apt-get install -y libreoffice-calc`).
 */
import JSZip from "jszip";
import { convertWithLibreOffice, findSoffice } from "./node-io";
import { createSimulator } from "./simulator";
import { saveXlsx } from "./xlsx-save";

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice)
  console.warn("libreoffice.test.ts skipped: soffice is not on PATH (apt-get install -y libreoffice-calc)");

async function workbook(): Promise<Uint8Array> {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:C7", [
    ["Region", "Class", "Revenue"],
    ["East", "A", 100],
    ["West", "B", 50],
    ["East", "B", 25],
    ["North", "A", 10],
    ["West", "A", 5],
    ["East", "C", 1],
  ]);
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.name = "Sales";
    const sum = ctx.workbook.worksheets.add("Summary");
    const pt = sum.pivotTables.add("PT", "Sales!A1:C7", "Summary!A3");
    pt.rowHierarchies.add(pt.hierarchies.getItem("Region"));
    pt.columnHierarchies.add(pt.hierarchies.getItem("Class"));
    pt.dataHierarchies.add(pt.hierarchies.getItem("Revenue"));
    sum.charts.add("ColumnClustered", s.getRange("A1:C7"), "Columns").title.text = "Revenue";
    await ctx.sync();
  });
  return saveXlsx(sim.workbook.state, { pivotCellCache: false });
}

maybe("LibreOffice opens the saved workbook", () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await workbook();
  });

  test("the pivot is rebuilt by LibreOffice with the aggregated numbers", async () => {
    const files = await convertWithLibreOffice(
      xlsx,
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    );
    const csv = new TextDecoder().decode(files.get("book-Summary.csv"));
    const rows = csv
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    const byRegion: Record<string, (number | null)[]> = Object.fromEntries(
      rows
        .filter((r) => ["East", "North", "West"].includes(r[0]!))
        .map((r) => [r[0]!, r.slice(1).map((x) => (x === "" ? null : Number(x)))]),
    );
    // Hand sums by Region × Class (A, B, C, total): East 100/25/1 = 126; North 10 = 10; West 5/50 = 55.
    expect(byRegion).toEqual({
      East: [100, 25, 1, 126],
      North: [10, null, null, 10],
      West: [5, 50, null, 55],
    });
    expect(
      rows
        .find((r) => /total/i.test(r[0]!))!
        .slice(1)
        .map(Number),
    ).toEqual([115, 75, 1, 191]);
  }, 180_000);

  test("LibreOffice sees a DataPilot table and a chart object", async () => {
    const files = await convertWithLibreOffice(xlsx, "ods");
    const ods = await JSZip.loadAsync(files.get("book.ods")!);
    const content = await ods.file("content.xml")!.async("string");
    expect(content).toMatch(/<table:data-pilot-table [^>]*table:name="PT"/);
    expect(content).toContain('table:target-range-address="Summary.A3:Summary.E8"');
    expect(content).toMatch(/<draw:object [^>]*xlink:href="\.\/Object 1"/);
  }, 180_000);
});
