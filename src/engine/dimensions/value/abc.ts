/**
 * ABC value class (product.md, "ABC"): customers sorted by value descending, ties by customer ID ascending
 * (numeric-aware); A while the cumulative share of value BEFORE the customer is < a, B while < b, else C;
 * a value ≤ 0 is always C. Value = revenue or gross profit (`basis`).
 *
 * Exactness: values are sums of MONEY_SCALE integers, so the running cumulative sum is exact (stats/sum.ts)
 * and each share is one correctly rounded division — no summation-order ulp can move a customer across a
 * cut-off. The total is the sum of the positive values (customers with value ≤ 0 are C and come last, so
 * shares of the positive part run from 0 to 1).
 * Customers with no counted line (none at all, or only refunds under `exclude`) get null.
 */
import type { AbcStandard } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import { MONEY_SCALE } from "../../types";
import { idSortOrder } from "../../stats/ids";
import { indicesInIdOrder, radixSortIndex } from "../../stats/radixSort";
import type { Activity } from "../activity/aggregate";

export type AbcClass = "A" | "B" | "C";

export interface AbcResult {
  /** classes A/B/C; metrics value, rank, share, cumShareBefore, cumShare (value in currency units). */
  output: DimensionOutput;
  /** Total positive value, currency units. */
  total: number;
  /** basis "profit" without a profit column: every class is null. */
  basisMissing: boolean;
}

/** Class from the cumulative share before the customer. */
export function abcClassOf(value: number, shareBefore: number, a: number, b: number): AbcClass {
  if (!(value > 0)) return "C";
  if (shareBefore < a) return "A";
  if (shareBefore < b) return "B";
  return "C";
}

export function classifyAbc(
  // Only these are read; abcOfValues (ofValues.ts) passes no more.
  activity: Pick<Activity, "customers" | "countedLines" | "monetaryScaled" | "profitScaled">,
  ids: readonly string[],
  std: AbcStandard,
  idOrder: Int32Array = idSortOrder(ids),
): AbcResult {
  const n = activity.customers;
  const classes: (string | null)[] = new Array<string | null>(n).fill(null);
  const nan = () => new Float64Array(n).fill(NaN);
  const value = nan();
  const rank = nan();
  const share = nan();
  const cumShareBefore = nan();
  const cumShare = nan();
  const output: DimensionOutput = { classes, metrics: { value, rank, share, cumShareBefore, cumShare } };
  const scaled = std.basis === "profit" ? activity.profitScaled : activity.monetaryScaled;
  if (!scaled) return { output, total: NaN, basisMissing: true };

  // Eligible customers in ID order, then a stable sort by −value: descending, ties by ID ascending.
  const byId = indicesInIdOrder(idOrder);
  const idx = new Int32Array(n);
  const negated = new Float64Array(n);
  let k = 0;
  let total = 0; // exact: integers (stats/sum.ts)
  for (let p = 0; p < n; p++) {
    const c = byId[p] as number;
    if ((activity.countedLines[c] as number) > 0) {
      idx[k++] = c;
      const v = scaled[c] as number;
      negated[c] = -v;
      if (v > 0) total += v;
    }
  }
  const order = radixSortIndex(negated, idx.subarray(0, k));
  let cum = 0;
  for (let p = 0; p < k; p++) {
    const c = order[p] as number;
    const v = scaled[c] as number;
    const before = total > 0 ? cum / total : NaN;
    if (v > 0) cum += v;
    value[c] = v / MONEY_SCALE;
    rank[c] = p + 1;
    share[c] = total > 0 ? v / total : NaN;
    cumShareBefore[c] = before;
    cumShare[c] = total > 0 ? cum / total : NaN;
    classes[c] = abcClassOf(v, before, std.a, std.b);
  }
  return { output, total: total / MONEY_SCALE, basisMissing: false };
}
