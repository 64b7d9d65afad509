/** Host-side format reads and writes for a range (RangeFormat, RangeFont, RangeFill, borders). */
import { isEntireColumn, isEntireRow, rect, type Rect } from "./address";
import { applyStyle, ensureRow, setStyleId, styleIdAt } from "./cells";
import type { SheetState } from "./state";
import type { Border, Style, StyleTable } from "./styles";
import { formatValue } from "./number-format";
import type { SimHost } from "./host";

/**
 * Distinct style ids over a rectangle, visiting only stored rows/cells and adding the defaults that
 * apply to cells not stored (so whole columns cost what is used, not a million rows).
 */
export function styleIdsIn(sheet: SheetState, x: Rect): Set<number> {
  const ids = new Set<number>();
  const lastRow = Math.min(x.r1, sheet.rows.length - 1);
  let missingRows = lastRow < x.r1;
  for (let r = x.r0; r <= lastRow; r++) {
    const row = sheet.rows[r];
    if (!row) {
      missingRows = true;
      continue;
    }
    const width = Math.max(row.s?.length ?? 0, 1);
    const cEnd = Math.min(x.c1, width - 1);
    for (let c = x.c0; c <= cEnd; c++) ids.add(styleIdAt(sheet, r, c));
    if (x.c1 > cEnd) {
      // cells right of the stored ones: row style, else column styles
      if (row.style !== undefined) ids.add(row.style);
      else
        for (let c = Math.max(cEnd + 1, x.c0); c <= Math.min(x.c1, cEnd + 1 + sheet.cols.length); c++)
          ids.add(sheet.cols[c]?.style ?? 0);
    }
  }
  if (missingRows) {
    const cEnd = Math.min(x.c1, x.c0 + sheet.cols.length);
    for (let c = x.c0; c <= cEnd; c++) ids.add(sheet.cols[c]?.style ?? 0);
  }
  return ids;
}

/** The value shared by all cells, else null (Excel returns null for mixed formats). */
export function uniform<T>(styles: StyleTable, sheet: SheetState, x: Rect, get: (s: Style) => T): T | null {
  let first = true;
  let out: T | null = null;
  for (const id of styleIdsIn(sheet, x)) {
    const v = get(styles.get(id));
    if (first) {
      out = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(out)) return null;
  }
  return out;
}

export function setStyle(host: SimHost, sheet: SheetState, x: Rect, patch: (s: Style) => void): void {
  applyStyle(host.state.styles, sheet, x, patch);
}

export const NO_BORDER: Border = { style: "None", color: "#000000", weight: "Thin" };

/** Cells whose edge represents a border side of the range (inside borders are edges of inner cells). */
function borderTargets(x: Rect, side: string): { cells: Rect; edge: keyof Style["borders"] }[] {
  switch (side) {
    case "EdgeTop":
      return [{ cells: rect(x.r0, x.c0, x.r0, x.c1), edge: "EdgeTop" }];
    case "EdgeBottom":
      return [{ cells: rect(x.r1, x.c0, x.r1, x.c1), edge: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ cells: rect(x.r0, x.c0, x.r1, x.c0), edge: "EdgeLeft" }];
    case "EdgeRight":
      return [{ cells: rect(x.r0, x.c1, x.r1, x.c1), edge: "EdgeRight" }];
    case "InsideHorizontal":
      return x.r1 > x.r0 ? [{ cells: rect(x.r0, x.c0, x.r1 - 1, x.c1), edge: "EdgeBottom" }] : [];
    case "InsideVertical":
      return x.c1 > x.c0 ? [{ cells: rect(x.r0, x.c0, x.r1, x.c1 - 1), edge: "EdgeRight" }] : [];
    case "DiagonalDown":
      return [{ cells: x, edge: "DiagonalDown" }];
    case "DiagonalUp":
      return [{ cells: x, edge: "DiagonalUp" }];
    default:
      return [];
  }
}

export function readBorder(
  styles: StyleTable,
  sheet: SheetState,
  x: Rect,
  side: string,
  key: keyof Border,
): string | null {
  const targets = borderTargets(x, side);
  if (targets.length === 0) return NO_BORDER[key];
  let out: string | null | undefined;
  for (const t of targets) {
    const v = uniform(styles, sheet, t.cells, (s) => (s.borders[t.edge] ?? NO_BORDER)[key]);
    if (out === undefined) out = v;
    else if (out !== v) return null;
  }
  return out ?? null;
}

export function writeBorder(
  host: SimHost,
  sheet: SheetState,
  x: Rect,
  side: string,
  key: keyof Border,
  value: string,
): void {
  for (const t of borderTargets(x, side)) {
    setStyle(host, sheet, t.cells, (s) => {
      const b = { ...(s.borders[t.edge] ?? NO_BORDER) };
      b[key] = value;
      if (key !== "style" && b.style === "None") b.style = "Continuous";
      if (key === "style" && value === "None") {
        s.borders = Object.fromEntries(Object.entries(s.borders).filter(([k]) => k !== t.edge));
        return;
      }
      s.borders[t.edge] = b;
    });
  }
}

