/**
 * The cells saveXlsx writes without ExcelJS's cell objects (xlsx-sheet-data.ts), read back by ExcelJS's
 * own reader — the peer whose XML the writer copies — and by ours. Expected values are the cells as
 * written; types follow ECMA-376 §18.3.1.4 (c: t="s" shared string, "b" boolean, "e" error, "str"
 * formula string).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createSimulator } from "./simulator";
import { loadXlsx } from "./xlsx-load";
import { saveXlsx } from "./xlsx-save";

async function saved(): Promise<Uint8Array> {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.getRange("A1:D4").values = [
      ["text", "a<b & \"c\" 'd'", true, false],
      ["numbers", -0, 1e21, 0.1 + 0.2],
      ["formulas", "=C1", "=A1", "=1/0"],
      ["control", "tab\there", "bell\u0007gone", ""],
    ];
    s.getRange("F2").format.fill.color = "#FFC000"; // a styled empty cell
    s.getRange("3:3").format.rowHeight = 30;
    s.getRange("4:4").rowHidden = true;
    s.getRange("A6").values = [["merged"]];
    s.getRange("A6:C7").merge();
    const t = ctx.workbook.worksheets.add("Second");
    t.getRange("B2").values = [["text"]]; // the same string: one shared-string entry for both sheets
    await ctx.sync();
  });
  return saveXlsx(sim.workbook.state);
}

describe("sheet data written without ExcelJS cells", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await saved();
  });

  test("ExcelJS reads every value and type back", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Sheet1")!;
    const v = (a: string) => ws.getCell(a).value;
    expect([v("A1"), v("B1"), v("C1"), v("D1")]).toEqual(["text", "a<b & \"c\" 'd'", true, false]);
    expect([v("B2"), v("C2"), v("D2")]).toEqual([0, 1e21, 0.1 + 0.2]);
    expect(v("B3")).toEqual({ formula: "C1", result: true });
    expect(v("C3")).toEqual({ formula: "A1", result: "text" });
    expect(v("D3")).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
    // XML 1.0 cannot hold U+0007: dropped, as ExcelJS drops it; a tab is kept.
    expect([v("B4"), v("C4")]).toEqual(["tab\there", "bellgone"]);
    expect(ws.getCell("F2").fill).toMatchObject({ fgColor: { argb: "FFFFC000" } });
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.getRow(4).hidden).toBe(true);
    expect(ws.getCell("B6").isMerged && ws.getCell("B6").master.address).toBe("A6");
    expect(wb.getWorksheet("Second")!.getCell("B2").value).toBe("text");
  });

  test("the sheet part has one <sheetData> with rows in order, and the strings are shared once", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")!.async("string"));
    expect(sheet.match(/<sheetData>/g)).toHaveLength(1);
    const rows = [...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(sheet).toContain('<dimension ref="A1:F7"/>');
    expect(sheet).toContain('<mergeCell ref="A6:C7"/>');
    const strings = (await zip.file("xl/sharedStrings.xml")!.async("string"));
    expect(strings.match(/<t>text<\/t>/g)).toHaveLength(1);
  });

  test("our loader reads it back too", async () => {
    const state = await loadXlsx(bytes);
    const sim = createSimulator(state);
    expect(sim.workbook.getValues("Sheet1!A1:D2")).toEqual([
      ["text", "a<b & \"c\" 'd'", true, false],
      ["numbers", 0, 1e21, 0.1 + 0.2],
    ]);
  });
});
