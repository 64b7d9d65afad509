/**
 * Guards speed work: a SHA-256 of everything `classify` returns (the result with its issues, standard
 * errors, mappings) on fixed inputs — the sample workbook's sheets, the seeded synthetic 10k/100k set
 * under two standards, and the full Online Retail file when ../shared/data is there. An optimisation
 * must leave every line of `--fingerprint` unchanged. Also `--classify N`: one timed classify of N
 * synthetic lines in this process, to run under `node --cpu-prof`.
 */
import { classify, type ClassifyRequest } from "../src/engine/classify";
import { excelSerialToDay, formatDay, parseIsoDay } from "../src/engine/dates";
import { readTables } from "../src/engine/read/tables";
import { buildSampleData } from "../src/fixtures/sample-data";
import { benchData, SIZES, type BenchData } from "./data";
import { majorGcBetween, watchGc } from "./gc-time";
import { NO_ONLINE_RETAIL, onlineRetailRaw, sampleRaw, sha } from "./inputs";
import { cpuMs, median, nowMs } from "./stats";

function fingerprintOf(req: ClassifyRequest): string {
  const o = classify(req);
  const hash = sha(JSON.stringify({ result: o.result, errors: o.standardErrors, mappings: o.mappings }));
  return `${hash} (${o.result.customers.length} customers, ${o.result.issues.length} issues)`;
}

export function fingerprints(root: string): string[] {
  const lines: string[] = [];
  const sample = buildSampleData();
  const customers = sampleRaw(sample.customers);
  const sales = sampleRaw(sample.sales);
  lines.push(`sample zh-CN: ${fingerprintOf({ customers, transactions: sales, lang: "zh-CN" })}`);
  lines.push(
    `sample en-US cn8/exclude: ${fingerprintOf({
      customers,
      transactions: sales,
      lang: "en-US",
      standard: { rfm: { model: "cn8" }, refunds: "exclude" },
    })}`,
  );
  const d = benchData(SIZES[0]!);
  lines.push(
    `synthetic 10k/100k: ${fingerprintOf({ customers: d.customersRaw, transactions: d.transactionsRaw, lang: "en-US" })}`,
  );
  lines.push(
    `synthetic 10k/100k cn8/exclude/as-of: ${fingerprintOf({
      customers: d.customersRaw,
      transactions: d.transactionsRaw,
      lang: "zh-CN",
      asOf: "2024-03-01",
      standard: { rfm: { model: "cn8" }, refunds: "exclude", abc: { a: 0.7 } },
    })}`,
  );
  // Last, as it changes d: one line dated 2204 and today the last real date (the reader leaves it out).
  const today = typoLine(d);
  lines.push(
    `synthetic 10k/100k typo after today: ${fingerprintOf({
      customers: d.customersRaw,
      transactions: d.transactionsRaw,
      lang: "en-US",
      today,
    })}`,
  );
  const transactions = onlineRetailRaw(root);
  if (transactions) {
    lines.push(`online retail: ${fingerprintOf({ customers: null, transactions, lang: "en-US" })}`);
  } else lines.push(NO_ONLINE_RETAIL);
  return lines;
}

/** Classify of `transactions` synthetic lines (customers = lines / 10), read timed alone first; `reps`
 *  times on the same data (the later ones warm). Each run's line is written as soon as it is done, with
 *  its major GCs: on 1M lines each one marks the whole input (~300 ms), so their count matters. */
export async function classifyRuns(transactions: number, reps: number): Promise<void> {
  const size = {
    label: `${transactions}`,
    customers: Math.max(1, Math.round(transactions / 10)),
    transactions,
  };
  const d = benchData(size);
  const today = process.env.BENCH_TYPO ? typoLine(d) : undefined;
  watchGc();
  const g = (globalThis as { gc?: () => void }).gc;
  const bySteps = new Map<string, number[]>();
  for (let i = 0; i < reps; i++) {
    if (process.env.BENCH_GC) g?.();
    const run = await classifyOnce(d, today);
    process.stdout.write(`${run.text}\n`);
    for (const [step, ms] of run.steps) bySteps.set(step, [...(bySteps.get(step) ?? []), ms]);
  }
  if (reps > 2) {
    const med = [...bySteps].map(([step, ms]) => `${step} ${median(ms).toFixed(0)}`);
    process.stdout.write(`median of ${reps} (ms): ${med.join(", ")}\n`);
  }
}

/**
 * BENCH_TYPO=1: one line in the middle is dated 2204 (a typo for 2024) and today is the last real date,
 * so the reader leaves that line out and takes the as-of from the others (ReadTablesOptions.today).
 */
function typoLine(d: BenchData): string {
  const rows = d.transactionsRaw.rows as (string | number | null)[][];
  let last = -Infinity;
  for (let r = 1; r < rows.length; r++) last = Math.max(last, Number(rows[r]![0]));
  rows[rows.length >> 1]![0] = last + 65_000;
  return formatDay(excelSerialToDay(last));
}

async function classifyOnce(
  d: BenchData,
  today?: string,
): Promise<{ text: string; steps: [string, number][] }> {
  const transactions = d.transactions.rows.length;
  const c0 = cpuMs();
  const t0 = nowMs();
  const read = readTables(d.customersRaw, d.transactionsRaw, {
    lang: "en-US",
    ...(today !== undefined && { today: parseIsoDay(today) }),
  });
  const readMs = nowMs() - t0;
  const readCpu = cpuMs() - c0;
  const c1 = cpuMs();
  const t1 = nowMs();
  const steps: [string, number][] = [["read alone", readMs]];
  let last = t1;
  const trace = (step: string): void => {
    const t = nowMs();
    steps.push([step, t - last]);
    if (process.env.BENCH_TRACE) process.stdout.write(`[step ${step} ${(t - last).toFixed(0)} ms]\n`);
    last = t;
  };
  const o = classify({
    customers: d.customersRaw,
    transactions: d.transactionsRaw,
    lang: "en-US",
    trace,
    ...(today !== undefined && { today }),
  });
  const ms = nowMs() - t1;
  const cpu = cpuMs() - c1;
  const gcRead = await majorGcBetween(t0, t0 + readMs);
  const gc = await majorGcBetween(t1, t1 + ms);
  const gcText = (g: { count: number; ms: number }) => `${g.count} major GC ${g.ms.toFixed(0)} ms`;
  steps.push(["classify", ms], ["compute", ms - (steps[1]?.[1] ?? 0)]);
  // The customer records are built on first read (engine/lazyCustomers.ts), outside classify's time.
  const t2 = nowMs();
  const nCustomers = o.result.customers.length;
  steps.push(["records on first read", nowMs() - t2]);
  const text =
    `${transactions} lines, ${read.tx.n} kept, ${nCustomers} customers: ` +
    `read ${readMs.toFixed(0)} ms (CPU ${readCpu.toFixed(0)}, ${gcText(gcRead)}), ` +
    `classify ${ms.toFixed(0)} ms (CPU ${cpu.toFixed(0)}, ${gcText(gc)})\n  steps (ms): ` +
    steps.map(([step, t]) => `${step} ${t.toFixed(0)}`).join(", ");
  return { text, steps };
}
