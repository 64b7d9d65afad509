/** Medians of each case's repetitions, and the ratios ours / peer. */
import { sameAgreement } from "./agreement";
import type { EngineCaseResult } from "./child";
import type { BenchSize } from "./data";
import { median } from "./stats";

export interface CaseSummary {
  reps: number;
  parseMs: number;
  computeMs: number;
  totalMs: number;
  peakRssMB: number;
  retainedMB: number;
  parseGcMs: number;
  computeGcMs: number;
  parseCpuMs: number;
  computeCpuMs: number;
  totalCpuMs: number;
  /** Building the customer records on first read (all dimensions only; NaN otherwise). */
  recordsMs: number;
  /** Every repetition's values, for the JSON. */
  runs: {
    parseMs: number;
    computeMs: number;
    totalMs: number;
    peakRssMB: number;
    retainedMB: number;
    parseGcMs: number;
    computeGcMs: number;
    parseCpuMs: number;
    computeCpuMs: number;
    totalCpuMs: number;
    recordsMs: number;
  }[];
}

export interface SizeSummary {
  size: BenchSize;
  oursRfmAbc: CaseSummary;
  oursFull: CaseSummary;
  arquero: CaseSummary;
  /** ours RFM+ABC ÷ arquero, per measure (below 1 = ours faster / smaller). */
  ratio: Record<
    "parseMs" | "computeMs" | "totalMs" | "peakRssMB" | "parseCpuMs" | "computeCpuMs" | "totalCpuMs",
    number
  >;
  /** ours all dimensions ÷ arquero RFM+ABC. */
  ratioFull: Record<"computeMs" | "totalMs" | "peakRssMB" | "computeCpuMs" | "totalCpuMs", number>;
  countsAgree: boolean;
  counts: { ours: unknown; arquero: unknown };
  exactPeak: boolean;
}

export function summarizeCase(r: EngineCaseResult): CaseSummary {
  const runs = r.reps.map((x) => ({
    parseMs: x.parseMs,
    computeMs: x.computeMs,
    totalMs: x.totalMs,
    peakRssMB: x.memory.peakRssMB,
    retainedMB: x.memory.retainedMB,
    parseGcMs: x.parseGcMs,
    computeGcMs: x.computeGcMs,
    parseCpuMs: x.parseCpuMs,
    computeCpuMs: x.computeCpuMs,
    totalCpuMs: x.parseCpuMs + x.computeCpuMs,
    recordsMs: x.recordsMs ?? NaN,
  }));
  const med = (k: keyof (typeof runs)[number]) => median(runs.map((x) => x[k]));
  return {
    reps: runs.length,
    parseMs: med("parseMs"),
    computeMs: med("computeMs"),
    totalMs: med("totalMs"),
    peakRssMB: med("peakRssMB"),
    retainedMB: med("retainedMB"),
    parseGcMs: med("parseGcMs"),
    computeGcMs: med("computeGcMs"),
    parseCpuMs: med("parseCpuMs"),
    computeCpuMs: med("computeCpuMs"),
    totalCpuMs: med("totalCpuMs"),
    recordsMs: med("recordsMs"),
    runs,
  };
}

export function summarizeSize(
  ours: EngineCaseResult,
  full: EngineCaseResult,
  peer: EngineCaseResult,
): SizeSummary {
  const a = summarizeCase(ours);
  const f = summarizeCase(full);
  const p = summarizeCase(peer);
  const countsAgree =
    ours.agreement !== undefined &&
    peer.agreement !== undefined &&
    sameAgreement(ours.agreement, peer.agreement);
  return {
    size: ours.size,
    oursRfmAbc: a,
    oursFull: f,
    arquero: p,
    ratio: {
      parseMs: a.parseMs / p.parseMs,
      computeMs: a.computeMs / p.computeMs,
      totalMs: a.totalMs / p.totalMs,
      peakRssMB: a.peakRssMB / p.peakRssMB,
      parseCpuMs: a.parseCpuMs / p.parseCpuMs,
      computeCpuMs: a.computeCpuMs / p.computeCpuMs,
      totalCpuMs: a.totalCpuMs / p.totalCpuMs,
    },
    ratioFull: {
      computeMs: f.computeMs / p.computeMs,
      totalMs: f.totalMs / p.totalMs,
      peakRssMB: f.peakRssMB / p.peakRssMB,
      computeCpuMs: f.computeCpuMs / p.computeCpuMs,
      totalCpuMs: f.totalCpuMs / p.totalCpuMs,
    },
    countsAgree,
    counts: { ours: ours.agreement, arquero: peer.agreement },
    exactPeak: [ours, full, peer].every((r) => r.reps.every((x) => x.memory.exactPeak)),
  };
}
