import { SIZE_CLASSES } from "./nbs2017";
import { nbsClassOf } from "./nbsClass";

const W = 10_000; // 元 per 万元
const cls = (t: number): string | null => (t >= 0 ? (SIZE_CLASSES[t] ?? null) : null);

/**
 * 说明 1 of the annex: "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列
 * 指标中的一项即可。" Worked by hand against the table (nbs2017.test.ts):
 */
describe("all bounds for large/medium/small, one indicator for micro", () => {
  test.each([
    // 工业 X≥1000 & Y≥40000 for large: Y=35000 fails → one tier down; medium X≥300 ✓ Y≥2000 ✓ → medium.
    ["industry", 1500, 35000 * W, NaN, "medium"],
    // 工业 X=15 < 20 → micro by that one indicator, although Y=50000万 alone would be large.
    ["industry", 15, 50000 * W, NaN, "micro"],
    // 批发业 X=250 (≥200 large) but Y=3000万: large ✗ (Y<40000), medium ✗ (Y<5000), small X≥5 ✓ Y≥1000 ✓.
    ["wholesale", 250, 3000 * W, NaN, "small"],
    // 零售业 X=60 (medium by X) but Y=80万 < 100 → micro.
    ["retail", 60, 80 * W, NaN, "micro"],
    // 建筑业 Y=90000万 (large) but Z=4000万: medium needs Z≥5000 ✗; small Y≥300 ✓ Z≥300 ✓ → small.
    ["construction", NaN, 90000 * W, 4000 * W, "small"],
    // 房地产开发经营 Y=300000万 but Z=6000万: large needs Z≥10000 ✗; medium Y≥1000 ✓ Z≥5000 ✓ → medium.
    ["real_estate_development", NaN, 300000 * W, 6000 * W, "medium"],
    // 租赁和商务服务业 X=50 with Z=200000万: medium needs X≥100 ✗; small X≥10 ✓ Z≥100 ✓ → small.
    ["leasing_business", 50, NaN, 200000 * W, "small"],
    // 物业管理 X=1200 (large) and Y=6000万 (large) → large.
    ["property_management", 1200, 6000 * W, NaN, "large"],
    // 其他未列明行业 lists X only: X=150 → medium.
    ["other", 150, NaN, NaN, "medium"],
    // 农、林、牧、渔业 lists Y only: 600万 → medium.
    ["agriculture", NaN, 600 * W, NaN, "medium"],
  ] as const)("%s X=%d Y=%d元 Z=%d元 → %s", (row, x, y, z, expected) => {
    const r = nbsClassOf(row, x, y, z, false);
    expect(cls(r.tier)).toBe(expected);
    expect(r.basis).toBe("full");
  });
});

describe("missing and invalid indicators", () => {
  test("revenue only, allowed: class by revenue, flagged revenue_only (工业 Y=1000万: 300≤Y<2000 → small)", () => {
    expect(nbsClassOf("industry", NaN, 1000 * W, NaN, true)).toEqual({
      tier: 2,
      basis: "revenue_only",
      note: null,
    });
  });
  test("revenue only, not allowed → null, missing_indicators", () => {
    expect(nbsClassOf("industry", NaN, 1000 * W, NaN, false)).toEqual({
      tier: -1,
      basis: null,
      note: "missing_indicators",
    });
  });
  test("one known indicator below the micro line decides micro whatever is missing (basis partial)", () => {
    expect(nbsClassOf("industry", 10, NaN, NaN, false)).toEqual({ tier: 3, basis: "partial", note: null });
    expect(nbsClassOf("construction", NaN, 200 * W, NaN, true)).toEqual({
      tier: 3,
      basis: "partial",
      note: null,
    });
  });
  test("a known non-micro indicator without revenue cannot decide", () => {
    expect(nbsClassOf("industry", 500, NaN, NaN, true).note).toBe("missing_indicators");
  });
  test("a row without revenue cannot use the revenue approximation", () => {
    expect(nbsClassOf("other", NaN, 1e9, NaN, true).note).toBe("missing_indicators");
    expect(nbsClassOf("leasing_business", NaN, 1e9, NaN, true).note).toBe("missing_indicators");
  });
  test("revenue only on a revenue+assets row (建筑业 Y=6000万 → medium, approximate)", () => {
    expect(nbsClassOf("construction", NaN, 6000 * W, NaN, true)).toEqual({
      tier: 1,
      basis: "revenue_only",
      note: null,
    });
  });
  test("an indicator the row does not list is ignored (employees for 建筑业)", () => {
    expect(nbsClassOf("construction", 1, 80000 * W, 80000 * W, false).tier).toBe(0);
  });
  test("nothing given → missing_indicators", () => {
    expect(nbsClassOf("retail", NaN, NaN, NaN, true).note).toBe("missing_indicators");
  });
  test.each([-1, Infinity])("%d → invalid_indicator", (v) => {
    expect(nbsClassOf("retail", v, 100 * W, NaN, true)).toEqual({
      tier: -1,
      basis: null,
      note: "invalid_indicator",
    });
  });
  test("zero is a valid value (micro)", () => {
    expect(nbsClassOf("retail", 0, 0, NaN, true).tier).toBe(3);
  });
});
