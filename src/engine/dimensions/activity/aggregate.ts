/**
 * Per-customer activity from the transactions: the R, F, M and timing metrics every behaviour dimension
 * uses. One pass over the lines (the order table sized by TransactionColumns.orders), then one
 * over the orders and one over the purchases; typed arrays only, no per-customer Set or object.
 *
 * Conventions (product.md, "Conventions that must be exact"):
 * - Refunds `net`: every line counts for revenue (negatives reduce it); an order counts as a purchase only
 *   when its total is positive. `exclude`: lines with amount ≤ 0 are ignored for R, F and M.
 * - Frequency = distinct orders (order column) or lines (no order column) that are purchases.
 * - An order is dated by its latest positive line (invoice lines normally share one date); recency =
 *   as-of − that date of the latest purchase, in whole days.
 * - Days are whole civil day numbers; lines after the as-of day and lines with a non-finite day or amount
 *   are ignored (the reader never passes them; this keeps junk from poisoning sums).
 */
import type { RefundsPolicy } from "../../standard/types";
import type { Day, EngineInput, TransactionColumns } from "../../types";
import { MONEY_SCALE } from "../../types";
import { scratch, UNFILLED_MAX } from "../../stats/scratch";
import { keepShape } from "../../stats/keepShape";
import { emptyCustomerTable } from "../../read/customerBuilder";
import { emptyTransactions } from "../../read/emptyTransactions";
import { countDistinctDays } from "./distinctDays";
import { OrderSlots, SLOT_DAY, SLOT_OWNER, SLOT_STRIDE, SLOT_TOTAL } from "./orderSlots";

export interface ActivityOptions {
  refunds: RefundsPolicy;
  /** Purchases dated asOf − windowDays ≤ day count as "in the window" (FrequencyStandard.windowDays):
   *  with the default as-of (the day after the data) that is exactly the last windowDays days. */
  windowDays: number;
}

/** Per-customer activity; every array is indexed by customer index. Counts are 0 when none. */
export interface Activity {
  customers: number;
  asOf: Day;
  refunds: RefundsPolicy;
  windowDays: number;
  /** Whether frequency counts orders (order column mapped) or lines. */
  byOrder: boolean;
  /** All lines of the customer, whatever the refunds policy. */
  lines: Float64Array;
  /** Lines that count under the refunds policy (all under `net`, positive ones under `exclude`). */
  countedLines: Float64Array;
  /** Purchases: orders (or lines) with a positive total. */
  frequency: Float64Array;
  /** Revenue in MONEY_SCALE units (exact integers): net sum under `net`, positive lines under `exclude`. */
  monetaryScaled: Float64Array;
  /** Gross profit in MONEY_SCALE units over the counted lines; null without a profit column. */
  profitScaled: Float64Array | null;
  /** asOf − last purchase day; NaN without a purchase. */
  recencyDays: Float64Array;
  /** First and last purchase day (civil day numbers); NaN without a purchase. */
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** Purchases dated within the last `windowDays` days. */
  ordersInWindow: Float64Array;
  /** Distinct days with a purchase. */
  purchaseDays: Float64Array;
  /** Revenue / purchases, in currency units; NaN without a purchase. */
  avgOrderValue: Float64Array;
  /** (last − first purchase day) / (distinct purchase days − 1); NaN with fewer than 2 purchase days. */
  avgIntervalDays: Float64Array;
  /** Extra order slots created because an order number appeared under several customers. */
  sharedOrders: number;
}

/**
 * Each pass over the lines, orders or customers is a function of its own: V8 optimises a long loop
 * inside a long function by on-stack replacement, and the code after the loop, not yet run, then
 * deoptimises it — a recompile per loop on every (cold) run. Small loop functions are compiled once.
 */
