import { cellAddress, columnLetter } from "./address";
import { writeBlocks } from "./blocks";
import type { RegisteredColumns } from "./registry";
import { fail, runBatch, type RunContext } from "./run";

export type ColumnFormat = "text" | "int" | "money" | "percent" | "decimal";

/** One result column: its header and one value per data row of the customer table. */
export interface OutputColumn {
  key: string;
  header: string;
  format: ColumnFormat;
  values: readonly (string | number | null)[];
}

/** Where the customer table is: header row and data rows (0-based sheet rows), its columns, its table. */
export interface TargetTable {
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  /** Number of data rows (the values of every OutputColumn have this length). */
  dataRows: number;
  left: number;
  /** Last column of the user's data (0-based, inclusive), not counting our own columns. */
  right: number;
  table: string | null;
}

export interface PlacedColumn {
  key: string;
  header: string;
  col: number;
  format: ColumnFormat;
}

export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  // "@" makes Excel keep what we write as text: a label that starts with "=" never becomes a formula.
  text: "@",
  int: "0",
  money: "#,##0.00",
  percent: "0.0%",
  decimal: "0.00",
};

/**
 * Finds our columns of an earlier run by their header text in the header row (they may have moved when
 * the user inserted columns; rows may have been sorted or inserted: values are always rewritten aligned
 * to the rows as they are now), and places new ones to the right of the user's data. A target cell that
 * holds anything stops the run before anything is written.
 */
export async function placeColumns(
  ctx: RunContext,
  target: TargetTable,
  columns: readonly OutputColumn[],
  previous: RegisteredColumns | null,
): Promise<{ placed: PlacedColumn[]; stale: number[] }> {
  const { headerRow, sheet } = target;
  const header = await runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const used = ws.getUsedRangeOrNullObject(false);
    used.load("columnIndex,columnCount");
    await context.sync();
    const width = used.isNullObject ? target.right + 1 : used.columnIndex + used.columnCount;
    const row = ws.getRangeByIndexes(headerRow, 0, 1, Math.max(width, target.right + 1));
    row.load("values");
    await context.sync();
    return (row.values[0] ?? []).map((v) => (typeof v === "string" ? v : String(v ?? "")));
  });

  const ours = new Map<string, number>();
  if (previous && previous.sheet === sheet) {
    for (const [key, text] of Object.entries(previous.headers)) {
      const col = header.findIndex((h, i) => h === text && i > target.right && !isTaken(ours, i));
      if (col >= 0) ours.set(key, col);
    }
  }
  const taken = new Set(ours.values());
  let next = Math.max(target.right, ...taken) + 1;
  const placed: PlacedColumn[] = [];
  const fresh: number[] = [];
  for (const c of columns) {
    let col = ours.get(c.key);
    if (col === undefined) {
      while (taken.has(next)) next++;
      col = next++;
      fresh.push(col);
    }
    taken.add(col);
    placed.push({ key: c.key, header: c.header, col, format: c.format });
  }
  const used = new Set(placed.map((p) => p.col));
  const stale = [...ours.values()].filter((col) => !used.has(col));
  if (fresh.length > 0) await assertEmpty(ctx, target, fresh);
  return { placed, stale };
}

function isTaken(map: Map<string, number>, col: number): boolean {
  for (const v of map.values()) if (v === col) return true;
  return false;
}

/** Stops with the first non-empty cell (value or formula) of the columns we are about to fill. */
async function assertEmpty(ctx: RunContext, target: TargetTable, cols: number[]): Promise<void> {
  const lo = Math.min(...cols);
  const hi = Math.max(...cols);
  const rows = target.dataRows + (target.firstDataRow - target.headerRow);
  const hit = await runBatch(ctx, async (context) => {
    const range = context.workbook.worksheets
      .getItem(target.sheet)
      .getRangeByIndexes(target.headerRow, lo, rows, hi - lo + 1);
    // Only the used part can hold anything; reading it keeps the request small.
    const used = range.getUsedRangeOrNullObject(false);
    used.load("values,formulas,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return null;
    const wanted = new Set(cols);
    for (let r = 0; r < used.formulas.length; r++) {
      const row = used.formulas[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const col = used.columnIndex + c;
        const v = row[c] as unknown;
        if (wanted.has(col) && v !== "" && v !== null) {
          return { row: used.rowIndex + r, col, value: typeof v === "string" ? v : JSON.stringify(v) };
        }
      }
    }
    return null;
  });
  if (hit) {
    const cell = cellAddress(hit.row, hit.col);
    throw fail(
      ctx,
      "target_in_use",
      { sheet: target.sheet, column: columnLetter(hit.col), cell, value: hit.value.slice(0, 40) },
      { sheet: target.sheet, cell },
    );
  }
}

/** Groups placed columns into runs of adjacent columns, so each run is one rectangular write. */
export function adjacentRuns<T extends { col: number }>(placed: readonly T[]): T[][] {
  const sorted = [...placed].sort((a, b) => a.col - b.col);
  const runs: T[][] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.col + 1 === p.col) last.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** Writes headers, number formats and values of the placed columns: one request per block of rows. */
export async function writeColumns(
  ctx: RunContext,
  target: TargetTable,
  columns: readonly OutputColumn[],
  placed: readonly PlacedColumn[],
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const runs = adjacentRuns(placed);
  const totalCells = placed.length * (target.dataRows + 1);
  let doneCells = 0;
  for (const run of runs) {
    const cols = run.map((p) => byKey.get(p.key)).filter((c): c is OutputColumn => c !== undefined);
    const left = run[0]?.col ?? 0;
    const rows: (string | number)[][] = [cols.map((c) => c.header)];
    for (let i = 0; i < target.dataRows; i++) rows.push(cols.map((c) => c.values[i] ?? ""));
    const formats = cols.map((c) => NUMBER_FORMATS[c.format]);
    await writeBlocks(
      ctx,
      { sheet: target.sheet, top: target.headerRow, left, cols: cols.length },
      rows,
      (range, first, count) => {
        // Header cells are text; body cells take the column's format. Formats go before values.
        const fmt: string[][] = [];
        for (let r = 0; r < count; r++) fmt.push(first + r === 0 ? cols.map(() => "@") : formats);
        range.numberFormat = fmt;
        if (first === 0) {
          const head = range.getRow(0).format;
          head.font.bold = true;
          head.wrapText = true;
        }
      },
      (done) => onProgress?.((doneCells + done * cols.length) / totalCells),
    );
    doneCells += rows.length * cols.length;
  }
}
