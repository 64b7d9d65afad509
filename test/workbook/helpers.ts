/**
 * Test helpers for the workbook layer run through the simulator: a host and run context over a
 * simulated workbook, the shipped sample, and whole-sheet snapshots of the user's cells.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExcelHost } from "../../src/excel/host";
import type { RunContext } from "../../src/excel/run";
import type { Lang } from "../../src/engine/types";
import {
  createSimulator,
  loadXlsx,
  PAYLOAD_LIMIT_BYTES,
  type Simulator,
  type SimulatorOptions,
  type SimWorkbookState,
} from "../../src/sim";
import { styleIdAt } from "../../src/sim/cells";

export const SAMPLE = join(__dirname, "..", "..", "samples", "customers-demo.xlsx");
export const CUSTOMER_SHEET = "客户档案";
export const SALES_SHEET = "销售明细";

export async function loadSample(): Promise<SimWorkbookState> {
  return loadXlsx(new Uint8Array(readFileSync(SAMPLE)));
}

export function hostOf(sim: Simulator): ExcelHost {
  return {
    run: (batch) => sim.run(batch),
    isSetSupported: (name, version) => sim.workbook.host.isSupported(name, version),
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
}

export function contextOf(sim: Simulator, lang: Lang = "zh-CN", extra: Partial<RunContext> = {}): RunContext {
  // No waiting between cell-edit retries in tests (the delay is Excel's, not what is tested).
  return { host: hostOf(sim), lang, retryDelayMs: 0, ...extra };
}

export async function sampleSim(options?: SimulatorOptions): Promise<Simulator> {
  return createSimulator(await loadSample(), options);
}

/** Everything about one cell the user can see or type: value, formula, and its format. */
export interface CellSnapshot {
  value: unknown;
  formula: string | undefined;
  numberFormat: string;
  font: string;
  fill: string | null;
  align: string;
  borders: string;
}

export type SheetSnapshot = Map<string, CellSnapshot>;

function styleOf(state: SimWorkbookState, id: number): Omit<CellSnapshot, "value" | "formula"> {
  const s = state.styles.get(id);
  return {
    numberFormat: s.numberFormat,
    font: JSON.stringify([
      s.fontName,
      s.fontSize,
      s.fontColor,
      s.bold,
      s.italic,
      s.underline,
      s.strikethrough,
    ]),
    fill: s.fillColor,
    align: JSON.stringify([s.hAlign, s.vAlign, s.wrapText, s.indent, s.quotePrefix]),
    borders: JSON.stringify(s.borders),
  };
}

/**
 * Every cell with a value, a formula or a format of its own (keyed "r,c"), every row and column format
 * and width ("row r", "col c"), except the columns in `skipCols` (our result columns). Whole-sheet:
 * any cell added, removed or changed shows.
 */
export function snapshotSheet(
  state: SimWorkbookState,
  name: string,
  skipCols: ReadonlySet<number> = new Set(),
): SheetSnapshot {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out: SheetSnapshot = new Map();
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    if (row.style !== undefined || row.height !== undefined || row.hidden)
      out.set(`row ${r}`, {
        value: row.height ?? null,
        formula: row.hidden ? "hidden" : undefined,
        ...styleOf(state, row.style ?? 0),
      });
    const width = Math.max(row.v.length, row.f?.length ?? 0, row.s?.length ?? 0);
    for (let c = 0; c < width; c++) {
      if (skipCols.has(c)) continue;
      const v = row.v[c];
      const f = row.f?.[c];
      const own = row.s?.[c];
      if (v === undefined && f === undefined && own === undefined) continue;
      out.set(`${r},${c}`, {
        value: typeof v === "object" ? String(v) : v,
        formula: f,
        ...styleOf(state, styleIdAt(sheet, r, c)),
      });
    }
  });
  sheet.cols.forEach((col, c) => {
    if (!col || skipCols.has(c)) return;
    // A width equal to the sheet's standard width looks and prints the same as no width of its own
    // (Office.js can set a width, not unset it).
    const width = col.width === sheet.standardWidth ? undefined : col.width;
    if (col.style !== undefined || width !== undefined || col.hidden)
      out.set(`col ${c}`, {
        value: width ?? null,
        formula: col.hidden ? "hidden" : undefined,
        ...styleOf(state, col.style ?? 0),
      });
  });
  return out;
}

