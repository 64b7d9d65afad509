import { classifyIndustry } from "../industry/classify";
import { INDUSTRY_DEFAULTS } from "../industry/defaults";
import { customersWith, type CustomerRecord } from "../industry/fixture";
import { classifySize } from "./classify";
import { SIZE_DEFAULTS } from "./defaults";
import { SIZE_BASIS_LABELS, SIZE_LABELS, SIZE_NOTE_LABELS, SIZE_ROW_LABELS } from "./labels";

const W = 10_000; // 元 per 万元

function run(records: CustomerRecord[], std = SIZE_DEFAULTS) {
  const customers = customersWith(records);
  return classifySize(customers, std, classifyIndustry(customers, INDUSTRY_DEFAULTS));
}

describe("classifySize (nbs2017)", () => {
  const out = run([
    // 0. 超市 → 零售业; X=60 ≥ 50 medium, Y=600万 ≥ 500 medium → medium, all given.
    { industry: "超市", employees: 60, revenue: 600 * W },
    // 1. 批发和零售业 without division: 批发业 X=100 medium, Y=600万 <1000 micro → micro;
    //    零售业 X=100 medium, Y=600万 medium → medium. Rows disagree → smaller (micro), flagged.
    { industry: "批发和零售业", employees: 100, revenue: 600 * W },
    // 2. 制造 with revenue only, 1000万 → 工业 300≤Y<2000 → small, approximate.
    { industry: "机械制造", revenue: 1000 * W },
    // 3. 银行 → J, outside the 办法.
    { industry: "银行", employees: 5000, revenue: 1e10 },
    // 4. unrecognised industry.
    { industry: "其他", employees: 10 },
    // 5. no industry.
    { employees: 10 },
    // 6. 5211 百货零售 (code) with X=5 → micro (<10) though revenue is missing.
    { industry: "5211 百货零售", employees: 5 },
    // 7. 住宿和餐饮业: both rows share their bounds, so the class does not depend on the row → no flag.
    //    X=150 (100≤X<300 medium), Y=2500万 (2000≤Y<10000 medium) → medium.
    { industry: "住宿和餐饮业", employees: 150, revenue: 2500 * W },
    // 8. negative revenue.
    { industry: "软件", employees: 50, revenue: -1 },
  ]);

  test("classes", () => {
    expect(out.classes).toEqual(["medium", "micro", "small", null, null, null, "micro", "medium", null]);
  });
  test("rows", () => {
    expect(out.extra?.sizeRow).toEqual([
      "retail",
      "wholesale",
      "industry",
      null,
      null,
      null,
      "retail",
      "accommodation",
      "software_it",
    ]);
  });
  test("bases", () => {
    expect(out.extra?.sizeBasis).toEqual([
      "full",
      "full",
      "revenue_only",
      null,
      null,
      null,
      "partial",
      "full",
      null,
    ]);
  });
  test("notes", () => {
    expect(out.extra?.sizeNote).toEqual([
      null,
      "row_assumed",
      null,
      "out_of_scope",
      "unknown_industry",
      "no_industry",
      null,
      null,
      "invalid_indicator",
    ]);
  });
  test("metrics are the given indicators (元), NaN when missing", () => {
    expect(out.metrics.revenue?.[0]).toBe(6_000_000);
    expect(Number.isNaN(out.metrics.employees?.[2])).toBe(true);
  });
  test("revenue-only approximation off → null with a reason", () => {
    const r = run([{ industry: "机械制造", revenue: 1000 * W }], {
      standard: "nbs2017",
      allowRevenueOnly: false,
      eurToCny: 7.8,
    });
    expect(r.classes).toEqual([null]);
    expect(r.extra?.sizeNote).toEqual(["missing_indicators"]);
  });
  test("no industry output at all → every class null with no_industry", () => {
    const r = classifySize(customersWith([{ employees: 5 }]), SIZE_DEFAULTS, null);
    expect(r.extra?.sizeNote).toEqual(["no_industry"]);
  });
  test("every code has labels in both languages", () => {
    for (const [codes, labels] of [
      [out.classes, SIZE_LABELS],
      [out.extra?.sizeRow, SIZE_ROW_LABELS],
      [out.extra?.sizeBasis, SIZE_BASIS_LABELS],
      [out.extra?.sizeNote, SIZE_NOTE_LABELS],
    ] as const) {
      for (const c of codes ?? []) {
        if (c === null) continue;
        const l = labels[c];
        expect(l?.["zh-CN"]).toBeTruthy();
        expect(l?.["en-US"]).toBeTruthy();
      }
    }
    expect(Object.keys(SIZE_ROW_LABELS)).toHaveLength(16);
  });
});

describe("classifySize (eu_sme)", () => {
  test("ignores industry; amounts in 元 converted at the given rate", () => {
    const customers = customersWith([
      { employees: 9, revenue: 2_000_000 * 8, assets: NaN }, // €2m at rate 8 → micro (partial: assets missing)
      { employees: 9, revenue: 2_000_000 * 8 + 1, assets: 99e9 }, // over both €2m ceilings → small
    ]);
    const r = classifySize(customers, { standard: "eu_sme", allowRevenueOnly: true, eurToCny: 7.8 }, null, {
      eurToCny: 8,
    });
    expect(r.classes).toEqual(["micro", "small"]);
    expect(r.extra?.sizeBasis).toEqual(["partial", "full"]);
    expect(r.extra?.sizeRow).toEqual([null, null]);
  });
  test("a non-positive rate is refused", () => {
    expect(() =>
      classifySize(customersWith([{}]), { standard: "eu_sme", allowRevenueOnly: true, eurToCny: 7.8 }, null, {
        eurToCny: 0,
      }),
    ).toThrow(RangeError);
  });
});

// Speed is measured by `npm run bench`, not asserted here (a timed test fails on a busy machine).
describe("many customers", () => {
  test("200k customers", () => {
    const words = ["超市", "批发和零售业", "机械制造", "软件", "物流", "房地产", "咨询", "餐饮"];
    const recs: CustomerRecord[] = Array.from({ length: 200_000 }, (_, i) => ({
      industry: words[i % words.length] as string,
      employees: i % 500,
      revenue: (i % 1000) * 37 * W,
    }));
    const customers = customersWith(recs);
    const industry = classifyIndustry(customers, INDUSTRY_DEFAULTS);
    const r = classifySize(customers, SIZE_DEFAULTS, industry);
    // Only 咨询 (租赁和商务服务业: X and Z, no Y) stays null — no assets given — unless X < 10 makes it micro.
    const expectedNull = recs.filter((c) => c.industry === "咨询" && (c.employees as number) >= 10).length;
    expect(r.classes.filter((c) => c === null)).toHaveLength(expectedNull);
  });
});
