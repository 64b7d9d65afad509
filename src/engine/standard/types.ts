/**
 * The classification standard (客户分类标准): one versioned, JSON-serialisable object.
 * Every section has defaults (standard/defaults.ts); a user's JSON may be partial and is merged onto them.
 * Keys named in product.md (rfm.model, rfm.ties.*, refunds, abc.a, abc.b, abc.basis) keep their meaning.
 */
import type { Lang } from "../types";

export const STANDARD_SCHEMA_VERSION = 1;

/** A label in both languages. */
export type Labels = Record<Lang, string>;

export type TiePolicy = "value" | "rank";
export type RefundsPolicy = "net" | "exclude";

export interface FrequencyStandard {
  /** Orders are counted in the last `windowDays` days before the as-of date. */
  windowDays: number;
  /** Orders in the window for "high" (≥) and "medium" (≥); fewer is "low". */
  highMinOrders: number;
  mediumMinOrders: number;
  /** First purchase less than `newDays` before as-of → "new" (checked after dormant). */
  newDays: number;
  /** Recency above `dormantDays` → "dormant" (checked first). */
  dormantDays: number;
}

export interface AbcStandard {
  /** Cumulative-share cut-offs: A while the share before the customer is < a, B while < b, else C. */
  a: number;
  b: number;
  basis: "revenue" | "profit";
  /** "Big ticket, low frequency": average order value at or above this quantile of all customers' AOV
   *  and at most `maxOrders` orders. */
  bigTicket: { aovQuantile: number; maxOrders: number };
}

/** One row of a user RFM rule table: inclusive score ranges; first match wins. */
export interface RfmRule {
  segment: string;
  r?: [number, number];
  f?: [number, number];
  m?: [number, number];
  label?: Labels;
}

export interface RfmStandard {
  model: "cn8" | "rf10" | RfmRule[];
  /** Number of score bins (quantiles); product.md's convention is 5. */
  bins: number;
  ties: { recency: TiePolicy; frequency: TiePolicy; monetary: TiePolicy };
}

export interface IndustryStandard {
  /** Extra free-text → GB/T 4754 section letter mappings, checked before the built-in dictionary. */
  aliases: Record<string, string>;
}

export interface SizeStandard {
  /** `nbs2017`: 统计上大中小微型企业划分办法(2017); `eu_sme`: EU Recommendation 2003/361/EC. */
  standard: "nbs2017" | "eu_sme";
  /** Allow the revenue-only approximation (flagged) when employees/assets are missing. */
  allowRevenueOnly: boolean;
  /** CNY per EUR, to apply the EU SME ceilings (in euros) to amounts in 元. */
  eurToCny: number;
}

export interface CreditGradeRule {
  grade: string;
  /** All given bounds must hold for the grade; grades are tried best first, the last is the fallback. */
  minOnTimeRate?: number;
  maxWeightedDaysLate?: number;
  maxOldestOverdueDays?: number;
  /** Overdue amount / total invoiced amount. */
  maxOverdueShare?: number;
  /** Suggested payment terms, e.g. "net60", "net30", "cod", "prepay". */
  terms: string;
}

export interface CreditStandard {
  /** Days after the due date still counted as on time. */
  graceDays: number;
  /** Default due date = invoice date + this many days when a line has no due date. */
  defaultTermDays: number;
  /**
   * Judged invoices (on time or late) a grade needs: with fewer, a customer is left ungraded unless an
   * invoice is overdue beyond the last-but-one grade's oldest-overdue bound (a debt that old is evidence
   * enough). One late invoice is not "经常延迟付款".
   */
  minJudged: number;
  grades: CreditGradeRule[];
}

export interface SatisfactionStandard {
  /** NPS 0–10: ≥ promoterMin promoter, ≥ passiveMin passive, else detractor (9 / 7 by the NPS definition). */
  promoterMin: number;
  passiveMin: number;
  /** CSAT 1–5: ≥ this counts in the top-2 box. */
  csatTopBoxMin: number;
}

export interface RepeatStandard {
  /** Orders needed to count as a repeat customer (2+). */
  minOrders: number;
}

/** Dimension keys an overall rule can test, and that appear in results' `classes`. */
export type DimensionKey =
  | "frequency"
  | "value"
  | "rfm"
  | "industry"
  | "industryGroup"
  | "size"
  | "credit"
  | "satisfaction"
  | "csat"
  | "type"
  | "region"
  | "repeat"
  | "bigTicket";

export interface OverallRule {
  /** Overall class code (snake_case). */
  class: string;
  /** Recommended action code (snake_case). */
  action: string;
  /** Every listed dimension must have one of the listed codes; `{}` matches everything (the fallback).
   *  The code `none` matches a customer with no class in that dimension (or a dimension without data). */
  when: Partial<Record<DimensionKey, string[]>>;
  label?: Labels;
  actionLabel?: Labels;
}

export interface OverallStandard {
  /** Ordered; first match wins. */
  rules: OverallRule[];
}

export interface Standard {
  version: number;
  name: string;
  refunds: RefundsPolicy;
  frequency: FrequencyStandard;
  abc: AbcStandard;
  rfm: RfmStandard;
  industry: IndustryStandard;
  size: SizeStandard;
  credit: CreditStandard;
  satisfaction: SatisfactionStandard;
  repeat: RepeatStandard;
  overall: OverallStandard;
}

/** A partial standard as users write it (any depth may be left out). */
export type DeepPartial<T> = T extends (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type StandardInput = DeepPartial<Standard>;
