/**
 * Calendar months as integer keys (year × 12 + month − 1), their "YYYY-MM" labels, and a day → month
 * lookup table over a day range, so a million lines cost one array read each instead of a Date.
 */
import { dayFromYmd, daysInMonth, ymdFromDay } from "../dates";
import type { Day } from "../types";

export function monthKeyOfDay(day: Day): number {
  const { y, m } = ymdFromDay(day);
  return y * 12 + (m - 1);
}

export function monthLabel(key: number): string {
  const y = Math.floor(key / 12);
  const m = key - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}`;
}

/** First and last day of a month key. */
export function monthBounds(key: number): [first: Day, last: Day] {
  const y = Math.floor(key / 12);
  const m = key - y * 12 + 1;
  return [dayFromYmd(y, m, 1), dayFromYmd(y, m, daysInMonth(y, m))];
}

/** Month key of every day in [firstDay, lastDay] (both whole, finite, firstDay ≤ lastDay). */
export function monthTable(firstDay: Day, lastDay: Day): Int32Array {
  const out = new Int32Array(lastDay - firstDay + 1);
  let key = monthKeyOfDay(firstDay);
  let [, end] = monthBounds(key);
  for (let d = firstDay; d <= lastDay; d++) {
    if (d > end) {
      key++;
      end = monthBounds(key)[1];
    }
    out[d - firstDay] = key;
  }
  return out;
}

/**
 * The last month the windows may use: the as-of day's month when that month is complete (as-of is its
 * last day — lines dated as-of are counted, product.md) or when partial months are allowed; else the
 * month before. A partial last month would read as a fall in sales.
 */
export function lastMonthKey(asOf: Day, includePartialMonth: boolean): number {
  const key = monthKeyOfDay(asOf);
  return includePartialMonth || asOf === monthBounds(key)[1] ? key : key - 1;
}
