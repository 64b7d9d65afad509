/**
 * The search index of a classification result, built once: every normalised ID and name joined into one
 * string per field with a separator, so one native indexOf scan finds all matches (no per-customer call
 * per keystroke), plus each customer's place in the revenue order used to rank ties.
 * 100k customers: two strings of a few MB and three Int32Arrays.
 */
import type { ClassificationResult } from "../result";
import { idSortOrder } from "../stats/ids";
import { indicesInIdOrder, radixSortIndex } from "../stats/radixSort";
import { normalizeSearchText } from "./normalize";

export const SEPARATOR = "\u0000";

export interface FieldIndex {
  /** Normalised values joined by SEPARATOR (a leading one too, so every value starts after one). */
  text: string;
  /** Start offset of customer c's value in `text`; starts[n] = text.length + 1 (a sentinel). */
  starts: Int32Array;
}

export interface SearchIndex {
  result: ClassificationResult;
  n: number;
  ids: FieldIndex;
  names: FieldIndex;
  /** Position of each customer in the order revenue descending, then ID ascending (numeric-aware). */
  revenueRank: Int32Array;
  /** revenueRank's inverse: the customer at each position. */
  byRevenue: Int32Array;
}

function fieldIndex(values: readonly (string | null)[]): FieldIndex {
  const n = values.length;
  const starts = new Int32Array(n + 1);
  const parts: string[] = new Array<string>(n);
  let offset = 1; // after the leading separator
  for (let c = 0; c < n; c++) {
    const v = values[c];
    const s = v === null || v === undefined ? "" : normalizeSearchText(v);
    parts[c] = s;
    starts[c] = offset;
    offset += s.length + 1;
  }
  starts[n] = offset;
  return { text: SEPARATOR + parts.join(SEPARATOR) + SEPARATOR, starts };
}

export function buildSearchIndex(result: ClassificationResult): SearchIndex {
  const customers = result.customers;
  const n = customers.length;
  const ids = customers.map((c) => c.id);
  const revenue = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const v = customers[c]?.metrics.monetary;
    // Negated for an ascending sort; no purchase (null) ranks after every real revenue, refunds included.
    revenue[c] = typeof v === "number" && Number.isFinite(v) ? -v : Infinity;
  }
  // Stable radix sort of the customers in ID order by −revenue: revenue descending, ties by ID.
  const byRevenue = radixSortIndex(revenue, indicesInIdOrder(idSortOrder(ids)));
  const revenueRank = new Int32Array(n);
  for (let p = 0; p < n; p++) revenueRank[byRevenue[p] as number] = p;
  return {
    result,
    n,
    ids: fieldIndex(ids),
    names: fieldIndex(customers.map((c) => c.name)),
    revenueRank,
    byRevenue,
  };
}
