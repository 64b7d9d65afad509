/**
 * The product analysis (engine/products analyseProducts) in the bench:
 * - `--products-fingerprint`: SHA-256 of JSON.stringify of the analysis on fixed inputs (the sample
 *   workbook, the seeded synthetic 100k/1M set, the full Online Retail file) under several options; a
 *   speed change must leave every line unchanged;
 * - `--products N [R]`: classify once, then analyseProducts R times on N synthetic lines, in this
 *   process (to run under `node --cpu-prof`);
 * - the bench section: ours against arquero doing the same product revenue group-by, ABC cumulative
 *   shares and monthly totals per customer class, alternating in one child process on the same data
 *   (both start from columns already read: the classification's reader for ours, a column table for
 *   arquero), medians and their ratio.
 */
import { fork } from "node:child_process";
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { classify, type ClassifyOutcome, type ClassifyRequest } from "../src/engine/classify";
import { analyseProducts, type ProductAnalysis, type ProductAnalysisOptions } from "../src/engine/products";
import { MONEY_SCALE } from "../src/engine/types";
import { buildSampleData } from "../src/fixtures/sample-data";
import { benchData, type BenchData, type BenchSize } from "./data";
import { NO_ONLINE_RETAIL, onlineRetailRaw, sampleRaw, sha } from "./inputs";
import { cpuMs, median, nowMs } from "./stats";

/** Option sets each input is analysed under: the defaults and the other branches of the code. */
const VARIANTS: readonly { label: string; options: ProductAnalysisOptions }[] = [
  { label: "default", options: {} },
  { label: "profit/rfm", options: { basis: "profit", classKey: "rfm" } },
  { label: "periods 2/partial", options: { periods: 2, includePartialMonth: true, limit: 1000 } },
];

function analysisLines(label: string, req: ClassifyRequest): string[] {
  const lines: string[] = [];
  for (const std of [{}, { refunds: "exclude" as const }]) {
    const o = classify({ ...req, standard: { ...(req.standard ?? {}), ...std } });
    const tx = o.details.tx;
    for (const v of VARIANTS) {
      const a = analyseProducts(tx, o.result, v.options);
      const name = `${label}${"refunds" in std ? " exclude" : ""} ${v.label}`;
      lines.push(`${name}: ${sha(JSON.stringify(a))} (${a.abc.rows.length} products)`);
    }
  }
  return lines;
}

export function productFingerprints(root: string): string[] {
  const lines: string[] = [];
  const sample = buildSampleData();
  lines.push(
    ...analysisLines("sample", {
      customers: sampleRaw(sample.customers),
      transactions: sampleRaw(sample.sales),
      lang: "zh-CN",
    }),
  );
  const d = benchData({ label: "100k/1M", customers: 100_000, transactions: 1_000_000 });
  lines.push(
    ...analysisLines("synthetic 1M", {
      customers: d.customersRaw,
      transactions: d.transactionsRaw,
      lang: "en-US",
    }),
  );
  const transactions = onlineRetailRaw(root);
  if (transactions) {
    lines.push(...analysisLines("online retail", { customers: null, transactions, lang: "en-US" }));
  } else lines.push(NO_ONLINE_RETAIL);
  return lines;
}

function classifyTimed(req: ClassifyRequest): { outcome: ClassifyOutcome; ms: number } {
  const t0 = nowMs();
  const outcome = classify(req);
  return { outcome, ms: nowMs() - t0 };
}

/** A full collection where --expose-gc allows it, so that garbage of the step before is not this
 *  step's time; then a pause, so that the collection's background work (sweeping, freeing) is done
 *  too and does not share the 2 cores with the step timed. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  gc();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
}

function analyseTimes(o: ClassifyOutcome, reps: number): { ms: number[]; cpu: number[] } {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    collect();
    const c0 = cpuMs();
    const t0 = nowMs();
    analyseProducts(o.details.tx, o.result);
    ms.push(nowMs() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { ms, cpu };
}

const fmt = (xs: readonly number[]) => xs.map((x) => x.toFixed(0)).join(" ");

/** `--products N [R]`: classify N synthetic lines once, analyseProducts R times; with N = 0 the full
 *  Online Retail file instead. */
