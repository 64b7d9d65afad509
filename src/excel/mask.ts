import type { Cell, RawTable } from "../engine/types";
import type { OwnColumn } from "./own-columns";

/**
 * Columns (relative to the raw table) that hold our results of an earlier run: the engine must not
 * read them as customer data (a rerun would otherwise map our "销售额" column as the user's revenue).
 */
export function ownColumnsToMask(raw: RawTable, own: readonly OwnColumn[]): number[] {
  const width = raw.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const out = new Set<number>();
  for (const o of own) {
    const c = o.col - raw.left;
    if (o.sheet === raw.sheet && c >= 0 && c < width) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** A copy of the table with the given columns blanked out (the input is not changed). */
export function maskColumns(raw: RawTable, cols: readonly number[]): RawTable {
  if (cols.length === 0) return raw;
  const drop = new Set(cols);
  // A row object met again (readValues shares one row for all empty rows) is masked once and shared.
  let last: readonly Cell[] | null = null;
  let lastOut: readonly Cell[] = [];
  return {
    ...raw,
    rows: raw.rows.map((row) => {
      if (row !== last) {
        const out = row.map((v, c) => (drop.has(c) ? null : v));
        last = row;
        lastOut = Object.isFrozen(row) ? Object.freeze(out) : out;
      }
      return lastOut;
    }),
  };
}
