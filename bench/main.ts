/**
 * `npm run bench`: our engine against arquero on the same seeded synthetic data (parse, compute, total,
 * peak memory; every case in a fresh child process, median of several runs), then the CLI end to end on
 * a transactions CSV and the .xlsx write against ExcelJS's streaming writer. Prints markdown tables and
 * writes the same numbers to out/bench.json. A benchmark, not a test: nothing here asserts on time.
 * The bundle is its own child: with CUSTCLASS_BENCH_CHILD set it runs one case and reports back.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { CHILD_ENV, childEntry, runInChild, type EngineCaseName, type EngineCaseResult } from "./child";
import { runCli, writeTransactionsCsv, type CliResult } from "./cli-case";
import { SIZES, type BenchSize } from "./data";
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from "./options";
import { renderReport, type BenchReport, type Machine } from "./report";
import { classifyRuns, fingerprints } from "./fingerprint";
import { classifyFunctionSection, firstRenderSection } from "./extras";
import { transferSection } from "./transfer-case";
import { nowMs } from "./stats";
import {
  PRODUCTS_CHILD_ENV,
  productFingerprints,
  productRuns,
  productsChildEntry,
  productsSection,
} from "./products-case";
import { summarizeSize, type SizeSummary } from "./summary";
import type { XlsxResult } from "./xlsx-case";

/** dist/bench/bench.js → the project root. */
const ROOT = resolve(dirname(process.argv[1]!), "..", "..");
const CASES: readonly EngineCaseName[] = ["ours-rfm-abc", "ours-full", "arquero"];
const CHILD_TIMEOUT_MS = 10 * 60_000;

