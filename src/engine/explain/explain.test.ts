/**
 * Explanations on the six-customer fixture (fixture.ts), as-of 2024-07-01. Every number below is worked
 * out by hand from the fixture's lines:
 *
 *   customer  purchases (amount each)                         recency  F  M     first purchase  AOV
 *   C1  2024-02-01, 03-01, 04-01, 05-01, 06-29 (1000)         2        5  5000  151 days ago    1000
 *   C2  2024-01-10, 03-10, 06-26 (400)                        5        3  1200  173             400
 *   C3  2023-08-01 (2000), 10-01 … 2024-05-01 (6 × 1000), 06-22 (1000)
 *                                                             9        8  9000  335             1125
 *   C4  2024-06-18 (300)                                      13       1  300   13              300
 *   C5  2024-03-01, 05-22 (400)                               40       2  800   122             400
 *   C6  2023-12-14 (100)                                      200      1  100   200             100
 *
 * Quintile thresholds, PERCENTILE.INC of 6 values at 20…80 %: h = 5p = 1, 2, 3, 4, so the thresholds are
 * the 2nd…5th smallest values: recency [2,5,9,13,40,200] → 5, 9, 13, 40; F [1,1,2,3,5,8] → 1, 2, 3, 5;
 * M [100,300,800,1200,5000,9000] → 300, 800, 1200, 5000. Score = 1 + thresholds strictly below; R = 6 − that.
 * Means: recency 269/6 = 44.83, F 20/6 = 3.33, M 16400/6 = 2733.33.
 * ABC: total 16,400; order C3 9000, C1 5000, C2 1200, C5 800, C4 300, C6 100; shares before:
 * 0, 9000/16400 = 54.88 %, 14000/16400 = 85.37 %, 15200/16400 = 92.68 %, 16000/16400 = 97.56 %, 99.39 %.
 * Big ticket: P80 of AOVs [100,300,400,400,1000,1125] at h = 4 → 1000.
 * Credit (due = invoice + 30, grace 3): C3 judged 7 (the 06-22 invoice is not yet due), late 2
 * (10-01 and 02-01 paid 10 days after due) → on-time 5/7 = 71.4 %; weighted days late
 * (1000·10 + 1000·10) / 8000 = 2.5. C1: 4 judged on time → A, but outstanding 1000 on a limit of 500
 * (200 %) → one grade down to B. C5: both unpaid, 92 and 10 days past due → D. C4: nothing judged.
 */
import { keywordSection } from "../dimensions/industry/match";
import { normalizeText } from "../dimensions/industry/normalize";
import { classifyFixture } from "./fixture";
import { decidingKeyword } from "./industry";
import { explainAll, explainCustomer, explanationText } from "./explain";
import type { DimensionExplanation, ExplainDimension } from "./types";
import type { Lang } from "../types";
import { placeholderNames } from "./templates";

function entry(
  outcome: ReturnType<typeof classifyFixture>,
  id: string,
  dim: ExplainDimension,
  lang: Lang = "en-US",
): DimensionExplanation {
  const e = explainCustomer(outcome, id, lang)?.entries.find((x) => x.dimension === dim);
  if (e === undefined) throw new Error(`no ${dim} entry for ${id}`);
  return e;
}

const en = classifyFixture({}, "en-US", true);
const zh = classifyFixture({}, "zh-CN", true);

