/**
 * CUSTCLASS.CREDIT and CUSTCLASS.TERMS: the credit grade of a customer's payment metrics, by the
 * engine's grade rules (engine/dimensions/credit/grade.ts): grades are tried best first, a grade's
 * bounds are inclusive and must all hold, the last grade is the fallback; a customer whose outstanding
 * amount exceeds its credit limit (utilisation > 1) drops one grade. The grades are the standard's
 * (credit.grades), so a what-if on the standard sheet reaches these formulas too.
 *
 * overdue_share may be left out: the grade is then given only when it is the same whatever the share
 * (0 to 1) — a larger share can only fail more bounds, so checking both ends is enough — else #N/A.
 */
import { capByLimit, gradeIndex, type GradeInput } from "../engine/dimensions/credit/grade";
import type { CreditGradeRule } from "../engine/standard/types";
import { defaultStandard } from "../engine/standard";
import { numberArg, textArg, showValue } from "./args/cells";
import { standardArg } from "./adapters/standard-range";
import { invalid, notAvailable } from "./errors";

function shareArg(v: unknown, name: string): number | null {
  const x = numberArg(v, name, { percent: true });
  if (x !== null && !(x >= 0 && x <= 1))
    throw invalid(
      `${name}: ${x} is not a share from 0 to 1 (e.g. 95% or 0.95).`,
      `${name}：${x} 不是 0–1 之间的比例（如 95% 或 0.95）。`,
    );
  return x;
}

function daysArg(v: unknown, name: string): number {
  const x = numberArg(v, name);
  if (x === null)
    throw invalid(
      `${name}: is empty; a number of days is needed (0 when none).`,
      `${name}：为空，需要天数（没有则为 0）。`,
    );
  if (x < 0) throw invalid(`${name}: ${x} is negative.`, `${name}：${x} 为负数。`);
  return x;
}

function gradesOf(standard: unknown): CreditGradeRule[] {
  return (standardArg(standard) ?? defaultStandard()).credit.grades;
}

export function creditFunction(
  onTimeRate: unknown,
  weightedDaysLate: unknown,
  oldestOverdueDays: unknown,
  overdueShare?: unknown,
  limitUtilisation?: unknown,
  standard?: unknown,
): string {
  const rate = shareArg(onTimeRate, "on_time_rate");
  const late = daysArg(weightedDaysLate, "weighted_days_late");
  const oldest = daysArg(oldestOverdueDays, "oldest_overdue_days");
  const share = shareArg(overdueShare, "overdue_share");
  const util = numberArg(limitUtilisation, "limit_utilisation", { percent: true });
  if (util !== null && util < 0)
    throw invalid(`limit_utilisation: ${util} is negative.`, `limit_utilisation：${util} 为负数。`);
  const grades = gradesOf(standard);
  if (rate === null)
    throw notAvailable(
      "on_time_rate is empty: no invoice has been judged on time or late yet, so there is no grade.",
      "on_time_rate 为空：尚无可判断是否按时付款的发票，因此没有信用等级。",
    );
  const grade = (s: number): number => {
    const g: GradeInput = {
      onTimeRate: rate,
      weightedDaysLate: late,
      oldestOverdueDays: oldest,
      overdueShare: s,
    };
    return capByLimit(gradeIndex(grades, g), grades.length, util ?? NaN);
  };
  let k: number;
  if (share !== null) k = grade(share);
  else {
    k = grade(0);
    if (grade(1) !== k)
      throw notAvailable(
        "The grade depends on overdue_share: give it (overdue amount / invoiced amount).",
        "信用等级取决于 overdue_share（逾期金额/开票金额），请给出该值。",
      );
  }
  return (grades[k] as CreditGradeRule).grade;
}

export function termsFunction(grade: unknown, standard?: unknown): string {
  const g = textArg(grade, "grade");
  const grades = gradesOf(standard);
  if (g === null) throw notAvailable("grade is empty.", "grade（等级）为空。");
  const rule =
    grades.find((x) => x.grade === g) ?? grades.find((x) => x.grade.toLowerCase() === g.toLowerCase());
  if (rule === undefined)
    throw notAvailable(
      `${showValue(g)} is not a grade of the standard (${grades.map((x) => x.grade).join(", ")}).`,
      `${showValue(g)} 不是标准中的信用等级（${grades.map((x) => x.grade).join("、")}）。`,
    );
  return rule.terms;
}
