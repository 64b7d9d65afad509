/**
 * Scratch arrays for per-line and per-order temporaries of one computation.
 *
 * Why plain number arrays, not typed arrays: V8 counts typed-array bytes as external memory, and every
 * ~64 MB of it starts a full mark of the heap — during a classification mostly the caller's input rows
 * (~280 MB at 1M lines), ~270 ms a mark. Number arrays live in the managed heap, whose limit grows with
 * its live size, so short-lived temporaries there start no mark. Outputs kept by the result stay typed.
 * Measured on 1M synthetic lines: payment metrics 470 → 150 ms, the major GC gone from them.
 */
export function scratch(length: number, value: number): number[] {
  return new Array<number>(length).fill(value);
}
