/**
 * A1 addresses. Rows and columns are 0-based internally; rectangles are inclusive.
 * Grid limits are Excel's: 1,048,576 rows × 16,384 columns (XFD)
 * (support.microsoft.com "Excel specifications and limits").
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1 = r0, c1 = c0): Rect {
  return { r0, c0, r1, c1 };
}

export function colToLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;
const ROW_RE = /^\$?([0-9]{1,7})$/;

function parsePart(part: string): { r?: number; c?: number } | null {
  let m = CELL_RE.exec(part);
  if (m) return { c: lettersToCol(m[1]!), r: Number(m[2]) - 1 };
  m = COL_RE.exec(part);
  if (m) return { c: lettersToCol(m[1]!) };
  m = ROW_RE.exec(part);
  if (m) return { r: Number(m[1]) - 1 };
  return null;
}

function inGrid(x: Rect): boolean {
  return x.r0 >= 0 && x.c0 >= 0 && x.r1 < MAX_ROWS && x.c1 < MAX_COLS && x.r0 <= x.r1 && x.c0 <= x.c1;
}

/** Parses "A1", "A1:B2", "$A$1", "A:C", "3:5" (no sheet part). Returns null when not an A1 reference. */
export function parseRect(ref: string): Rect | null {
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePart(parts[0]!);
  const b = parts.length === 2 ? parsePart(parts[1]!) : a;
  if (!a || !b) return null;
  let x: Rect;
  if (a.r !== undefined && a.c !== undefined && b.r !== undefined && b.c !== undefined) {
    x = rect(Math.min(a.r, b.r), Math.min(a.c, b.c), Math.max(a.r, b.r), Math.max(a.c, b.c));
  } else if (
    parts.length === 2 &&
    a.r === undefined &&
    b.r === undefined &&
    a.c !== undefined &&
    b.c !== undefined
  ) {
    x = rect(0, Math.min(a.c, b.c), MAX_ROWS - 1, Math.max(a.c, b.c));
  } else if (
    parts.length === 2 &&
    a.c === undefined &&
    b.c === undefined &&
    a.r !== undefined &&
    b.r !== undefined
  ) {
    x = rect(Math.min(a.r, b.r), 0, Math.max(a.r, b.r), MAX_COLS - 1);
  } else {
    return null;
  }
  return inGrid(x) ? x : null;
}

/** Splits "Sheet1!A1:B2" / "'My sheet'!A1" into sheet name (unquoted) and reference. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (s[i + 1] === "!") return { sheet: name, ref: s.slice(i + 2) };
    return { ref: s };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { ref: s };
}

export function parseAddress(address: string): { sheet?: string; rect: Rect } | null {
  const { sheet, ref } = splitSheet(address);
  const x = parseRect(ref);
  if (!x) return null;
  return sheet === undefined ? { rect: x } : { sheet, rect: x };
}

export function isEntireColumn(x: Rect): boolean {
  return x.r0 === 0 && x.r1 === MAX_ROWS - 1;
}
export function isEntireRow(x: Rect): boolean {
  return x.c0 === 0 && x.c1 === MAX_COLS - 1;
}

export function cellRef(r: number, c: number, absolute = false): string {
  return absolute ? `$${colToLetters(c)}$${r + 1}` : `${colToLetters(c)}${r + 1}`;
}

/** "A1", "A1:C3", "B:E" (entire columns) or "4:11" (entire rows), as Excel reports them. */
export function formatRect(x: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isEntireColumn(x) && !isEntireRow(x)) return `${d}${colToLetters(x.c0)}:${d}${colToLetters(x.c1)}`;
  if (isEntireRow(x)) return `${d}${x.r0 + 1}:${d}${x.r1 + 1}`;
  const a = cellRef(x.r0, x.c0, absolute);
  if (x.r0 === x.r1 && x.c0 === x.c1) return a;
  return `${a}:${cellRef(x.r1, x.c1, absolute)}`;
}

/**
 * Excel quotes a sheet name in a reference unless it is a plain identifier: letters (any script,
 * so 销售明细!A1 stays unquoted), digits, "_" and "." and not starting with a digit, and not
 * something that reads as a cell reference (e.g. "A1", "R1C1").
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, x: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(x, absolute)}`;
}

export function rectRows(x: Rect): number {
  return x.r1 - x.r0 + 1;
}
export function rectCols(x: Rect): number {
  return x.c1 - x.c0 + 1;
}
export function rectCells(x: Rect): number {
  return rectRows(x) * rectCols(x);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** a minus b as up to four rectangles (top, bottom, left, right bands). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [{ ...a }];
  const out: Rect[] = [];
  if (a.r0 < i.r0) out.push(rect(a.r0, a.c0, i.r0 - 1, a.c1));
  if (i.r1 < a.r1) out.push(rect(i.r1 + 1, a.c0, a.r1, a.c1));
  if (a.c0 < i.c0) out.push(rect(i.r0, a.c0, i.r1, i.c0 - 1));
  if (i.c1 < a.c1) out.push(rect(i.r0, i.c1 + 1, i.r1, a.c1));
  return out;
}
