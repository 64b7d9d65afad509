import { kahanSum } from "./sum";

/** Arithmetic mean (compensated sum / count); NaN for no values. NaN inputs propagate. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  return kahanSum(values) / values.length;
}
