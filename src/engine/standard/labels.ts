/**
 * Localised labels of class codes, composed from the dimensions' label maps. A standard can bring its
 * own labels (custom RFM rules, overall rules); they win over the built-in ones. An unknown code is its
 * own label (user-defined grades, regions kept as the user's text).
 */
import { CREDIT_LABELS, termsLabel, TERMS_LABELS } from "../dimensions/credit/labels";
import { FREQUENCY_LABELS, REPEAT_LABELS } from "../dimensions/frequency/labels";
import { INDUSTRY_GROUP_LABELS, INDUSTRY_LABELS } from "../dimensions/industry/labels";
import { ACTION_LABELS, OVERALL_LABELS } from "../dimensions/overall/labels";
import { REGION_LABELS, TYPE_LABELS } from "../dimensions/profile/labels";
import { CN8_LABELS, RF10_LABELS, rfmLabels, UNCLASSIFIED_LABELS } from "../dimensions/rfm/labels";
import { CSAT_LABELS, SATISFACTION_LABELS } from "../dimensions/satisfaction/labels";
import { SIZE_LABELS } from "../dimensions/size/labels";
import { ABC_LABELS, BIG_TICKET_LABELS } from "../dimensions/value/labels";
import type { Lang } from "../types";
import type { DimensionKey, Labels, Standard } from "./types";

/** Dimensions plus the outputs that are not dimensions: the overall class, its action, credit terms. */
export type LabelDimension = DimensionKey | "overall" | "action" | "terms";

const BUILT_IN: Partial<Record<LabelDimension, Record<string, Labels>>> = {
  frequency: FREQUENCY_LABELS,
  repeat: REPEAT_LABELS,
  value: ABC_LABELS,
  bigTicket: BIG_TICKET_LABELS,
  rfm: { ...RF10_LABELS, ...CN8_LABELS, ...UNCLASSIFIED_LABELS },
  industry: INDUSTRY_LABELS,
  industryGroup: INDUSTRY_GROUP_LABELS,
  size: SIZE_LABELS,
  satisfaction: SATISFACTION_LABELS,
  csat: CSAT_LABELS,
  type: TYPE_LABELS,
  region: REGION_LABELS,
  credit: CREDIT_LABELS,
  terms: TERMS_LABELS,
  overall: OVERALL_LABELS,
  action: ACTION_LABELS,
};

/** The standard's own label for a code, if it brings one. */
function ownLabel(
  dimension: LabelDimension,
  code: string,
  standard: Standard | undefined,
): Labels | undefined {
  if (standard === undefined) return undefined;
  if (dimension === "rfm" && Array.isArray(standard.rfm.model)) {
    return standard.rfm.model.find((r) => r.segment === code && r.label !== undefined)?.label;
  }
  if (dimension === "overall")
    return standard.overall.rules.find((r) => r.class === code && r.label !== undefined)?.label;
  if (dimension === "action") {
    return standard.overall.rules.find((r) => r.action === code && r.actionLabel !== undefined)?.actionLabel;
  }
  return undefined;
}

/** Label of `code` in `dimension`; "" for null (no data — the caller decides how to show that). */
export function label(
  dimension: LabelDimension,
  code: string | null,
  lang: Lang,
  standard?: Standard,
): string {
  if (code === null) return "";
  const own = ownLabel(dimension, code, standard);
  if (own !== undefined) return own[lang];
  if (dimension === "terms") return termsLabel(code, lang);
  return BUILT_IN[dimension]?.[code]?.[lang] ?? code;
}

/**
 * Every code of a dimension with its labels (for legends and colour keys). With a standard, the codes of
 * rfm, credit, overall and action are the standard's own (its model, grades and rules), in its order.
 */
export function labelsOf(dimension: LabelDimension, standard?: Standard): Record<string, Labels> {
  if (standard === undefined) return { ...(BUILT_IN[dimension] ?? {}) };
  const codes =
    dimension === "rfm"
      ? null
      : dimension === "credit"
        ? standard.credit.grades.map((g) => g.grade)
        : dimension === "overall"
          ? standard.overall.rules.map((r) => r.class)
          : dimension === "action"
            ? standard.overall.rules.map((r) => r.action)
            : undefined;
  if (codes === null) return rfmLabels(standard.rfm.model);
  if (codes === undefined) return { ...(BUILT_IN[dimension] ?? {}) };
  const out: Record<string, Labels> = {};
  for (const code of codes) {
    out[code] ??= ownLabel(dimension, code, standard) ??
      BUILT_IN[dimension]?.[code] ?? { "zh-CN": code, "en-US": code };
  }
  return out;
}
