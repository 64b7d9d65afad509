/**
 * Minimal RFC 4180 CSV → rows of cells: quoted fields with "" escapes and embedded separators or line
 * breaks, CRLF / LF / CR line ends, a leading UTF-8 BOM. Values stay text (the readers parse numbers
 * and dates, as they do for Excel text cells); an empty field is "" as Office.js gives for an empty cell.
 * A final line break does not make an extra row.
 */
import type { Cell } from "../types";

export interface CsvOptions {
  /** Field separator; by default "," unless the first line has none but ";" or a tab (see sniffDelimiter). */
  delimiter?: string;
}

/**
 * The separator of a CSV by its first line: "," when it has one; else ";" (European exports, where the
 * comma is the decimal mark) or a tab when it has one of those; else ",".
 */
export function sniffDelimiter(text: string): string {
  const nl = text.indexOf("\n");
  const head = nl < 0 ? text : text.slice(0, nl);
  if (head.includes(",")) return ",";
  if (head.includes(";")) return ";";
  return head.includes("\t") ? "\t" : ",";
}

export function parseCsv(text: string, options: CsvOptions = {}): Cell[][] {
  const sep = (options.delimiter ?? sniffDelimiter(text)).charCodeAt(0);
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  const rows: Cell[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return rows;
  let row: Cell[] = [];
  for (;;) {
    // one field starting at i
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      let out = "";
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          // Unterminated quote: take the rest as the field (lenient, like Excel).
          out += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        out += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Characters between the closing quote and the separator are kept (lenient).
      const startTail = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === sep || c === CR || c === LF) break;
        i++;
      }
      value = i > startTail ? out + text.slice(startTail, i) : out;
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === sep || c === CR || c === LF) break;
        i++;
      }
      value = text.slice(start, i);
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) {
        row.push("");
        rows.push(row);
        break;
      }
      continue;
    }
    // line end
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}
