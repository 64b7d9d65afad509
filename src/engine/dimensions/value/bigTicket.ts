/**
 * "Big ticket, low frequency" (product.md dimension 2): average order value at or above the
 * `aovQuantile` PERCENTILE.INC of all purchasing customers' AOV, and at most `maxOrders` purchases.
 * Class "big_ticket" or null (not flagged, or no purchase).
 */
import type { AbcStandard } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import { percentileIncOf } from "../../stats/percentile";
import type { Activity } from "../activity/aggregate";

export interface BigTicketResult {
  output: DimensionOutput;
  /** The AOV threshold, currency units (NaN with no purchasing customer). */
  threshold: number;
}

export function flagBigTicket(activity: Activity, bt: AbcStandard["bigTicket"]): BigTicketResult {
  const n = activity.customers;
  const aov = activity.avgOrderValue; // NaN without a purchase: left out of the quantile
  const threshold = percentileIncOf(aov, bt.aovQuantile);
  const classes: (string | null)[] = new Array<string | null>(n).fill(null);
  for (let c = 0; c < n; c++) {
    const f = activity.frequency[c] as number;
    if (f > 0 && (aov[c] as number) >= threshold && f <= bt.maxOrders) classes[c] = "big_ticket";
  }
  return { output: { classes, metrics: { avgOrderValue: aov } }, threshold };
}
