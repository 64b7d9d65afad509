import { keepShape } from "../../stats/keepShape";
import { doubleScratch, scratch } from "../../stats/scratch";
import type { Day, TransactionColumns } from "../../types";

/**
 * Lines → invoices, in one pass: amount, paid amount, due day and paid day per invoice (the conventions
 * are computeCreditMetrics').
 *
 * An "invoice" is what is judged paid on time or late: the order when an order column is mapped (its
 * lines are invoiced and settled together), else the line itself. Refund lines (amount ≤ 0) belong to no
 * invoice: a credit note is not an invoice the customer can pay late. An order number reused by two
 * customers (bad data) must not merge their debts, so a second customer on an order gets its own
 * invoice through a small overflow map keyed by (order, customer).
 *
 * Slots: order o is slot o (the reader numbers orders 0, 1, 2, … in the order met), owned by the first
 * customer with a positive line on it; shared orders and lines without an order get slots appended after
 * the orders. So no pass numbers the invoices first (1M lines: that pass and its three arrays were
 * ~35 ms). A slot whose order has no positive line stays unowned (customer -1) and counts for nobody.
 */
export interface Invoices {
  /** Slots in use (the arrays' length). */
  count: number;
  /** Customer per slot; -1 for an order with no positive line. */
  customer: number[];
  /** Sums in MONEY_SCALE units; scratch arrays (see stats/scratch.ts). */
  amount: number[];
  paid: number[];
  /** Earliest due day of its lines. */
  due: number[];
  /** Latest paid day of its fully paid lines. */
  paidDay: number[];
  /** 1 when a line was settled without a paid date. */
  dateUnknown: number[];
}

export function sumInvoices(
  tx: TransactionColumns,
  nCustomers: number,
  asOf: Day,
  defaultTermDays: number,
): Invoices {
  const { n, amount, customer, order, day, dueDay, paidDay, paidAmount } = tx;
  const orders = order === null ? 0 : tx.orders;
  const invCustomer = scratch(orders, -1);
  const invAmount = doubleScratch(orders, 0);
  const invPaid = doubleScratch(orders, 0);
  const invDue = doubleScratch(orders, Infinity);
  const invPaidDay = doubleScratch(orders, -Infinity);
  const invDateUnknown = scratch(orders, 0);
  const overflow = new Map<number, number>();
  let count = orders;
  for (let i = 0; i < n; i++) {
    const a = amount[i] as number;
    if (!(a > 0)) continue; // also skips NaN
    const c = customer[i] as number;
    const o = order === null ? -1 : (order[i] as number);
    let k = o;
    if (o >= 0) {
      const owner = invCustomer[o] as number;
      if (owner === -1) invCustomer[o] = c;
      else if (owner !== c) {
        const key = o * nCustomers + c; // exact: far below 2^53 for any real table
        k = overflow.get(key) ?? -1;
      }
    } else k = -1;
    if (k === -1) {
      // A new slot at the end (appended, so the arrays stay packed).
      k = count++;
      invCustomer[k] = c;
      invAmount[k] = 0;
      invPaid[k] = 0;
      invDue[k] = Infinity;
      invPaidDay[k] = -Infinity;
      invDateUnknown[k] = 0;
      if (o >= 0) overflow.set(o * nCustomers + c, k);
    }

    const given = dueDay === null ? NaN : (dueDay[i] as number);
    const due = Number.isFinite(given) ? given : (day[i] as number) + defaultTermDays;
    const rawPaidDay = paidDay === null ? NaN : (paidDay[i] as number);
    const future = rawPaidDay > asOf;
    const pd = future ? NaN : rawPaidDay;
    const pa = paidAmount === null ? NaN : (paidAmount[i] as number);
    let paid: number;
    if (future) paid = 0;
    else if (Number.isFinite(pa)) paid = pa < 0 ? 0 : pa > a ? a : pa;
    else paid = Number.isFinite(pd) ? a : 0;

    invAmount[k] = (invAmount[k] as number) + a;
    invPaid[k] = (invPaid[k] as number) + paid;
    if (due < (invDue[k] as number)) invDue[k] = due;
    if (paid >= a) {
      if (Number.isFinite(pd)) {
        if (pd > (invPaidDay[k] as number)) invPaidDay[k] = pd;
      } else invDateUnknown[k] = 1;
    }
  }
  return invoices(count, invCustomer, invAmount, invPaid, invDue, invPaidDay, invDateUnknown);
}

/** Made here, with one kept (stats/keepShape.ts): a literal's shape died with the run and took the
 *  code that reads it (sumCustomers) with it. */
function invoices(
  count: number,
  customer: number[],
  amount: number[],
  paid: number[],
  due: number[],
  paidDay: number[],
  dateUnknown: number[],
): Invoices {
  return { count, customer, amount, paid, due, paidDay, dateUnknown };
}

keepShape(invoices(0, [], [0.5], [0.5], [0.5], [0.5], []));
