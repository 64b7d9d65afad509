/**
 * Peak memory of one measured step, in the process that runs it.
 *
 * A synchronous computation blocks the event loop, so sampling memoryUsage() on a timer would miss its
 * peak. Linux keeps the resident-set high-water mark (VmHWM in /proc/self/status) and resets it when "5"
 * is written to /proc/self/clear_refs (proc(5)): reset after a full GC, run the step, read VmHWM back —
 * the peak RSS of exactly that step. Elsewhere, process.resourceUsage().maxRSS (not resettable: the
 * process's whole-life peak) is the fallback, and `exactPeak` says so.
 * Heap is reported as what the step's result keeps alive (heapUsed + external after a full GC, over
 * the baseline): typed arrays live in `external`, so heapUsed alone would flatter a columnar engine.
 */
import { readFileSync, writeFileSync } from "node:fs";

const KB = 1024;
const MB = 1024 * 1024;

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error("run the bench child with --expose-gc");
  // Twice: the first pass can leave objects whose finalizers free more.
  g();
  g();
}

function statusKb(field: "VmHWM" | "VmRSS"): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

function resetHighWaterMark(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

export interface MemoryMark {
  rssMB: number;
  heapMB: number;
  exactPeak: boolean;
}

export interface StepMemory {
  /** Peak RSS during the step, over the RSS just before it (MB). */
  peakRssMB: number;
  /** heapUsed + external kept alive by the step's result, after a full GC (MB). */
  retainedMB: number;
  /** RSS before the step (MB): the data the step reads is part of it. */
  baselineRssMB: number;
  exactPeak: boolean;
}

function heapMB(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.external) / MB;
}

/** Full GC, reset the high-water mark, and remember where memory stands. */
export function markBaseline(): MemoryMark {
  gc();
  const exactPeak = resetHighWaterMark();
  const rss = statusKb("VmRSS");
  return {
    rssMB: (Number.isFinite(rss) ? rss * KB : process.memoryUsage().rss) / MB,
    heapMB: heapMB(),
    exactPeak,
  };
}

/** Call right after the step, with its result still referenced by the caller. */
export function measureStep(base: MemoryMark): StepMemory {
  const hwm = statusKb("VmHWM");
  const peakRss = base.exactPeak && Number.isFinite(hwm) ? hwm / KB : process.resourceUsage().maxRSS / KB;
  gc();
  return {
    peakRssMB: Math.max(0, peakRss - base.rssMB),
    retainedMB: Math.max(0, heapMB() - base.heapMB),
    baselineRssMB: base.rssMB,
    exactPeak: base.exactPeak,
  };
}
