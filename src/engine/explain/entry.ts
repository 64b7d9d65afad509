import type {
  ConditionCheck,
  DimensionExplanation,
  ExplainDimension,
  ExplainFact,
  ExplainThreshold,
} from "./types";

/**
 * One explanation entry. Every entry is built here with the same fields in the same order (absent ones
 * undefined, which JSON leaves out): one object shape keeps explaining 100k customers fast, where object
 * spreads and optional keys made V8 fall back to slow dictionary objects.
 */
export function entry(
  dimension: ExplainDimension,
  code: string | null,
  label: string,
  text: string,
  facts: ExplainFact[] = [],
  thresholds: ExplainThreshold[] = [],
  ruleIndex?: number,
  conditions?: ConditionCheck[],
): DimensionExplanation {
  return { dimension, code, label, text, facts, thresholds, ruleIndex, conditions };
}

/** A threshold, always with the same fields. */
export function threshold(
  name: string,
  value: number,
  unit: ExplainThreshold["unit"],
  relation?: ExplainThreshold["relation"],
  met?: boolean,
): ExplainThreshold {
  return { name, value, unit, relation, met };
}
