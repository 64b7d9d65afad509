/**
 * Which lines count for product figures, and their value, by the standard's conventions:
 * - refunds `net` (default): every line counts, negative amounts reduce the product's revenue;
 *   `exclude`: lines with amount ≤ 0 are left out (as for customers' R, F and M, product.md);
 * - basis `revenue`: the line's amount; `profit`: its gross profit (a line with no profit value adds
 *   nothing to the value but still counts as a line);
 * - lines without a product (index −1) are left out and reported as `unassigned`.
 * Values stay in MONEY_SCALE integers so sums are exact (types.ts).
 */
import type { RefundsPolicy } from "../standard/types";
import type { TransactionColumns } from "../types";

export type ProductBasis = "revenue" | "profit";

export interface LineRules {
  basis: ProductBasis;
  refunds: RefundsPolicy;
}

/** Whether line i counts (has a product, a finite day and amount, and passes the refunds policy). */
export function lineCounts(tx: TransactionColumns, i: number, refunds: RefundsPolicy): boolean {
  const p = tx.product?.[i] ?? -1;
  if (p < 0) return false;
  const a = tx.amount[i] as number;
  if (!Number.isFinite(a) || !Number.isFinite(tx.day[i])) return false;
  return refunds === "net" || a > 0;
}

/** The line's value in MONEY_SCALE units under the basis (0 for a missing profit). */
export function lineValue(tx: TransactionColumns, i: number, basis: ProductBasis): number {
  if (basis === "revenue") return tx.amount[i] as number;
  const v = tx.profit?.[i] ?? NaN;
  return Number.isFinite(v) ? v : 0;
}

/** Product names when the reader kept them (a productNames column beside the codes), else null. */
export function productNames(tx: TransactionColumns): readonly (string | null)[] | null {
  const names = (tx as TransactionColumns & { productNames?: readonly (string | null)[] }).productNames;
  return names ?? null;
}
