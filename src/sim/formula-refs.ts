/**
 * Rewrites the references inside formula text, for Excel's reference adjustment when cells are
 * inserted or deleted (=SUM(B2:B10) becomes =SUM(B4:B12) after two rows are inserted above;
 * a reference to deleted cells becomes #REF!). String literals are left alone.
 */
import { colToLetters, lettersToCol, MAX_COLS, MAX_ROWS, type Rect } from "./address";

const REF =
  /(?<![\p{L}\p{N}_.])((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(!])/gu;

interface Part {
  colAbs: boolean;
  rowAbs: boolean;
  c?: number;
  r?: number;
}

function parsePart(s: string): Part | null {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(s);
  if (!m || (!m[2] && !m[4])) return null;
  const p: Part = { colAbs: m[1] === "$", rowAbs: m[3] === "$" };
  if (m[2]) p.c = lettersToCol(m[2]);
  if (m[4]) p.r = Number(m[4]) - 1;
  if (!m[2] && m[4]) p.rowAbs = m[1] === "$";
  if ((p.c !== undefined && p.c >= MAX_COLS) || (p.r !== undefined && (p.r < 0 || p.r >= MAX_ROWS)))
    return null;
  return p;
}

function fmtPart(p: Part, c: number | undefined, r: number | undefined): string {
  let s = "";
  if (c !== undefined) s += (p.colAbs ? "$" : "") + colToLetters(c);
  if (r !== undefined) s += (p.rowAbs ? "$" : "") + String(r + 1);
  return s;
}

function unquote(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const p = prefix.slice(0, -1);
  return p.startsWith("'") ? p.slice(1, -1).replace(/''/g, "'") : p;
}

/**
 * Calls `fn` for each reference (sheet name as written, or undefined; its rectangle); `fn` returns
 * the new rectangle, null for #REF!, or undefined to keep the text.
 */
export function rewriteRefs(
  formula: string,
  fn: (sheet: string | undefined, x: Rect) => Rect | null | undefined,
): string {
  const pieces = formula.split('"');
  for (let i = 0; i < pieces.length; i += 2) {
    pieces[i] = pieces[i]!.replace(REF, (whole, prefix: string | undefined, ref: string) => {
      const [a, b] = ref.split(":");
      const pa = parsePart(a!);
      const pb = b !== undefined ? parsePart(b) : pa;
      if (!pa || !pb) return whole;
      const x: Rect = {
        r0: pa.r ?? 0,
        c0: pa.c ?? 0,
        r1: pb.r ?? (pa.r === undefined ? MAX_ROWS - 1 : pa.r),
        c1: pb.c ?? (pa.c === undefined ? MAX_COLS - 1 : pa.c),
      };
      if (pa.r === undefined) x.r1 = MAX_ROWS - 1;
      if (pa.c === undefined) x.c1 = MAX_COLS - 1;
      const out = fn(unquote(prefix), x);
      if (out === undefined) return whole;
      if (out === null) return `${prefix ?? ""}#REF!`;
      const na = fmtPart(
        pa,
        pa.c === undefined ? undefined : out.c0,
        pa.r === undefined ? undefined : out.r0,
      );
      if (b === undefined) return `${prefix ?? ""}${na}`;
      const nb = fmtPart(
        pb,
        pb.c === undefined ? undefined : out.c1,
        pb.r === undefined ? undefined : out.r1,
      );
      return `${prefix ?? ""}${na}:${nb}`;
    });
  }
  return pieces.join('"');
}
