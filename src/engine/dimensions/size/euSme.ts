import type { TierResult } from "./result";

/**
 * EU SME definition, Commission Recommendation 2003/361/EC of 6 May 2003, Annex, Article 2:
 *   medium: fewer than 250 persons, and annual turnover ≤ EUR 50 million and/or balance sheet total
 *           ≤ EUR 43 million;
 *   small:  fewer than 50 persons, and turnover and/or balance sheet total ≤ EUR 10 million;
 *   micro:  fewer than 10 persons, and turnover and/or balance sheet total ≤ EUR 2 million;
 *   everything else is large. Staff headcount is a must; of the two money ceilings either one suffices.
 * The categories nest, so the class is the smallest one whose test holds. Not modelled: partner and
 * linked enterprises (Art. 3), the two-consecutive-years rule (Art. 4), annual work units vs headcount.
 * Money arrives in 元 and is converted with an EUR→CNY rate (a parameter: the Standard has no field yet).
 */
export const EU_SME_CEILINGS = [
  { tier: 3, staffBelow: 10, turnoverEur: 2_000_000, balanceEur: 2_000_000 },
  { tier: 2, staffBelow: 50, turnoverEur: 10_000_000, balanceEur: 10_000_000 },
  { tier: 1, staffBelow: 250, turnoverEur: 50_000_000, balanceEur: 43_000_000 },
] as const;

// Three-valued logic for tests with missing inputs: 1 true, 0 false, -1 unknown.
const U = -1;
const or3 = (a: number, b: number): number => (a === 1 || b === 1 ? 1 : a === U || b === U ? U : 0);
const and3 = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a === U || b === U ? U : 1);
const invalid = (v: number): boolean => v < 0 || v === Infinity;
const le = (v: number, limit: number): number => (Number.isNaN(v) ? U : v <= limit ? 1 : 0);

/**
 * EU SME class (tier 0 large … 3 micro) of one enterprise. Missing inputs (NaN) are unknowns: the class
 * is given when the known ones decide it (basis "partial", e.g. 250+ staff is large whatever the money).
 * Otherwise, with `allowRevenueOnly` and no headcount but a turnover, the money test alone decides
 * (basis "revenue_only" — a lower bound on size, as headcount could only move it up).
 */
export function euSmeTier(
  staff: number,
  turnoverYuan: number,
  balanceYuan: number,
  eurToCny: number,
  allowRevenueOnly: boolean,
  out: TierResult,
): void {
  out.tier = -1;
  out.basis = null;
  out.note = null;
  if (invalid(staff) || invalid(turnoverYuan) || invalid(balanceYuan)) {
    out.note = "invalid_indicator";
    return;
  }
  // Compared in 元 against ceiling × rate, so a ceiling typed in 元 is met exactly at the bound.
  const t = turnoverYuan;
  const b = balanceYuan;
  const complete = !Number.isNaN(staff) && !Number.isNaN(t) && !Number.isNaN(b);
  for (const c of EU_SME_CEILINGS) {
    const staffOk = Number.isNaN(staff) ? U : staff < c.staffBelow ? 1 : 0;
    const q = and3(staffOk, or3(le(t, c.turnoverEur * eurToCny), le(b, c.balanceEur * eurToCny)));
    if (q === 1) {
      out.tier = c.tier;
      out.basis = complete ? "full" : "partial";
      return;
    }
    if (q === U) {
      if (allowRevenueOnly && Number.isNaN(staff) && !Number.isNaN(t)) {
        out.tier = moneyOnlyTier(t, b, eurToCny);
        out.basis = "revenue_only";
      } else {
        out.note = "missing_indicators";
      }
      return;
    }
  }
  out.tier = 0;
  out.basis = complete ? "full" : "partial";
}

/** Smallest category whose money test holds (turnover, or balance sheet when given); else large. */
function moneyOnlyTier(t: number, b: number, rate: number): number {
  for (const c of EU_SME_CEILINGS) if (t <= c.turnoverEur * rate || b <= c.balanceEur * rate) return c.tier;
  return 0;
}