export function productRuns(root: string, transactions: number, reps: number): string[] {
  let req: ClassifyRequest;
  let label: string;
  if (transactions > 0) {
    const d = benchData({ label: "", customers: Math.max(1, Math.round(transactions / 10)), transactions });
    req = { customers: d.customersRaw, transactions: d.transactionsRaw, lang: "en-US" };
    label = `${transactions} synthetic lines`;
  } else {
    const transactions = onlineRetailRaw(root);
    if (transactions === null) throw new Error(NO_ONLINE_RETAIL);
    req = { customers: null, transactions, lang: "en-US" };
    label = "Online Retail";
  }
  const { outcome, ms } = classifyTimed(req);
  // With --expose-gc: the collection the classification's garbage calls for happens here, not in
  // the first (cold) analysis, which then times the analysis alone.
  (globalThis as { gc?: () => void }).gc?.();
  const t = analyseTimes(outcome, reps);
  return [
    `${label}, ${outcome.details.tx.n} kept, ${outcome.details.tx.products.length} products: ` +
      `classify ${ms.toFixed(0)} ms; analyseProducts median ${median(t.ms).toFixed(0)} ms (${fmt(t.ms)}), ` +
      `CPU (${fmt(t.cpu)})`,
  ];
}

// ---------------------------------------------------------------------------------------------------
// The bench section: ours against arquero, alternating in one process on the same data.

/** arquero's `params` returns the table; its declared type would make every verb after it untyped. */
function withParams(t: ColumnTable, p: Record<string, number>): ColumnTable {
  t.params(p);
  return t;
}

/** The peer's columns: the classified lines as the reader kept them (customer class by line, product
 *  code, day, amount in integer cents), so both sides start from columns and compute the same thing. */
function peerTable(o: ClassifyOutcome): ColumnTable {
  const tx = o.details.tx;
  const product = tx.product;
  if (product === null) throw new Error("the bench data have no product column");
  const cls = o.result.customers.map((c) => c.classes.overall ?? "none");
  const code = new Array<string | null>(tx.n);
  const klass = new Array<string>(tx.n);
  for (let i = 0; i < tx.n; i++) {
    code[i] = tx.products[product[i] as number] ?? null; // no product: not a product's line
    klass[i] = cls[tx.customer[i] as number] ?? "none";
  }
  return aq.table({
    code,
    cust: Int32Array.from(tx.customer),
    cls: klass,
    day: Float64Array.from(tx.day),
    cents: Float64Array.from(tx.amount),
  });
}

/** Product revenue per code with lines and distinct customers, ranked by value, cumulative share before
 *  each product and its A/B/C (80/95, value ≤ 0 is C); sales per month and customer class. */
export function arqueroProducts(t: ColumnTable): { abc: ColumnTable; monthly: ColumnTable } {
  const perProduct = t
    .filter("d => d.code != null")
    .groupby("code")
    .rollup({
      value: "d => op.sum(d.cents)",
      lines: "() => op.count()",
      customers: "d => op.distinct(d.cust)",
    })
    .derive({ pos: "d => d.value > 0 ? d.value : 0" });
  const total = Number(perProduct.rollup({ t: "d => op.sum(d.pos)" }).get("t", 0));
  const abc = withParams(
    perProduct.orderby(aq.desc("value"), "code").derive({ cum: aq.rolling("d => op.sum(d.pos)") as object }),
    { total, a: 0.8, b: 0.95 },
  )
    .derive({ before: "(d, $) => (d.cum - d.pos) / $.total", share: "(d, $) => d.pos / $.total" })
    .derive({ abc: "(d, $) => d.value <= 0 ? 'C' : d.before < $.a ? 'A' : d.before < $.b ? 'B' : 'C'" });
  // Month key year × 12 + month from the day number (days since 1970-01-01, as the engine keeps them).
  const monthly = t
    .derive({ month: "d => op.utcyear(d.day * 86400000) * 12 + op.utcmonth(d.day * 86400000)" })
    .groupby("month", "cls")
    .rollup({ revenue: "d => op.sum(d.cents)" })
    .orderby("month", "cls");
  return { abc, monthly };
}

