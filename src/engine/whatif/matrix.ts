/**
 * From → to migration matrix of one dimension between two classifications of the same customers
 * (what-if against the current result, or scenario A against scenario B).
 *
 * Customers are matched by their normalised ID (the engine's IDs are unique within a result; a
 * duplicate ID in the data is reported by the reader and kept once). Customers found in only one of
 * the two results are counted in `onlyBefore` / `onlyAfter`, not in the matrix. Rows are the classes
 * of `before`, columns those of `after`, each in the order of orderCodes (codes.ts), listing only
 * classes that at least one matched customer has; "no class" is the code null.
 */
import type { ClassKey } from "../result";
import { classOf, orderCodes, type ClassCode, type ResultView } from "./codes";

export interface MigrationMatrix {
  key: ClassKey;
  /** Row codes: classes in `before`. */
  from: ClassCode[];
  /** Column codes: classes in `after`. */
  to: ClassCode[];
  /** counts[i][j]: customers in class from[i] before and to[j] after. */
  counts: number[][];
  /** Customers in both results. */
  total: number;
  /** Matched customers whose class differs (from code ≠ to code). */
  moved: number;
  onlyBefore: number;
  onlyAfter: number;
}

export function migrationMatrix(before: ResultView, after: ResultView, key: ClassKey): MigrationMatrix {
  const afterIndex = new Map<string, number>();
  after.customers.forEach((c, i) => afterIndex.set(c.id, i));

  // Pairs are counted by code first (the codes are few); the grid is laid out once they are known.
  const pairs = new Map<ClassCode, Map<ClassCode, number>>();
  const toCodes = new Set<ClassCode>();
  let total = 0;
  let moved = 0;
  const matched = new Uint8Array(after.customers.length);
  for (const b of before.customers) {
    const j = afterIndex.get(b.id);
    if (j === undefined) continue;
    const a = after.customers[j];
    if (a === undefined || matched[j] === 1) continue;
    matched[j] = 1;
    const from = classOf(b, key);
    const to = classOf(a, key);
    let row = pairs.get(from);
    if (row === undefined) {
      row = new Map();
      pairs.set(from, row);
    }
    row.set(to, (row.get(to) ?? 0) + 1);
    toCodes.add(to);
    total++;
    if (from !== to) moved++;
  }

  const catalogues = [before.catalogue, after.catalogue];
  const from = orderCodes(pairs.keys(), key, catalogues);
  const to = orderCodes(toCodes, key, [after.catalogue, before.catalogue]);
  const counts = from.map((f) => to.map((t) => pairs.get(f)?.get(t) ?? 0));
  return {
    key,
    from,
    to,
    counts,
    total,
    moved,
    onlyBefore: before.customers.length - total,
    onlyAfter: after.customers.length - total,
  };
}
