import { defaultStandard } from "./defaults";
import { label, labelsOf } from "./labels";

describe("label", () => {
  // Expected texts: the dimensions' label maps (credit/labels.ts, overall/labels.ts, frequency/labels.ts …)
  // and the brief's examples (net60 = 月结60天 / Net 60 days, prepay = 预付款, cod = 货到付款).
  const table: [Parameters<typeof label>[0], string, string, string][] = [
    ["terms", "net60", "月结60天", "Net 60 days"],
    ["terms", "prepay", "预付款", "Prepayment"],
    ["terms", "cod", "货到付款", "Cash on delivery"],
    ["terms", "net21", "月结21天", "Net 21 days"],
    ["credit", "D", "D 高风险", "D – high risk"],
    ["overall", "vip", "重要价值客户(VIP)", "VIP"],
    ["action", "win_back", "主动回访挽回", "Win back"],
    ["frequency", "dormant", "休眠客户", "Dormant"],
    ["value", "A", "A类（重点客户）", "A (key customers)"],
    ["rfm", "champions", "冠军", "Champions"],
    ["rfm", "important_value", "重要价值客户", "Important value"],
    ["industry", "F", "F 批发和零售业", "F Wholesale and retail trades"],
    ["region", "华东某地", "华东某地", "华东某地"],
    ["size", "micro", "微型", "Micro"],
    ["satisfaction", "detractor", "贬损者", "Detractor"],
    ["credit", "AAA", "AAA", "AAA"],
    ["terms", "constructor", "constructor", "constructor"],
  ];
  it.each(table)("%s %s", (dim, code, zh, en) => {
    expect(label(dim, code, "zh-CN")).toBe(zh);
    expect(label(dim, code, "en-US")).toBe(en);
  });

  it("null (no data) is an empty label", () => {
    expect(label("credit", null, "zh-CN")).toBe("");
  });

  it("a standard's own labels win over the built-in ones", () => {
    const s = defaultStandard();
    s.rfm.model = [{ segment: "top", label: { "zh-CN": "顶级", "en-US": "Top" } }, { segment: "champions" }];
    s.overall.rules[1] = { ...s.overall.rules[1]!, label: { "zh-CN": "贵宾", "en-US": "Guest of honour" } };
    expect(label("rfm", "top", "en-US", s)).toBe("Top");
    expect(label("rfm", "champions", "en-US", s)).toBe("Champions");
    expect(label("overall", "vip", "zh-CN", s)).toBe("贵宾");
  });
});

describe("labelsOf", () => {
  it("lists the standard's own codes in its order for credit and overall", () => {
    const s = defaultStandard();
    expect(Object.keys(labelsOf("credit", s))).toEqual(["A", "B", "C", "D"]);
    expect(Object.keys(labelsOf("overall", s))).toEqual(s.overall.rules.map((r) => r.class));
    s.credit.grades = [
      { grade: "AAA", minOnTimeRate: 0.99, terms: "net90" },
      { grade: "A", terms: "net30" },
    ];
    expect(labelsOf("credit", s)).toEqual({
      AAA: { "zh-CN": "AAA", "en-US": "AAA" },
      A: { "zh-CN": "A 信用优良", "en-US": "A – excellent" },
    });
  });

  it("follows the RFM model", () => {
    const s = defaultStandard();
    s.rfm.model = "cn8";
    expect(Object.keys(labelsOf("rfm", s))).toHaveLength(8);
  });
});
