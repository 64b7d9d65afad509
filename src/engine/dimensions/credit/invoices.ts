import { scratch, unfilled } from "../../stats/scratch";
import type { TransactionColumns } from "../../types";

/**
 * Which invoice each transaction line belongs to.
 *
 * An "invoice" is what is judged paid on time or late: the order when an order column is mapped (its
 * lines are invoiced and settled together), else the line itself. Refund lines (amount ≤ 0) belong to no
 * invoice (-1): a credit note is not an invoice the customer can pay late. An order number reused by
 * two customers (bad data) must not merge their debts, so a second customer on an order gets its own
 * invoice through a small overflow map keyed by (order, customer).
 */
export interface InvoiceIndex {
  /** Invoice per line, -1 for lines that are not invoiced (refunds, zero amounts). */
  of: number[];
  /** Customer per invoice (length ≥ count). */
  customer: number[];
  count: number;
}

export function indexInvoices(tx: TransactionColumns, nCustomers: number): InvoiceIndex {
  const { n, amount, customer, order } = tx;
  const of = scratch(n, -1);
  const invCustomer = unfilled(n);
  let count = 0;
  if (order === null) {
    for (let i = 0; i < n; i++) {
      if (!((amount[i] as number) > 0)) continue; // also skips NaN
      of[i] = count;
      invCustomer[count++] = customer[i] as number;
    }
    return { of, customer: invCustomer, count };
  }
  let maxOrder = -1;
  for (let i = 0; i < n; i++) if ((order[i] as number) > maxOrder) maxOrder = order[i] as number;
  const slot = scratch(maxOrder + 1, -1);
  const overflow = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!((amount[i] as number) > 0)) continue;
    const c = customer[i] as number;
    const o = order[i] as number;
    let k: number;
    if (o < 0) {
      k = count++; // a line without an order number is its own invoice
      invCustomer[k] = c;
    } else {
      k = slot[o] as number;
      if (k === -1) {
        k = count++;
        slot[o] = k;
        invCustomer[k] = c;
      } else if (invCustomer[k] !== c) {
        const key = o * nCustomers + c; // exact: far below 2^53 for any real table
        const found = overflow.get(key);
        if (found === undefined) {
          k = count++;
          overflow.set(key, k);
          invCustomer[k] = c;
        } else k = found;
      }
    }
    of[i] = k;
  }
  return { of, customer: invCustomer, count };
}