describe("R, F, M scores", () => {
  it.each([
    // [id, dim, en sentence]
    ["C3", "r", "R = 4: last purchase 9 days ago, between the thresholds 5 and 9 days (5 < 9 ≤ 9)"],
    ["C2", "r", "R = 5: last purchase 5 days ago, at or below the lowest threshold 5 days (5 ≤ 5)"],
    ["C6", "r", "R = 1: last purchase 200 days ago, above the highest threshold 40 days (200 > 40)"],
    ["C1", "f", "F = 4: 5 purchases, between the thresholds 3 and 5 (3 < 5 ≤ 5)"],
    [
      "C1",
      "m",
      "M = 4: revenue 5,000.00, between the thresholds 1,200.00 and 5,000.00 (1,200.00 < 5,000.00 ≤ 5,000.00)",
    ],
  ] as const)("%s %s", (id, dim, text) => expect(entry(en, id, dim).text).toBe(text));

  it("zh-CN", () => {
    expect(entry(zh, "C3", "r", "zh-CN").text).toBe(
      "R = 4：最近一次购买在 9 天前，介于阈值 5 与 9 天之间（5 < 9 ≤ 9）",
    );
    expect(entry(zh, "C3", "f", "zh-CN").text).toBe("F = 5：购买 8 次，高于最高阈值 5（8 > 5）");
    expect(entry(zh, "C1", "f", "zh-CN").text).toBe("F = 4：购买 5 次，介于阈值 3 与 5 之间（3 < 5 ≤ 5）");
  });

  it("gives the thresholds with the customer's relation to each, and the bin", () => {
    const r = entry(en, "C3", "r");
    expect(r.thresholds).toEqual([
      { name: "p20", value: 5, unit: "days", relation: ">" },
      { name: "p40", value: 9, unit: "days", relation: "≤" },
      { name: "p60", value: 13, unit: "days", relation: "≤" },
      { name: "p80", value: 40, unit: "days", relation: "≤" },
    ]);
    expect(r.ruleIndex).toBe(2); // bin 2 → R = 6 − 2 = 4
    expect(r.facts).toEqual([
      { name: "recency", value: 9, unit: "days" },
      { name: "score", value: 4, unit: "score" },
    ]);
  });

  it("under ties = rank quotes the rank and the rank thresholds", () => {
    // F ranked with ties by ID: C4 (1) 1, C6 (1) 2, C5 (2) 3, C2 (3) 4, C1 (5) 5, C3 (8) 6; rank
    // thresholds = PERCENTILE.INC of 1…6 at 20…80 % = 2, 3, 4, 5. C1: rank 5 → 3 below → F = 4.
    const o = classifyFixture({ rfm: { ties: { frequency: "rank" } } }, "en-US");
    expect(entry(o, "C1", "f").text).toBe(
      "F = 4: 5 purchases = rank 5 of 6 (ties by customer ID), between the rank thresholds 4 and 5 (4 < 5 ≤ 5)",
    );
    expect(entry(o, "C6", "f").text).toContain("rank 2 of 6");
  });
});

describe("RFM segment", () => {
  it("rf10: the map cell", () => {
    expect(entry(en, "C1", "rfm").text).toBe("Champions: R = 5, F = 4 → cell R 5 × F 4–5 of the R×F map");
    expect(entry(en, "C3", "rfm").text).toBe("Loyal: R = 4, F = 5 → cell R 3–4 × F 4–5 of the R×F map");
    expect(entry(zh, "C2", "rfm", "zh-CN").text).toBe(
      "潜在忠诚：R = 5，F = 3 → R×F 矩阵中 R 4–5 × F 2–3 的格子",
    );
  });

  it("cn8: each metric against its mean", () => {
    const o = classifyFixture({ rfm: { model: "cn8" } }, "en-US");
    expect(entry(o, "C2", "rfm").text).toBe(
      "General to develop: recency 5 days < mean 44.8 (R high); F 3 ≤ mean 3.3 (F low); " +
        "M 1,200.00 ≤ mean 2,733.33 (M low)",
    );
    const e = entry(o, "C6", "rfm");
    expect(e.code).toBe("general_retain");
    expect(e.thresholds.map((t) => [t.name, t.relation, t.met])).toEqual([
      ["meanRecency", "≥", false],
      ["meanFrequency", "≤", false],
      ["meanMonetary", "≤", false],
    ]);
    expect(e.thresholds[0]?.value).toBeCloseTo(269 / 6, 12);
    const z = classifyFixture({ rfm: { model: "cn8" } }, "zh-CN");
    expect(entry(z, "C1", "rfm", "zh-CN").text).toBe(
      "重要价值客户：最近购买 2 天前 < 平均 44.8 天（R高）；购买 5 次 > 平均 3.3（F高）；消费金额 5,000.00 > 平均 2,733.33（M高）",
    );
  });

  it("a user rule table: the first rule that matches", () => {
    const o = classifyFixture({
      rfm: { model: [{ segment: "top", r: [4, 5], f: [3, 5] }, { segment: "rest" }] },
    });
    expect(entry(o, "C1", "rfm").text).toBe(
      "top: rule 1 of 2 (R 4–5, F 3–5, M any) is the first to match R = 5, F = 4, M = 4",
    );
    expect(entry(o, "C4", "rfm").ruleIndex).toBe(2);
  });
});

