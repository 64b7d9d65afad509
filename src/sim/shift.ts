/**
 * Range.insert / Range.delete: cells move Down/Right or Up/Left and everything that refers to
 * them follows, as in Excel: tables, merged areas, conditional formats, charts, PivotTables,
 * defined names, formula references and live (tracked) ranges. Whole rows/columns move their
 * height/width and hidden state too. Shifting part of a table or merged area is refused
 * (InsertDeleteConflict / MergedRangeConflict); pushing data off the grid is NonBlankCellOffSheet.
 */
import { isEntireColumn, isEntireRow, MAX_COLS, MAX_ROWS, rectCols, rectRows, type Rect } from "./address";
import { SimError, SimErrorCode } from "./errors";
import { rewriteRefs } from "./formula-refs";
import type { SimHost } from "./host";
import type { Row, SheetState, TableState } from "./state";

export type ShiftDirection = "Down" | "Right" | "Up" | "Left";

interface Shift {
  axis: "row" | "col";
  insert: boolean;
  at: number;
  n: number;
  /** Extent across the axis that moves (columns for row shifts). */
  s0: number;
  s1: number;
  entire: boolean;
}

function along(x: Rect, axis: "row" | "col"): [number, number] {
  return axis === "row" ? [x.r0, x.r1] : [x.c0, x.c1];
}
function across(x: Rect, axis: "row" | "col"): [number, number] {
  return axis === "row" ? [x.c0, x.c1] : [x.r0, x.r1];
}
function withAlong(x: Rect, axis: "row" | "col", a0: number, a1: number): Rect {
  return axis === "row" ? { r0: a0, c0: x.c0, r1: a1, c1: x.c1 } : { r0: x.r0, c0: a0, r1: x.r1, c1: a1 };
}

type Adjusted = Rect | null | "partial" | "same";

/** New rectangle after the shift; null if deleted; "partial" if it straddles the moving band. */
function adjust(x: Rect, s: Shift): Adjusted {
  const [b0, b1] = across(x, s.axis);
  if (!s.entire) {
    if (b1 < s.s0 || b0 > s.s1) return "same";
    if (b0 < s.s0 || b1 > s.s1) {
      const [, a1] = along(x, s.axis);
      return a1 >= s.at ? "partial" : "same";
    }
  }
  let [a0, a1] = along(x, s.axis);
  const limit = (s.axis === "row" ? MAX_ROWS : MAX_COLS) - 1;
  // Whole rows/columns references (A:A when inserting rows) do not move.
  if (a0 === 0 && a1 === limit) return "same";
  if (s.insert) {
    if (a0 >= s.at) {
      a0 += s.n;
      a1 += s.n;
    } else if (a1 >= s.at) a1 += s.n;
    else return "same";
    if (a0 > limit) return null;
    return withAlong(x, s.axis, a0, Math.min(a1, limit));
  }
  const end = s.at + s.n - 1;
  if (a1 < s.at) return "same";
  if (a0 > end) return withAlong(x, s.axis, a0 - s.n, a1 - s.n);
  const n0 = a0 < s.at ? a0 : s.at;
  const n1 = a1 > end ? a1 - s.n : s.at - 1;
  if (n1 < n0) return null;
  return withAlong(x, s.axis, n0, n1);
}

function moveCell(from: Row | undefined, to: Row, fc: number, tc: number): void {
  to.v[tc] = from?.v[fc];
  if (from?.f?.[fc] !== undefined || to.f) {
    if (!to.f) to.f = [];
    to.f[tc] = from?.f?.[fc];
  }
  if (from?.s?.[fc] !== undefined || to.s) {
    if (!to.s) to.s = [];
    to.s[tc] = from?.s?.[fc];
  }
}

function rowHasData(row: Row | undefined, s0: number, s1: number): boolean {
  if (!row) return false;
  const hi = Math.min(s1, row.v.length - 1);
  for (let c = s0; c <= hi; c++) if (row.v[c] !== undefined || row.f?.[c] !== undefined) return true;
  return false;
}

function moveRows(sheet: SheetState, s: Shift): void {
  const rows = sheet.rows;
  if (s.entire) {
    if (s.insert) {
      for (let r = Math.max(MAX_ROWS - s.n, 0); r < rows.length; r++)
        if (rowHasData(rows[r], 0, MAX_COLS - 1)) throw new SimError(SimErrorCode.nonBlankCellOffSheet);
      if (s.at < rows.length) rows.splice(s.at, 0, ...new Array<Row | undefined>(s.n).fill(undefined));
    } else if (s.at < rows.length) rows.splice(s.at, s.n);
    return;
  }
  const last = rows.length - 1;
  if (s.insert) {
    for (let r = Math.max(MAX_ROWS - s.n, 0); r <= last; r++)
      if (rowHasData(rows[r], s.s0, s.s1)) throw new SimError(SimErrorCode.nonBlankCellOffSheet);
    for (let r = last; r >= s.at; r--) {
      const from = rows[r];
      if (!from && !rows[r + s.n]) continue;
      const to = rows[r + s.n] ?? (rows[r + s.n] = { v: [] });
      for (let c = s.s0; c <= s.s1; c++) moveCell(from, to, c, c);
    }
    for (let r = s.at; r < s.at + s.n && r <= last; r++) {
      const row = rows[r];
      if (row) for (let c = s.s0; c <= s.s1; c++) moveCell(undefined, row, c, c);
    }
  } else {
    for (let r = s.at; r <= last; r++) {
      const from = rows[r + s.n];
      const to = rows[r];
      if (!from && !to) continue;
      for (let c = s.s0; c <= s.s1; c++) moveCell(from, to ?? (rows[r] = { v: [] }), c, c);
    }
  }
}

