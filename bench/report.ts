/** The bench's output: markdown-like tables on stdout, the same numbers in out/bench.json. */
import type { CliResult } from "./cli-case";
import type { SizeSummary } from "./summary";
import type { WriteStep, XlsxResult } from "./xlsx-case";

export interface Machine {
  node: string;
  v8: string;
  platform: string;
  arch: string;
  cpus: number;
  cpuModel: string;
  totalMemGB: number;
  /** 1, 5 and 15 minute load averages when the bench ended: other work on the machine skews timings. */
  loadAverage: number[];
  arqueroVersion: string;
  exceljsVersion: string;
  date: string;
}

export interface BenchReport {
  machine: Machine;
  options: { quick: boolean; reps: number | null };
  engine: SizeSummary[];
  cli: CliResult | null;
  xlsx: XlsxResult | null;
  /** Cases that failed (the bench then exits 1). */
  errors: string[];
  /** Cases stopped at their time limit, with how far they got. */
  notes: string[];
  benchSeconds: number;
}

const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "–");
const mb = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");
const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;

function engineTable(s: SizeSummary): string[] {
  const { oursRfmAbc: o, oursFull: f, arquero: p } = s;
  const lines = [
    `### ${s.size.label}: ${s.size.customers.toLocaleString("en-US")} customers, ${s.size.transactions.toLocaleString("en-US")} transactions (median of ${o.reps}/${f.reps}/${p.reps} runs)`,
    "",
    row([
      "measure",
      "ours RFM+ABC",
      "arquero RFM+ABC",
      "ours / arquero",
      "ours all dimensions",
      "all dims / arquero",
    ]),
    row(["---", "---:", "---:", "---:", "---:", "---:"]),
    row(["parse (ms)", ms(o.parseMs), ms(p.parseMs), ratio(s.ratio.parseMs), ms(f.parseMs), "–"]),
    row([
      "compute (ms)",
      ms(o.computeMs),
      ms(p.computeMs),
      ratio(s.ratio.computeMs),
      ms(f.computeMs),
      ratio(s.ratioFull.computeMs),
    ]),
    row([
      "total (ms)",
      ms(o.totalMs),
      ms(p.totalMs),
      ratio(s.ratio.totalMs),
      ms(f.totalMs),
      ratio(s.ratioFull.totalMs),
    ]),
    row(["customer records on first read (ms)", "–", "–", "–", ms(f.recordsMs), "–"]),
    row([
      "parse CPU (ms)",
      ms(o.parseCpuMs),
      ms(p.parseCpuMs),
      ratio(s.ratio.parseCpuMs),
      ms(f.parseCpuMs),
      "–",
    ]),
    row([
      "compute CPU (ms)",
      ms(o.computeCpuMs),
      ms(p.computeCpuMs),
      ratio(s.ratio.computeCpuMs),
      ms(f.computeCpuMs),
      ratio(s.ratioFull.computeCpuMs),
    ]),
    row([
      "total CPU (ms)",
      ms(o.totalCpuMs),
      ms(p.totalCpuMs),
      ratio(s.ratio.totalCpuMs),
      ms(f.totalCpuMs),
      ratio(s.ratioFull.totalCpuMs),
    ]),
    row([
      "of which GC pauses, parse / compute (ms)",
      `${ms(o.parseGcMs)} / ${ms(o.computeGcMs)}`,
      `${ms(p.parseGcMs)} / ${ms(p.computeGcMs)}`,
      "–",
      `${ms(f.parseGcMs)} / ${ms(f.computeGcMs)}`,
      "–",
    ]),
    row([
      "peak RSS over baseline (MB)",
      mb(o.peakRssMB),
      mb(p.peakRssMB),
      ratio(s.ratio.peakRssMB),
      mb(f.peakRssMB),
      ratio(s.ratioFull.peakRssMB),
    ]),
    row([
      "retained heap+external (MB)",
      mb(o.retainedMB),
      mb(p.retainedMB),
      ratio(o.retainedMB / p.retainedMB),
      mb(f.retainedMB),
      "–",
    ]),
    "",
    `counts agree: ${s.countsAgree ? "yes" : "NO"}${countsLine(s)}`,
  ];
  return lines;
}