describe("value (ABC) and big ticket", () => {
  it.each([
    [
      "C3",
      "A (key customers): revenue 9,000.00 (rank 1 of 6), cumulative share before this customer 0.0 % < 80.0 %",
    ],
    [
      "C1",
      "A (key customers): revenue 5,000.00 (rank 2 of 6), cumulative share before this customer 54.9 % < 80.0 %",
    ],
    [
      "C2",
      "B (regular customers): revenue 1,200.00 (rank 3 of 6), cumulative share before this customer 85.4 % ≥ 80.0 % and < 95.0 %",
    ],
    [
      "C4",
      "C (small customers): revenue 300.00 (rank 5 of 6), cumulative share before this customer 97.6 % ≥ 95.0 %",
    ],
  ])("%s", (id, text) => expect(entry(en, id, "value").text).toBe(text));

  it("zh-CN and the structured shares", () => {
    expect(entry(zh, "C2", "value", "zh-CN").text).toBe(
      "B类（一般客户）：销售额 1,200.00（第 3 名，共 6 名），排在此客户之前的累计占比 85.4% ≥ 80.0% 且 < 95.0%",
    );
    const e = entry(en, "C2", "value");
    expect(e.facts.find((f) => f.name === "cumShareBefore")?.value).toBeCloseTo(14000 / 16400, 15);
    expect(e.thresholds).toEqual([
      { name: "a", value: 0.8, unit: "share", relation: "≥", met: false },
      { name: "b", value: 0.95, unit: "share", relation: "<", met: true },
    ]);
    expect(e.ruleIndex).toBe(2);
  });

  it("big ticket: the AOV threshold and the order cap", () => {
    expect(entry(en, "C2", "bigTicket").text).toBe(
      "Not big ticket, low frequency: average order 400.00 < 1,000.00 (P80 of customers' average order values); 3 purchases > 2",
    );
    expect(entry(zh, "C1", "bigTicket", "zh-CN").text).toBe("不属于大额低频客户：购买 5 次 > 2 次");
    // maxOrders 8: C3 (AOV 1125 ≥ 1000, 8 purchases) is flagged
    const o = classifyFixture({ abc: { bigTicket: { maxOrders: 8 } } });
    const e = entry(o, "C3", "bigTicket");
    expect(e.code).toBe("big_ticket");
    expect(e.text).toBe(
      "Big ticket, low frequency: average order 1,125.00 ≥ 1,000.00 (P80 of customers' average order values) and 8 purchases ≤ 8",
    );
  });
});

describe("activity (frequency) and repeat", () => {
  it.each([
    ["C6", "Dormant: last purchase 200 days ago > 180 days", 1],
    ["C4", "New: first purchase 13 days ago < 90 days (last purchase 13 days ago ≤ 180 days)", 2],
    [
      "C1",
      "Medium frequency: 5 purchases in the last 365 days ≥ 4 and < 12 (last purchase 2 days ago ≤ 180 days; " +
        "first purchase 151 days ago ≥ 90 days)",
      4,
    ],
    [
      "C5",
      "Low frequency: 2 purchases in the last 365 days < 4 (last purchase 40 days ago ≤ 180 days; " +
        "first purchase 122 days ago ≥ 90 days)",
      5,
    ],
  ])("%s", (id, text, step) => {
    const e = entry(en, id, "frequency");
    expect(e.text).toBe(text);
    expect(e.ruleIndex).toBe(step);
  });

  it("zh-CN", () => {
    expect(entry(zh, "C6", "frequency", "zh-CN").text).toBe("休眠客户：最近一次购买在 200 天前 > 180 天");
    expect(entry(zh, "C4", "repeat", "zh-CN").text).toBe("一次性客户：购买 1 次 < 2 次");
    expect(entry(en, "C5", "repeat").text).toBe("Repeat customer: 2 purchases ≥ 2");
  });
});

