import type { CreditStandard } from "../../standard/types";

/**
 * Default credit standard (付款行为 / payment behaviour).
 *
 * Why these numbers:
 * - graceDays 3: a short allowance for bank-transfer and clearing delays; payments up to 3 days after
 *   the due date still count as on time (a common 3–5 day practice in trade-credit policies).
 * - defaultTermDays 30: when a line has no due date it is due 30 days after the invoice date
 *   (月结30天 / net 30, the most common B2B term in Chinese and Western practice).
 * - minJudged 3: the seed's risk is the customer who "经常延迟付款" (is often late); one or two invoices
 *   cannot show "often", so fewer than 3 judged invoices give no grade — unless an invoice is already
 *   more than 60 days overdue (past C's bound), which is a risk whatever the history.
 * - grades, best first; every given bound must hold; the last (no bounds) is the fallback:
 *   A  on-time ≥ 95 %, weighted days late ≤ 5, nothing overdue beyond the 3-day grace, overdue ≤ 2 %  → net 60
 *   B  on-time ≥ 85 %, ≤ 15 days late, oldest overdue ≤ 30 days (1–30 aging bucket), overdue ≤ 10 % → net 30
 *   C  on-time ≥ 50 %, ≤ 30 days late, oldest overdue ≤ 60 days (31–60 bucket),        overdue ≤ 25 % → net 15
 *   D  everything else (61+ days overdue, or late more often than not)                           → prepayment
 *   (C's on-time bound was 70 %: on the sample book that sent customers late by 1–2 days on a third of
 *   their invoices, nothing owed, to prepayment — "often late" is more than half, the days-late and
 *   overdue bounds carry the severity.)
 *   The seed (000_d15938d216876bad.txt §6, Q3): prompt payers earn better service and terms, late payers
 *   need stricter credit control, "more strict payment conditions" for high credit risk — hence
 *   longer terms for A and prepayment for D. Aging bounds follow the standard AR aging buckets.
 */
export const CREDIT_DEFAULTS: CreditStandard = {
  graceDays: 3,
  defaultTermDays: 30,
  minJudged: 3,
  grades: [
    {
      grade: "A",
      minOnTimeRate: 0.95,
      maxWeightedDaysLate: 5,
      maxOldestOverdueDays: 3,
      maxOverdueShare: 0.02,
      terms: "net60",
    },
    {
      grade: "B",
      minOnTimeRate: 0.85,
      maxWeightedDaysLate: 15,
      maxOldestOverdueDays: 30,
      maxOverdueShare: 0.1,
      terms: "net30",
    },
    {
      grade: "C",
      minOnTimeRate: 0.5,
      maxWeightedDaysLate: 30,
      maxOldestOverdueDays: 60,
      maxOverdueShare: 0.25,
      terms: "net15",
    },
    { grade: "D", terms: "prepay" },
  ],
};
