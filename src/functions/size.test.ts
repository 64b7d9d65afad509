import { sizeFunction } from "./size";
import { errorOf } from "./testing";

// Expected classes from 统计上大中小微型企业划分办法（2017）附表 (engine/dimensions/size/nbs2017.ts):
//   零售业 employees ≥300 / ≥50 / ≥10, revenue ≥20000 / ≥500 / ≥100 万元 (large / medium / small);
//   工业 employees ≥1000 / ≥300 / ≥20, revenue ≥40000 / ≥2000 / ≥300 万元;
//   every listed indicator must reach a tier's bound, else one tier down (说明 1).
describe("SIZE", () => {
  test.each<[string, unknown[], string]>([
    ["retail, both indicators medium", ["零售", 60, 600], "medium"],
    ["retail, revenue only small", ["零售", 60, 400], "small"],
    ["retail, both large", ["超市", 400, 30000], "large"],
    ["retail, 5 employees is micro", ["便利店", 5, 30000], "micro"],
    ["retail, exactly on the medium bounds", ["零售", 50, 500], "medium"],
    ["manufacturing, large", ["制造业", 1200, 50000], "large"],
    ["manufacturing by code C30", ["C30", 350, 2500], "medium"],
    ["the revenue-only approximation (allowed by default)", ["零售", null, 600], "medium"],
    ["revenue in 元", ["零售", 60, 6_000_000, null, "元"], "medium"],
    ["revenue in 千元", ["零售", 60, 6_000, null, "千元"], "medium"],
    ["a multiplier", ["零售", 60, 6_000_000, null, 1], "medium"],
  ])("%s", (_name, a, cls) => {
    expect(sizeFunction(a[0], a[1], a[2], a[3], a[4])).toBe(cls);
  });

  test("EU SME when the standard says so: 30 staff, turnover 5 million 元 (≈ 0.64 M EUR at 7.8) → small", () => {
    // 2003/361/EC: small < 50 staff and turnover ≤ 10 M EUR; micro needs < 10 staff.
    expect(sizeFunction("零售", 30, 5_000_000, null, "元", [["size.standard", "eu_sme"]])).toBe("small");
  });

  test.each<[string, unknown[], string, RegExp]>([
    ["no industry", [null, 60, 600], "#N/A", /No industry/],
    ["industry not recognised", ["qwxz", 60, 600], "#N/A", /not recognised/],
    ["finance is outside the NBS standard", ["银行", 60, 600], "#N/A", /outside the NBS 2017/],
    ["no indicators", ["零售", null, null], "#N/A", /Not enough size indicators/],
    ["negative employees", ["零售", -1, 600], "#VALUE!", /^employees: -1 is negative/],
    ["text revenue", ["零售", 60, "big"], "#VALUE!", /^revenue: "big" is not a number/],
    ["a foreign currency unit", ["零售", 60, 600, null, "USD"], "#VALUE!", /^unit: "USD" is not in CNY/],
    ["not a unit", ["零售", 60, 600, null, "kg"], "#VALUE!", /^unit: "kg" is not a money unit/],
  ])("%s", (_name, a, code, message) => {
    const e = errorOf(() => sizeFunction(a[0], a[1], a[2], a[3], a[4]));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});