describe("credit", () => {
  it("C: the failed bound of B and the bounds of C", () => {
    const e = entry(en, "C3", "credit");
    expect(e.text).toBe(
      "C – watch: 2 of 7 invoices late (on-time rate 71.4 %); not B: on-time rate 71.4 % < 85.0 %; " +
        "meets C: on-time rate 71.4 % ≥ 50.0 %, weighted days late 2.5 ≤ 30 days, oldest overdue 0 ≤ 60 days, " +
        "overdue share 0.0 % ≤ 25.0 %; suggested terms: Net 15 days",
    );
    expect(e.ruleIndex).toBe(3);
    expect(e.facts.find((f) => f.name === "onTimeRate")?.value).toBeCloseTo(5 / 7, 15);
    expect(e.thresholds.find((t) => t.name === "B.minOnTimeRate")).toEqual({
      name: "B.minOnTimeRate",
      value: 0.85,
      unit: "share",
      relation: "<",
      met: false,
    });
  });

  it("the credit-limit cap, zh-CN", () => {
    expect(entry(zh, "C1", "credit", "zh-CN").text).toBe(
      "B 信用良好：4 张发票中逾期 0 张（按时付款率 100.0%）；符合 A：按时付款率 100.0% ≥ 95.0%，加权逾期天数 0 ≤ 5 天，" +
        "最长逾期 0 ≤ 3 天，逾期金额占比 0.0% ≤ 2.0%；因应收余额为信用额度的 200.0%（> 100%），由 A 下调一级；建议账期：月结30天",
    );
  });

  it("the fallback grade, and no grade without a judged invoice", () => {
    // C5: oldest overdue = 2024-07-01 − 2024-03-31 = 92 days; weighted days late (400·92 + 400·10)/800 = 51
    expect(entry(en, "C5", "credit").text).toBe(
      "D – high risk: 2 of 2 invoices late (on-time rate 0.0 %); not C: on-time rate 0.0 % < 50.0 %, " +
        "weighted days late 51 > 30 days, oldest overdue 92 > 60 days, overdue share 100.0 % > 25.0 %; " +
        "D is the last grade, given when no better one holds; suggested terms: Prepayment",
    );
    const c4 = entry(en, "C4", "credit");
    expect(c4.code).toBeNull();
    expect(c4.text).toBe("No invoice judged on time or late yet (1 invoice in all): no credit grade");
  });
});

describe("credit: too little history (minJudged)", () => {
  // With minJudged 5, C1's 4 judged invoices are too few; none is overdue (oldest 0 ≤ C's 60) → no grade.
  const thin = classifyFixture({ credit: { minJudged: 5 } }, "en-US", true);
  it("en-US and zh-CN, with the thresholds used", () => {
    const e = entry(thin, "C1", "credit");
    expect(e.code).toBeNull();
    expect(e.text).toBe(
      "4 invoices judged, fewer than the 5 a grade needs, and none overdue beyond 60 days " +
        "(0 late, oldest overdue 0 days): too little payment history for a credit grade",
    );
    expect(e.thresholds.map((t) => [t.name, t.value])).toEqual([
      ["minJudged", 5],
      ["seriousOverdueDays", 60],
    ]);
    const zhThin = classifyFixture({ credit: { minJudged: 5 } }, "zh-CN", true);
    expect(entry(zhThin, "C1", "credit", "zh-CN").text).toBe(
      "已判定 4 张发票，少于评级所需的 5 张，且没有逾期超过 60 天的发票（逾期 0 张，最长逾期 0 天）：付款记录太少，不评信用等级",
    );
    // C5 has 2 judged but one 92 days overdue (> 60): graded D all the same.
    expect(entry(thin, "C5", "credit").code).toBe("D");
  });
});

