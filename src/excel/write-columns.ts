import { cellAddress, columnLetter } from "./address";
import { rowBytes, writeBlocks } from "./blocks";
import type { OwnColumn } from "./own-columns";
import { fail, runBatch, type RunContext } from "./run";

export type { ColumnFormat } from "../engine/output/columns";
import type { ColumnFormat } from "../engine/output/columns";

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
  /** The Excel table the customers are in: results become table columns. */
  table: string | null;
}

export interface PlacedColumn {
  key: string;
  header: string;
  col: number;
  format: ColumnFormat;
}

export interface Placement {
  placed: PlacedColumn[];
  /** Columns this run adds (they were not ours before): taken back if the run is cancelled or fails. */
  fresh: PlacedColumn[];
  /** Our columns of an earlier run that this run does not write (elsewhere, or a dimension without data now). */
  stale: OwnColumn[];
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
 * Where each column goes: our columns of an earlier run (found by their names, wherever the user's
 * inserts moved them; rows may have been sorted or inserted — values are always rewritten aligned to
 * the rows as they are now) keep their place; new ones go right of the user's data and of our columns.
 * A target cell that holds anything stops the run before anything is written.
 */
export async function placeColumns(
  ctx: RunContext,
  target: TargetTable,
  columns: readonly OutputColumn[],
  own: readonly OwnColumn[],
): Promise<Placement> {
  const here = (o: OwnColumn) =>
    o.sheet === target.sheet && o.row === target.headerRow && o.col > target.right;
  const byKey = new Map<string, number>();
  const taken = new Set<number>();
  for (const o of own) {
    if (here(o) && !taken.has(o.col)) {
      byKey.set(o.key, o.col);
      taken.add(o.col);
    }
  }
  const wanted = new Set(columns.map((c) => c.key));
  const stale = own.filter((o) => !wanted.has(o.key) || byKey.get(o.key) !== o.col);
  let next = Math.max(target.right, ...taken) + 1;
  const placed: PlacedColumn[] = [];
  const fresh: PlacedColumn[] = [];
  for (const c of columns) {
    let col = byKey.get(c.key);
    const isFresh = col === undefined;
    if (col === undefined) {
      while (taken.has(next)) next++;
      col = next++;
    }
    taken.add(col);
    const p = { key: c.key, header: c.header, col, format: c.format };
    placed.push(p);
    if (isFresh) fresh.push(p);
  }
  if (fresh.length > 0)
    await assertFree(
      ctx,
      target,
      fresh.map((p) => p.col),
    );
  return { placed, fresh, stale };
}

interface Hit {
  row: number;
  col: number;
  value: string;
}

/** The first cell with a value or formula in a rectangle (row by row), or null. */
async function firstOccupied(
  ctx: RunContext,
  sheet: string,
  top: number,
  rows: number,
  left: number,
  cols: number,
  wanted: (col: number) => boolean,
): Promise<Hit | null> {
  if (rows < 1 || cols < 1) return null;
  return runBatch(ctx, async (context) => {
    const band = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top, left, rows, cols);
    // Only the used part can hold anything; reading it keeps the request small.
    const used = band.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return null;
    used.load("formulas");
    await context.sync();
    for (let r = 0; r < used.formulas.length; r++) {
      const row = used.formulas[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c] as unknown;
        if (v !== "" && v !== null && wanted(used.columnIndex + c)) {
          return {
            row: used.rowIndex + r,
            col: used.columnIndex + c,
            value: typeof v === "string" ? v : JSON.stringify(v),
          };
        }
      }
    }
    return null;
  });
}

/**
 * Stops with the first non-empty cell (value or formula) where the new columns go. New table columns
 * are inserted into the table's rows, which moves whatever is right of the table in those rows: that
 * is refused as well, so nothing of the user's moves.
 */
async function assertFree(ctx: RunContext, target: TargetTable, cols: number[]): Promise<void> {
  const lo = Math.min(...cols);
  const hi = Math.max(...cols);
  const rows = target.dataRows + (target.firstDataRow - target.headerRow);
  const wanted = new Set(cols);
  let hit: Hit | null;
  if (target.table) {
    const right = await usedRight(ctx, target.sheet);
    hit = await firstOccupied(
      ctx,
      target.sheet,
      target.headerRow,
      rows,
      lo,
      Math.max(hi, right) - lo + 1,
      () => true,
    );
    if (hit && !wanted.has(hit.col)) {
      const cell = cellAddress(hit.row, hit.col);
      throw fail(
        ctx,
        "table_blocked",
        { sheet: target.sheet, table: target.table, cell, value: hit.value.slice(0, 40) },
        { sheet: target.sheet, cell },
      );
    }
  } else {
    hit = await firstOccupied(ctx, target.sheet, target.headerRow, rows, lo, hi - lo + 1, (c) =>
      wanted.has(c),
    );
  }
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

async function usedRight(ctx: RunContext, sheet: string): Promise<number> {
  return runBatch(ctx, async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load("columnIndex,columnCount");
    await context.sync();
    return used.isNullObject ? 0 : used.columnIndex + used.columnCount - 1;
  });
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

/** New table columns are added as table columns first (in column order), then written like any column. */
export async function addTableColumns(
  ctx: RunContext,
  table: string,
  fresh: readonly PlacedColumn[],
): Promise<void> {
  if (fresh.length === 0) return;
  await runBatch(ctx, async (context) => {
    const t = context.workbook.tables.getItem(table);
    for (const p of [...fresh].sort((a, b) => a.col - b.col)) t.columns.add(undefined, undefined, p.header);
    await context.sync();
  });
}

/** Column width in points for a column's header (on up to two lines) and longest value. */
function widthFor(c: OutputColumn): number {
  const textWidth = (s: string) => {
    let w = 0;
    // CJK and full-width characters are about twice as wide as Latin ones in Calibri/DengXian 11.
    for (const ch of s) w += /[\u2e80-\uffef]/.test(ch) ? 11 : 6;
    return w;
  };
  let longest = textWidth(c.header) / 2;
  const sample = c.values.length > 5000 ? c.values.slice(0, 5000) : c.values;
  for (const v of sample) {
    if (typeof v === "string") longest = Math.max(longest, textWidth(v));
    else if (typeof v === "number")
      longest = Math.max(longest, c.format === "money" ? textWidth(v.toFixed(2)) * 1.3 : 36);
  }
  return Math.round(Math.min(180, Math.max(48, longest + 12)));
}

/** Writes headers, number formats, values and widths of the placed columns: one request per block of rows. */
export async function writeColumns(
  ctx: RunContext,
  target: TargetTable,
  columns: readonly OutputColumn[],
  placed: readonly PlacedColumn[],
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const runs = adjacentRuns(placed);
  const totalCells = Math.max(1, placed.length * (target.dataRows + 1));
  let doneCells = 0;
  for (const run of runs) {
    const cols = run.map((p) => byKey.get(p.key)).filter((c): c is OutputColumn => c !== undefined);
    const left = run[0]?.col ?? 0;
    const rows: (string | number)[][] = [cols.map((c) => c.header)];
    for (let i = 0; i < target.dataRows; i++) rows.push(cols.map((c) => c.values[i] ?? ""));
    const formats = cols.map((c) => NUMBER_FORMATS[c.format]);
    const before = doneCells;
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
          head.verticalAlignment = "Top";
          cols.forEach((c, i) => (range.getColumn(i).format.columnWidth = widthFor(c)));
        }
      },
      (done) => onProgress?.((before + done * cols.length) / totalCells),
      rowBytes(formats) + 1,
    );
    doneCells += rows.length * cols.length;
  }
}
