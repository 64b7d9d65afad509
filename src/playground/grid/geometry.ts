/**
 * Sizes and positions for the windowed sheet grid: Excel stores column widths and row heights in
 * points; the screen uses CSS pixels (96 px per inch, 72 pt per inch, so px = pt × 4/3). Offsets are
 * prefix sums so the row or column at a scroll position is a binary search, O(log n).
 */
import type { SheetState } from "../../sim/state";

export const PX_PER_PT = 96 / 72;
/** Excel hides a zero-width column; the grid does the same for hidden ones. */
const HIDDEN = 0;

export interface Axis {
  /** Number of rows or columns shown (the used part plus a margin of empty ones). */
  count: number;
  /** offsets[i] = pixels before item i; offsets[count] = total size. */
  offsets: Float64Array;
}

function axis(count: number, size: (i: number) => number): Axis {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + size(i);
  return { count, offsets };
}

/**
 * Row heights. A row without a height of its own is auto-fitted by Excel to its largest font; `fontPt`
 * gives that font size (in points) and the row gets AUTO_LINE × it, never less than the sheet's default
 * (Excel: Calibri 11 → 15 pt, 16 pt → 21 pt, a ratio of about 1.32).
 */
export const AUTO_LINE = 1.32;
export function rowAxis(sheet: SheetState, count: number, fontPt?: (r: number) => number): Axis {
  return axis(count, (r) => {
    const row = sheet.rows[r];
    if (row?.hidden) return HIDDEN;
    const auto = row && row.height === undefined && fontPt ? Math.ceil(fontPt(r) * AUTO_LINE * 4) / 4 : 0;
    return Math.round(Math.max(row?.height ?? sheet.standardHeight, auto) * PX_PER_PT);
  });
}

/** The largest font size (points) used in a row, from the cells' and the row's styles. */
export function rowFontPt(sheet: SheetState, r: number, sizeOfStyle: (id: number) => number): number {
  const row = sheet.rows[r];
  if (!row) return 0;
  let max = row.style !== undefined ? sizeOfStyle(row.style) : 0;
  const s = row.s;
  if (s)
    for (let c = 0; c < s.length; c++)
      if (s[c] !== undefined && row.v[c] !== undefined) max = Math.max(max, sizeOfStyle(s[c]!));
  return max;
}

export function colAxis(sheet: SheetState, count: number): Axis {
  return axis(count, (c) => {
    const col = sheet.cols[c];
    if (col?.hidden) return HIDDEN;
    return Math.round((col?.width ?? sheet.standardWidth) * PX_PER_PT);
  });
}

export function sizeOf(a: Axis, i: number): number {
  return a.offsets[i + 1]! - a.offsets[i]!;
}

/** Index of the item containing pixel `px` (clamped to the axis): the last i with offsets[i] <= px. */
export function indexAt(a: Axis, px: number): number {
  if (a.count === 0) return 0;
  let lo = 0;
  let hi = a.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.offsets[mid]! <= px) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Window {
  /** First and last index rendered (inclusive), past the frozen ones; first > last when none. */
  first: number;
  last: number;
}

/**
 * Items to render for a viewport: those after the `frozen` leading ones that intersect
 * [scroll, scroll + extent) of the scrollable part, plus `overscan` on each side so fast scrolling
 * shows no blank band.
 */
export function visibleWindow(
  a: Axis,
  frozen: number,
  scroll: number,
  extent: number,
  overscan: number,
): Window {
  const start = Math.min(frozen, a.count);
  if (start >= a.count) return { first: start, last: start - 1 };
  const base = a.offsets[start]!;
  const first = Math.max(start, indexAt(a, base + scroll) - overscan);
  const last = Math.min(a.count - 1, indexAt(a, base + scroll + Math.max(0, extent)) + overscan);
  return { first, last };
}

/** Rows and columns the grid shows: the used range, frozen panes and selection, plus a margin. */
export function shownCount(used: number, frozen: number, selected: number, margin: number): number {
  return Math.max(used, frozen, selected) + margin;
}
