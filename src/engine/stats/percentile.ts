/**
 * Percentiles and quantile thresholds.
 *
 * Convention: PERCENTILE.INC of Excel = numpy `quantile(method="linear")` = R `quantile(type = 7)` =
 * Hyndman & Fan (1996) definition 7: h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])
 * on the ascending values x[0..n−1].
 */
import { radixSortIndex } from "./radixSort";
import { selectInPlace } from "./select";

/** Snap h to an integer when it is within floating noise of one (e.g. 0.6·5 = 3.0000000000000004),
 *  so that an exact index picks the data value itself, as exact (Excel decimal) arithmetic does. */
const INDEX_SNAP = 1e-9;

function snappedIndex(n: number, p: number): number {
  const h = (n - 1) * p;
  const r = Math.round(h);
  return Math.abs(h - r) < INDEX_SNAP * Math.max(1, r) ? r : h;
}

function interpolate(sorted: ArrayLike<number>, lo: number, frac: number): number {
  const a = sorted[lo] as number;
  if (frac === 0 || lo + 1 >= sorted.length) return a;
  const b = sorted[lo + 1] as number;
  // a + (b − a)·t returns a exactly when a = b, so equal values give equal thresholds.
  return a + (b - a) * frac;
}

/**
 * PERCENTILE.INC (type 7, linear) of values already sorted ascending. NaN when there are none or p is
 * outside [0, 1].
 * @example percentileInc([1, 2, 3, 4], 0.5) // 2.5 (h = 3·0.5 = 1.5 → 2 + 0.5·(3 − 2))
 */
export function percentileInc(sortedValues: ArrayLike<number>, p: number): number {
  const n = sortedValues.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return NaN;
  const h = snappedIndex(n, p);
  const lo = Math.floor(h);
  return interpolate(sortedValues, lo, h - lo);
}

/** Finite values, ascending, in a fresh array (the input is not touched). */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const idx = new Int32Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) idx[k++] = i;
  const order = radixSortIndex(values, idx.subarray(0, k));
  const out = new Float64Array(k);
  for (let p = 0; p < k; p++) out[p] = values[order[p] as number] as number;
  return out;
}

/** Finite values copied into a fresh array (the input is not touched). */
function finiteCopy(values: ArrayLike<number>): Float64Array {
  let k = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) k++;
  const out = new Float64Array(k);
  k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) out[k++] = v;
  }
  return out;
}

/** PERCENTILE.INC at k/bins (k = 1..bins−1) from exact integer index arithmetic, by selection. */
function fractionPercentiles(values: ArrayLike<number>, ks: readonly number[], bins: number): number[] {
  const a = finiteCopy(values);
  const n = a.length;
  if (n === 0) return ks.map(() => NaN);
  const at = ks.map((k) => {
    const num = (n - 1) * k; // exact: both are small integers
    const lo = Math.floor(num / bins);
    return { lo, frac: (num - lo * bins) / bins };
  });
  const positions = new Set<number>();
  for (const { lo, frac } of at) {
    positions.add(lo);
    if (frac > 0 && lo + 1 < n) positions.add(lo + 1);
  }
  selectInPlace(
    a,
    [...positions].sort((x, y) => x - y),
  );
  return at.map(({ lo, frac }) => interpolate(a, lo, frac));
}

/**
 * The `bins − 1` inner thresholds at k/bins (k = 1..bins−1) by PERCENTILE.INC; for bins = 5 these are
 * the quintile cut points at 20, 40, 60, 80 % (product.md). Non-finite values are left out.
 * The index h = (n − 1)·k/bins is computed as an exact fraction of integers, so no rounding noise can
 * move a threshold off a data value. Equal thresholds are allowed. With no values, all are NaN.
 * Only the needed order statistics are selected (no full sort).
 * @example quintileThresholds([1, 2, 3, 4, 5, 6], 5) // [2, 3, 4, 5] (h = 1, 2, 3, 4)
 */
export function quintileThresholds(values: ArrayLike<number>, bins = 5): number[] {
  const b = Math.max(1, Math.floor(bins));
  return fractionPercentiles(
    values,
    Array.from({ length: b - 1 }, (_, i) => i + 1),
    b,
  );
}

/**
 * PERCENTILE.INC of unsorted values (non-finite left out), by selection instead of a sort.
 * Same result as percentileInc(sortedFinite(values), p).
 */
export function percentileIncOf(values: ArrayLike<number>, p: number): number {
  const a = finiteCopy(values);
  const n = a.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return NaN;
  const h = snappedIndex(n, p);
  const lo = Math.floor(h);
  const frac = h - lo;
  selectInPlace(a, frac > 0 && lo + 1 < n ? [lo, lo + 1] : [lo]);
  return interpolate(a, lo, frac);
}
