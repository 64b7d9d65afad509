/**
 * One bar for the whole run: each phase of classifyWorkbook gets a share of the bar. The shares are
 * rough measured proportions on the sample workbook in the simulator (reading and writing dominate;
 * the worker's classify is quick); they only shape the bar, nothing depends on them.
 */
import type { Phase } from "../../excel/run";

export const PHASES: readonly Phase[] = ["reading", "classifying", "writing", "formatting", "summary"];

const WEIGHT: Record<Phase, number> = {
  reading: 0.3,
  classifying: 0.2,
  writing: 0.3,
  formatting: 0.1,
  summary: 0.1,
};

/** Fraction of the whole run done when `phase` is `fraction` done (0..1, never backwards within a run). */
export function overallProgress(phase: Phase | null, fraction: number): number {
  if (phase === null) return 0;
  let done = 0;
  for (const p of PHASES) {
    if (p === phase) return Math.min(1, done + WEIGHT[p] * Math.max(0, Math.min(1, fraction)));
    done += WEIGHT[p];
  }
  return done;
}

/** 1-based step number of a phase, for "Writing (3 of 5)". */
export function phaseNumber(phase: Phase): number {
  return PHASES.indexOf(phase) + 1;
}
