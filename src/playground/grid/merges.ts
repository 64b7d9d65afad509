/**
 * Merged cells in a windowed grid. Only some rows and columns are rendered, in runs of consecutive
 * indices (the frozen ones, then the scrolled window). A merged area shows as one cell spanning the
 * part of it that is rendered: its first rendered cell in each run carries the spans and the value of
 * the merge's top-left cell; the other rendered cells of the area are skipped.
 */
import type { Rect } from "../../sim/address";

/** Consecutive runs of a sorted index list: [0,1,2,7,8] → [[0,2],[7,8]]. */
export function runsOf(list: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of list) {
    const last = out[out.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

export interface Span {
  /** The merge's top-left cell, whose value and format the spanning cell shows. */
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
}

export interface Spans {
  /** undefined: an ordinary cell; null: covered by a spanning cell; a Span: render with these spans. */
  get(r: number, c: number): Span | null | undefined;
}

function clip(lo: number, hi: number, runs: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of runs) {
    const x = Math.max(a, lo);
    const y = Math.min(b, hi);
    if (x <= y) out.push([x, y]);
  }
  return out;
}

export function mergeSpans(
  merges: readonly Rect[],
  rowRuns: readonly [number, number][],
  colRuns: readonly [number, number][],
): Spans {
  const cells = new Map<string, Span | null>();
  for (const m of merges) {
    for (const [r0, r1] of clip(m.r0, m.r1, rowRuns)) {
      for (const [c0, c1] of clip(m.c0, m.c1, colRuns)) {
        for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells.set(`${r},${c}`, null);
        cells.set(`${r0},${c0}`, { r: m.r0, c: m.c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1 });
      }
    }
  }
  return { get: (r, c) => cells.get(`${r},${c}`) };
}
