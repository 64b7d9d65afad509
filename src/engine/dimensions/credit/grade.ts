import type { CreditGradeRule } from "../../standard/types";

/** The four graded metrics of one customer. */
export interface GradeInput {
  onTimeRate: number;
  weightedDaysLate: number;
  oldestOverdueDays: number;
  overdueShare: number;
}

/**
 * Whether every bound the rule gives holds (bounds are inclusive: "≥ min", "≤ max").
 * A NaN metric fails any bound on it — no evidence is not good evidence.
 */
export function meetsGrade(rule: CreditGradeRule, g: GradeInput): boolean {
  if (rule.minOnTimeRate !== undefined && !(g.onTimeRate >= rule.minOnTimeRate)) return false;
  if (rule.maxWeightedDaysLate !== undefined && !(g.weightedDaysLate <= rule.maxWeightedDaysLate))
    return false;
  if (rule.maxOldestOverdueDays !== undefined && !(g.oldestOverdueDays <= rule.maxOldestOverdueDays))
    return false;
  if (rule.maxOverdueShare !== undefined && !(g.overdueShare <= rule.maxOverdueShare)) return false;
  return true;
}

/**
 * Index of the grade: grades are tried best first, the first whose bounds all hold wins; the last grade
 * is the fallback whatever its bounds say (CreditStandard: "the last is the fallback").
 */
export function gradeIndex(grades: readonly CreditGradeRule[], g: GradeInput): number {
  const last = grades.length - 1;
  for (let k = 0; k < last; k++) if (meetsGrade(grades[k] as CreditGradeRule, g)) return k;
  return last;
}

/**
 * Credit-limit cap: a customer whose outstanding amount exceeds the credit limit (utilisation > 100 %)
 * drops one grade (A → B …; the last grade stays). Over the limit is a breach of the agreed terms in
 * itself, whatever the payment history says, but one step — not straight to the worst grade — because a
 * limit may simply be out of date. Utilisation NaN (no limit) leaves the grade alone.
 */
export function capByLimit(index: number, gradeCount: number, utilisation: number): number {
  return utilisation > 1 && index < gradeCount - 1 ? index + 1 : index;
}
