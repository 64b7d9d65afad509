/**
 * Test helper: TransactionColumns and CustomerTable built by hand from a few lines, so credit tests
 * state their inputs in currency units and civil days. Not used by production code.
 */
import { MONEY_SCALE, type CustomerTable, type TransactionColumns } from "../../types";
import { ordersOf } from "../testing/fixtures";

export interface Line {
  /** Customer index. */
  c: number;
  day: number;
  /** Currency units. */
  amount: number;
  due?: number;
  /** Paid day; omitted = unpaid (NaN) when the column exists. */
  paid?: number;
  /** Currency units; omitted = NaN when the column exists. */
  paidAmount?: number;
  order?: number;
}

export interface Columns {
  due?: boolean;
  paid?: boolean;
  paidAmount?: boolean;
  order?: boolean;
}

/** A column exists when `cols` says so, or (cols not given) when any line has the field. */
export function txOf(lines: readonly Line[], cols?: Columns): TransactionColumns {
  const has = (k: keyof Columns, f: keyof Line): boolean =>
    cols?.[k] ?? lines.some((l) => l[f] !== undefined);
  const n = lines.length;
  const col = (f: (l: Line) => number | undefined): number[] => lines.map((l) => f(l) ?? NaN);
  return {
    n,
    customer: lines.map((l) => l.c),
    day: col((l) => l.day),
    amount: col((l) => Math.round(l.amount * MONEY_SCALE)),
    order: has("order", "order") ? lines.map((l) => l.order ?? -1) : null,
    orders: has("order", "order") ? ordersOf(lines.map((l) => l.order ?? -1)) : 0,
    profit: null,
    dueDay: has("due", "due") ? col((l) => l.due) : null,
    paidDay: has("paid", "paid") ? col((l) => l.paid) : null,
    paidAmount: has("paidAmount", "paidAmount")
      ? col((l) => (l.paidAmount === undefined ? undefined : Math.round(l.paidAmount * MONEY_SCALE)))
      : null,
    product: null,
    products: [],
    row: null,
    firstRow: 1,
    sheet: "tx",
  };
}

/** Customers "0".."n-1" with optional credit limits (currency units). */
export function customersOf(n: number, creditLimit: readonly number[] = []): CustomerTable {
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const nulls = (): (string | null)[] => new Array<string | null>(n).fill(null);
  const nan = (): Float64Array => new Float64Array(n).fill(NaN);
  return {
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    name: nulls(),
    type: nulls(),
    industryText: nulls(),
    region: nulls(),
    notes: nulls(),
    employees: nan(),
    revenue: nan(),
    assets: nan(),
    nps: nan(),
    csat: nan(),
    creditLimit: Float64Array.from({ length: n }, (_, i) => creditLimit[i] ?? NaN),
    row: Int32Array.from({ length: n }, (_, i) => i + 1),
    sheet: "customers",
  };
}
