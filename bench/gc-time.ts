/**
 * Time spent in garbage collection within a measured interval, from V8's GC events (perf_hooks "gc"
 * entries, same clock as performance.now()). Entries arrive asynchronously, so the sum is read after
 * a macrotask. Tells how much of a step's time is allocation pressure rather than its own work.
 */
import { constants, PerformanceObserver } from "node:perf_hooks";

const events: { start: number; end: number; major: boolean }[] = [];
let observer: PerformanceObserver | null = null;

export function watchGc(): void {
  if (observer) return;
  observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      events.push({
        start: e.startTime,
        end: e.startTime + e.duration,
        major: kind === constants.NODE_PERFORMANCE_GC_MAJOR,
      });
    }
  });
  observer.observe({ entryTypes: ["gc"] });
}

/** ms of GC pauses overlapping [from, to]. */
export async function gcMsBetween(from: number, to: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  let ms = 0;
  for (const e of events) ms += Math.max(0, Math.min(to, e.end) - Math.max(from, e.start));
  return ms;
}

/** Major (mark-compact) GC pauses overlapping [from, to]: how many, and their ms. */
export async function majorGcBetween(from: number, to: number): Promise<{ count: number; ms: number }> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  let count = 0;
  let ms = 0;
  for (const e of events) {
    if (!e.major || e.end < from || e.start > to) continue;
    count++;
    ms += Math.min(to, e.end) - Math.max(from, e.start);
  }
  return { count, ms };
}
