/**
 * The per-customer result the size rules write into (one reusable object, so the hot loop allocates
 * nothing per customer).
 */
import { keepShape } from "../../stats/keepShape";

/**
 * How complete the evidence for a class is:
 *   full         — every indicator the row (or standard) lists was given;
 *   partial      — some were missing, but the given ones fix the class anyway (NBS: one indicator below
 *                  the small bound makes micro whatever the others are; EU: 250+ staff is large);
 *   revenue_only — the documented approximation: classed by revenue alone (SizeStandard.allowRevenueOnly).
 *                  Under NBS this is an upper bound: the missing indicators could only lower the class.
 */
export type SizeBasis = "full" | "partial" | "revenue_only";

/** Why a class is null, or a caveat on a class. */
export type SizeNote =
  /** No industry text, so no NBS row. */
  | "no_industry"
  /** Industry text not recognised. */
  | "unknown_industry"
  /** The industry is outside the NBS 2017 办法 (finance, education, health, public bodies, railway …). */
  | "out_of_scope"
  /** Not enough indicators to decide (and no revenue-only approximation possible or allowed). */
  | "missing_indicators"
  /** A negative or infinite employees/revenue/assets value. */
  | "invalid_indicator"
  /** The NBS row was not known (e.g. F without 批发/零售): candidate rows disagreed, the smaller class
   *  was taken so that size is never overstated. */
  | "row_assumed";

export interface TierResult {
  /** 0 large, 1 medium, 2 small, 3 micro; -1 = no class. */
  tier: number;
  basis: SizeBasis | null;
  note: SizeNote | null;
}

export function newTierResult(): TierResult {
  return { tier: -1, basis: null, note: null };
}

// See stats/keepShape.ts: a literal's shape died with the run and took nbsTier's code with it.
keepShape(newTierResult());

/** Rank of a basis from strongest to weakest, to combine candidate rows. */
export const BASIS_RANK: Readonly<Record<SizeBasis, number>> = { full: 0, partial: 1, revenue_only: 2 };
