/** "Why this class": per-customer explanations in the user's language, from the classification itself. */
export { explainCustomer, explainAll, explanationText, EXPLAIN_DIMENSIONS } from "./explain";
export { contextOf, type ExplainContext, type ExplainDetails } from "./context";
export type {
  CompactExplanation,
  ConditionCheck,
  DimensionExplanation,
  ExplainDimension,
  ExplainFact,
  ExplainThreshold,
  ExplainUnit,
  Explanation,
  Relation,
} from "./types";