function spliceArr(a: unknown[] | undefined, at: number, insert: boolean, n: number): void {
  if (!a || at >= a.length) return;
  if (insert) a.splice(at, 0, ...new Array<unknown>(n).fill(undefined));
  else a.splice(at, n);
  if (a.length > MAX_COLS) a.length = MAX_COLS;
}

function moveCols(sheet: SheetState, s: Shift): void {
  const r0 = s.entire ? 0 : s.s0;
  const r1 = s.entire ? sheet.rows.length - 1 : Math.min(s.s1, sheet.rows.length - 1);
  if (s.insert) {
    for (let r = r0; r <= r1; r++)
      if (rowHasData(sheet.rows[r], MAX_COLS - s.n, MAX_COLS - 1))
        throw new SimError(SimErrorCode.nonBlankCellOffSheet);
  }
  for (let r = r0; r <= r1; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    spliceArr(row.v, s.at, s.insert, s.n);
    spliceArr(row.f, s.at, s.insert, s.n);
    spliceArr(row.s, s.at, s.insert, s.n);
  }
  if (s.entire) spliceArr(sheet.cols, s.at, s.insert, s.n);
}

/** Adjusts formulas and names anywhere in the workbook that point into `sheet`. */
function adjustFormulas(host: SimHost, sheet: SheetState, s: Shift): void {
  const fn = (formulaSheet: SheetState) => (name: string | undefined, x: Rect) => {
    const target =
      name === undefined
        ? formulaSheet
        : host.state.sheets.find((sh) => sh.name.toLowerCase() === name.toLowerCase());
    if (target !== sheet) return undefined;
    const a = adjust(x, s);
    if (a === "same" || a === "partial") return undefined;
    return a;
  };
  for (const sh of host.state.sheets) {
    const f = fn(sh);
    for (const row of sh.rows) {
      if (!row?.f) continue;
      for (let c = 0; c < row.f.length; c++) {
        const t = row.f[c];
        if (t !== undefined) row.f[c] = rewriteRefs(t, f);
      }
    }
  }
  for (const n of host.state.names) n.formula = rewriteRefs(n.formula, fn(n.sheet ?? sheet));
  for (const sh of host.state.sheets)
    for (const cf of sh.cfs) {
      if (!cf.rule) continue;
      for (const k of ["formula", "formula1", "formula2"]) {
        const v = cf.rule[k];
        if (typeof v === "string") cf.rule[k] = rewriteRefs(v, fn(sh));
      }
    }
}

/** Shifts the cells of `x` on `sheet`. `exclude` is a table the caller resizes itself. */
export function shiftCells(
  host: SimHost,
  sheet: SheetState,
  x: Rect,
  dir: ShiftDirection,
  exclude?: TableState,
): void {
  const axis = dir === "Down" || dir === "Up" ? "row" : "col";
  const insert = dir === "Down" || dir === "Right";
  const [at] = along(x, axis);
  const n = axis === "row" ? rectRows(x) : rectCols(x);
  const [s0, s1] = across(x, axis);
  const entire = axis === "row" ? isEntireRow(x) : isEntireColumn(x);
  const s: Shift = { axis, insert, at, n, s0, s1, entire };

  // Conflicts first, so nothing moves when the operation is refused.
  for (const t of sheet.tables) {
    if (t === exclude) continue;
    const a = adjust(t.rect, s);
    if (a === "partial") throw new SimError(SimErrorCode.insertDeleteConflict);
    if (!insert && a !== "same" && a !== null && t.showHeaders) {
      const hdr = axis === "row" ? t.rect.r0 : -1;
      if (hdr >= at && hdr < at + n) throw new SimError(SimErrorCode.insertDeleteConflict);
    }
  }
  for (const m of sheet.merges)
    if (adjust(m, s) === "partial") throw new SimError(SimErrorCode.mergedRangeConflict);
  for (const p of sheet.pivots)
    if (p.rendered && adjust(p.rendered, s) === "partial")
      throw new SimError(SimErrorCode.pivotTableRangeConflict);

  if (axis === "row") moveRows(sheet, s);
  else moveCols(sheet, s);

  const apply = (r: Rect): Rect | null => {
    const a = adjust(r, s);
    return a === "same" || a === "partial" ? r : a;
  };
  sheet.tables = sheet.tables.filter((t) => {
    if (t === exclude) return true;
    const a = apply(t.rect);
    if (!a) return false;
    t.rect = a;
    return true;
  });
  sheet.merges = sheet.merges.map(apply).filter((m): m is Rect => m !== null);
  sheet.cfs = sheet.cfs.filter((cf) => {
    cf.rects = cf.rects.map(apply).filter((r): r is Rect => r !== null);
    return cf.rects.length > 0;
  });
  for (const ref of sheet.live) {
    const a = apply(ref.rect);
    if (a) ref.rect = a;
    else ref.deleted = true;
  }
  sheet.selection = apply(sheet.selection) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
  for (const sh of host.state.sheets) {
    for (const ch of sh.charts)
      if (ch.source.sheet === sheet) ch.source.rect = apply(ch.source.rect) ?? ch.source.rect;
    for (const p of sh.pivots) {
      if ("sheet" in p.source && p.source.sheet === sheet)
        p.source.rect = apply(p.source.rect) ?? p.source.rect;
      if (sh === sheet) {
        const d = apply({ r0: p.dest.r, c0: p.dest.c, r1: p.dest.r, c1: p.dest.c });
        if (d) p.dest = { r: d.r0, c: d.c0 };
        if (p.rendered) p.rendered = apply(p.rendered);
      }
    }
  }
  adjustFormulas(host, sheet, s);
  host.dirty();
}
