import type { OverallStandard } from "../../standard/types";

/**
 * The code a `when` list uses to match a customer whose class in that dimension is null (no data), or
 * a dimension that was not computed at all. E.g. credit ["A", "B", "none"]: good credit or no payment data.
 */
export const NO_CLASS = "none";

/**
 * RFM segments of customers who still buy (recent enough), for both preset models (product.md):
 * rf10 champions, loyal, potential_loyalist, promising, new, need_attention (R ≥ 3);
 * cn8 important_value (111), important_develop (101), general_value (110), general_develop (100) (R high).
 */
export const ACTIVE_RFM = [
  "champions",
  "loyal",
  "potential_loyalist",
  "promising",
  "new",
  "need_attention",
  "important_value",
  "important_develop",
  "general_value",
  "general_develop",
];

/**
 * RFM segments of customers who are slipping away: rf10 at_risk, cant_lose, about_to_sleep, hibernating
 * (R ≤ 3 with F ≤ 2, or R ≤ 2); cn8 important_keep (011), important_retain (001), general_keep (010),
 * general_retain (000) (R low). ACTIVE_RFM ∪ LAPSING_RFM covers every code of both models, disjointly.
 */
export const LAPSING_RFM = [
  "at_risk",
  "cant_lose",
  "about_to_sleep",
  "hibernating",
  "important_keep",
  "important_retain",
  "general_keep",
  "general_retain",
];

/**
 * Default overall rule table (综合分类), first match wins.
 *
 * Grounded in the seed (000_d15938d216876bad.txt, Q3): high-value big customers get personalised service
 * to keep their loyalty; potential mid customers get active promotion; good credit → a simpler process;
 * high credit risk → stricter payment conditions; and product.md's examples (important but lapsing →
 * win-back). The seed warns against relying on one indicator (§2 "避免过度依赖单一指标"), so every rule
 * but the credit ones tests at least two dimensions (value × RFM, frequency × RFM, frequency × value,
 * satisfaction × frequency, credit × frequency). Credit decides alone because the credit grade already
 * combines four payment metrics and a high risk overrides everything else ("stricter payment conditions"
 * first, whatever the value).
 */
export const OVERALL_DEFAULTS: OverallStandard = {
  rules: [
    // 1. High credit risk: stricter payment conditions before anything else.
    { class: "credit_risk", action: "prepayment_strict_terms", when: { credit: ["D"] } },
    // 2. High value, still buying, credit fine (or unknown): personalised VIP care to keep loyalty.
    {
      class: "vip",
      action: "vip_care",
      when: { value: ["A"], credit: ["A", "B", NO_CLASS], rfm: ACTIVE_RFM },
    },
    // 3. Important (A/B) but lapsing: win back before they are lost.
    { class: "key_lapsing", action: "win_back", when: { value: ["A", "B"], rfm: LAPSING_RFM } },
    // 4. Mid value, still buying, credit fine: active promotion to raise their purchases.
    {
      class: "growth",
      action: "promotion",
      when: { value: ["B"], credit: ["A", "B", NO_CLASS], rfm: ACTIVE_RFM },
    },
    // 5. New (first purchase recent) and recent in RFM terms too: onboarding.
    { class: "new", action: "onboarding", when: { frequency: ["new"], rfm: ACTIVE_RFM } },
    // 6. Credit on watch: tighten terms.
    { class: "watch_credit", action: "tighten_terms", when: { credit: ["C"] } },
    // 7. Dormant and low value: a cheap reactivation attempt, or stop spending on them.
    {
      class: "dormant",
      action: "reactivate_or_drop",
      when: { frequency: ["dormant"], value: ["C", NO_CLASS] },
    },
    // 8. Unhappy (NPS detractor) but still active: service recovery.
    {
      class: "at_risk_service",
      action: "service_recovery",
      when: { satisfaction: ["detractor"], frequency: ["high", "medium", "low", "new"] },
    },
    // 9. Excellent credit and buying often: simplify the process (seed: 信用良好 → 简化交易流程).
    {
      class: "trusted",
      action: "simplified_process",
      when: { credit: ["A"], frequency: ["high", "medium"] },
    },
    // 10. Everyone else.
    { class: "regular", action: "standard_service", when: {} },
  ],
};
