/**
 * Why the overall class and action (overall/evaluate.ts): the ordered rule table of the standard, first
 * match wins; a condition holds when the customer's class in that dimension is one of the listed codes
 * (no class reads as "none"); `when: {}` matches everyone. The sentence quotes the matched rule's
 * conditions with the customer's codes; `conditions` also gives, for every earlier rule, the first
 * condition that failed. ruleIndex = the matched rule's 1-based number (the result's overallRule).
 */
import { NO_CLASS } from "../dimensions/overall/defaults";
import { label, type LabelDimension } from "../standard/labels";
import type { OverallRule } from "../standard/types";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { codeList } from "./format";
import { fill, type Templates } from "./template";
import { entry } from "./entry";
import type { ConditionCheck, DimensionExplanation } from "./types";
import { dimensionName } from "./words";

type Key = "matched" | "fallback" | "condition" | "and" | "none" | "noClass";

export const OVERALL_TEMPLATES: Templates<Key> = {
  "en-US": {
    matched: "Rule {k} of {n}: {conditions} → {class} / {action}",
    fallback: "Rule {k} of {n} (no condition: everyone the rules before did not take) → {class} / {action}",
    condition: "{dimension} {code} ∈ {{allowed}}",
    and: " and ",
    none: "No rule of the overall table matches: no overall class",
    noClass: "(none)",
  },
  "zh-CN": {
    matched: "第 {k} 条规则（共 {n} 条）：{conditions} → {class} / {action}",
    fallback: "第 {k} 条规则（共 {n} 条，无条件：前面规则未覆盖的客户）→ {class} / {action}",
    condition: "{dimension} {code} ∈ {{allowed}}",
    and: " 且 ",
    none: "综合分类规则均不符合，无综合分类",
    noClass: "（无）",
  },
};

/** A rule's conditions as [dimension, allowed codes] pairs, computed once per rule table. */
const CONDITIONS = new WeakMap<readonly OverallRule[], (readonly [string, readonly string[]])[][]>();

function conditionsOf(rules: readonly OverallRule[]): (readonly [string, readonly string[]])[][] {
  let c = CONDITIONS.get(rules);
  if (c === undefined) {
    c = rules.map((r) => Object.entries<string[]>(r.when));
    CONDITIONS.set(rules, c);
  }
  return c;
}

function check(
  classes: Readonly<Partial<Record<string, string | null>>>,
  rule: number,
  dimension: string,
  allowed: readonly string[],
): ConditionCheck {
  const code = classes[dimension] ?? NO_CLASS;
  return { rule, dimension, code, allowed, met: allowed.includes(code) };
}

/**
 * A code as the sentence shows it: letters (value A, credit B, industry F) as they are — short and what
 * the columns show first; other codes ("loyal", "dormant") by their label in the reader's language.
 */
function codeText(dimension: string, code: string, lang: Lang, ctx: ExplainContext): string {
  if (code === NO_CLASS) return OVERALL_TEMPLATES[lang].noClass;
  if (/^[A-Z]{1,3}$/.test(code)) return code;
  const text = label(dimension as LabelDimension, code, lang, ctx.standard);
  return text === "" ? code : text;
}

export function explainOverall(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const T = OVERALL_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  if (c === undefined) return null;
  const rules: readonly OverallRule[] = ctx.standard.overall.rules;
  const compiled = conditionsOf(rules);
  const k = c.metrics.overallRule ?? null;
  const code = c.classes.overall ?? null;
  const conditions: ConditionCheck[] = [];
  const last = k === null ? rules.length : k - 1;
  // Earlier rules: the first condition that failed (what kept the customer out of them).
  for (let r = 0; r < last; r++) {
    for (const [dim, allowed] of compiled[r] ?? []) {
      const ch = check(c.classes, r + 1, dim, allowed);
      if (!ch.met) {
        conditions.push(ch);
        break;
      }
    }
  }
  if (k === null || code === null) return entry("overall", null, "", T.none, [], [], undefined, conditions);
  const matched = (compiled[k - 1] ?? []).map(([dim, allowed]) => check(c.classes, k, dim, allowed));
  conditions.push(...matched);
  const lbl = label("overall", code, lang, ctx.standard);
  const action = c.classes.action ?? null;
  const params = {
    k,
    n: rules.length,
    class: lbl,
    action: action === null ? "" : label("action", action, lang, ctx.standard),
    conditions: matched
      .map((m) =>
        fill(T.condition, {
          dimension: dimensionName(m.dimension, lang),
          code: codeText(m.dimension, m.code, lang, ctx),
          allowed: codeList(m.allowed.map((a) => codeText(m.dimension, a, lang, ctx))),
        }),
      )
      .join(T.and),
  };
  return entry(
    "overall",
    code,
    lbl,
    fill(matched.length === 0 ? T.fallback : T.matched, params),
    [
      { name: "rule", value: k, unit: "count" },
      { name: "action", value: action, unit: "text" },
    ],
    [],
    k,
    conditions,
  );
}