export interface SheetsSnapshot {
  cells: SheetSnapshot;
  merges: string[];
  tables: string[];
}

/** Snapshots of the given sheets plus their merges and tables (a merge is a format the user sees). */
export function snapshotSheets(
  state: SimWorkbookState,
  names: readonly string[],
  skip: Record<string, ReadonlySet<number>> = {},
): Record<string, SheetsSnapshot> {
  const out: Record<string, SheetsSnapshot> = {};
  for (const n of names) {
    const sheet = state.sheets.find((s) => s.name === n);
    out[n] = {
      cells: snapshotSheet(state, n, skip[n]),
      merges: (sheet?.merges ?? []).map((m) => JSON.stringify(m)),
      tables: (sheet?.tables ?? []).map((t) =>
        JSON.stringify([t.name, t.rect, t.columns.map((c) => c.name)]),
      ),
    };
  }
  return out;
}

/** First difference between two snapshots, as text (for a readable failure), or null. */
export function firstDifference(a: SheetSnapshot, b: SheetSnapshot): string | null {
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w) return `${k}: gone (was ${JSON.stringify(v)})`;
    if (JSON.stringify(v) !== JSON.stringify(w)) return `${k}: ${JSON.stringify(v)} → ${JSON.stringify(w)}`;
  }
  for (const [k, w] of b) if (!a.has(k)) return `${k}: added ${JSON.stringify(w)}`;
  return null;
}

export function headerRowValues(sim: Simulator, sheet: string, row: number): unknown[] {
  const s = sim.workbook.sheet(sheet);
  return [...(s.rows[row]?.v ?? [])];
}

/** Everything of the workbook beyond cells that a run can add: sheets, names, formats, charts, pivots, settings. */
export function workbookShape(state: SimWorkbookState): Record<string, unknown> {
  return {
    sheets: state.sheets.map((s) => s.name),
    names: state.names.map((n) => `${n.name}=${n.formula}${n.visible ? "" : " (hidden)"}`).sort(),
    cfs: Object.fromEntries(
      state.sheets.map((s) => [
        s.name,
        s.cfs.map((cf) => JSON.stringify([cf.type, cf.rects, cf.rule ?? null, cf.format ?? null])).sort(),
      ]),
    ),
    charts: Object.fromEntries(
      state.sheets.map((s) => [
        s.name,
        s.charts.map((c) => JSON.stringify([c.type, c.title.text, c.source.rect, c.top, c.left])),
      ]),
    ),
    pivots: Object.fromEntries(
      state.sheets.map((s) => [
        s.name,
        s.pivots.map((p) =>
          JSON.stringify([
            p.name,
            p.dest,
            p.rows,
            p.cols,
            p.data.map((d) => [d.name, d.field, d.summarizeBy]),
          ]),
        ),
      ]),
    ),
    tables: state.sheets.flatMap((s) =>
      s.tables.map((t) => JSON.stringify([s.name, t.name, t.rect, t.columns.map((c) => c.name)])),
    ),
    settings: state.settings.map((s) => s.key).sort(),
  };
}

/**
 * The user sorts the data rows `first … first+count−1` of a sheet: whole rows move (values, formulas,
 * formats), as Excel's sort of a range spanning the table does. `order[i]` is the old index of new row i.
 */
export function permuteRows(
  sim: Simulator,
  sheetName: string,
  first: number,
  order: readonly number[],
): void {
  const sheet = sim.workbook.sheet(sheetName);
  const rows = order.map((i) => sheet.rows[first + i]);
  rows.forEach((row, i) => (sheet.rows[first + i] = row));
  sim.workbook.host.dirty();
}

/** Values of one sheet row by column, as Excel reports them. */
export function rowValues(sim: Simulator, sheetName: string, row: number): unknown[] {
  return [...(sim.workbook.sheet(sheetName).rows[row]?.v ?? [])];
}

/** A cell value as text ("" for empty), for comparing cells by their shown text. */
export function text(v: unknown): string {
  return typeof v === "string"
    ? v
    : typeof v === "number" || typeof v === "boolean"
      ? String(v)
      : v === undefined || v === null
        ? ""
        : JSON.stringify(v);
}
