/**
 * Quantile scores of one RFM metric (product.md, "Quintile thresholds" and "Tie policy").
 * - `value`: thresholds = PERCENTILE.INC of the scored customers' values at k/bins; equal values share
 *   a score.
 * - `rank`: values are first replaced by ranks 1..n, ties broken by customer ID ascending (numeric-aware)
 *   = pandas `qcut(x.rank(method="first"), bins)` on a table sorted by ID; thresholds are then in ranks.
 * Score = 1 + thresholds strictly below (right-closed bins); reversed (recency): bins + 1 − that.
 */
import type { TiePolicy } from "../../standard/types";
import { quintileThresholds } from "../../stats/percentile";
import { rankFirstByOrder } from "../../stats/rank";
import { scoreByThresholds } from "../../stats/score";

export interface MetricScores {
  /** 1..bins for scored customers, NaN otherwise. */
  scores: Float64Array;
  /** Ascending inner thresholds, in the metric's units (`value`) or in ranks (`rank`). */
  thresholds: number[];
}

export function scoreMetric(
  values: Float64Array,
  scored: Uint8Array,
  policy: TiePolicy,
  bins: number,
  reverse: boolean,
  idOrder: () => Int32Array,
): MetricScores {
  const n = values.length;
  const basis = policy === "rank" ? rankFirstByOrder(values, idOrder(), scored) : values;
  let k = 0;
  for (let c = 0; c < n; c++) if (scored[c]) k++;
  const population = new Float64Array(k);
  k = 0;
  for (let c = 0; c < n; c++) if (scored[c]) population[k++] = basis[c] as number;
  const thresholds = quintileThresholds(population, bins);
  const scores = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++) {
    if (!scored[c]) continue;
    const s = scoreByThresholds(basis[c] as number, thresholds);
    scores[c] = reverse ? bins + 1 - s : s;
  }
  return { scores, thresholds };
}