/** Width in points of Calibri 11 text, for autofit: 7 px per Latin character, 14 px for CJK, +5 px padding. */
function textWidthPoints(text: string, bold: boolean, size: number): number {
  let px = 0;
  for (const ch of text) px += ch.charCodeAt(0) >= 0x2e80 ? 14 : 7;
  px = px * (size / 11) * (bold ? 1.1 : 1) + 5;
  return Math.round(px * 0.75 * 100) / 100;
}

export function autofitColumns(host: SimHost, sheet: SheetState, x: Rect): void {
  const styles = host.state.styles;
  const r1 = Math.min(x.r1, sheet.rows.length - 1);
  let used = 0; // a loop, not Math.max(...rows): a spread overflows the stack on big sheets
  if (isEntireRow(x)) for (const r of sheet.rows) if (r && r.v.length > used) used = r.v.length;
  const c1 = isEntireRow(x) ? used - 1 : x.c1;
  for (let c = x.c0; c <= c1; c++) {
    let w = 0;
    for (let r = x.r0; r <= r1; r++) {
      const v = host.value(sheet, r, c);
      if (v === undefined) continue;
      const st = styles.get(styleIdAt(sheet, r, c));
      w = Math.max(w, textWidthPoints(formatValue(v, st.numberFormat), st.bold, st.fontSize));
    }
    if (w > 0) (sheet.cols[c] ?? (sheet.cols[c] = {})).width = Math.min(w, 409.5 * 4);
  }
}

export function autofitRows(sheet: SheetState, x: Rect): void {
  const r1 = Math.min(x.r1, sheet.rows.length - 1);
  for (let r = x.r0; r <= r1; r++) {
    const row = sheet.rows[r];
    if (row) delete row.height;
  }
}

export function columnWidth(sheet: SheetState, x: Rect): number | null {
  let w: number | undefined;
  const c1 = isEntireRow(x) ? Math.min(x.c1, sheet.cols.length) : x.c1;
  for (let c = x.c0; c <= c1; c++) {
    const v = sheet.cols[c]?.width ?? sheet.standardWidth;
    if (w === undefined) w = v;
    else if (w !== v) return null;
  }
  return w ?? sheet.standardWidth;
}

export function setColumnWidth(sheet: SheetState, x: Rect, points: number): void {
  for (let c = x.c0; c <= x.c1; c++) (sheet.cols[c] ?? (sheet.cols[c] = {})).width = points;
}

export function rowHeight(sheet: SheetState, x: Rect): number | null {
  let h: number | undefined;
  const r1 = isEntireColumn(x) ? Math.min(x.r1, sheet.rows.length) : x.r1;
  for (let r = x.r0; r <= r1; r++) {
    const v = sheet.rows[r]?.height ?? sheet.standardHeight;
    if (h === undefined) h = v;
    else if (h !== v) return null;
  }
  return h ?? sheet.standardHeight;
}

export function setRowHeight(sheet: SheetState, x: Rect, points: number): void {
  for (let r = x.r0; r <= x.r1; r++) ensureRow(sheet, r).height = points;
}

/** true / false / null (mixed) over the rows (or columns) of a range. */
export function hiddenState(sheet: SheetState, x: Rect, axis: "row" | "col"): boolean | null {
  let any = false;
  let all = true;
  const [a0, a1] = axis === "row" ? [x.r0, x.r1] : [x.c0, x.c1];
  const stored = axis === "row" ? sheet.rows.length : sheet.cols.length;
  for (let i = a0; i <= Math.min(a1, stored - 1); i++) {
    const h = axis === "row" ? sheet.rows[i]?.hidden === true : sheet.cols[i]?.hidden === true;
    if (h) any = true;
    else all = false;
  }
  if (a1 >= stored) all = false;
  return all ? true : any ? null : false;
}

export function setHidden(sheet: SheetState, x: Rect, axis: "row" | "col", hidden: boolean): void {
  if (axis === "row") {
    const r1 = hidden ? x.r1 : Math.min(x.r1, sheet.rows.length - 1);
    for (let r = x.r0; r <= r1; r++) {
      if (hidden) ensureRow(sheet, r).hidden = true;
      else if (sheet.rows[r]) delete sheet.rows[r]!.hidden;
    }
  } else {
    for (let c = x.c0; c <= x.c1; c++) {
      if (hidden) (sheet.cols[c] ?? (sheet.cols[c] = {})).hidden = true;
      else if (sheet.cols[c]) delete sheet.cols[c]!.hidden;
    }
  }
}

export { setStyleId };