export interface ProductsBench {
  size: BenchSize;
  products: number;
  lines: number;
  classifyMs: number[];
  /** First call of each side in the process (the analysis runs once per classification in the pane). */
  oursFirstMs: number;
  arqueroFirstMs: number;
  oursMs: number[];
  arqueroMs: number[];
  /** What the two sides' results disagree on (empty: every product's value, lines, customers and
   *  class, the total, and each month's sales agree). */
  disagreements: string[];
}

/** Where our analysis and arquero's differ, as short descriptions. */
function compareResults(ours: ProductAnalysis, peer: { abc: ColumnTable; monthly: ColumnTable }): string[] {
  const out: string[] = [];
  const byCode = new Map(ours.abc.rows.map((r) => [r.code, r]));
  if (peer.abc.numRows() !== byCode.size) out.push(`products ${peer.abc.numRows()} vs ${byCode.size}`);
  const codes = peer.abc.array("code");
  const cols = ["value", "lines", "customers", "abc"].map((c) => peer.abc.array(c));
  let total = 0;
  let bad = 0;
  for (let i = 0; i < codes.length; i++) {
    const r = byCode.get(String(codes[i]));
    const value = Number(cols[0]![i]);
    if (value > 0) total += value;
    const same =
      r !== undefined &&
      Math.round(r.value * MONEY_SCALE) === value &&
      r.lines === Number(cols[1]![i]) &&
      r.customers === Number(cols[2]![i]) &&
      r.class === cols[3]![i];
    if (!same) bad++;
  }
  if (bad > 0) out.push(`${bad} products' value, lines, customers or class`);
  if (total !== ours.abc.totalScaled) out.push(`total ${total} vs ${ours.abc.totalScaled}`);
  const perMonth = new Map<number, number>();
  const months = peer.monthly.array("month");
  const revenue = peer.monthly.array("revenue");
  for (let i = 0; i < months.length; i++)
    perMonth.set(Number(months[i]), (perMonth.get(Number(months[i])) ?? 0) + Number(revenue[i]));
  const ourMonths = ours.byClass.months.map((m, k) => {
    const [y, mm] = m.split("-").map(Number);
    return [y! * 12 + mm! - 1, Math.round((ours.byClass.totals[k] ?? 0) * MONEY_SCALE)] as const;
  });
  const wrong = ourMonths.filter(([key, v]) => (perMonth.get(key) ?? 0) !== v).length;
  if (wrong > 0 || perMonth.size > ourMonths.length) out.push(`${wrong} months' sales`);
  return out;
}

export function productsBench(size: BenchSize, reps: number, data?: BenchData): ProductsBench {
  const d = data ?? benchData(size);
  const req: ClassifyRequest = { customers: d.customersRaw, transactions: d.transactionsRaw, lang: "en-US" };
  const classifyMs: number[] = [];
  let outcome: ClassifyOutcome | null = null;
  for (let i = 0; i < Math.min(reps, 3); i++) {
    collect();
    const r = classifyTimed(req);
    classifyMs.push(r.ms);
    outcome = r.outcome;
  }
  const o = outcome!;
  const table = peerTable(o);
  const timed = <T>(f: () => T): [T, number] => {
    collect();
    const t0 = nowMs();
    const r = f();
    return [r, nowMs() - t0];
  };
  const ourRun = () => analyseProducts(o.details.tx, o.result);
  const peerRun = () => arqueroProducts(table);
  const [firstOurs, oursFirstMs] = timed(ourRun);
  const [firstPeer, arqueroFirstMs] = timed(peerRun);
  let ours = firstOurs;
  let peer = firstPeer;
  const oursMs: number[] = [];
  const arqueroMs: number[] = [];
  // Alternating, so that noise from the rest of the machine falls on both sides alike.
  for (let i = 0; i < reps; i++) {
    let ms: number;
    [ours, ms] = timed(ourRun);
    oursMs.push(ms);
    [peer, ms] = timed(peerRun);
    arqueroMs.push(ms);
  }
  return {
    size,
    products: ours.abc.rows.length,
    lines: o.details.tx.n,
    classifyMs,
    oursFirstMs,
    arqueroFirstMs,
    oursMs,
    arqueroMs,
    disagreements: compareResults(ours, peer),
  };
}

