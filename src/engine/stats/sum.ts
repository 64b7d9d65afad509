/**
 * Summation.
 *
 * Money in the engine is held as integers of 1/MONEY_SCALE of the currency unit (types.ts). Adding
 * integers in float64 is exact as long as every partial sum stays within ±2^53 (Number.MAX_SAFE_INTEGER,
 * about 9.0e15 units = 900 billion currency units at MONEY_SCALE 10,000), so plain `+=` on scaled money
 * is exact and independent of order — which is what keeps ABC cut-offs from flipping on an ulp.
 * For non-integer inputs use `kahanSum`.
 */

/**
 * Compensated sum by Neumaier's improvement of Kahan summation (Neumaier 1974, "Rundungsfehleranalyse
 * einiger Verfahren zur Summation endlicher Summen"): also correct when a term is larger than the
 * running sum. Exact for integer inputs within ±2^53. NaN inputs propagate.
 * @example kahanSum([1, 1e100, 1, -1e100]) // 2 (a plain loop gives 0)
 */
export function kahanSum(values: ArrayLike<number>): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  // With an infinite term the compensation is NaN; the plain sum is then the answer.
  return Number.isFinite(sum) ? sum + c : sum;
}

/**
 * Sum of money held as MONEY_SCALE integers: a plain loop, exact (and order-independent) while every
 * partial sum stays within ±2^53; check the result with isExactMoney when the data can be that large.
 * @example sumMoney([1_0000, 2_5000, -5000]) // 3_0000 (= 3.00 currency units)
 */
export function sumMoney(scaled: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < scaled.length; i++) s += scaled[i] as number;
  return s;
}

/** True when a sum of scaled money integers is still exact in float64 (|x| ≤ 2^53 − 1). */
export function isExactMoney(total: number): boolean {
  return Math.abs(total) <= Number.MAX_SAFE_INTEGER;
}
