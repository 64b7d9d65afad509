/**
 * Frequency / activity class (product.md dimension 1), checked in this order:
 * 1. dormant — recency > dormantDays;
 * 2. new — first purchase less than newDays before as-of (asOf − firstDay < newDays);
 * 3. high / medium / low — purchases in the window ≥ highMinOrders / ≥ mediumMinOrders / fewer.
 * Customers without a purchase get null (no data). The window is the one the activity was built with.
 */
import type { FrequencyStandard } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import type { Activity } from "../activity/aggregate";

export type FrequencyClass = "high" | "medium" | "low" | "new" | "dormant";

export function frequencyClassOf(
  recencyDays: number,
  daysSinceFirst: number,
  ordersInWindow: number,
  std: FrequencyStandard,
): FrequencyClass {
  if (recencyDays > std.dormantDays) return "dormant";
  if (daysSinceFirst < std.newDays) return "new";
  if (ordersInWindow >= std.highMinOrders) return "high";
  if (ordersInWindow >= std.mediumMinOrders) return "medium";
  return "low";
}

export function classifyFrequency(activity: Activity, std: FrequencyStandard): DimensionOutput {
  const n = activity.customers;
  const classes: (string | null)[] = new Array<string | null>(n).fill(null);
  const daysSinceFirst = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    daysSinceFirst[c] = activity.asOf - (activity.firstDay[c] as number);
    if ((activity.frequency[c] as number) > 0) {
      classes[c] = frequencyClassOf(
        activity.recencyDays[c] as number,
        daysSinceFirst[c] as number,
        activity.ordersInWindow[c] as number,
        std,
      );
    }
  }
  return {
    classes,
    metrics: {
      ordersInWindow: activity.ordersInWindow,
      recencyDays: activity.recencyDays,
      firstDay: activity.firstDay,
      daysSinceFirst,
      avgIntervalDays: activity.avgIntervalDays,
      frequency: activity.frequency,
      purchaseDays: activity.purchaseDays,
    },
  };
}
