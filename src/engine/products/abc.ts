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
import { productNames, type LineRules } from "./lines";
import { scanLines, type ProductTotals } from "./scan";

export type { ProductTotals } from "./scan";

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

export function productTotals(tx: TransactionColumns, rules: LineRules): ProductTotals {
  return scanLines(tx, { rules, window: null, classColumns: null }).totals!;
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
  return abcOfTotals(tx, productTotals(tx, options), options);
}

/** Above this many products the radix sort; below, its fixed cost (four passes over 64k buckets, run
 *  once per analysis, so mostly unoptimised) outweighs a comparator sort. */
const RADIX_FROM = 16_384;

/** idx sorted by keys[idx] ascending, equal keys in idx order (both sorts are stable; −0 = +0). */
function stableSortByKey(keys: Float64Array, idx: Int32Array): ArrayLike<number> {
  if (idx.length > RADIX_FROM) return radixSortIndex(keys, idx);
  return Array.from(idx).sort((x, y) => (keys[x] as number) - (keys[y] as number));
}

/** Product ABC from the per-product totals (scan.ts) of counted lines. */
export function abcOfTotals(
  tx: TransactionColumns,
  t: ProductTotals,
  options: ProductAbcOptions,
): ProductAbcResult {
  const { basis, a, b } = options;
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
  const order = stableSortByKey(negated, idx.subarray(0, k));
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
