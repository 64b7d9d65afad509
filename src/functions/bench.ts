/**
 * Benchmark of CUSTCLASS.CLASSIFY as Excel calls it: two ranges of plain cells (header row included,
 * dates as serial numbers) from the seeded synthetic generator, through the whole function — argument
 * checks, the engine, the spilled matrix. Not part of the functions bundle (functions.ts does not
 * import it); `npm run bench` calls benchClassifyFunction(). Data is generated before timing; the first
 * run is reported on its own (cold: JIT warm-up), then the median of the rest.
 */
import { generateSynthetic } from "../fixtures/synthetic";
import { classifyFunction } from "./classify";

export interface ClassifyFunctionBenchOptions {
  customers?: number;
  transactions?: number;
  seed?: number;
  /** Timed runs after the first; default 5. */
  runs?: number;
  /** Spill metrics too (CLASSIFY's `metrics` argument); default false. */
  metrics?: boolean;
}

export interface ClassifyFunctionBench {
  customers: number;
  transactions: number;
  /** Cells handed to the function (both ranges). */
  inputCells: number;
  /** Rows × columns spilled (header row included). */
  outputRows: number;
  outputColumns: number;
  /** Generating the ranges (not part of the function). */
  prepareMs: number;
  firstMs: number;
  medianMs: number;
  runsMs: number[];
}

const now = (): number => performance.now();

export function benchClassifyFunction(options: ClassifyFunctionBenchOptions = {}): ClassifyFunctionBench {
  const nc = options.customers ?? 10_000;
  const nt = options.transactions ?? 100_000;
  const runs = Math.max(1, options.runs ?? 5);
  const t0 = now();
  const data = generateSynthetic({ customers: nc, transactions: nt, seed: options.seed ?? 20240611 });
  const customers = [data.customers.header, ...data.customers.rows];
  const transactions = [data.transactions.header, ...data.transactions.rows];
  const prepareMs = now() - t0;
  const once = (): { ms: number; out: unknown[][] } => {
    const start = now();
    const out = classifyFunction(customers, transactions, null, null, options.metrics ?? false, "zh-CN");
    return { ms: now() - start, out };
  };
  const first = once();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(once().ms);
  const sorted = [...runsMs].sort((a, b) => a - b);
  const inputCells =
    customers.reduce((s, r) => s + r.length, 0) + transactions.reduce((s, r) => s + r.length, 0);
  return {
    customers: nc,
    transactions: nt,
    inputCells,
    outputRows: first.out.length,
    outputColumns: first.out[0]?.length ?? 0,
    prepareMs,
    firstMs: first.ms,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? first.ms,
    runsMs,
  };
}
