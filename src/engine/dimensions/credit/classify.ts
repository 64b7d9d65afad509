import type { CreditStandard } from "../../standard/types";
import type { DimensionOutput, EngineInput } from "../../types";
import { keepShape } from "../../stats/keepShape";
import { capByLimit, gradeIndex, type GradeInput } from "./grade";
import { computeCreditMetrics, type CreditMetrics } from "./metrics";

export interface CreditOutput extends DimensionOutput {
  /** False when the transactions have no due, paid-date or paid-amount column: nothing to grade. */
  available: boolean;
}

/** Extra output `cap` when the credit-limit cap lowered the grade. */
export const OVER_LIMIT = "over_limit";
/** Extra output `creditNote` when too few invoices were judged for a grade (CreditStandard.minJudged). */
export const THIN_HISTORY = "thin_history";

/**
 * Oldest-overdue days past which a thin history is graded anyway: the last-but-one grade's bound (the
 * fallback's own bounds are ignored). Infinity when that grade sets none: thin histories stay ungraded.
 */
export function seriousOverdueDays(credit: CreditStandard): number {
  return credit.grades[credit.grades.length - 2]?.maxOldestOverdueDays ?? Infinity;
}

/**
 * Credit dimension (付款行为): payment metrics, a credit grade with suggested terms per customer.
 *
 * Class null when the dimension is not available, or the customer has no invoice that has been judged
 * on time or late yet (no invoices, nothing fallen due, or only payments without a date): no payment
 * history is not a credit risk, and a grade would make a new customer look like a bad payer.
 * Metrics: those of computeCreditMetrics plus `limitUtilisation` = outstanding / credit limit (NaN when
 * the customer has no limit; a limit of 0 is read as "not set", as 用友/金蝶 use 0 for "no control").
 * Also null with fewer judged invoices than `minJudged`, unless one is overdue beyond
 * seriousOverdueDays: one late invoice does not make a bad payer, a debt 90 days old does.
 * Extras: `terms` (suggested terms of the grade), `cap` ("over_limit" when the limit cap lowered it),
 * `creditNote` ("thin_history" when the minimum of judged invoices left the customer ungraded).
 */
export function classifyCredit(input: EngineInput, credit: CreditStandard): CreditOutput {
  const { customers, tx, asOf } = input;
  const n = customers.ids.length;
  const available = tx.dueDay !== null || tx.paidDay !== null || tx.paidAmount !== null;
  const classes: (string | null)[] = new Array<string | null>(n).fill(null);
  const terms: (string | null)[] = new Array<string | null>(n).fill(null);
  const cap: (string | null)[] = new Array<string | null>(n).fill(null);
  const creditNote: (string | null)[] = new Array<string | null>(n).fill(null);
  const serious = seriousOverdueDays(credit);
  const m = available ? computeCreditMetrics(tx, n, asOf, credit) : emptyMetrics(n);
  const utilisation = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const limit = customers.creditLimit[c] as number;
    const out = m.outstandingAmount[c] as number;
    utilisation[c] = limit > 0 && Number.isFinite(out) ? out / limit : NaN;
  }
  const grades = credit.grades;
  if (available && grades.length > 0) {
    const g = gradeInput();
    for (let c = 0; c < n; c++) {
      const judged = m.judgedCount[c] as number;
      if (!(judged > 0)) continue;
      if (judged < credit.minJudged && !((m.oldestOverdueDays[c] as number) > serious)) {
        creditNote[c] = THIN_HISTORY;
        continue;
      }
      g.onTimeRate = m.onTimeRate[c] as number;
      g.weightedDaysLate = m.weightedDaysLate[c] as number;
      g.oldestOverdueDays = m.oldestOverdueDays[c] as number;
      g.overdueShare = m.overdueShare[c] as number;
      const raw = gradeIndex(grades, g);
      const k = capByLimit(raw, grades.length, utilisation[c] as number);
      if (k !== raw) cap[c] = OVER_LIMIT;
      const rule = grades[k];
      if (rule === undefined) continue;
      classes[c] = rule.grade;
      terms[c] = rule.terms;
    }
  }
  return {
    available,
    classes,
    metrics: { ...m, limitUtilisation: utilisation },
    extra: { terms, cap, creditNote },
  };
}

function emptyMetrics(n: number): CreditMetrics {
  const nan = (): Float64Array => new Float64Array(n).fill(NaN);
  return {
    invoiceCount: new Float64Array(n),
    judgedCount: new Float64Array(n),
    lateCount: new Float64Array(n),
    onTimeRate: nan(),
    weightedDaysLate: nan(),
    oldestOverdueDays: nan(),
    invoicedAmount: nan(),
    outstandingAmount: nan(),
    overdueAmount: nan(),
    overdueShare: nan(),
    agingCurrent: nan(),
    aging1to30: nan(),
    aging31to60: nan(),
    aging61to90: nan(),
    aging90plus: nan(),
  };
}

/** The grade rules' input, refilled per customer; made here with one kept (stats/keepShape.ts): a
 *  literal's shape died with the run and took gradeIndex's optimised code with it. */
function gradeInput(): GradeInput {
  return { onTimeRate: NaN, weightedDaysLate: NaN, oldestOverdueDays: NaN, overdueShare: NaN };
}

keepShape(gradeInput());
