/**
 * A minimal engine Activity built from per-customer values the user gives (instead of from
 * transactions), so single-value functions can run the engine's own dimension code on them.
 * Only the fields the caller fills are meaningful; the rest are zero (counts) or NaN (days).
 */
import type { Activity } from "../../engine/dimensions/activity/aggregate";

export function activityOf(
  n: number,
  fill: Partial<
    Pick<Activity, "countedLines" | "frequency" | "monetaryScaled" | "recencyDays" | "profitScaled">
  >,
): Activity {
  const zeros = (): Float64Array => new Float64Array(n);
  const nan = (): Float64Array => new Float64Array(n).fill(NaN);
  return {
    customers: n,
    asOf: NaN,
    refunds: "net",
    windowDays: 0,
    byOrder: false,
    lines: fill.countedLines ?? zeros(),
    countedLines: fill.countedLines ?? zeros(),
    frequency: fill.frequency ?? zeros(),
    monetaryScaled: fill.monetaryScaled ?? zeros(),
    profitScaled: fill.profitScaled ?? null,
    recencyDays: fill.recencyDays ?? nan(),
    firstDay: nan(),
    lastDay: nan(),
    ordersInWindow: zeros(),
    purchaseDays: zeros(),
    avgOrderValue: nan(),
    avgIntervalDays: nan(),
    sharedOrders: 0,
  };
}
