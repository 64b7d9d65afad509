/**
 * The workbook layer on the shipped sample (客户档案 + 销售明细) through the simulator: reruns update in
 * place, the user's cells never change, "Remove results" restores the sheet, failures and cancellations
 * take back what they wrote. Expected states come from the workbook itself before the run (snapshots),
 * not from recorded output.
 */
import { classifyWorkbook, type ClassifyWorkbookOutcome } from "../../src/excel/classify-workbook";
import { detectSources } from "../../src/excel/detect";
import { WorkbookError } from "../../src/excel/errors";
import { removeResults } from "../../src/excel/remove";
import type { RunContext } from "../../src/excel/run";
import { RESULT_COLUMNS } from "../../src/engine/output/columns";
import { text } from "./helpers";
import type { Simulator } from "../../src/sim";
import {
  contextOf,
  CUSTOMER_SHEET,
  firstDifference,
  permuteRows,
  rowValues,
  SALES_SHEET,
  sampleSim,
  snapshotSheet,
  workbookShape,
} from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

const USER_SHEETS = [CUSTOMER_SHEET, SALES_SHEET];
const ZH_HEADERS = new Set(RESULT_COLUMNS.map((c) => c.header["zh-CN"]));

async function run(sim: Simulator, extra: Partial<RunContext> = {}): Promise<ClassifyWorkbookOutcome> {
  const ctx = contextOf(sim, "zh-CN", extra);
  const sources = await detectSources(ctx);
  return classifyWorkbook(ctx, sources);
}

function expectSame(a: Map<string, unknown>, b: Map<string, unknown>): void {
  expect(firstDifference(a as never, b as never)).toBeNull();
}

/** Class label per customer ID, read from the sheet (ID in column A, our columns by header). */
function classesById(sim: Simulator, out: ClassifyWorkbookOutcome): Map<string, string> {
  const m = new Map<string, string>();
  const { target, placed } = out;
  for (let r = target.firstDataRow; r < target.firstDataRow + target.dataRows; r++) {
    const row = rowValues(sim, target.sheet, r);
    const id = text(row[target.left]);
    if (id === "") continue;
    m.set(id, placed.map((p) => text(row[p.col])).join("|"));
  }
  return m;
}

