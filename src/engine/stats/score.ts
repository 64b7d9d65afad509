/**
 * Score of a value against ascending thresholds: 1 + the number of thresholds strictly below it.
 * A value equal to a threshold falls in the lower bin — right-closed bins, as pandas `qcut`
 * (product.md, "Quintile thresholds"). Equal thresholds just leave a bin empty. NaN for a NaN value.
 * @example scoreByThresholds(40, [18, 40, 82, 192]) // 2 (only 18 is strictly below 40)
 */
export function scoreByThresholds(value: number, thresholds: ArrayLike<number>): number {
  if (Number.isNaN(value)) return NaN;
  let s = 1;
  for (let i = 0; i < thresholds.length; i++) if ((thresholds[i] as number) < value) s++;
  return s;
}
