import { keepShape } from "../../stats/keepShape";
import { MONEY_SCALE, type Day, type TransactionColumns } from "../../types";
import { sumInvoices, type Invoices } from "./invoices";

/** Upper bounds (days past due) of the aging buckets: current ≤ 0, 1–30, 31–60, 61–90, then 90+. */
export const AGING_BUCKET_KEYS = [
  "agingCurrent",
  "aging1to30",
  "aging31to60",
  "aging61to90",
  "aging90plus",
] as const;
export type AgingBucketKey = (typeof AGING_BUCKET_KEYS)[number];

/** Bucket of an amount that is `daysPastDue` days past due at as-of (standard AR aging, 30-day steps). */
export function agingBucket(daysPastDue: number): number {
  if (daysPastDue <= 0) return 0;
  if (daysPastDue <= 30) return 1;
  if (daysPastDue <= 60) return 2;
  if (daysPastDue <= 90) return 3;
  return 4;
}

export interface PaymentTerms {
  /** Days after the due date still counted as on time. */
  graceDays: number;
  /** Due date = invoice day + this when a line has no due date. */
  defaultTermDays: number;
}

/**
 * Per-customer payment metrics. NaN where not applicable (a customer with no invoices, or a rate with
 * nothing to divide by); money in currency units (MONEY_SCALE removed).
 */
export interface CreditMetrics {
  /** Invoices (orders, or lines without an order column) with a positive amount. */
  invoiceCount: Float64Array;
  /** Invoices judged on time or late (paid with a known date, or unpaid beyond the grace period). */
  judgedCount: Float64Array;
  lateCount: Float64Array;
  /** (judged − late) / judged, counted per invoice (not weighted). */
  onTimeRate: Float64Array;
  /** Σ amount × max(0, days late) / Σ amount over judged invoices. */
  weightedDaysLate: Float64Array;
  /** Largest days past due of an unpaid invoice (0 when nothing is past due). */
  oldestOverdueDays: Float64Array;
  invoicedAmount: Float64Array;
  outstandingAmount: Float64Array;
  /** Outstanding amounts at least one day past due (= the four past-due aging buckets). */
  overdueAmount: Float64Array;
  /** overdueAmount / invoicedAmount. */
  overdueShare: Float64Array;
  agingCurrent: Float64Array;
  aging1to30: Float64Array;
  aging31to60: Float64Array;
  aging61to90: Float64Array;
  aging90plus: Float64Array;
}

/**
 * Payment behaviour per customer, as of `asOf`.
 *
 * Conventions (each is a choice; the reasons are brief):
 * - Due date of a line = its due date when given, else invoice day + defaultTermDays; an order is due at
 *   the earliest due date of its lines (conservative).
 * - Paid amount of a line: the paid-amount cell when that column exists and the cell is filled (clamped
 *   to 0…amount: an overpayment does not pay other invoices); otherwise a paid date means fully paid.
 *   A payment dated after as-of had not happened at as-of, so it counts as unpaid (what-if with an
 *   earlier as-of stays honest).
 * - An invoice is settled when nothing is outstanding; its paid day is the latest paid day of its lines.
 *   Settled with a known paid day → on time iff paidDay − due ≤ graceDays; days late = max(0, paidDay − due).
 *   Settled without a paid day (paid amount only) → not judged: its timing is unknown.
 * - Outstanding: days past due d = asOf − due. d > graceDays → late, days late = d, weighted by the
 *   invoice's full amount (the whole invoice is late until it is settled). d ≤ graceDays → not yet judged
 *   (it can still be paid on time); this also covers "not yet due".
 * - Aging and overdue amounts use d without grace (standard AR aging): current d ≤ 0, 1–30, 31–60,
 *   61–90, 90+ (d ≥ 91), by outstanding amount.
 * - Refund lines (amount ≤ 0) are ignored.
 * - Without any paid column (due dates only) every line is unpaid: the table is read as an open-items
 *   list (应收账款明细), the usual export that carries due dates but no payments.
 */
