import { defaultStandard } from "./defaults";
import type { StandardErrorCode } from "./errors";
import { validateStandard } from "./validate";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   the table breaks the Standard's types on purpose: that is what it tests. */
type Mutate = (s: any) => void;

/**
 * One row per error kind (and per range rule of the brief): a change to the defaults → the error's
 * path, code, and a phrase each language's message must contain. Expected texts are the messages'
 * wording in errors.ts; ranges are those of the brief (0 < a < b ≤ 1, bins 2–10, windowDays > 0 …).
 */
const table: [string, Mutate, string, StandardErrorCode, string, string][] = [
  [
    "unknown key, with did-you-mean",
    (s) => (s.abc.bb = 0.9),
    "abc.bb",
    "unknown_key",
    '是否想写 "b"',
    'did you mean "b"',
  ],
  [
    "unknown key, case slip",
    (s) => (s.frequency.windowdays = 30),
    "frequency.windowdays",
    "unknown_key",
    '"windowDays"',
    '"windowDays"',
  ],
  [
    "unknown key, nothing near",
    (s) => (s.zzz = 1),
    "zzz",
    "unknown_key",
    '未知的设置项 "zzz"',
    'Unknown key "zzz"',
  ],
  [
    "wrong type: text for a number",
    (s) => (s.abc.a = "0.8"),
    "abc.a",
    "wrong_type",
    "应为数字，实际是文本",
    "must be a number, not text",
  ],
  [
    "wrong type: number for a section",
    (s) => (s.rfm = 5),
    "rfm",
    "wrong_type",
    "应为对象",
    "must be an object",
  ],
  [
    "wrong type: boolean",
    (s) => (s.size.allowRevenueOnly = "yes"),
    "size.allowRevenueOnly",
    "wrong_type",
    "是/否",
    "TRUE or FALSE",
  ],
  ["wrong type: model", (s) => (s.rfm.model = { x: 1 }), "rfm.model", "wrong_type", "规则表", "a rule table"],
  [
    "wrong type: score range",
    (s) => (s.rfm.model = [{ segment: "top", r: [4] }]),
    "rfm.model[0].r",
    "wrong_type",
    "分数区间",
    "score range",
  ],
  ["not an integer", (s) => (s.rfm.bins = 4.5), "rfm.bins", "not_integer", "应为整数", "whole number"],
  ["a = 0 (0 < a)", (s) => (s.abc.a = 0), "abc.a", "out_of_range", "应 > 0 且 < 1", "must be > 0 and < 1"],
  ["b > 1", (s) => (s.abc.b = 1.01), "abc.b", "out_of_range", "≤ 1", "≤ 1"],
  ["bins 1 (2–10)", (s) => (s.rfm.bins = 1), "rfm.bins", "out_of_range", "≥ 2 且 ≤ 10", "≥ 2 and ≤ 10"],
  ["bins 11 (2–10)", (s) => (s.rfm.bins = 11), "rfm.bins", "out_of_range", "≤ 10", "≤ 10"],
  [
    "windowDays 0 (> 0)",
    (s) => (s.frequency.windowDays = 0),
    "frequency.windowDays",
    "out_of_range",
    "> 0",
    "> 0",
  ],
  [
    "NPS threshold 11",
    (s) => (s.satisfaction.promoterMin = 11),
    "satisfaction.promoterMin",
    "out_of_range",
    "≤ 10",
    "≤ 10",
  ],
  [
    "on-time rate 95 (a share)",
    (s) => (s.credit.grades[0].minOnTimeRate = 95),
    "credit.grades[0].minOnTimeRate",
    "out_of_range",
    "≤ 1",
    "≤ 1",
  ],
  [
    "rule range beyond bins",
    (s) => (s.rfm.model = [{ segment: "top", r: [4, 6] }]),
    "rfm.model[0].r[1]",
    "out_of_range",
    "≥ 1 且 ≤ 5",
    "≥ 1 and ≤ 5",
  ],
  [
    "rule range below 1",
    (s) => (s.rfm.model = [{ segment: "top", f: [0, 2] }]),
    "rfm.model[0].f[0]",
    "out_of_range",
    "实际为 0",
    "not 0",
  ],
  [
    "enum value, with did-you-mean",
    (s) => (s.rfm.model = "cn9"),
    "rfm.model",
    "invalid_value",
    '是否想写 "cn8"',
    'did you mean "cn8"',
  ],
  [
    "enum value",
    (s) => (s.refunds = "gross"),
    "refunds",
    "invalid_value",
    '"net", "exclude" 之一',
    'one of "net", "exclude"',
  ],
  ["a ≥ b", (s) => (s.abc.a = 0.96), "abc.b", "order", '必须大于 "abc.a"', 'must be greater than "abc.a"'],
  [
    "medium > high",
    (s) => (s.frequency.mediumMinOrders = 20),
    "frequency.highMinOrders",
    "order",
    "必须不小于",
    "must be at least",
  ],
  [
    "passive ≥ promoter",
    (s) => (s.satisfaction.passiveMin = 9),
    "satisfaction.promoterMin",
    "order",
    "必须大于",
    "greater than",
  ],
  [
    "range upside down",
    (s) => (s.rfm.model = [{ segment: "top", m: [5, 3] }]),
    "rfm.model[0].m[1]",
    "order",
    "不小于",
    "at least",
  ],
  ["grades empty", (s) => (s.credit.grades = []), "credit.grades", "empty", "不能为空", "must not be empty"],
  ["rules empty", (s) => (s.overall.rules = []), "overall.rules", "empty", "不能为空", "must not be empty"],
  [
    "condition list empty",
    (s) => (s.overall.rules[0].when.credit = []),
    "overall.rules[0].when.credit",
    "empty",
    "不能为空",
    "must not be empty",
  ],
  [
    "grade without terms",
    (s) => delete s.credit.grades[1].terms,
    "credit.grades[1].terms",
    "missing",
    "缺少必填项",
    "is required",
  ],
  [
    "rule without action",
    (s) => delete s.overall.rules[1].action,
    "overall.rules[1].action",
    "missing",
    "缺少必填项",
    "is required",
  ],
  [
    "last grade has bounds",
    (s) => (s.credit.grades[3].minOnTimeRate = 0.1),
    "credit.grades",
    "missing_fallback",
    "缺少兜底项",
    "has no fallback",
  ],
  [
    "no fallback rule",
    (s) => s.overall.rules.pop(),
    "overall.rules",
    "missing_fallback",
    "缺少兜底项",
    "has no fallback",
  ],
  [
    "rule after the fallback",
    (s) => s.overall.rules.push({ class: "x", action: "y", when: { value: ["A"] } }),
    "overall.rules[10]",
    "unreachable_rule",
    "永远不会生效",
    "can never match",
  ],
  [
    "class not snake_case",
    (s) => (s.overall.rules[1].class = "VIP"),
    "overall.rules[1].class",
    "invalid_code",
    "小写字母开头",
    "snake_case",
  ],
  [
    "terms not snake_case",
    (s) => (s.credit.grades[0].terms = "Net 60"),
    "credit.grades[0].terms",
    "invalid_code",
    '"Net 60"',
    '"Net 60"',
  ],
  [
    "grade code with a space",
    (s) => (s.credit.grades[0].grade = "A A"),
    "credit.grades[0].grade",
    "invalid_code",
    "AA+",
    "AA+",
  ],
  [
    "alias to a non-section",
    (s) => (s.industry.aliases = { 超市: "Z" }),
    'industry.aliases["超市"]',
    "invalid_code",
    "A–T",
    "A–T",
  ],
  [
    "condition code with a comma",
    (s) => (s.overall.rules[0].when.region = ["华东,华南"]),
    "overall.rules[0].when.region[0]",
    "invalid_code",
    "逗号",
    "commas",
  ],
  [
    "unknown rfm code, with did-you-mean",
    (s) => (s.overall.rules[1].when.rfm = ["champion"]),
    "overall.rules[1].when.rfm[0]",
    "unknown_code",
    '是否想写 "champions"',
    'did you mean "champions"',
  ],
  [
    "unknown credit grade",
    (s) => (s.overall.rules[0].when.credit = ["E"]),
    "overall.rules[0].when.credit[0]",
    "unknown_code",
    '维度 "credit"',
    'dimension "credit"',
  ],
  [
    "unknown dimension, with did-you-mean",
    (s) => (s.overall.rules[0].when = { valu: ["A"] }),
    "overall.rules[0].when.valu",
    "unknown_dimension",
    '是否想写 "value"',
    'did you mean "value"',
  ],
  [
    "duplicate grade",
    (s) => (s.credit.grades[1].grade = "A"),
    "credit.grades[1].grade",
    "duplicate",
    "重复出现",
    "more than once",
  ],
  ["version too new", (s) => (s.version = 2), "version", "version_too_new", "请升级", "please update"],
];

