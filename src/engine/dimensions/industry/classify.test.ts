import { classifyIndustry } from "./classify";
import { INDUSTRY_DEFAULTS } from "./defaults";
import { customersWith } from "./fixture";
import { INDUSTRY_GROUP_LABELS, INDUSTRY_LABELS } from "./labels";

describe("classifyIndustry", () => {
  const customers = customersWith([
    { industry: "超市" },
    { industry: "5211 百货零售" },
    { industry: "餐饮设备制造" },
    { industry: "其他" },
    { industry: null },
    { industry: "  " },
    { industry: "老王" },
    { industry: "超市" },
  ]);
  const out = classifyIndustry(customers, { aliases: { 老王: "S" } });

  test("classes: section letters, unknown for unrecognised text, null without text", () => {
    expect(out.classes).toEqual(["F", "F", "C", "unknown", null, null, "S", "F"]);
  });

  test("extras: group, code, how found", () => {
    expect(out.extra?.industryGroup).toEqual([
      "retail_wholesale",
      "retail_wholesale",
      "manufacturing",
      "unknown",
      null,
      null,
      "public",
      "retail_wholesale",
    ]);
    expect(out.extra?.industryCode).toEqual([null, "5211", null, null, null, null, null, null]);
    expect(out.extra?.industryVia).toEqual([
      "keyword",
      "code",
      "keyword",
      null,
      null,
      null,
      "alias",
      "keyword",
    ]);
    expect(out.metrics).toEqual({});
  });

  test("the input is not mutated", () => {
    const frozen = customersWith([{ industry: "零售" }]);
    Object.freeze(frozen.industryText);
    expect(classifyIndustry(frozen, INDUSTRY_DEFAULTS).classes).toEqual(["F"]);
  });

  test("every class and group code has zh-CN and en-US labels", () => {
    for (const c of out.classes) if (c !== null) expect(INDUSTRY_LABELS[c]?.["en-US"]).toBeTruthy();
    for (const g of out.extra?.industryGroup ?? [])
      if (g !== null) expect(INDUSTRY_GROUP_LABELS[g]?.["zh-CN"]).toBeTruthy();
    expect(INDUSTRY_LABELS.F).toEqual({
      "zh-CN": "F 批发和零售业",
      "en-US": "F Wholesale and retail trades",
    });
  });

  // Speed is measured by `npm run bench`, not asserted here (a timed test fails on a busy machine).
  test("100k customers with repeated texts: the cached answer for a text is the one it gets alone", () => {
    const words = ["超市", "餐饮设备制造", "software", "物流", "其他", "5211", "IT consulting", "医院"];
    const big = customersWith(Array.from({ length: 100_000 }, (_, i) => ({ industry: `${words[i % 8]}` })));
    const r = classifyIndustry(big, INDUSTRY_DEFAULTS);
    expect(r.classes[1]).toBe("C");
    const alone = words.map(
      (w) => classifyIndustry(customersWith([{ industry: w }]), INDUSTRY_DEFAULTS).classes[0],
    );
    for (let i = 0; i < r.classes.length; i += 997) expect(r.classes[i]).toBe(alone[i % 8]);
  });
});
