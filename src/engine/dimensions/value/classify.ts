/**
 * Value dimension (product.md dimension 2): ABC class with its metrics, plus the big-ticket flag
 * (also exposed as `extra.bigTicket` on the value output) and revenue, profit and AOV metrics.
 */
import type { AbcStandard } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import { idSortOrder } from "../../stats/ids";
import type { Activity } from "../activity/aggregate";
import { toCurrency } from "../activity/metrics";
import { classifyAbc } from "./abc";
import { flagBigTicket } from "./bigTicket";

export interface ValueResult {
  /** ABC classes; metrics value, rank, share, cumShareBefore, cumShare, revenue, profit, avgOrderValue. */
  value: DimensionOutput;
  bigTicket: DimensionOutput;
  /** Total positive value (currency units) and the big-ticket AOV threshold, for explanations. */
  total: number;
  aovThreshold: number;
  basisMissing: boolean;
}

export function classifyValue(
  activity: Activity,
  ids: readonly string[],
  std: AbcStandard,
  idOrder: Int32Array = idSortOrder(ids),
): ValueResult {
  const abc = classifyAbc(activity, ids, std, idOrder);
  const big = flagBigTicket(activity, std.bigTicket);
  const metrics = abc.output.metrics;
  metrics.revenue = toCurrency(activity.monetaryScaled);
  metrics.profit = activity.profitScaled
    ? toCurrency(activity.profitScaled)
    : new Float64Array(activity.customers).fill(NaN);
  metrics.avgOrderValue = activity.avgOrderValue;
  return {
    value: { ...abc.output, extra: { bigTicket: big.output.classes } },
    bigTicket: big.output,
    total: abc.total,
    aovThreshold: big.threshold,
    basisMissing: abc.basisMissing,
  };
}
