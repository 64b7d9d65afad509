/**
 * Per-line and per-order arrays: the reader's transaction columns and the temporaries of the steps.
 *
 * Why plain number arrays, not typed arrays: V8 counts typed-array bytes as external memory, and every
 * ~64 MB of it starts a full, blocking mark of the heap — during a classification mostly the caller's
 * input rows (~280 MB at 1M lines), ~270 ms a mark. Number arrays live in the managed heap, whose limit
 * grows with its live size, so they start no mark. Per-customer outputs (a tenth of the size) and small
 * tables stay typed. Measured on 1M synthetic lines: payment metrics 470 → 150 ms, the read ~300 ms
 * less, no major GC left in a classification.
 */
export function scratch(length: number, value: number): number[] {
  return new Array<number>(length).fill(value);
}

/**
 * As scratch, for arrays that hold fractions, infinities or NaN. A function of its own for V8's
 * allocation site: V8 remembers, per `new Array` in the code, the elements kind its arrays turned into
 * (small integers → doubles) and makes the next ones that kind from birth. With one site for every
 * array, the first run's double arrays made every later array double, and the code optimised in that
 * run for integer arrays deoptimised in the next ("wrong map"). So integer and double arrays are made at
 * different sites, each of which keeps one kind from the second run on.
 */
export function doubleScratch(length: number, value: number): number[] {
  return new Array<number>(length).fill(value);
}

/** Longest array `new Array(n)` makes with fast (holey) elements; V8 makes longer ones dictionaries. */
export const UNFILLED_MAX = 1 << 24;

/**
 * An array for a column whose every index below the length used is written before it is read: no fill
 * (~5 ms per million saved). Very long ones are filled (UNFILLED_MAX).
 *
 * Long-lived columns are not made here but by `new Array` where they are made, each at a site of its own
 * (see doubleScratch): through this one site, one column of days stored as doubles made every later
 * column double from birth, and code optimised for integer columns deoptimised in the next run.
 */
export function unfilled(length: number): number[] {
  return length <= UNFILLED_MAX ? new Array<number>(length) : scratch(length, 0);
}

/**
 * Empty arrays born in the elements kind they will hold. A `[]` starts as small integers and changes on
 * its first string, null or fraction; code optimised in one run for the changed array then met the next
 * run's new `[]` and deoptimised ("not a Smi"), once a run (see keepShape.ts).
 */
export function emptyTagged<T>(): T[] {
  const a = [null as T];
  a.length = 0;
  return a;
}

export function emptyDoubles(): number[] {
  const a = [0.5];
  a.length = 0;
  return a;
}