export function aggregateActivity(input: EngineInput, options: ActivityOptions): Activity {
  const { tx, asOf } = input;
  const nc = input.customers.ids.length;
  const lines = new Float64Array(nc);
  const countedLines = new Float64Array(nc);
  const monetary = new Float64Array(nc);
  const profit = tx.profit ? new Float64Array(nc) : null;

  // Purchase events (customer, day): orders with a positive total, or positive lines without an order.
  // Capacity: one per line without an order column; else one per order. Lines without an order number
  // (-1; the reader gives none, hand-made columns may) and orders shared between customers append.
  let slots: OrderSlots | null = null;
  let capacity = tx.n;
  if (tx.order) {
    slots = new OrderSlots(tx.orders, nc);
    capacity = tx.orders;
  }
  // Scratch in the managed heap, not typed arrays (see stats/scratch.ts).
  // Each by a `new Array` of its own, so that each keeps its own elements kind (stats/scratch.ts).
  const fits = capacity <= UNFILLED_MAX;
  const ev = events(
    fits ? new Array<number>(capacity) : scratch(capacity, 0),
    fits ? new Array<number>(capacity) : scratch(capacity, 0),
  );
  sumLines(
    tx,
    asOf,
    options.refunds === "exclude",
    slots,
    lineSums(lines, countedLines, monetary, profit),
    ev,
  );
  if (slots) slotEvents(slots, ev);

  const frequency = new Float64Array(nc);
  const firstDay = new Float64Array(nc).fill(NaN);
  const lastDay = new Float64Array(nc).fill(NaN);
  const ordersInWindow = new Float64Array(nc);
  // Distinct purchase days come with the count when each customer's purchases arrive in date order
  // (an export sorted by date: order numbers, and so the events, follow the dates); else they are
  // counted apart (1M lines: ~20 ms saved when sorted).
  const distinctDays = new Float64Array(nc);
  const sorted = countPurchases(
    ev,
    asOf - options.windowDays,
    purchaseCounts(frequency, firstDay, lastDay, ordersInWindow, distinctDays),
  );
  const purchaseDays = sorted ? distinctDays : countDistinctDays(nc, ev.customer, ev.day, ev.count);

  const recencyDays = new Float64Array(nc);
  const avgOrderValue = new Float64Array(nc);
  const avgIntervalDays = new Float64Array(nc);
  for (let c = 0; c < nc; c++) {
    const f = frequency[c] as number;
    recencyDays[c] = asOf - (lastDay[c] as number); // NaN without a purchase
    avgOrderValue[c] = f > 0 ? (monetary[c] as number) / MONEY_SCALE / f : NaN;
    const k = purchaseDays[c] as number;
    avgIntervalDays[c] = k >= 2 ? ((lastDay[c] as number) - (firstDay[c] as number)) / (k - 1) : NaN;
  }

  return {
    customers: nc,
    asOf,
    refunds: options.refunds,
    windowDays: options.windowDays,
    byOrder: tx.order !== null,
    lines,
    countedLines,
    frequency,
    monetaryScaled: monetary,
    profitScaled: profit,
    recencyDays,
    firstDay,
    lastDay,
    ordersInWindow,
    purchaseDays,
    avgOrderValue,
    avgIntervalDays,
    sharedOrders: slots ? slots.sharedOrders : 0,
  };
}

/** Purchase events in the making: customer and day of each, `count` used. */
interface Events {
  customer: number[];
  day: number[];
  count: number;
}

interface LineSums {
  lines: Float64Array;
  countedLines: Float64Array;
  monetary: Float64Array;
  profit: Float64Array | null;
}

interface PurchaseCounts {
  frequency: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
  ordersInWindow: Float64Array;
  distinctDays: Float64Array;
}

// The objects the passes take, made by these functions with one of each kept (stats/keepShape.ts): a
// literal's shape is made by adding its keys, it died with the run's objects at the next GC, and the
// passes' optimised code with it (`--trace-deopt`: "weak objects" in slotEvents and countPurchases).
function events(customer: number[], day: number[]): Events {
  return { customer, day, count: 0 };
}

function lineSums(
  lines: Float64Array,
  countedLines: Float64Array,
  monetary: Float64Array,
  profit: Float64Array | null,
): LineSums {
  return { lines, countedLines, monetary, profit };
}

function purchaseCounts(
  frequency: Float64Array,
  firstDay: Float64Array,
  lastDay: Float64Array,
  ordersInWindow: Float64Array,
  distinctDays: Float64Array,
): PurchaseCounts {
  return { frequency, firstDay, lastDay, ordersInWindow, distinctDays };
}

const none = new Float64Array(0);
keepShape(events([0.5], [0.5]));
keepShape(lineSums(none, none, none, null));
keepShape(purchaseCounts(none, none, none, none, none));

