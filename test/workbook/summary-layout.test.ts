/**
 * The summary sheet as a user sees it: no chart covers a filled cell or another chart, the report fits
 * the width of a portrait page, the PivotTable is below everything (it grows down and right when
 * refreshed), counts customers by their ID, and the data-quality list gives each problem's cell.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { detectSources } from "../../src/excel/detect";
import type { Simulator } from "../../src/sim";
import type { SheetState } from "../../src/sim/state";
import { contextOf, sampleSim } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const rowTop = (s: SheetState, r: number) => {
  let y = 0;
  for (let i = 0; i < r; i++) y += s.rows[i]?.height ?? s.standardHeight;
  return y;
};
const colLeft = (s: SheetState, c: number) => {
  let x = 0;
  for (let i = 0; i < c; i++) x += s.cols[i]?.width ?? s.standardWidth;
  return x;
};
const cellBox = (s: SheetState, r: number, c: number): Box => ({
  top: rowTop(s, r),
  left: colLeft(s, c),
  bottom: rowTop(s, r + 1),
  right: colLeft(s, c + 1),
});
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function summary(lang: "zh-CN" | "en-US"): Promise<{ sim: Simulator; sheet: SheetState }> {
  const sim = await sampleSim();
  const ctx = contextOf(sim, lang);
  await classifyWorkbook(ctx, await detectSources(ctx));
  const name = lang === "zh-CN" ? "客户分类汇总" : "Customer classification summary";
  return { sim, sheet: sim.workbook.sheet(name) };
}

describe.each(["zh-CN", "en-US"] as const)("the summary sheet (%s)", (lang) => {
  test("charts cover no filled cell and no other chart; the report is one portrait page wide", async () => {
    const { sheet } = await summary(lang);
    const charts: Box[] = sheet.charts.map((c) => ({
      top: c.top,
      left: c.left,
      bottom: c.top + c.height,
      right: c.left + c.width,
    }));
    expect(charts.length).toBe(4);
    charts.forEach((a, i) => charts.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    const pivot = sheet.pivots[0]!.rendered!;
    let widest = 0;
    sheet.rows.forEach((row, r) => {
      row?.v.forEach((v, c) => {
        if (v === undefined || v === "") return;
        for (const ch of charts) expect(overlap(cellBox(sheet, r, c), ch)).toBe(false);
        if (r < pivot.r0) widest = Math.max(widest, cellBox(sheet, r, c).right);
      });
    });
    // A4 portrait less Excel's default 0.7" margins: 8.27" − 1.4" = 6.87" ≈ 494 pt.
    expect(Math.max(widest, ...charts.map((c) => c.right))).toBeLessThanOrEqual(494);
  });

  test("the PivotTable comes last, RFM segment × value class, counting customers by their ID", async () => {
    const { sheet } = await summary(lang);
    const p = sheet.pivots[0]!;
    const out = p.rendered!;
    // Every filled cell outside the pivot is above it; every chart ends above it.
    sheet.rows.forEach((row, r) => {
      row?.v.forEach((v, c) => {
        const inPivot = r >= out.r0 && r <= out.r1 && c >= out.c0 && c <= out.c1;
        if (v !== undefined && v !== "" && !inPivot) expect(r).toBeLessThan(out.r0);
      });
    });
    for (const ch of sheet.charts) expect(ch.top + ch.height).toBeLessThanOrEqual(rowTop(sheet, out.r0));
    // The sample's own ID header (Chinese in both runs: it is the user's column).
    const id = "客户编号";
    expect(p.rows).toEqual([lang === "zh-CN" ? "RFM分群" : "RFM segment"]);
    expect(p.cols).toEqual([lang === "zh-CN" ? "价值等级(ABC)" : "Value class (ABC)"]);
    expect(p.data.map((d) => [d.field, d.summarizeBy])).toEqual([
      [id, "Count"],
      [lang === "zh-CN" ? "销售额" : "Revenue", "Sum"],
    ]);
  });

  test("the data-quality list gives each problem's sheet and cell", async () => {
    const { sim, sheet } = await summary(lang);
    const cells = sheet.rows.flatMap((r) => r?.v ?? []).filter((v): v is string => typeof v === "string");
    // samples/README.md: the invalid date at 销售明细!A1865 and the duplicate ID at 客户档案!A113.
    expect(cells).toContain("销售明细!A1865");
    expect(cells).toContain("客户档案!A113");
    expect(sim.workbook.getValues("销售明细!A1865")).toEqual([["2024-02-30"]]);
  });
});
