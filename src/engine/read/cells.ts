/**
 * Reading single cells: IDs, text, blanks and total rows here; numbers (numberCell.ts), dates
 * (dateCell.ts) and Excel error values (errorValues.ts) are re-exported so callers import one module.
 */
import type { Cell } from "../types";
import { cleanText, isCleanAscii } from "./text";

export { isErrorValue } from "./errorValues";
export {
  parseNumber,
  readNumber,
  newNumberScratch,
  type NumberFailure,
  type NumberResult,
  type NumberScratch,
} from "./numberCell";
export { parseDateCell, parseDateText, inferDateOrder, dateOrderEvidence, type DateOrder } from "./dateCell";

/** Empty for a reader: null/undefined, or text that is only blanks. */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  if (cell.length === 0) return true;
  return cleanText(cell).length === 0;
}

export function isBlankRow(cells: readonly (Cell | undefined)[]): boolean {
  for (const c of cells) if (!isBlankCell(c)) return false;
  return true;
}

/** A number as text, never in exponent form (12923 → "12923", 1e21 → "1000000000000000000000"). */
export function numberToText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const s = String(n);
  if (!s.includes("e")) return s;
  // Tiny non-integers (1e-7): write out the digits, then drop the zeros toFixed pads with.
  return n.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

/** `12923.0`, `-7.00` → the integer part: IDs exported through a float column (pandas, R, Excel). */
const DECIMAL_ZERO = /^(-?\d+)\.0+$/;

/**
 * A customer/order/product ID as text: trimmed, full-width → half-width (NFKC), `12923.0` → `12923`,
 * numbers written out without exponent. null when empty. Letter case is kept: `c001` and `C001`
 * may be different customers, and guessing otherwise would merge them silently.
 */
export function normaliseId(cell: Cell | undefined): string | null {
  if (typeof cell === "string") {
    const s = isCleanAscii(cell) ? cell : cleanText(cell).normalize("NFKC").trim();
    if (s.length === 0) return null;
    if (s.charCodeAt(s.length - 1) === 48 && s.includes(".")) {
      const m = DECIMAL_ZERO.exec(s);
      if (m !== null) return m[1] === "-0" ? "0" : (m[1] ?? s);
    }
    return s;
  }
  if (typeof cell === "number") return numberToText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return null;
}

/** A free-text cell (name, type, region …): trimmed text, half-width; numbers as text; null if empty. */
export function cellText(cell: Cell | undefined): string | null {
  if (typeof cell === "string") {
    if (isCleanAscii(cell)) return cell;
    const s = cleanText(cell);
    return s.length === 0 ? null : s;
  }
  if (typeof cell === "number") return numberToText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return null;
}

/**
 * Labels of total lines in Chinese and English exports. Compared after removing blanks and
 * punctuation, so `合 计`, `合计：` and `Grand Total:` all match, but a product called
 * "TOTAL WIPEOUT SPRAY" does not.
 */
const TOTAL_LABELS: ReadonlySet<string> = new Set([
  "合计",
  "汇总",
  "总计",
  "小计",
  "共计",
  "总合计",
  "合计数",
  "本页合计",
  "本月合计",
  "本期合计",
  "本年合计",
  "本年累计",
  "总计金额",
  "合计金额",
  "total",
  "totals",
  "subtotal",
  "grandtotal",
  "sum",
]);
const LABEL_NOISE = /[\s:：*＊\-_.()（）[\]【】]/g;

/** First characters a total label can start with (after blanks/brackets): a cheap gate before NFKC. */
const TOTAL_FIRST: ReadonlySet<string> = new Set([
  "合",
  "汇",
  "总",
  "小",
  "共",
  "本",
  "t",
  "T",
  "s",
  "S",
  "g",
  "G",
  "Ｔ",
  "Ｓ",
  "Ｇ",
  "*",
  "＊",
  "(",
  "（",
  "[",
  "【",
  ":",
  "：",
]);

function isTotalLabel(cell: Cell | undefined): boolean {
  if (typeof cell !== "string" || cell.length === 0 || cell.length > 24) return false;
  let i = 0;
  while (i < cell.length && (cell.charCodeAt(i) === 32 || cell.charCodeAt(i) === 0x3000)) i++;
  if (!TOTAL_FIRST.has(cell.charAt(i))) return false;
  return TOTAL_LABELS.has(cell.normalize("NFKC").toLowerCase().replace(LABEL_NOISE, ""));
}

/** True when any cell of the row is a total label (合计/总计/小计/Total/Subtotal/Grand total …). */
export function isTotalRow(cells: readonly (Cell | undefined)[]): boolean {
  for (const c of cells) if (isTotalLabel(c)) return true;
  return false;
}
