import type { SatisfactionStandard } from "../../standard/types";
import type { CustomerTable, DimensionOutput } from "../../types";
import { csatClassOf, isCsatAnswer } from "./csat";
import { isNpsAnswer, npsClassOf } from "./nps";

/**
 * Why a given answer got no class: "out_of_range" — outside 0–10 (NPS) or 1–5 (CSAT). The caller turns
 * these into a data-quality issue with the cell; a missing answer (NaN) has no note.
 */
export const OUT_OF_RANGE = "out_of_range";

/**
 * Satisfaction dimension (满意度, key "satisfaction"): NPS class per customer from the latest 0–10 answer.
 * classes: promoter / passive / detractor, null when missing or out of range.
 * metrics: nps (the answer, NaN when missing or out of range).
 * extra: npsNote — "out_of_range" where an answer was given but is not 0–10.
 */
export function classifySatisfaction(customers: CustomerTable, std: SatisfactionStandard): DimensionOutput {
  const n = customers.ids.length;
  const classes = new Array<string | null>(n).fill(null);
  const note = new Array<string | null>(n).fill(null);
  const nps = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = customers.nps[i] as number;
    classes[i] = npsClassOf(v, std);
    nps[i] = isNpsAnswer(v) ? v : NaN;
    if (!Number.isNaN(v) && !isNpsAnswer(v)) note[i] = OUT_OF_RANGE;
  }
  return { classes, metrics: { nps }, extra: { npsNote: note } };
}

/**
 * CSAT dimension (key "csat"): top2 / not_top2 per customer from a 1–5 answer, null when missing or
 * out of range. metrics: csat. extra: csatNote ("out_of_range").
 */
export function classifyCsat(customers: CustomerTable, std: SatisfactionStandard): DimensionOutput {
  const n = customers.ids.length;
  const classes = new Array<string | null>(n).fill(null);
  const note = new Array<string | null>(n).fill(null);
  const csat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = customers.csat[i] as number;
    classes[i] = csatClassOf(v, std);
    csat[i] = isCsatAnswer(v) ? v : NaN;
    if (!Number.isNaN(v) && !isCsatAnswer(v)) note[i] = OUT_OF_RANGE;
  }
  return { classes, metrics: { csat }, extra: { csatNote: note } };
}