/** The pass over the lines: per-customer sums, order slots, events of lines that are orders alone. */
function sumLines(
  tx: TransactionColumns,
  asOf: number,
  exclude: boolean,
  slots: OrderSlots | null,
  out: LineSums,
  ev: Events,
): void {
  // Hot-loop locals (no property loads per line).
  const { lines, countedLines, monetary, profit } = out;
  const nc = lines.length;
  const txCustomer = tx.customer;
  const txDay = tx.day;
  const txAmount = tx.amount;
  const order = tx.order;
  const profitCol = tx.profit;
  const nLines = tx.n;
  const evCustomer = ev.customer;
  const evDay = ev.day;
  let events = ev.count;
  let sdata = slots ? slots.data : [];
  // No calls except the rare shared-order case (V8 keeps this tight).
  for (let i = 0; i < nLines; i++) {
    const c = txCustomer[i] as number;
    const d = txDay[i] as number;
    const a = txAmount[i] as number;
    if (!(c >= 0 && c < nc) || !Number.isFinite(d) || !Number.isFinite(a) || d > asOf) continue;
    lines[c]!++;
    if (exclude && !(a > 0)) continue;
    countedLines[c]!++;
    monetary[c]! += a;
    if (profitCol !== null) {
      const p = profitCol[i] as number;
      if (Number.isFinite(p)) profit![c]! += p;
    }
    const o = order !== null ? (order[i] as number) : -1;
    if (o >= 0) {
      // Accumulate into the order's slot (see orderSlots.ts).
      let b = o * SLOT_STRIDE;
      const owner = sdata[b] as number;
      if (owner === -1) sdata[b] = c;
      else if (owner !== c) {
        b = slots!.overflowSlot(o, c) * SLOT_STRIDE;
        sdata = slots!.data;
      }
      sdata[b + SLOT_TOTAL]! += a;
      if (a > 0 && d > (sdata[b + SLOT_DAY] as number)) sdata[b + SLOT_DAY] = d;
    } else if (a > 0) {
      // No order column, or a line without an order number: the line is its own order.
      evCustomer[events] = c;
      evDay[events++] = d;
    }
  }
  ev.count = events;
}

/** Orders with a positive total become purchase events, dated by their latest positive line. */
function slotEvents(slots: OrderSlots, ev: Events): void {
  const data = slots.data;
  const evCustomer = ev.customer;
  const evDay = ev.day;
  let events = ev.count;
  for (let s = 0; s < slots.size; s++) {
    const b = s * SLOT_STRIDE;
    const c = data[b + SLOT_OWNER] as number;
    const day = data[b + SLOT_DAY] as number;
    // Under `exclude` the slot holds positive lines only; under `net` the order total must be positive.
    if (c >= 0 && (data[b + SLOT_TOTAL] as number) > 0 && day > -Infinity) {
      evCustomer[events] = c;
      evDay[events++] = day;
    }
  }
  ev.count = events;
}

/** Counts, first and last day per customer; true when every customer's events came in date order, and
 *  `distinctDays` then holds their distinct days. */
function countPurchases(ev: Events, windowStart: number, out: PurchaseCounts): boolean {
  const { frequency, firstDay, lastDay, ordersInWindow, distinctDays } = out;
  const evCustomer = ev.customer;
  const evDay = ev.day;
  let sorted = true;
  for (let e = 0; e < ev.count; e++) {
    const c = evCustomer[e] as number;
    const d = evDay[e] as number;
    frequency[c]!++;
    // NaN compares false, so the first event always sets the day.
    if (!((firstDay[c] as number) <= d)) firstDay[c] = d;
    const last = lastDay[c] as number;
    if (!(last >= d)) {
      lastDay[c] = d;
      distinctDays[c]!++; // a later day than any before (or the first)
    } else if (d < last) sorted = false;
    if (d >= windowStart) ordersInWindow[c]!++;
  }
  return sorted;
}

// See keepShape.ts: an Activity as aggregateActivity makes it (its code builds that literal), from an
// input and options as classify makes them. asOf is a double: a whole day can come as one, and an
// integer (Smi) field would be another shape.
keepShape(
  aggregateActivity(
    { customers: emptyCustomerTable(), tx: emptyTransactions(), asOf: 0.5 },
    { refunds: "net", windowDays: 365 },
  ),
);
