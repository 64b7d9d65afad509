import type { Cell } from "../engine/types";
import { WorkbookError } from "./errors";
import type { RunContext } from "./run";
import { fail, runBatch, throwIfCancelled } from "./run";

/** Excel refuses (or returns null for) single reads above this many cells, on every platform. */
export const MAX_READ_CELLS = 5_000_000;
/**
 * The first read block is sized blind; 20,000 cells stay under 5 MB up to ~250 bytes per cell (long
 * notes, Chinese text at 3 bytes a character). Later blocks are sized on the bytes measured so far.
 */
const FIRST_BLOCK_CELLS = 20_000;
/** Share of the payload limit a block aims at: room for Office.js's envelope and a badly sized guess. */
/** Cells one source may have in all (read block by block). */
const MAX_TOTAL_CELLS = 20 * MAX_READ_CELLS;
const READ_TARGET = 0.5;
const WRITE_TARGET = 0.4;

export interface RangeBox {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** UTF-8 bytes of a string inside JSON (quotes and escapes included): what the 5 MB limit counts. */
function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 0x22 || c === 0x5c ? 2 : c < 0x20 ? 6 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function cellBytes(v: unknown): number {
  if (typeof v === "string") return stringBytes(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === "boolean") return v ? 4 : 5;
  return 4;
}

/** UTF-8 size of one row as JSON (`[a,b,c]`), computed without building the string. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 1 + row.length;
  for (const v of row) n += cellBytes(v);
  return n;
}

/** UTF-8 size of a block of rows as JSON: what Excel on the web counts against its 5 MB limit. */
export function payloadBytes(values: readonly (readonly unknown[])[]): number {
  let n = 1 + values.length;
  for (const r of values) n += rowBytes(r);
  return n;
}

function payloadTooLarge(e: unknown): boolean {
  if (!(e instanceof WorkbookError) || e.code !== "excel_error") return false;
  const code = e.params.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Whether every cell of the row is empty as Excel reads it (""), over the full width. */
function isEmptyRow(row: readonly Cell[], cols: number): boolean {
  if (row.length !== cols) return false;
  for (const v of row) if (v !== "") return false;
  return true;
}

/**
 * Reads a rectangle's values in row blocks: one sync per block, each block sized from the bytes per
 * row measured so far to stay at half the host's payload limit, never per row. A block Excel still
 * refuses as too large is read again in halves.
 *
 * Every all-empty row is one shared, frozen row of "" (same values, so readers see what Excel sent):
 * a used range reaching row 1,048,576 would otherwise keep a million arrays (~90 MB at 4 columns).
 */
export async function readValues(
  ctx: RunContext,
  box: RangeBox,
  onBlock?: (done: number, total: number) => void,
): Promise<(readonly Cell[])[]> {
  const total = box.rows * box.cols;
  // Far beyond what the task pane's memory holds; say so rather than run out of memory.
  if (total > MAX_TOTAL_CELLS)
    throw fail(ctx, "too_large", { where: box.sheet, cells: total, limit: MAX_TOTAL_CELLS });
  const out: (readonly Cell[])[] = [];
  // Frozen: a write to it would show in every empty row.
  const empty: readonly Cell[] = Object.freeze(Array.from({ length: box.cols }, (): Cell => ""));
  const target = ctx.host.payloadLimitBytes * READ_TARGET;
  const maxRows = Math.max(1, Math.floor(MAX_READ_CELLS / Math.max(1, box.cols) / 2));
  // Blind first block: at most FIRST_BLOCK_CELLS, and at most target / 64 bytes a cell on a small limit.
  const firstCells = Math.min(FIRST_BLOCK_CELLS, Math.floor(target / 64));
  let blockRows = Math.max(1, Math.min(maxRows, Math.floor(firstCells / Math.max(1, box.cols))));
  let bytesSeen = 0;
  let row = 0;
  while (row < box.rows) {
    throwIfCancelled(ctx);
    const n = Math.min(blockRows, box.rows - row);
    const first = row;
    let values: Cell[][];
    try {
      values = await runBatch(ctx, async (context) => {
        const range = context.workbook.worksheets
          .getItem(box.sheet)
          .getRangeByIndexes(box.top + first, box.left, n, box.cols);
        range.load("values");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, never per row
        await context.sync();
        const v = range.values as Cell[][];
        range.untrack();
        return v;
      });
    } catch (e) {
      if (payloadTooLarge(e) && n > 1) {
        blockRows = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw e;
    }
    for (const r of values) out.push(isEmptyRow(r, box.cols) ? empty : r);
    row += n;
    bytesSeen += payloadBytes(values);
    onBlock?.(row, box.rows);
    const perRow = bytesSeen / row;
    blockRows = Math.max(1, Math.min(maxRows, Math.floor(target / Math.max(1, perRow))));
  }
  return out;
}

/**
 * Writes values in row blocks sized by their own payload (one sync each). `prepare` can queue work on
 * each block's range before the values (e.g. number formats), so both go in the same request;
 * `extraRowBytes` is what `prepare` adds per row (the formats' JSON), so the block stays in budget.
 */
export async function writeBlocks(
  ctx: RunContext,
  box: Omit<RangeBox, "rows">,
  rows: readonly (readonly (string | number | boolean)[])[],
  prepare?: (range: Excel.Range, first: number, count: number) => void,
  onBlock?: (done: number, total: number) => void,
  extraRowBytes = 0,
): Promise<number> {
  const target = ctx.host.payloadLimitBytes * WRITE_TARGET;
  let syncs = 0;
  let start = 0;
  while (start < rows.length) {
    throwIfCancelled(ctx);
    // Grow the block until its payload reaches the target: one sync per block, never per row.
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < target)) {
      bytes += rowBytes(rows[end] ?? []) + 1 + extraRowBytes;
      end++;
    }
    const block = rows.slice(start, end) as (string | number | boolean)[][];
    const first = start;
    await runBatch(ctx, async (context) => {
      const range = context.workbook.worksheets
        .getItem(box.sheet)
        .getRangeByIndexes(box.top + first, box.left, block.length, box.cols);
      prepare?.(range, first, block.length);
      range.values = block;
      range.untrack();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, never per row
      await context.sync();
    });
    syncs++;
    start = end;
    onBlock?.(start, rows.length);
  }
  return syncs;
}
