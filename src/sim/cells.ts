/** Cell storage primitives on a SheetState: content, styles, used range, clearing. */
import { isEntireColumn, isEntireRow, type Rect } from "./address";
import type { CellValue, Row, SheetState } from "./state";
import type { Style, StyleTable } from "./styles";

export function rowAt(sheet: SheetState, r: number): Row | undefined {
  return sheet.rows[r];
}

export function ensureRow(sheet: SheetState, r: number): Row {
  let row = sheet.rows[r];
  if (!row) {
    row = { v: [] };
    sheet.rows[r] = row;
  }
  return row;
}

export function rawValue(sheet: SheetState, r: number, c: number): CellValue | undefined {
  return sheet.rows[r]?.v[c];
}

export function formulaAt(sheet: SheetState, r: number, c: number): string | undefined {
  return sheet.rows[r]?.f?.[c];
}

/** Effective style id: the cell's own, else its row's, else its column's (Excel's xf precedence). */
export function styleIdAt(sheet: SheetState, r: number, c: number): number {
  const row = sheet.rows[r];
  const own = row?.s?.[c];
  if (own !== undefined) return own;
  if (row?.style !== undefined) return row.style;
  return sheet.cols[c]?.style ?? 0;
}

export function setContent(
  sheet: SheetState,
  r: number,
  c: number,
  value: CellValue | undefined,
  formula: string | undefined,
): void {
  if (value === undefined && formula === undefined) {
    const row = sheet.rows[r];
    if (!row) return;
    row.v[c] = undefined;
    if (row.f) row.f[c] = undefined;
    return;
  }
  const row = ensureRow(sheet, r);
  row.v[c] = value;
  if (formula !== undefined) {
    if (!row.f) row.f = [];
    row.f[c] = formula;
  } else if (row.f) row.f[c] = undefined;
}

export function setStyleId(sheet: SheetState, r: number, c: number, id: number): void {
  const row = ensureRow(sheet, r);
  if (!row.s) row.s = [];
  row.s[c] = id;
}

function lastDefined(a: readonly unknown[] | undefined): number {
  if (!a) return -1;
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== undefined) return i;
  return -1;
}

function firstDefined(a: readonly unknown[] | undefined, upTo: number): number {
  if (!a) return -1;
  const n = Math.min(a.length, upTo);
  for (let i = 0; i < n; i++) if (a[i] !== undefined) return i;
  return -1;
}

/**
 * Smallest rectangle holding every cell with a value or formula (valuesOnly) or also any cell with
 * its own format; null when there is none.
 */
export function usedRect(sheet: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let r0 = Infinity;
  let r1 = -1;
  let c0 = Infinity;
  let c1 = -1;
  const rStart = within ? within.r0 : 0;
  const rEnd = within ? Math.min(within.r1, sheet.rows.length - 1) : sheet.rows.length - 1;
  for (let r = rStart; r <= rEnd; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let lo = Infinity;
    let hi = -1;
    const consider = (arr: readonly unknown[] | undefined, pred?: (x: unknown) => boolean): void => {
      if (!arr) return;
      if (within) {
        const end = Math.min(within.c1, arr.length - 1);
        for (let c = within.c0; c <= end; c++) {
          const x = arr[c];
          if (x !== undefined && (!pred || pred(x))) {
            if (c < lo) lo = c;
            if (c > hi) hi = c;
          }
        }
        return;
      }
      const h = pred ? lastMatching(arr, pred) : lastDefined(arr);
      if (h >= 0) {
        hi = Math.max(hi, h);
        const l = pred ? firstMatching(arr, pred) : firstDefined(arr, lo === Infinity ? arr.length : lo);
        if (l >= 0 && l < lo) lo = l;
      }
    };
    consider(row.v, (x) => x !== "");
    consider(row.f);
    if (!valuesOnly) consider(row.s, (x) => x !== 0);
    if (hi >= 0) {
      if (r < r0) r0 = r;
      r1 = r;
      if (lo < c0) c0 = lo;
      if (hi > c1) c1 = hi;
    }
  }
  if (r1 < 0) return null;
  return { r0, c0, r1, c1 };
}

function lastMatching(a: readonly unknown[], pred: (x: unknown) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== undefined && pred(a[i])) return i;
  return -1;
}
function firstMatching(a: readonly unknown[], pred: (x: unknown) => boolean): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== undefined && pred(a[i])) return i;
  return -1;
}

/** Rows that hold anything (so whole-column operations only visit existing rows). */
export function rowSpan(sheet: SheetState, x: Rect): { r0: number; r1: number } {
  return { r0: x.r0, r1: Math.min(x.r1, sheet.rows.length - 1) };
}

/** Clears contents and/or formats of a rectangle. */
export function clearRect(sheet: SheetState, x: Rect, contents: boolean, formats: boolean): void {
  const { r0, r1 } = rowSpan(sheet, x);
  for (let r = r0; r <= r1; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const c1 = Math.min(x.c1, Math.max(row.v.length, row.f?.length ?? 0, row.s?.length ?? 0) - 1);
    for (let c = x.c0; c <= c1; c++) {
      if (contents) {
        row.v[c] = undefined;
        if (row.f) row.f[c] = undefined;
      }
      if (formats && row.s) row.s[c] = undefined;
    }
    if (formats && isEntireRow(x)) row.style = undefined;
  }
  if (formats && isEntireColumn(x)) {
    for (let c = x.c0; c <= x.c1 && c < sheet.cols.length; c++) {
      const info = sheet.cols[c];
      if (info) info.style = undefined;
    }
  }
}

/**
 * Applies a format change to every cell of `x`. Whole rows/columns also change the row/column
 * default style so cells created later inherit it (as Excel does).
 */
export function applyStyle(styles: StyleTable, sheet: SheetState, x: Rect, patch: (s: Style) => void): void {
  const memo = new Map<number, number>();
  const wholeCols = isEntireColumn(x);
  const wholeRows = isEntireRow(x);
  if (wholeRows) {
    for (let r = x.r0; r <= x.r1; r++) {
      const row = wholeCols && !sheet.rows[r] ? undefined : ensureRow(sheet, r);
      if (!row) continue;
      row.style = styles.derive(row.style ?? 0, patch, memo);
      if (row.s)
        for (let c = 0; c < row.s.length; c++)
          if (row.s[c] !== undefined) row.s[c] = styles.derive(row.s[c]!, patch, memo);
    }
    if (!wholeCols) return;
  }
  if (wholeCols) {
    for (let c = x.c0; c <= x.c1; c++) {
      const info = sheet.cols[c] ?? (sheet.cols[c] = {});
      info.style = styles.derive(info.style ?? 0, patch, memo);
    }
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      if (wholeRows) continue;
      const hi = Math.min(x.c1, Math.max(row.v.length, row.s?.length ?? 0) - 1);
      for (let c = x.c0; c <= hi; c++) {
        if (row.s?.[c] !== undefined || row.style !== undefined || row.v[c] !== undefined)
          setStyleId(sheet, r, c, styles.derive(styleIdAt(sheet, r, c), patch, memo));
      }
    }
    return;
  }
  for (let r = x.r0; r <= x.r1; r++)
    for (let c = x.c0; c <= x.c1; c++)
      setStyleId(sheet, r, c, styles.derive(styleIdAt(sheet, r, c), patch, memo));
}
