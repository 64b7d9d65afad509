/**
 * Which lines count for product figures, and their value, by the standard's conventions:
 * - refunds `net` (default): every line counts, negative amounts reduce the product's revenue;
 *   `exclude`: lines with amount ≤ 0 are left out (as for customers' R, F and M, product.md);
 * - basis `revenue`: the line's amount; `profit`: its gross profit (a line with no profit value adds
 *   nothing to the value but still counts as a line);
 * - lines without a product (index −1) are left out and reported as `unassigned`.
 * Values stay in MONEY_SCALE integers so sums are exact (types.ts). scan.ts applies these rules in its
 * one pass over the lines.
 */
import type { RefundsPolicy } from "../standard/types";
import type { TransactionColumns } from "../types";

export type ProductBasis = "revenue" | "profit";

export interface LineRules {
  basis: ProductBasis;
  refunds: RefundsPolicy;
}

/** Product names when the reader kept them (a productNames column beside the codes), else null. */
export function productNames(tx: TransactionColumns): readonly (string | null)[] | null {
  const names = (tx as TransactionColumns & { productNames?: readonly (string | null)[] }).productNames;
  return names ?? null;
}
