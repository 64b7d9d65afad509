import type { SatisfactionStandard } from "../../standard/types";

/**
 * Net Promoter Score conventions (Reichheld, "The One Number You Need to Grow", HBR Dec 2003; Bain &
 * Company / Satmetrix): the answer to "How likely is it that you would recommend …?" on 0–10;
 * promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors, from −100 to +100.
 * The cut-offs are the standard's promoterMin (9) and passiveMin (7).
 */
export type NpsClass = "promoter" | "passive" | "detractor";

/** True for a usable answer: a finite number in 0–10 (fractions are accepted and cut by the thresholds). */
export function isNpsAnswer(score: number): boolean {
  return score >= 0 && score <= 10;
}

/** Class of one answer; null for a missing (NaN) or out-of-range answer. */
export function npsClassOf(score: number, std: SatisfactionStandard): NpsClass | null {
  if (!isNpsAnswer(score)) return null;
  if (score >= std.promoterMin) return "promoter";
  if (score >= std.passiveMin) return "passive";
  return "detractor";
}

export interface NpsSummary {
  promoters: number;
  passives: number;
  detractors: number;
  /** Valid answers counted (missing and out-of-range ones are left out). */
  n: number;
  /** % promoters − % detractors, −100..100; NaN when n = 0. */
  score: number;
}

const SUMMARY_DEFAULTS = { promoterMin: 9, passiveMin: 7 };

/** Counts and NPS of a set of answers; NaN and out-of-range answers are skipped. */
export function npsSummary(
  values: ArrayLike<number>,
  std: Pick<SatisfactionStandard, "promoterMin" | "passiveMin"> = SUMMARY_DEFAULTS,
): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isNpsAnswer(v)) continue;
    if (v >= std.promoterMin) promoters++;
    else if (v >= std.passiveMin) passives++;
    else detractors++;
  }
  return countsSummary(promoters, passives, detractors);
}

/**
 * NPS of a set of answers: % promoters − % detractors (−100..100), NaN with no valid answer.
 * @example npsScore([10, 9, 9, 10, 8, 7, 7, 6, 5, 3]) // 4 promoters, 3 detractors of 10 → 10
 */
export function npsScore(
  values: ArrayLike<number>,
  std: Pick<SatisfactionStandard, "promoterMin" | "passiveMin"> = SUMMARY_DEFAULTS,
): number {
  return npsSummary(values, std).score;
}

/**
 * NPS of customers already classed (the summary sheet's NPS, overall and per RFM segment, from the
 * classes the satisfaction dimension gave): counts the codes "promoter", "passive", "detractor"; others
 * (null: no answer, or an out-of-range one) are left out.
 */
export function npsOfClasses(codes: Iterable<string | null | undefined>): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const c of codes) {
    if (c === "promoter") promoters++;
    else if (c === "passive") passives++;
    else if (c === "detractor") detractors++;
  }
  return countsSummary(promoters, passives, detractors);
}

function countsSummary(promoters: number, passives: number, detractors: number): NpsSummary {
  const n = promoters + passives + detractors;
  return { promoters, passives, detractors, n, score: n === 0 ? NaN : (100 * (promoters - detractors)) / n };
}
