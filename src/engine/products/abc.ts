/**
 * Product ABC (issue 8, "sales by product"), by the customer ABC convention of product.md: products
 * sorted by value (revenue or gross profit) descending, ties by product code ascending (numeric-aware,
 * stats/ids.ts); A while the cumulative share of value BEFORE the product is < a, B while < b, else C;
 * a value ≤ 0 is always C. Shares are of the total positive value, so over the products with a positive
 * value they sum to exactly 100 % in integers (Σ positive values = total, MONEY_SCALE units).
 * Rows: every product with at least one counted line (lines.ts), in rank order.
 */
import { abcClassOf, type AbcClass } from "../dimensions/value/abc";
import { idSortOrder } from "../stats/ids";
import { indicesInIdOrder, radixSortIndex } from "../stats/radixSort";
import { MONEY_SCALE, type TransactionColumns } from "../types";
import { lineCounts, lineValue, productNames, type LineRules } from "./lines";

export interface ProductAbcRow {
  /** Index into tx.products. */
  product: number;
  code: string;
  name: string | null;
  /** Value on the basis (currency units). */
  value: number;
  revenue: number;
  /** Gross profit, null without a profit column. */
  profit: number | null;
  lines: number;
  /** Distinct customers who bought it. */
  customers: number;
  rank: number;
  /** value / total (0 for a value ≤ 0). */
  share: number;
  cumShareBefore: number;
  cumShare: number;
  class: AbcClass;
}

export interface ProductAbcResult {
  basis: LineRules["basis"];
  a: number;
  b: number;
  /** Total positive value (currency units). */
  total: number;
  /** The same total in MONEY_SCALE units: the exact sum the shares are of. */
  totalScaled: number;
  rows: ProductAbcRow[];
  /** Products and value per class. */
  classes: { code: AbcClass; products: number; value: number; share: number }[];
  /** Counted lines with no product, and their value. */
  unassigned: { lines: number; value: number };
  /** basis profit without a profit column: no rows. */
  basisMissing: boolean;
}

export interface ProductAbcOptions extends LineRules {
  a: number;
  b: number;
}

/** Per product: value (scaled), revenue (scaled), profit (scaled), lines, distinct customers. */
export interface ProductTotals {
  value: Float64Array;
  revenue: Float64Array;
  profit: Float64Array | null;
  lines: Float64Array;
  customers: Float64Array;
  unassignedLines: number;
  unassignedValue: number;
}

export function productTotals(tx: TransactionColumns, rules: LineRules): ProductTotals {
  const np = tx.products.length;
  const value = new Float64Array(np);
  const revenue = new Float64Array(np);
  const profit = tx.profit ? new Float64Array(np) : null;
  const lines = new Float64Array(np);
  const nc = Math.max(1, maxCustomer(tx) + 1);
  // (product, customer) pairs as one number each, sorted, to count distinct customers per product.
  const pairs = new Float64Array(tx.n);
  let k = 0;
  let unassignedLines = 0;
  let unassignedValue = 0;
  const product = tx.product;
  for (let i = 0; i < tx.n; i++) {
    if (!lineCounts(tx, i, rules.refunds)) {
      const p = product?.[i] ?? -1;
      const a = tx.amount[i] as number;
      if (p < 0 && Number.isFinite(a) && (rules.refunds === "net" || a > 0)) {
        unassignedLines++;
        unassignedValue += lineValue(tx, i, rules.basis);
      }
      continue;
    }
    const p = product![i] as number;
    value[p]! += lineValue(tx, i, rules.basis);
    revenue[p]! += tx.amount[i] as number;
    if (profit !== null) {
      const v = tx.profit![i] as number;
      if (Number.isFinite(v)) profit[p]! += v;
    }
    lines[p]!++;
    pairs[k++] = p * nc + (tx.customer[i] as number);
  }
  const sorted = pairs.subarray(0, k).sort();
  const customers = new Float64Array(np);
  for (let j = 0; j < k; j++) {
    const key = sorted[j] as number;
    if (j === 0 || key !== sorted[j - 1]) customers[Math.floor(key / nc)]!++;
  }
  return { value, revenue, profit, lines, customers, unassignedLines, unassignedValue };
}

function maxCustomer(tx: TransactionColumns): number {
  let m = -1;
  for (let i = 0; i < tx.n; i++) if ((tx.customer[i] as number) > m) m = tx.customer[i] as number;
  return m;
}

export function productAbc(tx: TransactionColumns, options: ProductAbcOptions): ProductAbcResult {
  const { basis, a, b } = options;
  const empty = (basisMissing: boolean): ProductAbcResult => ({
    basis,
    a,
    b,
    total: 0,
    totalScaled: 0,
    rows: [],
    classes: [],
    unassigned: { lines: 0, value: 0 },
    basisMissing,
  });
  if (tx.product === null) return empty(false);
  if (basis === "profit" && tx.profit === null) return empty(true);
  const t = productTotals(tx, options);
  const np = tx.products.length;
  const names = productNames(tx);
  // Counted products in code order, then a stable sort by −value: descending, ties by code ascending.
  const byCode = indicesInIdOrder(idSortOrder(tx.products));
  const idx = new Int32Array(np);
  const negated = new Float64Array(np);
  let k = 0;
  let total = 0; // exact: sums of integers
  for (let q = 0; q < np; q++) {
    const p = byCode[q] as number;
    if (!((t.lines[p] as number) > 0)) continue;
    idx[k++] = p;
    const v = t.value[p] as number;
    negated[p] = -v;
    if (v > 0) total += v;
  }
  const order = radixSortIndex(negated, idx.subarray(0, k));
  const rows: ProductAbcRow[] = new Array<ProductAbcRow>(k);
  const perClass = new Map<AbcClass, { products: number; value: number }>([
    ["A", { products: 0, value: 0 }],
    ["B", { products: 0, value: 0 }],
    ["C", { products: 0, value: 0 }],
  ]);
  let cum = 0;
  for (let r = 0; r < k; r++) {
    const p = order[r] as number;
    const v = t.value[p] as number;
    const before = total > 0 ? cum / total : 0;
    if (v > 0) cum += v;
    const cls = abcClassOf(v, before, a, b);
    const acc = perClass.get(cls);
    if (acc) {
      acc.products++;
      if (v > 0) acc.value += v;
    }
    rows[r] = {
      product: p,
      code: tx.products[p] ?? "",
      name: names?.[p] ?? null,
      value: v / MONEY_SCALE,
      revenue: (t.revenue[p] as number) / MONEY_SCALE,
      profit: t.profit ? (t.profit[p] as number) / MONEY_SCALE : null,
      lines: t.lines[p] as number,
      customers: t.customers[p] as number,
      rank: r + 1,
      share: total > 0 && v > 0 ? v / total : 0,
      cumShareBefore: before,
      cumShare: total > 0 ? cum / total : 0,
      class: cls,
    };
  }
  return {
    basis,
    a,
    b,
    total: total / MONEY_SCALE,
    totalScaled: total,
    rows,
    classes: [...perClass].map(([code, c]) => ({
      code,
      products: c.products,
      value: c.value / MONEY_SCALE,
      share: total > 0 ? c.value / total : 0,
    })),
    unassigned: { lines: t.unassignedLines, value: t.unassignedValue / MONEY_SCALE },
    basisMissing: false,
  };
}