export function renderProductsBench(results: readonly ProductsBench[]): string {
  const lines = [
    "### Product analysis: analyseProducts against arquero",
    "",
    "Each size in its own child process: classify (for scale), then ours and arquero alternating on the",
    "same data, both starting from columns already read (the classification's lines; an arquero table of",
    "code, customer, class, day, cents). Ours: product ABC with lines and distinct customers, rising /",
    "falling / new products, monthly sales per customer class. arquero: the product revenue group-by with",
    "lines and distinct customers, ABC cumulative shares and classes, month × class totals. ms; first",
    "call, then the median of the alternating runs.",
    "",
    "| size | lines | products | classify | ours first | ours median | arquero first | arquero median | arquero / ours | ours / classify | results |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const r of results) {
    const ours = median(r.oursMs);
    const peer = median(r.arqueroMs);
    const cls = median(r.classifyMs);
    lines.push(
      `| ${r.size.label} | ${r.lines} | ${r.products} | ${cls.toFixed(0)} | ${r.oursFirstMs.toFixed(0)} | ` +
        `${ours.toFixed(0)} | ${r.arqueroFirstMs.toFixed(0)} | ${peer.toFixed(0)} | ${(peer / ours).toFixed(1)}× | ` +
        `${((100 * ours) / cls).toFixed(1)} % | ${r.disagreements.length === 0 ? "agree" : `DIFFER: ${r.disagreements.join("; ")}`} |`,
    );
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------
// In the bench: each size in a fresh child process (this same bundle), like the engine cases.

export const PRODUCTS_CHILD_ENV = "CUSTCLASS_BENCH_PRODUCTS";
const CHILD_TIMEOUT_MS = 10 * 60_000;

function inChild(size: BenchSize, reps: number): Promise<ProductsBench> {
  return new Promise((resolveRun, reject) => {
    const child = fork(process.argv[1]!, [], {
      execArgv: ["--expose-gc", "--max-old-space-size=8192"],
      env: { ...process.env, [PRODUCTS_CHILD_ENV]: JSON.stringify({ size, reps }) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answer: ProductsBench | null = null;
    const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_TIMEOUT_MS);
    child.on("message", (m) => (answer = m as ProductsBench));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (answer) resolveRun(answer);
      else reject(new Error(`products bench child ended without a result (code ${code}, signal ${signal})`));
    });
  });
}

/** In the child: run the spec, send the result, exit. */
export function productsChildEntry(specText: string): void {
  const spec = JSON.parse(specText) as { size: BenchSize; reps: number };
  try {
    const result = productsBench(spec.size, spec.reps);
    process.send?.(result, () => process.exit(0));
  } catch (e) {
    process.stderr.write(
      `products bench child failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exit(1);
  }
}

/** The section for `npm run bench`: every size, its markdown, and whether both sides agreed. */
export async function productsSection(
  sizes: readonly BenchSize[],
  reps: number | null,
): Promise<{ results: ProductsBench[]; text: string; agree: boolean }> {
  const results: ProductsBench[] = [];
  for (const [i, size] of sizes.entries()) {
    const t0 = nowMs();
    results.push(await inChild(size, reps ?? (i === 0 ? 7 : 5)));
    process.stderr.write(`bench: ${size.label} products: ${((nowMs() - t0) / 1000).toFixed(1)} s\n`);
  }
  return {
    results,
    text: renderProductsBench(results),
    agree: results.every((r) => r.disagreements.length === 0),
  };
}
