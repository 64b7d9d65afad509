import type { Cell } from "../engine/types";
import type { RunContext } from "./run";
import { fail, runBatch, throwIfCancelled } from "./run";

/** Excel refuses (or returns null for) single reads above this many cells, on every platform. */
export const MAX_READ_CELLS = 5_000_000;
/** Start with blocks of this many cells; later blocks adapt to the measured bytes per cell. */
const FIRST_BLOCK_CELLS = 50_000;

export interface RangeBox {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** JSON length of a block: what Excel on the web counts against its 5 MB request/response limit. */
export function payloadBytes(values: readonly (readonly unknown[])[]): number {
  return JSON.stringify(values).length;
}

/**
 * Reads a rectangle's values in row blocks: one sync per block, each block sized to stay well under
 * the host's payload limit (half of it, measured on the previous block), never per row.
 */
export async function readValues(
  ctx: RunContext,
  box: RangeBox,
  onBlock?: (done: number, total: number) => void,
): Promise<Cell[][]> {
  const total = box.rows * box.cols;
  if (total > 50 * MAX_READ_CELLS) {
    throw fail(ctx, "too_large", { where: box.sheet, cells: total, limit: 50 * MAX_READ_CELLS });
  }
  const out: Cell[][] = [];
  const target = ctx.host.payloadLimitBytes / 2;
  let blockRows = Math.max(1, Math.floor(FIRST_BLOCK_CELLS / Math.max(1, box.cols)));
  let row = 0;
  while (row < box.rows) {
    throwIfCancelled(ctx);
    const n = Math.min(blockRows, box.rows - row);
    const values = await runBatch(ctx, async (context) => {
      const range = context.workbook.worksheets
        .getItem(box.sheet)
        .getRangeByIndexes(box.top + row, box.left, n, box.cols);
      range.load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, never per row
      await context.sync();
      const v = range.values as Cell[][];
      range.untrack();
      return v;
    });
    for (const r of values) out.push(r);
    row += n;
    onBlock?.(row, box.rows);
    const bytesPerRow = payloadBytes(values) / Math.max(1, values.length);
    blockRows = Math.max(1, Math.min(Math.floor(target / Math.max(1, bytesPerRow)), Math.floor(MAX_READ_CELLS / box.cols / 2)));
  }
  return out;
}

/**
 * Writes values in row blocks sized by their own payload (one sync each). `prepare` can queue work on
 * each block's range before the values (e.g. number formats), so both go in the same request.
 */
export async function writeBlocks(
  ctx: RunContext,
  box: Omit<RangeBox, "rows">,
  rows: readonly (readonly (string | number | boolean)[])[],
  prepare?: (range: Excel.Range, first: number, count: number) => void,
  onBlock?: (done: number, total: number) => void,
): Promise<number> {
  const target = ctx.host.payloadLimitBytes / 3;
  let syncs = 0;
  let start = 0;
  while (start < rows.length) {
    throwIfCancelled(ctx);
    // Grow the block until its payload reaches the target: one sync per block, never per row.
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < target)) {
      bytes += JSON.stringify(rows[end]).length + 1;
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
