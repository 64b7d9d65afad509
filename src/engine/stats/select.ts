/**
 * Order statistics without a full sort: after `selectInPlace(a, positions)`, a[p] holds the value a full
 * ascending sort would put at p, for every requested p. Quickselect with a three-way partition (many
 * equal values — order counts — cost nothing extra) and a deterministic pseudo-random pivot. Expected
 * O(n · log(#positions)); quintile thresholds need at most 8 positions.
 */

/** Ascending positions must be integers in [0, a.length). The array must hold no NaN. */
export function selectInPlace(a: Float64Array, positions: readonly number[]): void {
  let seed = 0x9e3779b9;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed % n;
  };
  // Explicit stack of (lo, hi, first position index, last position index).
  const stack: number[] = [0, a.length - 1, 0, positions.length - 1];
  while (stack.length > 0) {
    const pTo = stack.pop() as number;
    const pFrom = stack.pop() as number;
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    if (pFrom > pTo || lo >= hi) continue;
    const pivot = a[lo + random(hi - lo + 1)] as number;
    // Dutch national flag: [lo, lt) < pivot, [lt, i) = pivot, (gt, hi] > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i] as number;
      if (v < pivot) {
        a[i++] = a[lt] as number;
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt] as number;
        a[gt--] = v;
      } else i++;
    }
    // Positions inside [lt, gt] are final; split the rest between the two sides.
    let left = pFrom;
    while (left <= pTo && (positions[left] as number) < lt) left++;
    let right = left;
    while (right <= pTo && (positions[right] as number) <= gt) right++;
    stack.push(lo, lt - 1, pFrom, left - 1);
    stack.push(gt + 1, hi, right, pTo);
  }
}
