/**
 * Repeat purchase (product.md dimension 8): "repeat" with at least `minOrders` purchases (default 2),
 * else "one_time"; null for customers without a purchase.
 */
import type { RepeatStandard } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import type { Activity } from "../activity/aggregate";

export function classifyRepeat(activity: Activity, std: RepeatStandard): DimensionOutput {
  const n = activity.customers;
  const classes: (string | null)[] = new Array<string | null>(n).fill(null);
  for (let c = 0; c < n; c++) {
    const f = activity.frequency[c] as number;
    if (f > 0) classes[c] = f >= std.minOrders ? "repeat" : "one_time";
  }
  return { classes, metrics: { frequency: activity.frequency } };
}