describe("industry", () => {
  it.each([
    ["C1", 'F Wholesale and retail trades: keyword "贸易" found in "批发贸易"; group: Retail & wholesale'],
    [
      "C2",
      'F Wholesale and retail trades: GB/T 4754-2017 code 5211 in "5211 百货零售"; group: Retail & wholesale',
    ],
    [
      "C4",
      'F Wholesale and retail trades: user alias "华为代理" found in "华为代理"; group: Retail & wholesale',
    ],
    ["C5", 'C Manufacturing: keyword "制造" found in "机械制造"; group: Manufacturing'],
    ["C6", "No industry given"],
  ])("%s", (id, text) => expect(entry(en, id, "industry").text).toBe(text));

  it("zh-CN", () => {
    expect(entry(zh, "C5", "industry", "zh-CN").text).toBe(
      "C 制造业：“机械制造”中含关键词“制造”；行业大类：制造业",
    );
  });

  it.each([
    // keywords.ts's examples: the head of an English phrase, the last word of a Chinese compound
    ["manufacturer of catering equipment", "C", "manufacturer"],
    ["餐饮设备制造", "C", "制造"],
    ["电子商务", "F", "电子商务"],
  ])("the deciding keyword of %s (%s) is %s", (text, section, word) => {
    expect(keywordSection(normalizeText(text))).toBe(section);
    expect(decidingKeyword(normalizeText(text), section)).toBe(word);
  });

  it("without the customer table: the code the result carries, or the section alone", () => {
    const o = classifyFixture({}, "en-US", false);
    expect(entry(o, "C2", "industry").text).toBe(
      "F Wholesale and retail trades: GB/T 4754-2017 code 5211; group: Retail & wholesale",
    );
    expect(entry(o, "C5", "industry").text).toBe(
      "C Manufacturing: recognised from the industry text; group: Manufacturing",
    );
  });
});

describe("size (NBS 2017)", () => {
  it("all bounds: the lowest tier any indicator reaches", () => {
    // C5, row 工业: employees 350 ≥ 300 (medium) < 1000; revenue 50,000 万元 ≥ 40,000 (large) → medium
    const e = entry(en, "C5", "size");
    expect(e.text).toBe(
      "Medium (NBS 2017, row Industry (mining, manufacturing, utilities)): employees 350 ≥ 300 (medium), < 1,000 (large); " +
        "revenue 50,000 (10k CNY) ≥ 40,000 (large); the class is the lowest tier any indicator reaches " +
        "(large, medium and small need every listed bound)",
    );
    expect(e.thresholds.filter((t) => t.name.startsWith("revenue.")).map((t) => [t.value, t.met])).toEqual([
      [40000, true],
      [2000, true],
      [300, true],
    ]);
  });

  it("micro rule, revenue-only flag, candidate rows (zh-CN)", () => {
    expect(entry(zh, "C2", "size", "zh-CN").text).toBe(
      "微型（统计上大中小微型企业划分办法(2017)，零售业）：从业人员 8 人 < 10（小型）；营业收入未填写；微型企业只须一项指标低于小型下限",
    );
    expect(entry(en, "C3", "size").text).toBe(
      "Medium (NBS 2017, row Software and information technology services, revenue only – approximate): " +
        "employees not given; revenue 3,000 (10k CNY) ≥ 1,000 (medium), < 10,000 (large); " +
        "the missing indicators could only lower the class",
    );
    // C4 (alias → F, no row words): wholesale gives micro (revenue 150 < 1,000), retail small → micro
    expect(entry(en, "C4", "size").text).toContain(
      "candidate rows Wholesale, Retail: the smaller class was taken",
    );
    expect(entry(en, "C6", "size").text).toBe("No size class: No industry, so no size row");
  });

  it("without the industry text an ambiguous row is not guessed", () => {
    const o = classifyFixture({}, "en-US", false);
    expect(entry(o, "C1", "size").text).toBe("Medium (basis: All indicators)");
  });
});

