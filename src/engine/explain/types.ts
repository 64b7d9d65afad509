/**
 * "Why this class": one explanation per dimension of one customer, as a sentence in the user's language
 * and as structured data (the metrics, the thresholds or rule that decided, the rule's number), so the
 * task pane, the CLI JSON and CUSTCLASS.EXPLAIN show the same words and a UI can render its own.
 */
import type { Lang } from "../types";

/** The entries of an explanation, in display order (the R, F and M scores each get their own). */
export type ExplainDimension =
  | "overall"
  | "rfm"
  | "r"
  | "f"
  | "m"
  | "value"
  | "bigTicket"
  | "frequency"
  | "repeat"
  | "credit"
  | "industry"
  | "size"
  | "satisfaction"
  | "csat";

/** How to read a number: the formats the sentences use. */
export type ExplainUnit =
  "days" | "count" | "money" | "share" | "score" | "rank" | "persons" | "wan_yuan" | "eur" | "text" | "none";

/** A metric of the customer that the class was decided on. */
export interface ExplainFact {
  name: string;
  value: number | string | null;
  unit: ExplainUnit;
}

/** How the customer's value stands against a threshold: `value <relation> threshold`. */
export type Relation = "<" | "≤" | ">" | "≥" | "=" | "≠";

/** A threshold (cut-off, bound, mean) the classification used, and how the customer's value relates. */
export interface ExplainThreshold {
  /** What the threshold is, e.g. "p20", "a", "meanRecency", "B.minOnTimeRate", "promoterMin". */
  name: string;
  value: number;
  unit: ExplainUnit;
  /** The customer's value compared with it (value <relation> threshold), when it applies. */
  relation?: Relation;
  /** Whether the condition the threshold sets holds for the customer. */
  met?: boolean;
}

/** One condition of an overall rule, checked for the customer. */
export interface ConditionCheck {
  /** 1-based rule number. */
  rule: number;
  dimension: string;
  /** The customer's code in that dimension ("none" when no class). */
  code: string;
  /** The rule's own list (shared, not copied). */
  allowed: readonly string[];
  met: boolean;
}

export interface DimensionExplanation {
  dimension: ExplainDimension;
  /** The class code (a score as text for r/f/m), null when the customer has none in this dimension. */
  code: string | null;
  /** The class's label in the explanation's language ("" when no class). */
  label: string;
  /** One sentence, in the explanation's language. */
  text: string;
  facts: ExplainFact[];
  thresholds: ExplainThreshold[];
  /** 1-based number of the rule, grade, band or step that decided (see each dimension's file). */
  ruleIndex?: number;
  /** Overall: every condition of the matched rule, and the first failing one of each earlier rule. */
  conditions?: ConditionCheck[];
}

export interface Explanation {
  /** Customer index in the result. */
  index: number;
  id: string;
  name: string | null;
  lang: Lang;
  entries: DimensionExplanation[];
}

/** explainAll's compact form: one sentence per dimension (the JSON result's `customers[i].explain`). */
export type CompactExplanation = Partial<Record<ExplainDimension, string>>;
