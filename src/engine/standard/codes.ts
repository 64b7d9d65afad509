/**
 * The class codes each dimension can produce, for checking overall rules' conditions (a typo in a code
 * would otherwise make a rule silently never match). Region codes are open (a region not recognised is
 * kept as the user's text), so they are checked for format only.
 */
import { FREQUENCY_LABELS, REPEAT_LABELS } from "../dimensions/frequency/labels";
import { INDUSTRY_GROUP_LABELS, INDUSTRY_LABELS } from "../dimensions/industry/labels";
import { NO_CLASS } from "../dimensions/overall/defaults";
import { TYPE_LABELS } from "../dimensions/profile/labels";
import { CN8_LABELS, RF10_LABELS, UNCLASSIFIED_LABELS } from "../dimensions/rfm/labels";
import { CSAT_LABELS, SATISFACTION_LABELS } from "../dimensions/satisfaction/labels";
import { SIZE_LABELS } from "../dimensions/size/labels";
import { ABC_LABELS, BIG_TICKET_LABELS } from "../dimensions/value/labels";
import type { DimensionKey, Labels } from "./types";

export const DIMENSION_KEYS: readonly DimensionKey[] = [
  "frequency",
  "value",
  "rfm",
  "industry",
  "industryGroup",
  "size",
  "credit",
  "satisfaction",
  "csat",
  "type",
  "region",
  "repeat",
  "bigTicket",
];

// Each dimension's codes are the keys of its label map (every code a dimension produces has a label).
const keys = (labels: Record<string, Labels>): readonly string[] => Object.keys(labels);
const RFM_CODES = [...keys(RF10_LABELS), ...keys(CN8_LABELS), ...keys(UNCLASSIFIED_LABELS)];

/** Dimensions with a closed code set. region is open: unrecognised regions are the user's own text. */
const FIXED: Partial<Record<DimensionKey, readonly string[]>> = {
  frequency: keys(FREQUENCY_LABELS),
  value: keys(ABC_LABELS),
  industry: keys(INDUSTRY_LABELS),
  industryGroup: keys(INDUSTRY_GROUP_LABELS),
  size: keys(SIZE_LABELS),
  satisfaction: keys(SATISFACTION_LABELS),
  csat: keys(CSAT_LABELS),
  type: keys(TYPE_LABELS),
  repeat: keys(REPEAT_LABELS),
  bigTicket: keys(BIG_TICKET_LABELS),
};

/**
 * Codes a `when` list may name for `dim` under standard `s` (always including NO_CLASS), or null when
 * the dimension's codes are not fixed. rfm accepts both presets' codes whatever the model (a table can
 * serve either), "unclassified", and the segments of a custom rule table; credit accepts the grades.
 */
export function knownCodes(dim: DimensionKey, s: { rfm?: unknown; credit?: unknown }): Set<string> | null {
  const out = new Set<string>([NO_CLASS]);
  if (dim === "rfm") {
    for (const c of RFM_CODES) out.add(c);
    const model = (s.rfm as { model?: unknown } | undefined)?.model;
    if (Array.isArray(model))
      for (const r of model) addString(out, (r as { segment?: unknown } | null)?.segment);
    return out;
  }
  if (dim === "credit") {
    const grades = (s.credit as { grades?: unknown } | undefined)?.grades;
    if (Array.isArray(grades))
      for (const g of grades) addString(out, (g as { grade?: unknown } | null)?.grade);
    return out;
  }
  const fixed = FIXED[dim];
  if (fixed === undefined) return null;
  for (const c of fixed) out.add(c);
  return out;
}

function addString(set: Set<string>, v: unknown): void {
  if (typeof v === "string") set.add(v);
}