describe("satisfaction", () => {
  it.each([
    ["C1", "satisfaction", "Promoter: NPS answer 9 ≥ 9"],
    ["C2", "satisfaction", "Passive: NPS answer 8 ≥ 7 and < 9"],
    ["C4", "satisfaction", "Detractor: NPS answer 5 < 7"],
    // 12 is reported by the reader (out_of_range) and read as missing
    ["C6", "satisfaction", "No valid NPS answer (0–10)"],
    ["C5", "satisfaction", "No valid NPS answer (0–10)"],
    ["C2", "csat", "Not in top 2 box: CSAT 3 < 4"],
  ] as const)("%s %s", (id, dim, text) => expect(entry(en, id, dim).text).toBe(text));

  it("zh-CN", () => expect(entry(zh, "C1", "csat", "zh-CN").text).toBe("满意（前两档）：CSAT 5 ≥ 4"));
});

describe("overall", () => {
  it("quotes the matched rule, and records why earlier rules failed", () => {
    // C3: rule 1 needs credit D (C3 has C); rule 2 credit ∈ {A,B,none}; rule 3 rfm lapsing (loyal is not);
    // rule 4 value B (C3 is A); rule 5 frequency new (medium) → rule 6 credit C.
    const e = entry(en, "C3", "overall");
    expect(e.text).toBe("Rule 6 of 10: credit C ∈ {C} → Credit watch / Tighten terms, closer credit control");
    expect(e.ruleIndex).toBe(6);
    expect(e.conditions?.filter((c) => !c.met).map((c) => [c.rule, c.dimension, c.code])).toEqual([
      [1, "credit", "C"],
      [2, "credit", "C"],
      [3, "rfm", "loyal"],
      [4, "value", "A"],
      [5, "frequency", "medium"],
    ]);
    expect(entry(zh, "C4", "overall", "zh-CN").text).toBe(
      // Codes other than letters are quoted by their labels (satisfaction/labels.ts, frequency/labels.ts).
      "第 8 条规则（共 10 条）：NPS类别 贬损者 ∈ {贬损者} 且 活跃度 新客户 ∈ {高频客户, 中频客户, 低频客户, 新客户} → 服务风险客户 / 服务补救,跟进反馈",
    );
  });

  it("the fallback rule", () => {
    // Without credit data for anyone … use a table whose only rule is the fallback.
    const o = classifyFixture({
      overall: { rules: [{ class: "regular", action: "standard_service", when: {} }] },
    });
    expect(entry(o, "C1", "overall").text).toBe(
      "Rule 1 of 1 (no condition: everyone the rules before did not take) → Regular / Standard service",
    );
  });
});

describe("explainCustomer / explainAll", () => {
  it("finds a customer by index or ID and returns null for an unknown one", () => {
    expect(explainCustomer(en, 2)?.id).toBe("C3");
    expect(explainCustomer(en, " C3 ")?.index).toBe(2);
    expect(explainCustomer(en, "nobody")).toBeNull();
    expect(explainCustomer(en, 99)).toBeNull();
  });

  it("explainAll gives the same sentences as explainCustomer, in both languages", () => {
    for (const [o, lang] of [
      [en, "en-US"],
      [zh, "zh-CN"],
    ] as const) {
      const all = explainAll(o, lang);
      expect(all).toHaveLength(6);
      all.forEach((compact, i) => {
        const full = explainCustomer(o, i, lang);
        expect(compact).toEqual(Object.fromEntries(full?.entries.map((x) => [x.dimension, x.text]) ?? []));
      });
    }
  });

  it("leaves no placeholder unfilled in any sentence, for every model and language", () => {
    const variants = [
      {},
      { rfm: { model: "cn8" } },
      { rfm: { ties: { recency: "rank", monetary: "rank" } } },
      { size: { standard: "eu_sme" } },
    ];
    for (const std of variants) {
      for (const lang of ["en-US", "zh-CN"] as const) {
        const o = classifyFixture(std, lang, true);
        for (let i = 0; i < 6; i++) {
          const text = explanationText(
            explainCustomer(o, i, lang) ?? { index: 0, id: "", name: null, lang, entries: [] },
          );
          expect(text).not.toMatch(/undefined|NaN/);
          for (const name of placeholderNames()) expect(text).not.toContain(`{${name}}`);
        }
      }
    }
  });

  it("only the dimensions asked for", () => {
    const e = explainCustomer(en, "C1", "en-US", ["overall", "credit"]);
    expect(e?.entries.map((x) => x.dimension)).toEqual(["overall", "credit"]);
  });
});
