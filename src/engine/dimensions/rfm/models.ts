/** RFM segment models (product.md, "RFM models"). */
import type { RfmRule } from "../../standard/types";
import { UNCLASSIFIED } from "./labels";

/** cn8 codes indexed by the bits R·4 + F·2 + M (1 = high): 111 → important_value … 000 → general_retain. */
const CN8_BY_BITS = [
  "general_retain", // 000
  "important_retain", // 001
  "general_keep", // 010
  "important_keep", // 011
  "general_develop", // 100
  "important_develop", // 101
  "general_value", // 110
  "important_value", // 111
] as const;

/** cn8: R high ⇔ recency < mean recency, F high ⇔ F > mean, M high ⇔ M > mean (raw values, not scores). */
export function cn8Code(rHigh: boolean, fHigh: boolean, mHigh: boolean): string {
  return CN8_BY_BITS[(rHigh ? 4 : 0) + (fHigh ? 2 : 0) + (mHigh ? 1 : 0)] as string;
}

/**
 * rf10, the widely used R×F map on 1–5 scores: [1-2][1-2] hibernating, [1-2][3-4] at_risk,
 * [1-2]5 cant_lose, 3[1-2] about_to_sleep, 33 need_attention, [3-4][4-5] loyal, 41 promising, 51 new,
 * [4-5][2-3] potential_loyalist, 5[4-5] champions. Scores outside 1–5 → unclassified.
 */
export function rf10Code(r: number, f: number): string {
  if (r === 1 || r === 2) {
    if (f === 1 || f === 2) return "hibernating";
    if (f === 3 || f === 4) return "at_risk";
    if (f === 5) return "cant_lose";
  } else if (r === 3) {
    if (f === 1 || f === 2) return "about_to_sleep";
    if (f === 3) return "need_attention";
    if (f === 4 || f === 5) return "loyal";
  } else if (r === 4 || r === 5) {
    if (f === 1) return r === 4 ? "promising" : "new";
    if (f === 2 || f === 3) return "potential_loyalist";
    if (f === 4 || f === 5) return r === 4 ? "loyal" : "champions";
  }
  return UNCLASSIFIED;
}

function within(range: [number, number] | undefined, score: number): boolean {
  return range === undefined || (score >= range[0] && score <= range[1]);
}

/** A user rule table: inclusive score ranges, a missing range matches anything, first match wins. */
export function ruleCode(rules: readonly RfmRule[], r: number, f: number, m: number): string {
  for (const rule of rules) {
    if (within(rule.r, r) && within(rule.f, f) && within(rule.m, m)) return rule.segment;
  }
  return UNCLASSIFIED;
}
