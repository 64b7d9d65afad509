/**
 * Selection as Excel keeps it: an anchor cell (where the selection started; the active cell) and the
 * rectangle spanned from the anchor to the last extended-to cell. Pure functions; the grid writes the
 * rectangle into the simulator (sheet.selection), which is what `workbook.getSelectedRange()` returns.
 */
import type { Rect } from "../../sim/address";

export interface Cell {
  r: number;
  c: number;
}

export interface GridSelection {
  anchor: Cell;
  /** The corner opposite the anchor (moves with shift+click / shift+arrow). */
  focus: Cell;
}

export interface Bounds {
  rows: number;
  cols: number;
}

export function selectionRect(s: GridSelection): Rect {
  return {
    r0: Math.min(s.anchor.r, s.focus.r),
    c0: Math.min(s.anchor.c, s.focus.c),
    r1: Math.max(s.anchor.r, s.focus.r),
    c1: Math.max(s.anchor.c, s.focus.c),
  };
}

/** A selection from a stored rectangle (the simulator keeps only that): anchored at its top-left, as Excel does after Range.select(). */
export function fromRect(x: Rect): GridSelection {
  return { anchor: { r: x.r0, c: x.c0 }, focus: { r: x.r1, c: x.c1 } };
}

function clamp(cell: Cell, b: Bounds): Cell {
  return { r: Math.max(0, Math.min(b.rows - 1, cell.r)), c: Math.max(0, Math.min(b.cols - 1, cell.c)) };
}

/** A click: a single cell; a shift+click: extend from the anchor. */
export function clickCell(s: GridSelection, cell: Cell, extend: boolean): GridSelection {
  return extend ? { anchor: s.anchor, focus: cell } : { anchor: cell, focus: cell };
}

export type MoveKey =
  "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "PageUp" | "PageDown" | "Home" | "End";

/**
 * Keyboard movement. Plain keys move the active cell (collapsing the selection); with shift they move
 * the focus corner. Ctrl+Home goes to A1, Ctrl+End to the last used cell (Excel's shortcuts);
 * Home goes to column A of the row. `page` is the number of rows a PageUp/PageDown moves.
 */
export function moveSelection(
  s: GridSelection,
  key: MoveKey,
  opts: { shift: boolean; ctrl: boolean; page: number; lastUsed: Cell; bounds: Bounds },
): GridSelection {
  const from = opts.shift ? s.focus : s.anchor;
  let to: Cell;
  switch (key) {
    case "ArrowUp":
      to = { r: from.r - 1, c: from.c };
      break;
    case "ArrowDown":
      to = { r: from.r + 1, c: from.c };
      break;
    case "ArrowLeft":
      to = { r: from.r, c: from.c - 1 };
      break;
    case "ArrowRight":
      to = { r: from.r, c: from.c + 1 };
      break;
    case "PageUp":
      to = { r: from.r - opts.page, c: from.c };
      break;
    case "PageDown":
      to = { r: from.r + opts.page, c: from.c };
      break;
    case "Home":
      to = opts.ctrl ? { r: 0, c: 0 } : { r: from.r, c: 0 };
      break;
    case "End":
      to = opts.ctrl ? opts.lastUsed : { r: from.r, c: opts.lastUsed.c };
      break;
  }
  to = clamp(to, opts.bounds);
  return opts.shift ? { anchor: s.anchor, focus: to } : { anchor: to, focus: to };
}

/**
 * Excel's "current region" (what Ctrl+A selects inside data): the rectangle around `cell` grown while
 * any cell just outside it, diagonals included, holds a value. `filled` tells whether a cell has one.
 */
export function currentRegion(cell: Cell, filled: (r: number, c: number) => boolean, bounds: Bounds): Rect {
  const x: Rect = { r0: cell.r, c0: cell.c, r1: cell.r, c1: cell.c };
  const rowHas = (r: number, c0: number, c1: number) => {
    if (r < 0 || r >= bounds.rows) return false;
    for (let c = Math.max(0, c0); c <= Math.min(bounds.cols - 1, c1); c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number, r0: number, r1: number) => {
    if (c < 0 || c >= bounds.cols) return false;
    for (let r = Math.max(0, r0); r <= Math.min(bounds.rows - 1, r1); r++) if (filled(r, c)) return true;
    return false;
  };
  for (;;) {
    let grew = false;
    while (rowHas(x.r0 - 1, x.c0 - 1, x.c1 + 1)) {
      x.r0 -= 1;
      grew = true;
    }
    while (rowHas(x.r1 + 1, x.c0 - 1, x.c1 + 1)) {
      x.r1 += 1;
      grew = true;
    }
    while (colHas(x.c0 - 1, x.r0 - 1, x.r1 + 1)) {
      x.c0 -= 1;
      grew = true;
    }
    while (colHas(x.c1 + 1, x.r0 - 1, x.r1 + 1)) {
      x.c1 += 1;
      grew = true;
    }
    if (!grew) return x;
  }
}

export function inRect(x: Rect, r: number, c: number): boolean {
  return r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1;
}