describe("validateStandard", () => {
  it("accepts the defaults", () => {
    expect(validateStandard(defaultStandard())).toEqual([]);
  });

  it.each(table)("%s", (_name, mutate, path, code, zh, en) => {
    const s = defaultStandard();
    mutate(s);
    const errors = validateStandard(s);
    const hit = errors.find((e) => e.path === path && e.code === code);
    expect([hit?.path, hit?.code, errors.map((e) => `${e.path} ${e.code}`)]).toEqual([
      path,
      code,
      expect.anything(),
    ]);
    expect(hit?.message["zh-CN"]).toContain(zh);
    expect(hit?.message["en-US"]).toContain(en);
  });

  it("names the other field of an order error, so merge can restore both", () => {
    const s = defaultStandard();
    s.abc.a = 0.96;
    expect(validateStandard(s)).toEqual([expect.objectContaining({ path: "abc.b", related: "abc.a" })]);
  });

  it("rejects a non-object as a whole", () => {
    expect(validateStandard([1, 2])).toEqual([expect.objectContaining({ path: "", code: "wrong_type" })]);
  });

  it("accepts custom rules whose segments the overall table then uses, and the code none", () => {
    const s = defaultStandard();
    s.rfm.model = [{ segment: "top", r: [4, 5], f: [4, 5] }, { segment: "rest" }];
    s.overall.rules.unshift({
      class: "top_care",
      action: "vip_care",
      when: { rfm: ["top"], satisfaction: ["none"] },
    });
    expect(validateStandard(s)).toEqual([]);
  });
});
