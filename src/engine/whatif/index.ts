/** What-if comparisons of two classifications (pure): counts, migration matrices, movers. */
export { orderCodes, classOf, type ClassCode, type ResultView } from "./codes";
export { migrationMatrix, type MigrationMatrix } from "./matrix";
export { countDeltas, type ClassDelta } from "./counts";
export { movers, type Mover } from "./movers";
export { diffResults, WHATIF_KEYS, type DimensionDiff, type ResultDiff } from "./diff";
