/**
 * The product sheets (商品分析 + 商品ABC明细) on the shipped sample, through the simulator. Expected
 * figures come from the engine as a peer: classify() and analyseProducts() on the sample's own cells,
 * read straight from the workbook before the run (not through the workbook layer).
 */
import { classify } from "../../src/engine/classify";
import { analyseProducts, type ProductAnalysis } from "../../src/engine/products";
import type { Cell, RawTable } from "../../src/engine/types";
import { classifyWorkbook, type ClassifyWorkbookOutcome } from "../../src/excel/classify-workbook";
import { detectSources } from "../../src/excel/detect";
import { removeResults } from "../../src/excel/remove";
import { loadRegistry } from "../../src/excel/registry";
import type { RunContext } from "../../src/excel/run";
import { createSimulator, loadXlsx, saveXlsx, type Simulator } from "../../src/sim";
import { CellError, type SimWorkbookState } from "../../src/sim/state";
import {
  contextOf,
  CUSTOMER_SHEET,
  firstDifference,
  loadSample,
  rowValues,
  SALES_SHEET,
  sampleSim,
  snapshotSheet,
  workbookShape,
} from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

const OVERVIEW = "商品分析";
const LIST = "商品ABC明细";

async function run(sim: Simulator, extra: Partial<RunContext> = {}, products?: boolean) {
  const ctx = contextOf(sim, "zh-CN", extra);
  const sources = await detectSources(ctx);
  return classifyWorkbook(ctx, { ...sources, ...(products === undefined ? {} : { products }) });
}

function rawOf(state: SimWorkbookState, name: string): RawTable {
  const sheet = state.sheets.find((s) => s.name === name)!;
  // Array.from, not map: the sheet's arrays are sparse, and the reader wants every cell.
  const rows: Cell[][] = Array.from(sheet.rows, (r) =>
    Array.from(r?.v ?? [], (v) => (v === undefined ? null : v instanceof CellError ? v.code : v)),
  );
  return { sheet: name, top: 0, left: 0, rows };
}

/** The engine's own product analysis of the sample, from its cells. */
async function peer(): Promise<ProductAnalysis> {
  const state = await loadSample();
  const out = classify({
    customers: rawOf(state, CUSTOMER_SHEET),
    transactions: rawOf(state, SALES_SHEET),
    lang: "zh-CN",
  });
  return analyseProducts(out.details.tx, out.result);
}

/** The list sheet's data rows (below the header in row 4). */
function listRows(sim: Simulator): unknown[][] {
  const sheet = sim.workbook.sheet(LIST);
  const out: unknown[][] = [];
  for (let r = 4; r < sheet.rows.length; r++) out.push(rowValues(sim, LIST, r));
  return out;
}

