/**
 * Per-order accumulators keyed by (order, customer), without a Set or Map per customer.
 *
 * The order column gives each line an order index (distinct order numbers). Normally an order belongs to
 * one customer, so slot = order index and the first customer seen on an order owns it. A line whose order
 * is owned by another customer (an order number reused across customers — bad data, but it must not merge
 * two customers' orders) gets an extra slot from a small overflow map keyed by (order, customer).
 * The three fields of a slot sit side by side in one array (one cache line per random access); the hot
 * loop in aggregate.ts reads and writes `data` directly and calls `overflowSlot` only for a shared order.
 */
import { doubleScratch } from "../../stats/scratch";
import { keepShape } from "../../stats/keepShape";

export const SLOT_OWNER = 0; // customer index, -1 while unused
export const SLOT_TOTAL = 1; // sum of the counted lines' amounts (MONEY_SCALE units)
export const SLOT_DAY = 2; // day of the latest positive line; -Infinity while none
export const SLOT_STRIDE = 3;

export class OrderSlots {
  /** [owner, total, day] per slot. */
  data: number[];
  /** Slots in use: orders + overflow pairs. */
  size: number;
  private readonly overflow = new Map<number, number>();
  private readonly customers: number;

  constructor(orders: number, customers: number) {
    this.data = OrderSlots.blank(orders);
    this.size = orders;
    this.customers = customers;
  }

  /** Order numbers that appeared under more than one customer (extra pairs). */
  get sharedOrders(): number {
    return this.overflow.size;
  }

  /** Slot of an order already owned by another customer; may replace `data` (grown). */
  overflowSlot(order: number, customer: number): number {
    const key = order * this.customers + customer; // exact: far below 2^53 for any real table
    let s = this.overflow.get(key);
    if (s === undefined) {
      s = this.size++;
      this.overflow.set(key, s);
      if (s * SLOT_STRIDE >= this.data.length) {
        const grown = OrderSlots.blank(Math.max(16, s * 2));
        for (let i = 0; i < this.data.length; i++) grown[i] = this.data[i] as number;
        this.data = grown;
      }
      this.data[s * SLOT_STRIDE] = customer;
    }
    return s;
  }

  private static blank(slots: number): number[] {
    // Filled with a double first, so the array is doubles from the start (not converted on the first
    // -Infinity, and no "not a Smi" deopt of this loop in the next run).
    const data = doubleScratch(slots * SLOT_STRIDE, -Infinity);
    for (let b = 0; b < data.length; b += SLOT_STRIDE) {
      data[b + SLOT_OWNER] = -1;
      data[b + SLOT_TOTAL] = 0;
    }
    return data;
  }
}

// See keepShape.ts.
keepShape(new OrderSlots(0, 0));
