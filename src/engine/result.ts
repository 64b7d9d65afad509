/** The engine's result: the JSON shape of product.md ("The JSON result"), plus what the surfaces need. */
import type { Standard } from "./standard/types";
import type { Issue, Lang } from "./types";

export interface RfmScores {
  r: number;
  f: number;
  m: number;
}

/** Class keys in `classes`: the dimensions, plus the overall class and its action. */
export type ClassKey =
  | "rfm"
  | "value"
  | "frequency"
  | "repeat"
  | "bigTicket"
  | "industry"
  | "industryGroup"
  | "size"
  | "credit"
  | "satisfaction"
  | "csat"
  | "type"
  | "region"
  | "overall"
  | "action";

export interface CustomerResult {
  /** Normalised ID as text (`12923.0` → `12923`). */
  id: string;
  name: string | null;
  /** 0-based sheet row in the customer table; -1 when the customer was found only in transactions. */
  row: number;
  metrics: Record<string, number | null>;
  scores: RfmScores | null;
  classes: Partial<Record<ClassKey, string | null>>;
  /** Extra text outputs, e.g. suggested credit terms, the size basis. */
  extra: Record<string, string | null>;
}

export interface ClassCount {
  code: string;
  label: string;
  customers: number;
  /** Revenue (net, currency units) of the class's customers. */
  revenue: number;
  /** Share of all customers' revenue, 0..1. */
  revenueShare: number;
}

export interface MonthlySales {
  /** "YYYY-MM". */
  month: string;
  revenue: number;
  orders: number;
}

export interface Summary {
  customers: number;
  /** Customers with at least one purchase. */
  activeCustomers: number;
  revenue: number;
  transactions: number;
  /** Per dimension, the classes in the standard's order (classes with no customers left out). */
  byDimension: Partial<Record<ClassKey, ClassCount[]>>;
  /** Net Promoter Score per RFM segment and overall, −100..100; null when nobody answered. */
  npsBySegment: { code: string; label: string; nps: number | null; respondents: number }[];
  npsOverall: number | null;
  monthly: MonthlySales[];
}

export interface ClassificationResult {
  /** "YYYY-MM-DD". */
  asOf: string;
  standard: Standard;
  customers: CustomerResult[];
  issues: Issue[];
  summary: Summary;
  /** Which dimensions had data (a column for them is written only when true). */
  available: Record<string, boolean>;
  /** Every class of every dimension in the standard's order, with its label in the run's language. */
  catalogue: Partial<Record<ClassKey, { code: string; label: string }[]>>;
  lang: Lang;
}