function countsLine(s: SizeSummary): string {
  const c = s.counts.ours as
    { rfm?: Record<string, number>; abc?: Record<string, number>; digest?: string } | undefined;
  if (!c?.rfm || !c.abc) return "";
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  return ` (rf10: ${list(c.rfm)}; ABC: ${list(c.abc)}; per-customer digest ${c.digest ?? "?"})`;
}

function writeRow(name: string, w: WriteStep): string {
  return row([name, ms(w.ms), mb(w.bytes / 1024 / 1024), mb(w.memory.peakRssMB)]);
}

export function renderReport(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [
    "# CustClass bench",
    "",
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.totalMemGB.toFixed(0)} GB; node ${m.node} (V8 ${m.v8}), ${m.platform}/${m.arch}; arquero ${m.arqueroVersion}, exceljs ${m.exceljsVersion}; ${m.date}; load average ${m.loadAverage.map((x) => x.toFixed(1)).join(" ")}`,
    "Each case runs in a fresh Node process (--expose-gc). Times are wall clock (ms) and CPU time (user + system,",
    "all threads: steadier than wall when the machine is shared). parse = rows as Office.js gives them → our reader's",
    "columns / arquero `from` tables (both tables; of the transactions, the four columns RFM + ABC use, except for",
    "ours on every dimension, which reads all); compute = RFM + ABC (rf10, ABC 80/95, net refunds) or, for ours,",
    "`classify` on every dimension (classify − parse). Peak RSS = VmHWM reset after a full GC, over the RSS",
    `then${r.engine.every((s) => s.exactPeak) ? "" : " (NOT exact on this OS: whole-process maxRSS)"}; retained = heap + external kept by the result after GC.`,
    "",
  ];
  for (const s of r.engine) out.push(...engineTable(s), "");
  if (r.cli) {
    const c = r.cli;
    out.push(
      `### CLI end to end: ${c.size.transactions.toLocaleString("en-US")} transactions (${mb(c.csvBytes / 1024 / 1024)} MB CSV) → --json + --out .xlsx`,
      "",
      row(["measure", "value"]),
      row(["---", "---:"]),
      row(["wall (ms)", ms(c.wallMs)]),
      row(["CPU, user + system (ms)", ms(c.cpuMs)]),
      row(["peak RSS (MB, whole process)", mb(c.peakRssMB)]),
      row([
        "ended",
        c.timedOut
          ? "stopped at the time limit"
          : c.exitCode === 0
            ? "exit 0"
            : `${c.signal ?? `exit ${c.exitCode}`} (failed)`,
      ]),
      row(["phases (ms from start)", c.phases.map((p) => `${p.phase} ${ms(p.atMs)}`).join(", ") || "–"]),
      row([
        "out.xlsx / out.json (MB)",
        `${mb(c.xlsxBytes / 1024 / 1024)} / ${mb(c.jsonBytes / 1024 / 1024)}`,
      ]),
      "",
    );
  }
  if (r.xlsx) {
    const x = r.xlsx;
    const ours = x.customerSheetOurs;
    const peer = x.customerSheetExcelJsStream;
    out.push(
      `### .xlsx write alone (workbook from the CLI pipeline; customer sheet ${x.customerRows.toLocaleString("en-US")} rows × ${x.customerCols} cols)`,
      "",
      row(["writer", "ms", "file MB", "peak RSS over baseline (MB)"]),
      row(["---", "---:", "---:", "---:"]),
      writeRow("ours saveXlsx, customer sheet only", ours),
      writeRow("ExcelJS stream.xlsx.WorkbookWriter, customer sheet values", peer),
      "",
      `customer sheet, ours / ExcelJS stream: time ${ratio(ours.ms / peer.ms)}, peak RSS ${ratio(ours.memory.peakRssMB / peer.memory.peakRssMB)}`,
      "",
    );
  }
  for (const n of r.notes) out.push(`NOTE: ${n}`, "");
  for (const e of r.errors) out.push(`FAILED: ${e}`, "");
  out.push(`bench time: ${r.benchSeconds.toFixed(0)} s`);
  return out.join("\n");
}
