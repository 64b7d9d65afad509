/** Activity as DimensionOutput metrics: money in currency units (MONEY_SCALE divided out), NaN = n/a. */
import { MONEY_SCALE } from "../../types";
import type { Activity } from "./aggregate";

/** Scaled money integers → currency units (one correctly rounded division each). */
export function toCurrency(scaled: Float64Array): Float64Array {
  const out = new Float64Array(scaled.length);
  for (let i = 0; i < scaled.length; i++) out[i] = (scaled[i] as number) / MONEY_SCALE;
  return out;
}

export function activityMetrics(a: Activity): Record<string, Float64Array> {
  return {
    recencyDays: a.recencyDays,
    frequency: a.frequency,
    monetary: toCurrency(a.monetaryScaled),
    profit: a.profitScaled ? toCurrency(a.profitScaled) : new Float64Array(a.customers).fill(NaN),
    firstDay: a.firstDay,
    lastDay: a.lastDay,
    ordersInWindow: a.ordersInWindow,
    avgOrderValue: a.avgOrderValue,
    avgIntervalDays: a.avgIntervalDays,
    purchaseDays: a.purchaseDays,
    lines: a.lines,
  };
}
