/**
 * Core data shapes of the engine. The engine is pure: plain data in, plain data out.
 * Columnar arrays keep 1M-transaction runs fast and small; NaN marks a missing number.
 */

/** One worksheet cell as Office.js `range.values` gives it: errors arrive as strings like "#N/A". */
export type Cell = string | number | boolean | null;

export type Lang = "zh-CN" | "en-US";
export type Severity = "error" | "warning" | "info";

/** A block of cells read from a sheet; `top`/`left` are the 0-based sheet coordinates of rows[0][0]. */
export interface RawTable {
  sheet: string;
  top: number;
  left: number;
  rows: readonly (readonly Cell[])[];
}

/** A data problem, grouped: one issue per kind (and column), with the first cells and a count. */
export interface Issue {
  severity: Severity;
  code: string;
  sheet: string;
  /** First cell in A1 notation, e.g. "B44" (no sheet prefix). Empty when the issue is not about a cell. */
  cell: string;
  /** Up to 100 cells, first one first. */
  cells: string[];
  count: number;
  /** In the run's language. */
  message: string;
  /** Values the message quotes, so a UI can re-localise it. */
  params?: Record<string, string | number>;
}

/** Civil day number: whole days since 1970-01-01 (no time zone). */
export type Day = number;

/** Money is held as integers of 1/10,000 of the currency unit so that sums are exact. */
export const MONEY_SCALE = 10_000;

/** Customer master data, columnar. Index i is the customer's index everywhere in the engine. */
export interface CustomerTable {
  /** Normalised IDs (text, trimmed, `12923.0` → `12923`). */
  ids: string[];
  index: Map<string, number>;
  name: (string | null)[];
  type: (string | null)[];
  industryText: (string | null)[];
  region: (string | null)[];
  notes: (string | null)[];
  /** NaN = not given. */
  employees: Float64Array;
  /** Annual revenue in 元 (the header's unit already applied). */
  revenue: Float64Array;
  /** Total assets in 元. */
  assets: Float64Array;
  /** Latest NPS answer 0–10. */
  nps: Float64Array;
  /** CSAT 1–5. */
  csat: Float64Array;
  /** Credit limit in 元. */
  creditLimit: Float64Array;
  /** 0-based sheet row of the customer in the customer table; -1 when found only in transactions. */
  row: Int32Array;
  /** Sheet of the customer table ("" when there is none). */
  sheet: string;
}

/** Transactions, columnar; rows left out (blank, total, invalid, after as-of) are not here. */
export interface TransactionColumns {
  n: number;
  /** Index into CustomerTable. */
  customer: number[];
  day: number[];
  /** Net amount of the line in MONEY_SCALE units (integer-valued); negative for refunds. */
  amount: number[];
  /** Order/invoice index (distinct orders), or null when no order column is mapped. */
  order: number[] | null;
  /** Order indices run 0 … orders − 1 (the reader numbers them densely); 0 without an order column. Lines
   *  may also carry −1 (no order number: an order of its own). Steps size their per-order tables by it. */
  orders: number;
  /** Gross profit in MONEY_SCALE units (from a profit column or amount − cost); null when not given. */
  profit: number[] | null;
  /** Due date (civil day) per line; NaN where missing. null when no column. */
  dueDay: number[] | null;
  /** Date paid; NaN = unpaid. null when no column. */
  paidDay: number[] | null;
  /** Amount paid in MONEY_SCALE units; NaN where missing. null when no column. */
  paidAmount: number[] | null;
  /** Product index into `products`, -1 where missing; null when no column. */
  product: number[] | null;
  products: string[];
  /**
   * 0-based sheet row of each line, for cell addresses (read/lineRow.ts); null when the lines are the
   * consecutive sheet rows from `firstRow` — the usual export, nothing skipped — saving a column.
   */
  row: number[] | null;
  /** 0-based sheet row of the first line (of every line i: firstRow + i, when `row` is null). */
  firstRow: number;
  sheet: string;
}

/** What every dimension gets. */
export interface EngineInput {
  customers: CustomerTable;
  tx: TransactionColumns;
  /** Metrics are computed as of this day (exclusive of later lines, which the reader already dropped). */
  asOf: Day;
}

/** What every dimension returns, one entry per customer (index = customer index). */
export interface DimensionOutput {
  /** Class code per customer, null where the dimension has no data for that customer. */
  classes: (string | null)[];
  /** Named metrics; NaN where not applicable. Money metrics are in currency units (not scaled). */
  metrics: Record<string, Float64Array>;
  /** Extra per-customer text outputs (e.g. suggested credit terms, big-ticket flag). */
  extra?: Record<string, (string | null)[]>;
}
