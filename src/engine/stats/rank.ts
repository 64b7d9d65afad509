/**
 * Ranks 1..n with ties broken by customer ID ascending (numeric-aware) — pandas
 * `rank(method="first")` on a table sorted by ID (product.md, tie policy `rank`).
 * NaN values get a NaN rank and take no rank number.
 */
import { idSortOrder } from "./ids";
import { indicesInIdOrder, radixSortIndex } from "./radixSort";

/** Ranks using a precomputed ID order (see idSortOrder); `include[i] = 0` leaves i out (NaN rank). */
export function rankFirstByOrder(
  values: ArrayLike<number>,
  idOrder: Int32Array,
  include?: ArrayLike<number>,
): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  // Candidates in ID order, then a stable sort by value: ties stay in ID order.
  const byId = indicesInIdOrder(idOrder);
  const idx = new Int32Array(n);
  let k = 0;
  for (let p = 0; p < n; p++) {
    const i = byId[p] as number;
    if (!Number.isNaN(values[i]) && (include === undefined || include[i])) idx[k++] = i;
  }
  const sorted = radixSortIndex(values, idx.subarray(0, k));
  for (let p = 0; p < k; p++) ranks[sorted[p] as number] = p + 1;
  return ranks;
}

/**
 * @example rankFirst([5, 3, 5], ["b", "a", "a2"]) // [3, 1, 2] ("a2" < "b" breaks the tie of the 5s)
 */
export function rankFirst(values: ArrayLike<number>, ids: readonly string[]): Float64Array {
  return rankFirstByOrder(values, idSortOrder(ids));
}
