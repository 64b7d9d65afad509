/**
 * The thresholds the pane lets users edit, grouped as the standard is (value, RFM, frequency, credit,
 * satisfaction, size). Ranges, whole-number rules, choices and the long descriptions come from the
 * standard's schema (engine/standard/schema.ts), so the pane and validateStandard cannot disagree.
 */
import { STANDARD_SCHEMA, type ObjectSpec, type Spec } from "../../engine/standard/schema";
import { parsePath } from "../../engine/standard/path";

export type GroupId = "value" | "rfm" | "frequency" | "credit" | "satisfaction" | "size";

export type FieldPath =
  | "abc.a"
  | "abc.b"
  | "abc.basis"
  | "abc.bigTicket.aovQuantile"
  | "abc.bigTicket.maxOrders"
  | "rfm.model"
  | "rfm.bins"
  | "rfm.ties.recency"
  | "rfm.ties.frequency"
  | "rfm.ties.monetary"
  | "refunds"
  | "frequency.windowDays"
  | "frequency.highMinOrders"
  | "frequency.mediumMinOrders"
  | "frequency.newDays"
  | "frequency.dormantDays"
  | "repeat.minOrders"
  | "credit.graceDays"
  | "credit.defaultTermDays"
  | "satisfaction.promoterMin"
  | "satisfaction.passiveMin"
  | "satisfaction.csatTopBoxMin"
  | "size.standard"
  | "size.allowRevenueOnly";

/** Choice values shown in the pane (each has a label in strings). */
export type OptionValue =
  | "revenue"
  | "profit"
  | "cn8"
  | "rf10"
  | "custom"
  | "value"
  | "rank"
  | "net"
  | "exclude"
  | "nbs2017"
  | "eu_sme";

export const FIELD_GROUPS: readonly { id: GroupId; fields: readonly FieldPath[] }[] = [
  {
    id: "value",
    fields: ["abc.a", "abc.b", "abc.basis", "abc.bigTicket.aovQuantile", "abc.bigTicket.maxOrders"],
  },
  {
    id: "rfm",
    fields: [
      "rfm.model",
      "rfm.bins",
      "rfm.ties.recency",
      "rfm.ties.frequency",
      "rfm.ties.monetary",
      "refunds",
    ],
  },
  {
    id: "frequency",
    fields: [
      "frequency.windowDays",
      "frequency.highMinOrders",
      "frequency.mediumMinOrders",
      "frequency.newDays",
      "frequency.dormantDays",
      "repeat.minOrders",
    ],
  },
  { id: "credit", fields: ["credit.graceDays", "credit.defaultTermDays"] },
  {
    id: "satisfaction",
    fields: ["satisfaction.promoterMin", "satisfaction.passiveMin", "satisfaction.csatTopBoxMin"],
  },
  { id: "size", fields: ["size.standard", "size.allowRevenueOnly"] },
];

/** Bounds of a credit grade, in the order shown. */
export const GRADE_BOUNDS = [
  "minOnTimeRate",
  "maxWeightedDaysLate",
  "maxOldestOverdueDays",
  "maxOverdueShare",
] as const;
export type GradeBound = (typeof GRADE_BOUNDS)[number];

/** The schema entry of a path ("credit.grades[0].minOnTimeRate" goes through the table's item). */
export function specAt(path: string): Spec | undefined {
  const segs = parsePath(path);
  if (segs === null) return undefined;
  let spec: Spec | undefined = STANDARD_SCHEMA;
  for (const s of segs) {
    if (spec === undefined) return undefined;
    if (typeof s === "number") {
      spec = spec.kind === "table" ? spec.item : spec.kind === "model" ? spec.table.item : undefined;
    } else {
      const obj: ObjectSpec | undefined = spec.kind === "object" ? spec : undefined;
      spec =
        obj !== undefined && Object.prototype.hasOwnProperty.call(obj.fields, s) ? obj.fields[s] : undefined;
    }
  }
  return spec;
}

/** Step of a number input: whole numbers by 1, shares (0–1) by 0.01, other decimals by 0.1. */
export function stepOf(spec: Spec | undefined): number {
  if (spec?.kind !== "number") return 1;
  if (spec.integer === true) return 1;
  return spec.max === 1 ? 0.01 : 0.1;
}

/** The choices of an enum or model field, as the schema lists them (plus "custom" for a rule table). */
export function optionsOf(path: FieldPath, current: unknown): OptionValue[] {
  const spec = specAt(path);
  if (spec?.kind === "enum") return [...spec.values] as OptionValue[];
  if (spec?.kind === "model")
    return [...(spec.presets as OptionValue[]), ...(Array.isArray(current) ? (["custom"] as const) : [])];
  return [];
}
