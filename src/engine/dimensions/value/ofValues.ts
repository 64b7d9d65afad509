/**
 * One customer's ABC class from raw values, against all customers' values: the engine's classifyAbc run
 * on the population the values make, each value one customer with one counted line. A blank (NaN) is a
 * customer without sales, left out as classifyAbc leaves out customers with no counted line.
 * The customer must be one of the population (its share depends on its place among them); it is found
 * by its value, and by its ID when IDs are given. Equal values are ordered by customer ID, so without
 * IDs a value whose equals fall on both sides of a cut-off has no single class ("tie").
 * The single-customer entry used by CUSTCLASS.ABC.
 */
import type { AbcStandard } from "../../standard/types";
import { scaleMoney } from "../rfm/ofValues";
import { classifyAbc, type AbcClass } from "./abc";

export interface AbcPopulation {
  /** Currency units per customer; NaN = blank. */
  values: ArrayLike<number>;
  /** Customer IDs aligned with `values` (null = a blank ID), or null when not given. */
  ids: readonly (string | null)[] | null;
}

/** The class, or why there is none: no customer with this value (and ID), or a tie across a cut-off. */
export type AbcOfValues = AbcClass | "not_found" | "tie";

export function abcOfValues(
  value: number,
  id: string | null,
  pop: AbcPopulation,
  std: AbcStandard,
): AbcOfValues {
  const n = pop.values.length;
  const countedLines = new Float64Array(n);
  const monetaryScaled = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = pop.values[i] as number;
    if (Number.isNaN(x)) continue;
    countedLines[i] = 1;
    monetaryScaled[i] = scaleMoney(x);
  }
  // Without IDs, the population's order stands in for ID order; it only matters for ties, checked below.
  const ids = pop.ids?.map((x, i) => x ?? `\uffff${i}`) ?? Array.from({ length: n }, (_, i) => String(i));
  const classes = classifyAbc({ customers: n, countedLines, monetaryScaled, profitScaled: null }, ids, std)
    .output.classes;

  const target = scaleMoney(value);
  const found = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (countedLines[i] !== 1 || monetaryScaled[i] !== target) continue;
    if (id !== null && pop.ids?.[i] !== id) continue;
    const c = classes[i];
    if (c !== null && c !== undefined) found.add(c);
  }
  if (found.size === 0) return "not_found";
  if (found.size > 1) return "tie";
  return [...found][0] as AbcClass;
}
