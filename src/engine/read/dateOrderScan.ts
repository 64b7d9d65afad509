/**
 * One day/month order for a whole table: evidence from every date column (a/b/yyyy with a > 12 means
 * day first, b > 12 month first; see inferDateOrder), plus the cells that stay ambiguous, to report.
 */
import type { RawTable } from "../types";
import { dateOrderEvidence, type DateOrder } from "./dateCell";
import { MAX_ISSUE_CELLS } from "./issues";

/** Collect order evidence over the date columns (one order for the table) and the ambiguous cells. */
export function scanDateOrder(
  rows: RawTable["rows"],
  start: number,
  cols: number[],
): {
  order: DateOrder;
  ambiguous: number[];
  ambiguousCols: number[];
  ambiguousCount: number;
  example: string;
} {
  let dmy = false;
  let mdy = false;
  const ambiguous: number[] = [];
  const ambiguousCols: number[] = [];
  let ambiguousCount = 0;
  let ex = "";
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    for (const c of cols) {
      const e = dateOrderEvidence(row[c]);
      if (e === 1) dmy = true;
      else if (e === 2) mdy = true;
      else if (e === 3) {
        if (ambiguousCount === 0) ex = String(row[c]);
        if (ambiguous.length < MAX_ISSUE_CELLS) {
          ambiguous.push(r);
          ambiguousCols.push(c);
        }
        ambiguousCount++;
      }
    }
  }
  return { order: dmy ? "dmy" : mdy ? "mdy" : "ymd", ambiguous, ambiguousCols, ambiguousCount, example: ex };
}
