/**
 * A customer table of one customer, so single-value functions (SIZE) run the engine's own dimension
 * code — industry recognition, NBS row choice, size rules — on exactly one row.
 * Better placed in the engine as a one-row entry point per dimension (e.g. sizeOf(industryText,
 * employees, revenueYuan, assetsYuan, std)); it lives here until then.
 */
import type { CustomerTable } from "../../engine/types";

export interface OneCustomer {
  industryText?: string | null;
  employees?: number;
  /** 元. */
  revenue?: number;
  /** 元. */
  assets?: number;
}

export function oneCustomerTable(c: OneCustomer): CustomerTable {
  const num = (x: number | undefined): Float64Array => Float64Array.of(x ?? NaN);
  return {
    ids: ["1"],
    index: new Map([["1", 0]]),
    name: [null],
    type: [null],
    industryText: [c.industryText ?? null],
    region: [null],
    notes: [null],
    employees: num(c.employees),
    revenue: num(c.revenue),
    assets: num(c.assets),
    nps: num(undefined),
    csat: num(undefined),
    creditLimit: num(undefined),
    row: Int32Array.of(0),
    sheet: "",
  };
}
