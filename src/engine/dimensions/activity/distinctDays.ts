/**
 * Distinct purchase days per customer from (customer, day) purchase events, in O(events + day span):
 * events are bucketed by customer (counting sort), then each customer's days are stamped into one array
 * indexed by day ("last customer that marked this day"), so no Set per customer and no sort.
 * When the day span is absurdly wide (junk dates), each customer's bucket is sorted instead.
 */

import { scratch, unfilled } from "../../stats/scratch";

/** Above this many days between the first and last event, stamping would waste memory. */
const MAX_STAMP_SPAN = 1 << 22;

export function countDistinctDays(
  customers: number,
  evCustomer: readonly number[],
  evDay: readonly number[],
  events: number,
): Float64Array {
  const distinct = new Float64Array(customers);
  if (events === 0) return distinct;
  // Counting sort of the events by customer.
  const start = scratch(customers + 1, 0);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let e = 0; e < events; e++) {
    start[(evCustomer[e] as number) + 1]!++;
    const d = evDay[e] as number;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  for (let c = 0; c < customers; c++) start[c + 1]! += start[c] as number;
  const fill = start.slice(0, customers);
  const days = unfilled(events);
  for (let e = 0; e < events; e++) {
    const c = evCustomer[e] as number;
    days[fill[c]!++] = evDay[e] as number;
  }
  const span = maxDay - minDay + 1;
  if (span <= MAX_STAMP_SPAN) {
    const stamp = scratch(span, -1);
    for (let c = 0; c < customers; c++) {
      let k = 0;
      for (let p = start[c] as number, end = start[c + 1] as number; p < end; p++) {
        const slot = Math.floor((days[p] as number) - minDay);
        if (stamp[slot] !== c) {
          stamp[slot] = c;
          k++;
        }
      }
      distinct[c] = k;
    }
  } else {
    for (let c = 0; c < customers; c++) {
      const seg = Float64Array.from(days.slice(start[c], start[c + 1])).sort();
      let k = 0;
      for (let p = 0; p < seg.length; p++) if (p === 0 || seg[p] !== seg[p - 1]) k++;
      distinct[c] = k;
    }
  }
  return distinct;
}
