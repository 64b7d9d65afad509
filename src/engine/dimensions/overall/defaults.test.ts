import type { DimensionKey } from "../../standard/types";
import { ACTIVE_RFM, LAPSING_RFM, OVERALL_DEFAULTS } from "./defaults";
import { classifyOverall } from "./evaluate";
import { ACTION_LABELS, OVERALL_LABELS } from "./labels";

// product.md "Conventions that must be exact": the preset models' codes.
const RF10 = [
  "hibernating",
  "at_risk",
  "cant_lose",
  "about_to_sleep",
  "need_attention",
  "loyal",
  "promising",
  "new",
  "potential_loyalist",
  "champions",
];
const CN8 = [
  "important_value",
  "important_develop",
  "important_keep",
  "important_retain",
  "general_value",
  "general_develop",
  "general_keep",
  "general_retain",
];

type Profile = Partial<Record<DimensionKey, string | null>>;
const classify = (p: Profile): [string | null, string | null] => {
  const classes: Partial<Record<DimensionKey, (string | null)[]>> = {};
  for (const [k, v] of Object.entries(p)) classes[k as DimensionKey] = [v];
  const out = classifyOverall(classes, OVERALL_DEFAULTS.rules, 1);
  return [out.classes[0] ?? null, out.extra?.action?.[0] ?? null];
};

describe("default overall rules", () => {
  it("ACTIVE_RFM and LAPSING_RFM split both models' codes, with nothing left over and no overlap", () => {
    expect([...ACTIVE_RFM, ...LAPSING_RFM].sort()).toEqual([...new Set([...RF10, ...CN8])].sort());
    expect(ACTIVE_RFM.filter((c) => LAPSING_RFM.includes(c))).toEqual([]);
  });

  // Profiles from the seed's Q3 and product.md's examples; each row names the rule it exercises.
  const table: [string, Profile, string, string][] = [
    [
      "credit D beats high value (rule 1)",
      { value: "A", rfm: "champions", credit: "D" },
      "credit_risk",
      "prepayment_strict_terms",
    ],
    ["A + champions + credit A (rule 2)", { value: "A", rfm: "champions", credit: "A" }, "vip", "vip_care"],
    [
      "A + cn8 important_value + no credit data (rule 2)",
      { value: "A", rfm: "important_value", credit: null },
      "vip",
      "vip_care",
    ],
    [
      "A + active but credit C is not VIP → credit watch (rule 6)",
      { value: "A", rfm: "loyal", credit: "C" },
      "watch_credit",
      "tighten_terms",
    ],
    ["A + at_risk (rule 3)", { value: "A", rfm: "at_risk", credit: "A" }, "key_lapsing", "win_back"],
    ["B + cn8 important_retain (rule 3)", { value: "B", rfm: "important_retain" }, "key_lapsing", "win_back"],
    [
      "B + potential_loyalist (rule 4)",
      { value: "B", rfm: "potential_loyalist", credit: "B" },
      "growth",
      "promotion",
    ],
    ["B + cn8 important_develop (rule 4)", { value: "B", rfm: "important_develop" }, "growth", "promotion"],
    [
      "C + new in frequency and rfm (rule 5)",
      { value: "C", rfm: "new", frequency: "new" },
      "new",
      "onboarding",
    ],
    [
      "frequency new alone, RFM lapsing → not new (one metric does not decide)",
      { value: "C", rfm: "hibernating", frequency: "new" },
      "regular",
      "standard_service",
    ],
    ["C + credit C (rule 6)", { value: "C", rfm: "promising", credit: "C" }, "watch_credit", "tighten_terms"],
    [
      "C + dormant (rule 7)",
      { value: "C", rfm: "hibernating", frequency: "dormant" },
      "dormant",
      "reactivate_or_drop",
    ],
    [
      "dormant but value B lapsing → win back first (rule 3)",
      { value: "B", rfm: "hibernating", frequency: "dormant" },
      "key_lapsing",
      "win_back",
    ],
    [
      "active detractor (rule 8)",
      { value: "C", rfm: "need_attention", frequency: "low", satisfaction: "detractor" },
      "at_risk_service",
      "service_recovery",
    ],
    [
      "detractor with no frequency data → not decided by NPS alone",
      { value: "C", satisfaction: "detractor" },
      "regular",
      "standard_service",
    ],
    [
      "credit A + frequent (rule 9)",
      { value: "C", rfm: "loyal", frequency: "high", credit: "A" },
      "trusted",
      "simplified_process",
    ],
    [
      "nothing special (rule 10)",
      { value: "C", rfm: "promising", frequency: "low", credit: "B" },
      "regular",
      "standard_service",
    ],
    ["no data at all (rule 10)", {}, "regular", "standard_service"],
  ];
  it.each(table)("%s", (_name, profile, cls, action) => {
    expect(classify(profile)).toEqual([cls, action]);
  });

  it.each([...RF10, ...CN8])("rfm %s with value A or B and good credit reaches a specific rule", (code) => {
    for (const value of ["A", "B"]) {
      const [cls] = classify({ value, rfm: code, credit: "A" });
      expect([value, code, cls]).not.toEqual([value, code, "regular"]);
    }
  });

  it("only credit decides alone: every other non-fallback rule tests two dimensions or more", () => {
    for (const rule of OVERALL_DEFAULTS.rules) {
      const keys = Object.keys(rule.when);
      if (keys.length === 0 || (keys.length === 1 && keys[0] === "credit")) continue;
      expect([rule.class, keys.length >= 2]).toEqual([rule.class, true]);
    }
    expect(Object.keys(OVERALL_DEFAULTS.rules.at(-1)?.when ?? { x: 1 })).toEqual([]);
  });

  it("every default class and action has a zh-CN and en-US label", () => {
    for (const rule of OVERALL_DEFAULTS.rules) {
      expect(OVERALL_LABELS[rule.class]?.["zh-CN"]).toBeTruthy();
      expect(OVERALL_LABELS[rule.class]?.["en-US"]).toBeTruthy();
      expect(ACTION_LABELS[rule.action]?.["zh-CN"]).toBeTruthy();
      expect(ACTION_LABELS[rule.action]?.["en-US"]).toBeTruthy();
    }
  });
});