describe("the sample workbook", () => {
  test("a run writes one column per active result beside the table, with localised headers", async () => {
    const sim = await sampleSim();
    const out = await run(sim);
    const header = rowValues(sim, CUSTOMER_SHEET, out.target.headerRow);
    // The sample's header is in row 2 (title row merged above), user columns A…L (samples/README.md).
    expect(out.target.headerRow).toBe(1);
    expect(out.target.right).toBe(11);
    const ours = header.slice(12).filter((h) => h !== undefined);
    expect(ours.length).toBe(out.placed.length);
    expect(ours.every((h) => ZH_HEADERS.has(text(h)))).toBe(true);
    expect(new Set(ours).size).toBe(ours.length);
    // Columns start right after the user's data and are adjacent.
    expect(out.placed.map((p) => p.col).sort((a, b) => a - b)).toEqual(out.placed.map((_, i) => 12 + i));
    // The sample's 销售明细 has 商品编码: the product sheets come after the summary.
    expect(sim.workbook.sheetNames()).toEqual([
      CUSTOMER_SHEET,
      SALES_SHEET,
      "客户分类汇总",
      "商品分析",
      "商品ABC明细",
    ]);
  });

  test("rerun is idempotent: the same workbook, no duplicate columns, formats or sheets", async () => {
    const sim = await sampleSim();
    await run(sim);
    const shape1 = workbookShape(sim.workbook.state);
    const cells1 = Object.fromEntries(
      sim.workbook.sheetNames().map((n) => [n, snapshotSheet(sim.workbook.state, n)]),
    );
    await run(sim);
    expect(workbookShape(sim.workbook.state)).toEqual(shape1);
    for (const n of sim.workbook.sheetNames()) expectSame(snapshotSheet(sim.workbook.state, n), cells1[n]!);
  });

  test("the user's cells are untouched by a run and a rerun (whole sheets, our columns aside)", async () => {
    const sim = await sampleSim();
    const before = USER_SHEETS.map((n) => snapshotSheet(sim.workbook.state, n));
    const out = await run(sim);
    const ours = new Set(out.placed.map((p) => p.col));
    expectSame(snapshotSheet(sim.workbook.state, CUSTOMER_SHEET, ours), before[0]!);
    expectSame(snapshotSheet(sim.workbook.state, SALES_SHEET), before[1]!);
    await run(sim);
    expectSame(snapshotSheet(sim.workbook.state, CUSTOMER_SHEET, ours), before[0]!);
    expectSame(snapshotSheet(sim.workbook.state, SALES_SHEET), before[1]!);
  });

  test("after the user sorts the customer rows, a rerun rewrites each row's classes for its own customer", async () => {
    const sim = await sampleSim();
    const out1 = await run(sim);
    const expected = classesById(sim, out1);
    const shape1 = workbookShape(sim.workbook.state);
    // Sort rows 3…123 (our columns included, as selecting the table and sorting does) by name descending.
    const names = Array.from({ length: out1.target.dataRows }, (_, i) =>
      text(rowValues(sim, CUSTOMER_SHEET, out1.target.firstDataRow + i)[1]),
    );
    const order = names.map((_, i) => i).sort((a, b) => names[b]!.localeCompare(names[a]!));
    permuteRows(sim, CUSTOMER_SHEET, out1.target.firstDataRow, order);
    const before = snapshotSheet(sim.workbook.state, CUSTOMER_SHEET, new Set(out1.placed.map((p) => p.col)));
    const out2 = await run(sim);
    expect(out2.placed).toEqual(out1.placed);
    expect(classesById(sim, out2)).toEqual(expected);
    expect(workbookShape(sim.workbook.state)).toEqual(shape1);
    expectSame(
      snapshotSheet(sim.workbook.state, CUSTOMER_SHEET, new Set(out2.placed.map((p) => p.col))),
      before,
    );
  });

  test("after the user inserts rows above the table and a column inside it, a rerun finds its columns again", async () => {
    const sim = await sampleSim();
    const out1 = await run(sim);
    const expected = classesById(sim, out1);
    sim.workbook.insertRows(CUSTOMER_SHEET, 0, 2);
    sim.workbook.insertColumns(CUSTOMER_SHEET, 3, 1);
    sim.workbook.setValues(`${CUSTOMER_SHEET}!D4`, [["客户经理"]]);
    sim.workbook.setValues(`${CUSTOMER_SHEET}!D5:D6`, [["张三"], ["李四"]]);
    const before = snapshotSheet(
      sim.workbook.state,
      CUSTOMER_SHEET,
      new Set(out1.placed.map((p) => p.col + 1)),
    );
    const out2 = await run(sim);
    expect(out2.target.headerRow).toBe(3);
    expect(out2.target.right).toBe(12);
    // Same columns, each moved one to the right with the inserted column; none added.
    expect(out2.placed).toEqual(out1.placed.map((p) => ({ ...p, col: p.col + 1 })));
    const header = rowValues(sim, CUSTOMER_SHEET, 3).filter((h) => ZH_HEADERS.has(text(h)));
    expect(header.length).toBe(out1.placed.length);
    expect(classesById(sim, out2)).toEqual(expected);
    expectSame(
      snapshotSheet(sim.workbook.state, CUSTOMER_SHEET, new Set(out2.placed.map((p) => p.col))),
      before,
    );
    // Conditional formats cover the data rows once: one set per column, none stacked.
    const cfs = sim.workbook
      .sheet(CUSTOMER_SHEET)
      .cfs.flatMap((cf) =>
        cf.rects.map((r) => ({ key: `${cf.type}:${r.c0}:${JSON.stringify(cf.rule ?? null)}`, r })),
      );
    expect(new Set(cfs.map((c) => c.key)).size).toBe(cfs.length);
    expect(
      cfs.every(
        ({ r }) =>
          r.r0 === out2.target.firstDataRow && r.r1 === out2.target.firstDataRow + out2.target.dataRows - 1,
      ),
    ).toBe(true);
  });

  test("a target cell holding user data stops the run before anything is written, naming sheet and cell", async () => {
    const sim = await sampleSim();
    sim.workbook.setValues(`${CUSTOMER_SHEET}!N10`, [["我的备注"]]);
    const cells = sim.workbook.sheetNames().map((n) => snapshotSheet(sim.workbook.state, n));
    const shape = workbookShape(sim.workbook.state);
    const err = await run(sim).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    const we = err as WorkbookError;
    expect(we.code).toBe("target_in_use");
    expect(we.sheet).toBe(CUSTOMER_SHEET);
    expect(we.cell).toBe("N10");
    expect(we.message).toContain(CUSTOMER_SHEET);
    expect(we.message).toContain("N10");
    expect(workbookShape(sim.workbook.state)).toEqual(shape);
    sim.workbook.sheetNames().forEach((n, i) => expectSame(snapshotSheet(sim.workbook.state, n), cells[i]!));
  });

  test("a cancelled run takes back what it wrote: the workbook is as before", async () => {
    for (const phase of ["reading", "writing", "formatting"] as const) {
      const sim = await sampleSim();
      const cells = USER_SHEETS.map((n) => snapshotSheet(sim.workbook.state, n));
      const shape = workbookShape(sim.workbook.state);
      const abort = new AbortController();
      const err = await run(sim, {
        signal: abort.signal,
        onProgress: (e) => {
          if (e.phase === phase && e.fraction > 0) abort.abort();
        },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WorkbookError);
      expect((err as WorkbookError).code).toBe("cancelled");
      expect(workbookShape(sim.workbook.state)).toEqual(shape);
      USER_SHEETS.forEach((n, i) => expectSame(snapshotSheet(sim.workbook.state, n), cells[i]!));
    }
  });

  test("a cancelled rerun puts back the earlier results", async () => {
    const sim = await sampleSim();
    await run(sim);
    const cells = sim.workbook.sheetNames().map((n) => snapshotSheet(sim.workbook.state, n));
    const shape = workbookShape(sim.workbook.state);
    const abort = new AbortController();
    const err = await run(sim, {
      signal: abort.signal,
      onProgress: (e) => {
        if (e.phase === "formatting") abort.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as WorkbookError).code).toBe("cancelled");
    expect(workbookShape(sim.workbook.state)).toEqual(shape);
    sim.workbook.sheetNames().forEach((n, i) => expectSame(snapshotSheet(sim.workbook.state, n), cells[i]!));
  });

  test("a cancelled run that moved results to another table leaves the earlier ones removable", async () => {
    const sim = await sampleSim();
    const cells = USER_SHEETS.map((n) => snapshotSheet(sim.workbook.state, n));
    const shape = workbookShape(sim.workbook.state);
    const ctx = contextOf(sim);
    // First the results go to a customer sheet of ours (no customer table given) …
    await classifyWorkbook(ctx, { customers: null, transactions: { kind: "sheet", sheet: SALES_SHEET } });
    const before = workbookShape(sim.workbook.state);
    // … then to the user's table, cancelled half-way: the earlier results are as they were, still ours.
    const abort = new AbortController();
    const err = await run(sim, {
      signal: abort.signal,
      onProgress: (e) => {
        if (e.phase === "formatting") abort.abort();
      },
    }).catch((e: unknown) => e);
    expect((err as WorkbookError).code).toBe("cancelled");
    expect(workbookShape(sim.workbook.state)).toEqual(before);
    await removeResults(ctx);
    expect(workbookShape(sim.workbook.state)).toEqual({ ...shape, settings: ["custclass.lastRun"] });
    USER_SHEETS.forEach((n, i) => expectSame(snapshotSheet(sim.workbook.state, n), cells[i]!));
  });

  test("a run that fails half-way (Excel error while writing) takes back what it wrote", async () => {
    const sim = await sampleSim();
    const cells = USER_SHEETS.map((n) => snapshotSheet(sim.workbook.state, n));
    const shape = workbookShape(sim.workbook.state);
    const ctx = contextOf(sim);
    const sources = await detectSources(ctx);
    let failing = false;
    const err = await classifyWorkbook(
      {
        ...ctx,
        host: {
          ...ctx.host,
          run: (batch) => {
            if (failing) {
              failing = false;
              return Promise.reject(
                Object.assign(new Error("The service is busy."), { code: "ServiceNotAvailable" }),
              );
            }
            return ctx.host.run(batch);
          },
        },
        onProgress: (e) => {
          // The first value block went in; the next request fails.
          if (e.phase === "writing" && e.fraction > 0) failing = true;
          if (e.phase === "formatting") failing = true;
        },
      },
      sources,
    ).catch((e: unknown) => e);
    expect((err as WorkbookError).code).toBe("excel_error");
    expect(workbookShape(sim.workbook.state)).toEqual(shape);
    USER_SHEETS.forEach((n, i) => expectSame(snapshotSheet(sim.workbook.state, n), cells[i]!));
  });

  test("Remove results restores the sheet exactly; a run after removal works again", async () => {
    const sim = await sampleSim();
    const cells = USER_SHEETS.map((n) => snapshotSheet(sim.workbook.state, n));
    const shape = workbookShape(sim.workbook.state);
    const out1 = await run(sim);
    await run(sim);
    const removed = await removeResults(contextOf(sim));
    expect(removed.columns).toBe(out1.placed.length);
    expect(removed.sheets).toEqual(["客户分类汇总", "商品分析", "商品ABC明细"]);
    // Everything as before the first run; the standard and mapping last used stay (they are settings).
    expect(workbookShape(sim.workbook.state)).toEqual({ ...shape, settings: ["custclass.lastRun"] });
    USER_SHEETS.forEach((n, i) => expectSame(snapshotSheet(sim.workbook.state, n), cells[i]!));
    const out2 = await run(sim);
    expect(out2.placed).toEqual(out1.placed);
    expect(classesById(sim, out2)).toEqual(classesById(sim, out1));
  });

  test("Remove results after the user moved things takes back exactly our columns", async () => {
    const sim = await sampleSim();
    const out = await run(sim);
    sim.workbook.insertRows(CUSTOMER_SHEET, 0, 1);
    sim.workbook.insertColumns(CUSTOMER_SHEET, 0, 1);
    // The user's own column with one of our header texts, right of everything: it is theirs.
    const userCol = Math.max(...out.placed.map((p) => p.col)) + 3;
    sim.workbook.setValues(`${CUSTOMER_SHEET}!${letters(userCol)}3:${letters(userCol)}4`, [
      ["销售额"],
      [100],
    ]);
    const before = snapshotSheet(
      sim.workbook.state,
      CUSTOMER_SHEET,
      new Set(out.placed.map((p) => p.col + 1)),
    );
    await removeResults(contextOf(sim));
    expectSame(snapshotSheet(sim.workbook.state, CUSTOMER_SHEET), before);
  });

  test("cell-edit mode: the run waits and retries, and says so when Excel stays busy", async () => {
    const sim = await sampleSim();
    sim.cellEditMode = true;
    let attempts = 0;
    const ctx = contextOf(sim);
    const sources = await (async () => {
      sim.cellEditMode = false;
      const s = await detectSources(ctx);
      sim.cellEditMode = true;
      return s;
    })();
    const out = await classifyWorkbook(
      {
        ...ctx,
        host: {
          ...ctx.host,
          run: async (batch) => {
            // The user leaves the cell after the third refused request.
            if (++attempts === 3) sim.cellEditMode = false;
            return ctx.host.run(batch);
          },
        },
      },
      sources,
    );
    expect(sim.stats.failedSyncs).toBeGreaterThanOrEqual(2);
    expect(out.placed.length).toBeGreaterThan(0);

    const busy = await sampleSim();
    busy.cellEditMode = true;
    const err = await classifyWorkbook(contextOf(busy), sources).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).code).toBe("cell_edit_mode");
    expect((err as WorkbookError).message).toContain("Enter");
  });

  test("a column without a header in the table: Excel refuses the PivotTable; the rest is written, with a warning", async () => {
    const sim = await sampleSim();
    sim.workbook.insertColumns(CUSTOMER_SHEET, 2, 1);
    sim.workbook.setValues(`${CUSTOMER_SHEET}!C3:C4`, [["x"], ["y"]]);
    const out = await run(sim);
    expect(out.placed.length).toBeGreaterThan(0);
    expect(out.warnings.map((w) => w.code)).toEqual(["pivot_failed"]);
    expect(out.warnings[0]!.message).toContain("表头");
    const summary = sim.workbook.sheet("客户分类汇总");
    expect(summary.pivots).toHaveLength(0);
    expect(summary.charts.length).toBeGreaterThan(0);
  });

  test("without ExcelApi 1.8 the columns and the summary are written, with a warning instead of the PivotTable", async () => {
    const sim = await sampleSim({ requirementSets: { ExcelApi: "1.7" } });
    const out = await run(sim);
    expect(out.placed.length).toBeGreaterThan(0);
    expect(sim.workbook.sheetNames()).toContain("客户分类汇总");
    expect(sim.workbook.sheet("客户分类汇总").pivots).toHaveLength(0);
    expect(sim.workbook.sheet("客户分类汇总").charts.length).toBeGreaterThan(0);
    // ExcelApi 1.7 also lacks 1.9's page layout: one warning for the print settings of all sheets.
    expect(out.warnings.map((w) => w.code)).toEqual(["requirement_missing", "requirement_missing"]);
    expect(out.warnings[0]!.message).toContain("ExcelApi 1.8");
    expect(out.warnings[0]!.message).toContain("数据透视表");
    expect(out.warnings[1]!.message).toContain("ExcelApi 1.9");
  });
});

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
