/**
 * Test helper for the attribute dimensions (industry, size, satisfaction, profile): a CustomerTable built
 * from a few records, missing fields NaN/null as the reader leaves them. Not used by production code.
 */
import type { CustomerTable } from "../../types";

export interface CustomerRecord {
  type?: string | null;
  industry?: string | null;
  region?: string | null;
  employees?: number;
  /** 元. */
  revenue?: number;
  /** 元. */
  assets?: number;
  nps?: number;
  csat?: number;
}

/** Customers "0".."n-1" from records. */
export function customersWith(records: readonly CustomerRecord[]): CustomerTable {
  const n = records.length;
  const ids = records.map((_, i) => String(i));
  const text = (f: (r: CustomerRecord) => string | null | undefined): (string | null)[] =>
    records.map((r) => f(r) ?? null);
  const num = (f: (r: CustomerRecord) => number | undefined): Float64Array =>
    Float64Array.from(records, (r) => f(r) ?? NaN);
  return {
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    name: new Array<string | null>(n).fill(null),
    type: text((r) => r.type),
    industryText: text((r) => r.industry),
    region: text((r) => r.region),
    notes: new Array<string | null>(n).fill(null),
    employees: num((r) => r.employees),
    revenue: num((r) => r.revenue),
    assets: num((r) => r.assets),
    nps: num((r) => r.nps),
    csat: num((r) => r.csat),
    creditLimit: new Float64Array(n).fill(NaN),
    row: Int32Array.from({ length: n }, (_, i) => i + 1),
    sheet: "customers",
  };
}
