/** `npm run bench -- [--quick] [--reps N] [--no-cli] [--out file.json]` */
export interface BenchOptions {
  quick: boolean;
  /** Repetitions per engine case (median reported); default 5 at 10k/100k, 3 at 100k/1M. */
  reps: number | null;
  cli: boolean;
  /** false with --only cli: the CLI and .xlsx cases alone. */
  engine: boolean;
  /** CLI case size (customers = transactions / 10); default the largest engine size. */
  cliTransactions: number | null;
  /** The CLI run is stopped after this long (reported, with the phases it reached). */
  cliLimitSeconds: number;
  /** Keep the temp dir (CSV, outputs) for a closer look, e.g. node --cpu-prof bin/custclass.js on it. */
  keep: boolean;
  out: string;
}

export const BENCH_USAGE = `usage: node dist/bench/bench.js [--quick] [--reps N] [--no-cli] [--out out/bench.json]
  --quick   only the small size (10k customers / 100k transactions), CLI case included at that size
  --reps N  repetitions per case (default 5 small, 3 large); the median is reported
  --no-cli  skip the CLI end-to-end and .xlsx write cases
  --only engine|cli  run one part only
  --cli-transactions N  size of the CLI case (default: 1M, or 100k with --quick; customers = N / 10)
  --keep    keep the CLI case's temp dir (CSV and outputs) and print its path
  --cli-limit S  stop the CLI run after S seconds and report how far it got (default 120)
or: node dist/bench/bench.js --fingerprint   hashes of classify's output on fixed inputs (must not change)
    node [--cpu-prof] dist/bench/bench.js --classify N [R]   classify of N synthetic lines, R times
    node dist/bench/bench.js --products-fingerprint   hashes of analyseProducts' output (must not change)
    node --expose-gc [--cpu-prof] dist/bench/bench.js --products N [R]   analyseProducts on N lines (0: Online Retail)
    node dist/bench/bench.js --products-bench   the product analysis against arquero alone
    node dist/bench/bench.js --transfer   a classification's customers across postMessage, records against columns`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    quick: false,
    reps: null,
    cli: true,
    engine: true,
    cliTransactions: null,
    cliLimitSeconds: 120,
    keep: false,
    out: "out/bench.json",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") o.quick = true;
    else if (a === "--no-cli") o.cli = false;
    else if (a === "--keep") o.keep = true;
    else if (
      a === "--reps" ||
      a === "--out" ||
      a === "--only" ||
      a === "--cli-transactions" ||
      a === "--cli-limit"
    ) {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      if (a === "--out") o.out = v;
      else if (a === "--only") {
        if (v !== "engine" && v !== "cli") throw new Error(`--only takes engine or cli, got ${v}`);
        o.cli = v === "cli";
        o.engine = v === "engine";
      } else {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new Error(`${a} must be a positive integer, got ${v}`);
        if (a === "--reps") o.reps = n;
        else if (a === "--cli-transactions") o.cliTransactions = n;
        else o.cliLimitSeconds = n;
      }
    } else throw new Error(`unknown option ${String(a)}`);
  }
  return o;
}