export function computeCreditMetrics(
  tx: TransactionColumns,
  nCustomers: number,
  asOf: Day,
  terms: PaymentTerms,
): CreditMetrics {
  const { graceDays, defaultTermDays } = terms;
  const invoices = sumInvoices(tx, nCustomers, asOf, defaultTermDays);

  const s = customerSums(nCustomers);
  sumCustomers(invoices, asOf, graceDays, s);
  const { invoiceCount, oldest, invoiced, outstanding, overdue, buckets } = s;

  const onTimeRate = new Float64Array(nCustomers);
  const weightedDaysLate = new Float64Array(nCustomers);
  const overdueShare = new Float64Array(nCustomers);
  for (let c = 0; c < nCustomers; c++) {
    const j = s.judged[c] as number;
    onTimeRate[c] = j > 0 ? (j - (s.late[c] as number)) / j : NaN;
    const ja = s.judgedAmount[c] as number;
    weightedDaysLate[c] = ja > 0 ? (s.lateWeighted[c] as number) / ja : NaN;
    const has = (invoiceCount[c] as number) > 0;
    overdueShare[c] = has ? (overdue[c] as number) / (invoiced[c] as number) : NaN;
    if (!has) oldest[c] = NaN;
  }

  return {
    invoiceCount,
    judgedCount: s.judged,
    lateCount: s.late,
    onTimeRate,
    weightedDaysLate,
    oldestOverdueDays: oldest,
    invoicedAmount: toCurrency(invoiced, invoiceCount),
    outstandingAmount: toCurrency(outstanding, invoiceCount),
    overdueAmount: toCurrency(overdue, invoiceCount),
    overdueShare,
    agingCurrent: toCurrency(buckets[0] as Float64Array, invoiceCount),
    aging1to30: toCurrency(buckets[1] as Float64Array, invoiceCount),
    aging31to60: toCurrency(buckets[2] as Float64Array, invoiceCount),
    aging61to90: toCurrency(buckets[3] as Float64Array, invoiceCount),
    aging90plus: toCurrency(buckets[4] as Float64Array, invoiceCount),
  };
}

/** MONEY_SCALE units → currency units in place; NaN for customers without invoices. */
function toCurrency(scaled: Float64Array, invoiceCount: Float64Array): Float64Array {
  for (let c = 0; c < scaled.length; c++) {
    scaled[c] = (invoiceCount[c] as number) > 0 ? (scaled[c] as number) / MONEY_SCALE : NaN;
  }
  return scaled;
}

/** Made here, with one kept (stats/keepShape.ts): a literal's shape died with the run and took
 *  sumCustomers' optimised code with it. */
function customerSums(n: number): CustomerSums {
  return {
    invoiceCount: new Float64Array(n),
    judged: new Float64Array(n),
    late: new Float64Array(n),
    lateWeighted: new Float64Array(n),
    judgedAmount: new Float64Array(n),
    oldest: new Float64Array(n),
    invoiced: new Float64Array(n),
    outstanding: new Float64Array(n),
    overdue: new Float64Array(n),
    buckets: AGING_BUCKET_KEYS.map(() => new Float64Array(n)),
  };
}

interface CustomerSums {
  invoiceCount: Float64Array;
  judged: Float64Array;
  late: Float64Array;
  lateWeighted: Float64Array;
  judgedAmount: Float64Array;
  oldest: Float64Array;
  invoiced: Float64Array;
  outstanding: Float64Array;
  overdue: Float64Array;
  buckets: Float64Array[];
}

/*
 * Each pass (sumInvoices in invoices.ts, sumCustomers here) is a function of its own: a long loop in a
 * long function is optimised by on-stack replacement, and the code after it, not yet run, deoptimises
 * it again (see activity/aggregate.ts).
 */

/** Invoices → customers: counts, lateness, outstanding and aging sums. */
function sumCustomers(inv: Invoices, asOf: Day, graceDays: number, s: CustomerSums): void {
  const {
    invoiceCount,
    judged,
    late,
    lateWeighted,
    judgedAmount,
    oldest,
    invoiced,
    outstanding,
    overdue,
    buckets,
  } = s;
  const invAmount = inv.amount;
  const invPaid = inv.paid;
  const invDue = inv.due;
  const invPaidDay = inv.paidDay;
  const invDateUnknown = inv.dateUnknown;
  const customerOf = inv.customer;
  for (let k = 0; k < inv.count; k++) {
    const c = customerOf[k] as number;
    if (c < 0) continue; // an order with no positive line
    const a = invAmount[k] as number;
    const due = invDue[k] as number;
    const out = a - (invPaid[k] as number);
    invoiceCount[c] = (invoiceCount[c] as number) + 1;
    invoiced[c] = (invoiced[c] as number) + a;
    if (out > 0) {
      const d = asOf - due;
      outstanding[c] = (outstanding[c] as number) + out;
      const bucket = buckets[agingBucket(d)] as Float64Array;
      bucket[c] = (bucket[c] as number) + out;
      if (d > 0) {
        overdue[c] = (overdue[c] as number) + out;
        if (d > (oldest[c] as number)) oldest[c] = d;
      }
      if (d > graceDays) {
        judged[c] = (judged[c] as number) + 1;
        late[c] = (late[c] as number) + 1;
        lateWeighted[c] = (lateWeighted[c] as number) + a * d;
        judgedAmount[c] = (judgedAmount[c] as number) + a;
      }
    } else if (invDateUnknown[k] === 0) {
      const lateness = (invPaidDay[k] as number) - due;
      judged[c] = (judged[c] as number) + 1;
      if (lateness > graceDays) late[c] = (late[c] as number) + 1;
      if (lateness > 0) lateWeighted[c] = (lateWeighted[c] as number) + a * lateness;
      judgedAmount[c] = (judgedAmount[c] as number) + a;
    }
  }
}

keepShape(customerSums(0));
