import type { RawTable } from "../engine/types";
import type { Registry } from "./registry";

/** How far down a header row can be (a title row or two above the header is normal). */
const HEADER_SCAN_ROWS = 20;

/**
 * Columns (relative to the raw table) that hold our results of an earlier run: for each registered
 * header, the rightmost column carrying it near the top. A user column with the same header text
 * further left stays the user's.
 */
export function ownColumnsToMask(raw: RawTable, registry: Registry): number[] {
  const reg = registry.columns;
  if (!reg || reg.sheet !== raw.sheet) return [];
  const wanted = new Set(Object.values(reg.headers));
  const found = new Set<number>();
  const rows = raw.rows.slice(0, HEADER_SCAN_ROWS);
  for (const text of wanted) {
    let best = -1;
    for (const row of rows) {
      for (let c = row.length - 1; c > best; c--) {
        if (row[c] === text) {
          best = c;
          break;
        }
      }
    }
    if (best >= 0) found.add(best);
  }
  return [...found].sort((a, b) => a - b);
}

/** A copy of the table with the given columns blanked out (the input is not changed). */
export function maskColumns(raw: RawTable, cols: readonly number[]): RawTable {
  if (cols.length === 0) return raw;
  const drop = new Set(cols);
  return {
    ...raw,
    rows: raw.rows.map((row) => row.map((v, c) => (drop.has(c) ? null : v))),
  };
}
