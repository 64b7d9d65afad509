import { euSmeTier } from "./euSme";
import { SIZE_CLASSES } from "./nbs2017";
import { newTierResult } from "./result";

const RATE = 7.8;
const EUR = (m: number): number => m * 1_000_000 * RATE; // € millions → 元

function eu(
  staff: number,
  turnover: number,
  balance: number,
  allowRevenueOnly = true,
): [string | null, string | null, string | null] {
  const r = newTierResult();
  euSmeTier(staff, turnover, balance, RATE, allowRevenueOnly, r);
  return [r.tier >= 0 ? (SIZE_CLASSES[r.tier] ?? null) : null, r.basis, r.note];
}

/**
 * Recommendation 2003/361/EC, Annex Art. 2: micro < 10 persons and turnover or balance sheet ≤ €2m;
 * small < 50 and ≤ €10m / ≤ €10m; medium < 250 and ≤ €50m turnover or ≤ €43m balance sheet; else large.
 * "Fewer than" is strict; "not exceeding" includes the ceiling; either money ceiling suffices.
 */
describe("EU SME boundaries", () => {
  test.each([
    [9, EUR(2), EUR(5), "micro"], // turnover exactly at €2m
    [9, EUR(2) + 1, EUR(2), "micro"], // turnover over, balance sheet at the ceiling: "and/or"
    [9, EUR(2) + 1, EUR(2) + 1, "small"], // both over €2m
    [10, EUR(1), EUR(1), "small"], // 10 persons is not "fewer than 10"
    [49, EUR(10), EUR(99), "small"],
    [49, EUR(10) + 1, EUR(10) + 1, "medium"],
    [50, EUR(1), EUR(1), "medium"],
    [249, EUR(50), EUR(99), "medium"],
    [249, EUR(51), EUR(43), "medium"], // balance sheet ceiling €43m suffices
    [249, EUR(51), EUR(43) + 1, "large"],
    [250, 1, 1, "large"], // 250 persons is not "fewer than 250"
  ])("staff %d, turnover %d元, balance %d元 → %s", (staff, t, b, expected) => {
    expect(eu(staff, t, b)).toEqual([expected, "full", null]);
  });
});

describe("EU SME with missing inputs", () => {
  test("250+ staff is large whatever the money (partial)", () => {
    expect(eu(300, NaN, NaN)).toEqual(["large", "partial", null]);
  });
  test("one money ceiling met is enough (partial)", () => {
    expect(eu(5, NaN, EUR(1))).toEqual(["micro", "partial", null]);
  });
  test("staff known, money unknown → cannot decide", () => {
    expect(eu(5, NaN, NaN)).toEqual([null, null, "missing_indicators"]);
  });
  test("no headcount: turnover alone when allowed (revenue_only), else null", () => {
    expect(eu(NaN, EUR(2), NaN)).toEqual(["micro", "revenue_only", null]);
    expect(eu(NaN, EUR(60), NaN)).toEqual(["large", "revenue_only", null]);
    expect(eu(NaN, EUR(2), NaN, false)).toEqual([null, null, "missing_indicators"]);
  });
  test("negative input → invalid", () => {
    expect(eu(-1, EUR(1), EUR(1))).toEqual([null, null, "invalid_indicator"]);
  });
});
