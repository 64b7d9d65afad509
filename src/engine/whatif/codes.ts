/**
 * The order classes are shown in: the standard's own order (the result's catalogue: ABC as A, B, C;
 * credit grades best first; rules in rule order), then codes no catalogue lists (user text such as
 * regions) in code-point order, so the same inputs always give the same table; "no class" (null) last.
 */
import type { ClassificationResult, ClassKey } from "../result";

export type ClassCode = string | null;

/** The customers and catalogue of a result: all the comparison functions read. */
export type ResultView = Pick<ClassificationResult, "customers" | "catalogue">;

export function orderCodes(
  codes: Iterable<ClassCode>,
  key: ClassKey,
  catalogues: readonly ResultView["catalogue"][],
): ClassCode[] {
  const present = new Set(codes);
  const out: ClassCode[] = [];
  const placed = new Set<ClassCode>();
  for (const cat of catalogues) {
    for (const entry of cat[key] ?? []) {
      if (present.has(entry.code) && !placed.has(entry.code)) {
        out.push(entry.code);
        placed.add(entry.code);
      }
    }
  }
  const rest = [...present].filter((c): c is string => c !== null && !placed.has(c)).sort();
  out.push(...rest);
  if (present.has(null)) out.push(null);
  return out;
}

/** The class of a customer in one dimension; a missing key is "no class" like an explicit null. */
export function classOf(c: ClassificationResult["customers"][number], key: ClassKey): ClassCode {
  return c.classes[key] ?? null;
}
