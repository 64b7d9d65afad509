import type { SatisfactionStandard } from "../../standard/types";

/**
 * CSAT on the usual 1–5 scale (1 very dissatisfied … 5 very satisfied). Top-2-box: answers 4 and 5
 * ("satisfied" or better), i.e. ≥ csatTopBoxMin (4); the CSAT score of a group is the share of its
 * answers in the top-2 box (ACSI / market-research convention).
 */
export type CsatClass = "top2" | "not_top2";

export function isCsatAnswer(score: number): boolean {
  return score >= 1 && score <= 5;
}

/** Class of one answer; null for a missing (NaN) or out-of-range answer. */
export function csatClassOf(score: number, std: SatisfactionStandard): CsatClass | null {
  if (!isCsatAnswer(score)) return null;
  return score >= std.csatTopBoxMin ? "top2" : "not_top2";
}

/** Share (0–1) of valid answers in the top-2 box; NaN with no valid answer. */
export function csatTopBoxShare(values: ArrayLike<number>, csatTopBoxMin = 4): number {
  let top = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!isCsatAnswer(v)) continue;
    n++;
    if (v >= csatTopBoxMin) top++;
  }
  return n === 0 ? NaN : top / n;
}