async function version(pkg: string): Promise<string> {
  try {
    const text = await readFile(join(ROOT, "node_modules", pkg, "package.json"), "utf8");
    return (JSON.parse(text) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}

async function machine(): Promise<Machine> {
  const c = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    cpus: c.length,
    cpuModel: c[0]?.model.trim() ?? "?",
    totalMemGB: totalmem() / 1024 ** 3,
    loadAverage: loadavg(),
    arqueroVersion: await version("arquero"),
    exceljsVersion: await version("exceljs"),
    date: new Date().toISOString(),
  };
}

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

async function engineSize(size: BenchSize, reps: number): Promise<SizeSummary> {
  const results: Partial<Record<EngineCaseName, EngineCaseResult>> = {};
  for (const name of CASES) {
    const t0 = nowMs();
    results[name] = await runInChild<EngineCaseResult>(
      { kind: "engine", name, size, reps },
      CHILD_TIMEOUT_MS,
    );
    log(`${size.label} ${name}: ${reps} runs in ${((nowMs() - t0) / 1000).toFixed(1)} s`);
  }
  return summarizeSize(results["ours-rfm-abc"]!, results["ours-full"]!, results.arquero!);
}

/** The CLI and .xlsx cases; a failure of either is reported in the output, not fatal to the bench. */
async function cliCases(
  size: BenchSize,
  cliLimitMs: number,
  keep: boolean,
): Promise<{ cli: CliResult | null; xlsx: XlsxResult | null; errors: string[]; notes: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "custclass-bench-"));
  const errors: string[] = [];
  const notes: string[] = [];
  const attempt = async <T>(what: string, f: () => Promise<T>): Promise<T | null> => {
    try {
      return await f();
    } catch (e) {
      const msg = `${what} failed: ${e instanceof Error ? e.message : String(e)}`;
      log(msg);
      errors.push(msg);
      return null;
    }
  };
  try {
    const csv = await writeTransactionsCsv(size, dir);
    log(`CSV of ${size.transactions} transactions written (${(csv.bytes / 1024 / 1024).toFixed(1)} MB)`);
    const cli = await attempt("CLI end to end", () => runCli(ROOT, size, csv, dir, cliLimitMs));
    if (cli) {
      const phases =
        cli.phases.map((p) => `${p.phase} at ${(p.atMs / 1000).toFixed(1)} s`).join(", ") || "none";
      const peak = `peak RSS ${cli.peakRssMB.toFixed(0)} MB`;
      // Not finishing in time is a measurement (how far it got); a crash is a failure.
      if (cli.timedOut)
        notes.push(
          `CLI end to end: stopped at the ${cliLimitMs / 1000} s limit (phases reached: ${phases}; ${peak})`,
        );
      else if (cli.exitCode !== 0)
        errors.push(
          `CLI end to end: custclass ended with ${cli.signal ?? `exit code ${cli.exitCode}`} after ${(cli.wallMs / 1000).toFixed(1)} s (phases reached: ${phases}; ${peak})`,
        );
      log(
        `CLI end to end: ${(cli.wallMs / 1000).toFixed(1)} s, ${cli.timedOut ? "time limit" : `exit ${cli.exitCode}`}`,
      );
    }
    const xlsx = await attempt(".xlsx write", () =>
      runInChild<XlsxResult>({ kind: "xlsx", spec: { size, dir } }, CHILD_TIMEOUT_MS),
    );
    return { cli, xlsx, errors, notes };
  } finally {
    if (keep) log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

async function parentMain(o: BenchOptions): Promise<void> {
  const t0 = nowMs();
  const sizes = o.quick ? SIZES.slice(0, 1) : SIZES;
  const engine: SizeSummary[] = [];
  if (o.engine)
    for (const [i, size] of sizes.entries()) engine.push(await engineSize(size, o.reps ?? (i === 0 ? 5 : 3)));
  const products = o.engine ? await productsSection(sizes, o.reps) : null;
  const big = o.cliTransactions
    ? {
        label: `CLI ${o.cliTransactions}`,
        customers: Math.max(1, Math.round(o.cliTransactions / 10)),
        transactions: o.cliTransactions,
      }
    : sizes[sizes.length - 1]!;
  const cli = o.cli ? await cliCases(big, o.cliLimitSeconds * 1000, o.keep) : null;
  const report: BenchReport = {
    machine: await machine(),
    options: { quick: o.quick, reps: o.reps },
    engine,
    cli: cli?.cli ?? null,
    xlsx: cli?.xlsx ?? null,
    errors: cli?.errors ?? [],
    notes: cli?.notes ?? [],
    benchSeconds: (nowMs() - t0) / 1000,
  };
  process.stdout.write(`${renderReport(report)}\n`);
  if (o.engine) {
    process.stdout.write(`\n${classifyFunctionSection()}\n`);
    process.stdout.write(`\n${transferSection(sizes[sizes.length - 1]!)}\n`);
    if (products) process.stdout.write(`\n${products.text}\n`);
    process.stdout.write(`\n${firstRenderSection(ROOT)}\n`);
  }
  const out = resolve(ROOT, o.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ ...report, products: products?.results ?? null }, null, 1)}\n`);
  log(`wrote ${out}`);
  // Disagreeing counts mean one side computes something else: the timings then compare nothing.
  if (!engine.every((s) => s.countsAgree) || report.errors.length > 0 || products?.agree === false)
    process.exitCode = 1;
}

const childSpec = process.env[CHILD_ENV];
const argv = process.argv.slice(2);
const productsSpec = process.env[PRODUCTS_CHILD_ENV];
if (childSpec) childEntry(childSpec);
else if (productsSpec) productsChildEntry(productsSpec);
else if (argv[0] === "--products-fingerprint")
  process.stdout.write(`${productFingerprints(ROOT).join("\n")}\n`);
else if (argv[0] === "--products")
  process.stdout.write(
    `${productRuns(ROOT, Number(argv[1] ?? 1_000_000), Number(argv[2] ?? 5)).join("\n")}\n`,
  );
else if (argv[0] === "--products-bench")
  void productsSection(SIZES, null).then((p) => process.stdout.write(`${p.text}\n`));
else if (argv[0] === "--fingerprint") process.stdout.write(`${fingerprints(ROOT).join("\n")}\n`);
else if (argv[0] === "--transfer") process.stdout.write(`${transferSection(SIZES[SIZES.length - 1]!)}\n`);
else if (argv[0] === "--classify") void classifyRuns(Number(argv[1] ?? 1_000_000), Number(argv[2] ?? 1));
else {
  let opts: BenchOptions | null = null;
  try {
    opts = parseBenchArgs(argv);
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n${BENCH_USAGE}\n`);
    process.exitCode = 2;
  }
  if (opts)
    parentMain(opts).catch((e: unknown) => {
      process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    });
}
