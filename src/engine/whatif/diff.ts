/**
 * What changes between two classifications, per dimension: counts and revenue per class, the from → to
 * matrix, and the largest customers that move. The task pane's what-if and scenario comparison show it.
 */
import type { ClassKey } from "../result";
import type { ResultView } from "./codes";
import { countDeltas, type ClassDelta } from "./counts";
import { migrationMatrix, type MigrationMatrix } from "./matrix";
import { movers, type Mover } from "./movers";

/** Dimensions a change of the standard can move (industry, type and region follow the data alone). */
export const WHATIF_KEYS: readonly ClassKey[] = [
  "overall",
  "action",
  "rfm",
  "value",
  "frequency",
  "repeat",
  "bigTicket",
  "credit",
  "size",
  "satisfaction",
  "csat",
];

export interface DimensionDiff {
  counts: ClassDelta[];
  matrix: MigrationMatrix;
  /** Largest movers by revenue (at most `moversLimit`). */
  movers: Mover[];
}

export type ResultDiff = Partial<Record<ClassKey, DimensionDiff>>;

export function diffResults(
  before: ResultView,
  after: ResultView,
  keys: readonly ClassKey[] = WHATIF_KEYS,
  moversLimit = 10,
): ResultDiff {
  const out: ResultDiff = {};
  for (const key of keys) {
    out[key] = {
      counts: countDeltas(before, after, key),
      matrix: migrationMatrix(before, after, key),
      movers: movers(before, after, key, moversLimit),
    };
  }
  return out;
}
