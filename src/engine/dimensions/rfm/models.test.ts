import type { RfmRule } from "../../standard/types";
import { CN8_LABELS, RF10_LABELS, rfmLabels } from "./labels";
import { cn8Code, rf10Code, ruleCode } from "./models";

describe("rf10Code — product.md's R×F map", () => {
  // Rows R = 1..5, columns F = 1..5, transcribed from product.md:
  // [1-2][1-2] hibernating, [1-2][3-4] at_risk, [1-2]5 cant_lose, 3[1-2] about_to_sleep, 33 need_attention,
  // [3-4][4-5] loyal, 41 promising, 51 new, [4-5][2-3] potential_loyalist, 5[4-5] champions.
  const H = "hibernating",
    AR = "at_risk",
    CL = "cant_lose",
    AS = "about_to_sleep",
    NA = "need_attention";
  const L = "loyal",
    P = "promising",
    N = "new",
    PL = "potential_loyalist",
    C = "champions";
  const GRID = [
    [H, H, AR, AR, CL],
    [H, H, AR, AR, CL],
    [AS, AS, NA, L, L],
    [P, PL, PL, L, L],
    [N, PL, PL, C, C],
  ];
  const cases = GRID.flatMap((row, r) => row.map((code, f) => [r + 1, f + 1, code] as const));
  it.each(cases)("R%d F%d → %s", (r, f, code) => expect(rf10Code(r, f)).toBe(code));

  it.each([
    [0, 3],
    [6, 1],
    [3, NaN],
  ])("R%d F%d is outside the map → unclassified", (r, f) => expect(rf10Code(r, f)).toBe("unclassified"));

  it("labels every code it produces", () => {
    for (const code of new Set(cases.map((c) => c[2]))) expect(RF10_LABELS[code]).toBeDefined();
    expect(Object.keys(RF10_LABELS)).toHaveLength(10);
  });
});

describe("cn8Code — product.md's order 111, 101, 011, 001, 110, 100, 010, 000", () => {
  it.each([
    [true, true, true, "important_value"],
    [true, false, true, "important_develop"],
    [false, true, true, "important_keep"],
    [false, false, true, "important_retain"],
    [true, true, false, "general_value"],
    [true, false, false, "general_develop"],
    [false, true, false, "general_keep"],
    [false, false, false, "general_retain"],
  ])("R high %s, F high %s, M high %s → %s", (r, f, m, code) => {
    expect(cn8Code(r, f, m)).toBe(code);
    expect(CN8_LABELS[code]).toBeDefined();
  });
});

describe("ruleCode — user rule table, inclusive ranges, first match wins", () => {
  const rules: RfmRule[] = [
    { segment: "vip", r: [4, 5], f: [4, 5], m: [4, 5], label: { "zh-CN": "贵宾", "en-US": "VIP" } },
    { segment: "lapsing_big", r: [1, 2], m: [5, 5] },
    { segment: "anyone_recent", r: [5, 5] },
  ];
  it.each([
    [5, 5, 5, "vip"],
    [4, 4, 4, "vip"], // bounds are inclusive
    [5, 3, 5, "anyone_recent"], // vip fails on F; next match
    [1, 1, 5, "lapsing_big"], // a missing F range matches any F
    [3, 3, 3, "unclassified"],
  ])("R%d F%d M%d → %s", (r, f, m, code) => expect(ruleCode(rules, r, f, m)).toBe(code));

  it("labels user segments (own label or the code) and unclassified", () => {
    const labels = rfmLabels(rules);
    expect(labels.vip?.["en-US"]).toBe("VIP");
    expect(labels.lapsing_big?.["zh-CN"]).toBe("lapsing_big");
    expect(labels.unclassified?.["zh-CN"]).toBe("未分类");
  });
});
