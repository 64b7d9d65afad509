import type { DimensionKey, OverallRule } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import { NO_CLASS } from "./defaults";

/** Each dimension's class per customer (index = customer index); a missing key reads as all null. */
export type DimensionClasses = Partial<Record<DimensionKey, readonly (string | null)[]>>;

interface Condition {
  classes: readonly (string | null)[] | undefined;
  allowed: ReadonlySet<string>;
}

/**
 * Overall class and recommended action per customer: the first rule whose every condition holds wins
 * (a condition holds when the customer's class in that dimension is one of the listed codes; a null class
 * — or a dimension not computed — is the code NO_CLASS "none"); a rule with `when: {}` matches everyone.
 * No match → class and action null (a table without a fallback; validateStandard reports that).
 *
 * Output: classes = overall class; extra.action = recommended action; metrics.rule = the 1-based number
 * of the rule that matched (NaN when none), so a user can see why.
 */
export function classifyOverall(
  classes: DimensionClasses,
  rules: readonly OverallRule[],
  n: number,
): DimensionOutput {
  const compiled: Condition[][] = rules.map((rule) =>
    Object.entries(rule.when).map(([key, codes]) => ({
      classes: classes[key as DimensionKey],
      allowed: new Set(codes),
    })),
  );
  const overall = new Array<string | null>(n).fill(null);
  const action = new Array<string | null>(n).fill(null);
  const ruleNo = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < compiled.length; r++) {
      if (!matches(compiled[r] as Condition[], i)) continue;
      const rule = rules[r] as OverallRule;
      overall[i] = rule.class;
      action[i] = rule.action;
      ruleNo[i] = r + 1;
      break;
    }
  }
  return { classes: overall, metrics: { rule: ruleNo }, extra: { action } };
}

function matches(conditions: readonly Condition[], i: number): boolean {
  for (const c of conditions) {
    const code = c.classes?.[i] ?? NO_CLASS;
    if (!c.allowed.has(code)) return false;
  }
  return true;
}