describe("product sheets on the sample workbook", () => {
  let sim: Simulator;
  let out: ClassifyWorkbookOutcome;
  let expected: ProductAnalysis;

  beforeAll(async () => {
    expected = await peer();
    sim = await sampleSim();
    out = await run(sim);
  });

  test("the sample's 销售明细 has products, and both sheets are written after the summary", () => {
    expect(expected.available).toBe(true);
    expect(expected.abc.rows.length).toBeGreaterThan(10);
    expect(sim.workbook.sheetNames().slice(-3)).toEqual(["客户分类汇总", OVERVIEW, LIST]);
    expect(out.products?.abc.rows.length).toBe(expected.abc.rows.length);
  });

  test("the list holds every product of the peer analysis in rank order; shares sum to 100 %", () => {
    const rows = listRows(sim);
    expect(rows.length).toBe(expected.abc.rows.length);
    rows.forEach((r, i) => {
      const e = expected.abc.rows[i]!;
      expect(r.slice(0, 2)).toEqual([e.rank, e.code]);
      expect(r[3]).toBeCloseTo(e.value, 2);
    });
    const shares = rows.reduce((s, r) => s + (r[4] as number), 0);
    expect(shares).toBeCloseTo(1, 9);
    expect(rows.at(-1)![5]).toBeCloseTo(1, 9);
    // Names come from the 商品名称 column (the engine's rows carry codes only).
    expect(rows.every((r) => typeof r[2] === "string" && r[2] !== "")).toBe(true);
    // Number formats as the header says: money, percent.
    const sheet = sim.workbook.sheet(LIST);
    const fmt = (c: number) => sim.workbook.state.styles.get(sheet.rows[4]!.s![c] ?? 0).numberFormat;
    expect([fmt(3), fmt(4), fmt(5)]).toEqual(["#,##0.00", "0.0%", "0.0%"]);
  });

  test("the overview's ABC table gives the peer's products and value per class", () => {
    const sheet = sim.workbook.sheet(OVERVIEW);
    // Title, subtitle, blank, block title, note, header: class rows start at row 6.
    const table = [6, 7, 8].map((r) => rowValues(sim, OVERVIEW, r));
    expect(table.map((r) => r[3])).toEqual(expected.abc.classes.map((c) => c.products));
    table.forEach((r, i) => expect(r[1]).toBeCloseTo(expected.abc.classes[i]!.value, 2));
    expect(rowValues(sim, OVERVIEW, 1)[0]).toContain(out.result.asOf);
    // A pie of the classes, the top-products columns, one line per customer class.
    expect(sheet.charts.map((c) => c.type)).toEqual(["Pie", "ColumnClustered", "Line"]);
    // The top products' chart is a Pareto chart: columns of value, the cumulative share a line on the
    // secondary axis (the table's columns B and C).
    const pareto = sheet.charts[1]!;
    expect(pareto.source.rect.c1 - pareto.source.rect.c0).toBe(2);
    expect(pareto.series?.[1]).toEqual({ chartType: "Line", axisGroup: "Secondary" });
    const line = sheet.charts[2]!;
    expect(line.source.rect.c1 - line.source.rect.c0).toBe(expected.byClass.classes.length);
  });

  test("rising and falling products are the peer's lists, each under its title", () => {
    const t = expected.trends!;
    const values = sim.workbook.sheet(OVERVIEW).rows.map((r) => r?.v[0]);
    const at = (title: string) => values.indexOf(title);
    const rising = at("上升商品");
    const falling = at("下降商品");
    expect(rising).toBeGreaterThan(0);
    expect(falling).toBeGreaterThan(rising);
    // Title, note, header, then the rows.
    const codes = (top: number, n: number) =>
      Array.from({ length: n }, (_, i) => rowValues(sim, OVERVIEW, top + 3 + i)[0]);
    expect(codes(rising, Math.min(20, t.rising.length))).toEqual(t.rising.slice(0, 20).map((r) => r.code));
    expect(codes(falling, Math.min(20, t.falling.length))).toEqual(t.falling.slice(0, 20).map((r) => r.code));
  });

  test("both sheets are registered as the add-in's", async () => {
    const registry = await loadRegistry(contextOf(sim));
    expect(registry.sheets).toEqual(expect.arrayContaining([OVERVIEW, LIST]));
  });

  test("print settings: overview landscape one page wide with a print area; list with its header repeated", () => {
    const o = sim.workbook.sheet(OVERVIEW).pageLayout!;
    expect(o.orientation).toBe("Landscape");
    expect(o.paperSize).toBe("A4");
    expect(o.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(o.printArea).toHaveLength(1);
    expect(o.headersFooters.defaultForAllPages.leftHeader).toContain(OVERVIEW);
    expect(o.headersFooters.defaultForAllPages.rightHeader).toContain(out.result.asOf);
    expect(o.headersFooters.defaultForAllPages.leftFooter).toContain(out.result.standard.name);
    expect(o.headersFooters.defaultForAllPages.rightFooter).toContain("&P");
    const l = sim.workbook.sheet(LIST).pageLayout!;
    expect(l.titleRows).toEqual({ r0: 3, r1: 3 });
    // The list's 9 columns (745 pt) need landscape A4 (770 pt across between 0.5" margins).
    expect(l.orientation).toBe("Landscape");
    const s = sim.workbook.sheet("客户分类汇总").pageLayout!;
    expect(s.orientation).toBe("Portrait");
    // The summary's print area ends above the PivotTable (see summary-print.ts).
    expect(s.printArea![0]!.r1).toBeLessThan(sim.workbook.sheet("客户分类汇总").pivots[0]!.dest.r);
  });

  test("no chart covers a filled cell of the overview", () => {
    const sheet = sim.workbook.sheet(OVERVIEW);
    const colLeft = (c: number) => {
      let x = 0;
      for (let i = 0; i < c; i++) x += sheet.cols[i]?.width ?? sheet.standardWidth;
      return x;
    };
    const rowTop = (r: number) => {
      let y = 0;
      for (let i = 0; i < r; i++) y += sheet.rows[i]?.height ?? sheet.standardHeight;
      return y;
    };
    sheet.rows.forEach((row, r) =>
      row?.v.forEach((v, c) => {
        if (v === undefined || v === "") return;
        const box = { l: colLeft(c), t: rowTop(r), r: colLeft(c + 1), b: rowTop(r + 1) };
        for (const ch of sheet.charts) {
          const overlap =
            box.l < ch.left + ch.width && ch.left < box.r && box.t < ch.top + ch.height && ch.top < box.b;
          expect(overlap ? `${r},${c} under ${ch.name}` : null).toBeNull();
        }
      }),
    );
  });
});

describe("product sheets across runs", () => {
  test("a rerun replaces them: same sheets, charts and cells", async () => {
    const sim = await sampleSim();
    await run(sim);
    const shape = workbookShape(sim.workbook.state);
    const before = snapshotSheet(sim.workbook.state, LIST);
    await run(sim);
    expect(workbookShape(sim.workbook.state)).toEqual(shape);
    expect(firstDifference(snapshotSheet(sim.workbook.state, LIST), before)).toBeNull();
  });

  test("the user's sheets are untouched (whole sheets; the customer sheet without our columns)", async () => {
    const sim = await sampleSim();
    const sales = snapshotSheet(sim.workbook.state, SALES_SHEET);
    const customers = snapshotSheet(sim.workbook.state, CUSTOMER_SHEET);
    const out = await run(sim);
    await run(sim);
    expect(firstDifference(snapshotSheet(sim.workbook.state, SALES_SHEET), sales)).toBeNull();
    const ours = new Set(out.placed.map((p) => p.col));
    expect(firstDifference(snapshotSheet(sim.workbook.state, CUSTOMER_SHEET, ours), customers)).toBeNull();
  });

  test("a user's own sheet named 商品分析 is kept; ours goes beside it", async () => {
    const sim = await sampleSim();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add(OVERVIEW).getRange("A1").values = [["我的笔记"]];
      await ctx.sync();
    });
    await run(sim);
    await run(sim);
    expect(rowValues(sim, OVERVIEW, 0)).toEqual(["我的笔记"]);
    expect(sim.workbook.sheetNames().filter((n) => n.startsWith(OVERVIEW))).toEqual([
      OVERVIEW,
      `${OVERVIEW} (2)`,
    ]);
    await removeResults(contextOf(sim));
    expect(sim.workbook.sheetNames()).toContain(OVERVIEW);
    expect(sim.workbook.sheetNames()).not.toContain(`${OVERVIEW} (2)`);
  });

  test("products: false writes none, and takes away those of an earlier run", async () => {
    const sim = await sampleSim();
    await run(sim);
    const out = await run(sim, {}, false);
    expect(out.products).toBeNull();
    expect(sim.workbook.sheetNames()).not.toContain(OVERVIEW);
    expect(sim.workbook.sheetNames()).not.toContain(LIST);
    expect((await loadRegistry(contextOf(sim))).sheets).not.toContain(OVERVIEW);
  });

  test("in en-US the sheets and headers are English; a zh-CN run's sheets are replaced", async () => {
    const sim = await sampleSim();
    await run(sim);
    await run(sim, { lang: "en-US" });
    const names = sim.workbook.sheetNames();
    expect(names).toContain("Product analysis");
    expect(names).toContain("Product ABC list");
    expect(names).not.toContain(OVERVIEW);
    expect(names).not.toContain(LIST);
    expect(rowValues(sim, "Product ABC list", 3)).toEqual([
      "Rank",
      "Product code",
      "Product name",
      "Revenue",
      "Share",
      "Cumulative share",
      "ABC class",
      "Lines",
      "Customers",
    ]);
  });

  test("without ExcelApi 1.9 the sheets are written without print settings, with one warning", async () => {
    const sim = await sampleSim({ requirementSets: { ExcelApi: "1.8" } });
    const out = await run(sim);
    expect(sim.workbook.sheetNames()).toContain(LIST);
    expect(sim.workbook.sheet(LIST).pageLayout).toBeUndefined();
    expect(out.warnings.map((w) => w.code)).toEqual(["requirement_missing"]);
    expect(out.warnings[0]!.message).toContain("ExcelApi 1.9");
  });

  test("page setup and page breaks survive .xlsx save and load", async () => {
    const sim = await sampleSim();
    await run(sim);
    const state = sim.workbook.state;
    const loaded = await loadXlsx(await saveXlsx(state));
    for (const name of ["客户分类汇总", OVERVIEW, LIST]) {
      const a = state.sheets.find((s) => s.name === name)!;
      const b = loaded.sheets.find((s) => s.name === name)!;
      expect(b.pageLayout).toEqual(a.pageLayout);
      expect(b.rowBreaks).toEqual(a.rowBreaks);
    }
    // The overview has breaks (its blocks do not all fit on one landscape page).
    expect(state.sheets.find((s) => s.name === OVERVIEW)!.rowBreaks?.length).toBeGreaterThan(0);
    // A workbook loaded back runs again (print names are not taken for user names).
    const again = createSimulator(loaded);
    await expect(run(again)).resolves.toBeDefined();
  });
});
