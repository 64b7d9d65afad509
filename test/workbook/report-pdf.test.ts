/**
 * The printed report, as a real spreadsheet program prints it: the sample classified through the
 * workbook layer, saved, and converted to PDF by LibreOffice headless (as libreoffice.test.ts does).
 * The user's two sheets are hidden in the copy converted, so the PDF holds what Excel's "Export to PDF"
 * of the report sheets gives: the summary, the product overview and the product list. Checked with
 * poppler's pdfinfo / pdftotext, per page: orientation, header and footer, titles and the as-of date,
 * every column of the product list on every page of it, no "###" cells, the PivotTable not printed.
 * Skipped, with a message, without soffice or poppler-utils.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { classifyWorkbook, type ClassifyWorkbookOutcome } from "../../src/excel/classify-workbook";
import { detectSources } from "../../src/excel/detect";
import { saveXlsx } from "../../src/sim";
import { convertWithLibreOffice, findSoffice } from "../../src/sim/node-io";
import { contextOf, CUSTOMER_SHEET, SALES_SHEET, sampleSim } from "./helpers";

jest.setTimeout(60_000);

function hasPoppler(): boolean {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const ready = findSoffice() !== null && hasPoppler();
const maybe = ready ? describe : describe.skip;
if (!ready)
  console.warn(
    "test/workbook/report-pdf.test.ts skipped: needs soffice and pdfinfo/pdftotext (apt-get install -y libreoffice-calc poppler-utils)",
  );

interface Page {
  width: number;
  height: number;
  text: string;
}

const LIST_HEADER = [
  "排名",
  "商品编码",
  "商品名称",
  "销售额",
  "占比",
  "累计占比",
  "ABC类",
  "明细行数",
  "客户数",
];

maybe("the report as LibreOffice prints it (sample, zh-CN)", () => {
  let dir: string;
  let out: ClassifyWorkbookOutcome;
  let pages: Page[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "custclass-report-"));
    const sim = await sampleSim();
    const ctx = contextOf(sim, "zh-CN");
    out = await classifyWorkbook(ctx, await detectSources(ctx));
    const state = sim.workbook.state;
    for (const s of state.sheets)
      if (s.name === CUSTOMER_SHEET || s.name === SALES_SHEET) s.visibility = "Hidden";
    state.activeSheet = state.sheets.find((s) => s.name === "客户分类汇总")!;
    const files = await convertWithLibreOffice(await saveXlsx(state), "pdf", 180_000);
    const pdf = join(dir, "report.pdf");
    writeFileSync(pdf, files.get("book.pdf")!);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const n = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    pages = [];
    for (let i = 1; i <= n; i++) {
      const size = execFileSync("pdfinfo", ["-f", String(i), "-l", String(i), pdf], { encoding: "utf8" });
      const m = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(size)!;
      const text = execFileSync("pdftotext", ["-f", String(i), "-l", String(i), "-layout", pdf, "-"], {
        encoding: "utf8",
      });
      pages.push({ width: Number(m[1]), height: Number(m[2]), text });
    }
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Pages by the title in their header (first line). */
  const of = (title: string) => pages.filter((p) => p.text.trimStart().startsWith(title));

  test("every page is A4 and belongs to one of the three report sheets, in order", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const p of pages)
      expect([Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))]).toEqual([
        595, 842,
      ]);
    const summary = of("客户分类汇总");
    const overview = of("商品分析");
    const list = of("商品ABC分析");
    expect(summary.length + overview.length + list.length).toBe(pages.length);
    expect(summary.length).toBeGreaterThan(0);
    expect(overview.length).toBeGreaterThan(0);
    expect(list.length).toBeGreaterThan(0);
    expect(pages.indexOf(overview[0]!)).toBe(summary.length);
  });

  test("the summary prints portrait, the product sheets landscape", () => {
    for (const p of of("客户分类汇总")) expect(p.height).toBeGreaterThan(p.width);
    for (const p of [...of("商品分析"), ...of("商品ABC分析")]) expect(p.width).toBeGreaterThan(p.height);
  });

  test("each page has the as-of date in its header and the standard and page number in its footer", () => {
    pages.forEach((p, i) => {
      expect(p.text).toContain(`统计截止日 ${out.result.asOf}`);
      expect(p.text).toContain(out.result.standard.name);
      expect(p.text).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
  });

  test("titles are printed; the PivotTable is not (it is left out of the print area)", () => {
    const all = pages.map((p) => p.text).join("\n");
    expect(all).toContain("统计截止日：" + out.result.asOf);
    expect(all).toContain("商品 ABC 分类汇总");
    expect(all).toContain("各类客户月度销售额");
    expect(all).toContain("上升商品");
    expect(all).not.toContain("数据透视表");
    expect(all).not.toContain("###");
  });

  test("no column is cut off: every page of the product list carries all nine columns' headers", () => {
    const list = of("商品ABC分析");
    for (const p of list) for (const h of LIST_HEADER) expect(p.text).toContain(h);
    // Every product is printed (its code appears once in the list's pages).
    const codes = out.products!.abc.rows.map((r) => r.code);
    const text = list.map((p) => p.text).join("\n");
    for (const c of codes) expect(text).toContain(c);
  });
});
