/**
 * Reading one cell as a civil date. Accepted: Excel serial numbers (1900 system), `20240305` (number or
 * text), ISO `2024-03-05[ T]14:20[:ss]`, `2024/3/5`, `2024.3.5`, `2024年3月5日`, `5/3/2024` or `3/5/2024`
 * (order per column, see inferDateOrder), `5-Mar-2024`, `March 5, 2024`. Time of day is dropped: the
 * date is the calendar date as written (a trailing `Z` or offset is not converted, on purpose).
 * Dates that do not exist (2023-02-30, Excel serial 60) give NaN so the caller reports them.
 */
import type { Cell, Day } from "../types";
import { dayFromYmd, excelSerialToDay, EXCEL_MAX_SERIAL } from "../dates";
import { cleanText } from "./text";

/**
 * How `a/b/yyyy` dates are read. "ymd" means no evidence: year-first forms are always y-m-d, and
 * `a/b/yyyy` is then read month first, as JavaScript's Date.parse and Excel en-US do.
 */
export type DateOrder = "ymd" | "dmy" | "mdy";

/** Optional time of day after a separator `sep`: hour, minute, second, AM/PM or zone suffix. */
const time = (sep: string): string =>
  String.raw`(?:${sep}(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?|Z|[+-]\d{2}:?\d{2})?)?`;
const TIME = time(String.raw`(?:T|\s+)`);
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const CN = new RegExp(
  String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${time(String.raw`\s*`)}$`,
);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ABY = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const D_MON_Y = new RegExp(String.raw`^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]\s*(\d{4})${TIME}$`);
const MON_D_Y = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`);
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

const MONTHS: ReadonlyMap<string, number> = new Map([
  ["jan", 1],
  ["january", 1],
  ["feb", 2],
  ["february", 2],
  ["mar", 3],
  ["march", 3],
  ["apr", 4],
  ["april", 4],
  ["may", 5],
  ["jun", 6],
  ["june", 6],
  ["jul", 7],
  ["july", 7],
  ["aug", 8],
  ["august", 8],
  ["sep", 9],
  ["sept", 9],
  ["september", 9],
  ["oct", 10],
  ["october", 10],
  ["nov", 11],
  ["november", 11],
  ["dec", 12],
  ["december", 12],
]);

/**
 * A written date → day number; NaN before 1900-01-01. Excel cannot hold such a date as a date (it stays
 * text), and no sales record is that old: "1899-12-31" or "1024-05-08" is a typo to report, not a sale
 * 125 years ago that would silently make the customer dormant.
 */
function ymd(y: number, m: number, d: number): Day {
  return y < 1900 ? NaN : dayFromYmd(y, m, d);
}

/** Time groups start at `i` in a match: hour, minute, second, suffix. Invalid times reject the date. */
function timeOk(m: RegExpExecArray, i: number): boolean {
  const hs = m[i];
  if (hs === undefined) return true;
  const h = Number(hs);
  const min = Number(m[i + 1]);
  const sec = m[i + 2] === undefined ? 0 : Number(m[i + 2]);
  const suffix = m[i + 3];
  const ampm = suffix !== undefined && /^[ap]/i.test(suffix);
  if (ampm ? h < 1 || h > 12 : h > 23) return false;
  return min <= 59 && sec <= 59;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
}

/**
 * Fast path for `yyyy-mm-dd`, `yyyy-mm-dd hh:mm` and `yyyy-mm-dd hh:mm:ss` (ISO and CSV exports).
 * Returns undefined when the text has another shape.
 */
export function parseIsoFast(s: string): Day | undefined {
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 0 || m < 0 || d < 0) return undefined;
  if (n === 10) return ymd(y, m, d);
  const sep = s.charCodeAt(10);
  if ((n !== 16 && n !== 19) || (sep !== 32 && sep !== 84) || s.charCodeAt(13) !== 58) return undefined;
  const hh = digit(s, 11) * 10 + digit(s, 12);
  const mm = digit(s, 14) * 10 + digit(s, 15);
  let ss = 0;
  if (n === 19) {
    if (s.charCodeAt(16) !== 58) return undefined;
    ss = digit(s, 17) * 10 + digit(s, 18);
  }
  if (hh < 0 || mm < 0 || ss < 0) return undefined;
  return hh <= 23 && mm <= 59 && ss <= 59 ? ymd(y, m, d) : NaN;
}

/** Text → day number, NaN when it is not a date. */
export function parseDateText(text: string, order: DateOrder = "ymd"): Day {
  const fast = parseIsoFast(text);
  if (fast !== undefined) return fast;
  const s = cleanText(text);
  let m = YMD.exec(s);
  if (m !== null) return timeOk(m, 5) ? ymd(Number(m[1]), Number(m[3]), Number(m[4])) : NaN;
  m = CN.exec(s);
  if (m !== null) return timeOk(m, 4) ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  m = COMPACT.exec(s);
  if (m !== null) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ABY.exec(s);
  if (m !== null) {
    if (!timeOk(m, 5)) return NaN;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    return order === "dmy" ? ymd(y, b, a) : ymd(y, a, b);
  }
  m = D_MON_Y.exec(s);
  if (m !== null) {
    const month = MONTHS.get((m[2] ?? "").toLowerCase());
    return month !== undefined && timeOk(m, 4) ? ymd(Number(m[3]), month, Number(m[1])) : NaN;
  }
  m = MON_D_Y.exec(s);
  if (m !== null) {
    const month = MONTHS.get((m[1] ?? "").toLowerCase());
    return month !== undefined && timeOk(m, 4) ? ymd(Number(m[3]), month, Number(m[2])) : NaN;
  }
  // A serial written as text (CSV saved from Excel with a General-formatted date column): 5 digits
  // only, i.e. 1927-05-18 … 2173-10-14, so that a year like "2024" is never mistaken for one.
  if (SERIAL_TEXT.test(s)) return excelSerialToDay(Number(s));
  return NaN;
}

/**
 * One cell → day number (days since 1970-01-01), NaN when it is not a valid date.
 * Numbers are Excel serials (1900 system, see dates.ts), except 8-digit integers beyond the last serial,
 * which are read as yyyymmdd (20240305).
 */
export function parseDateCell(cell: Cell | undefined, order: DateOrder = "ymd"): Day {
  if (typeof cell === "number") {
    if (cell > EXCEL_MAX_SERIAL && Number.isInteger(cell) && cell >= 10_000_101 && cell <= 99_991_231) {
      return ymd(Math.floor(cell / 10_000), Math.floor(cell / 100) % 100, cell % 100);
    }
    return excelSerialToDay(cell);
  }
  if (typeof cell === "string") return parseDateText(cell, order);
  return NaN;
}

function isDateSep(c: number): boolean {
  return c === 47 || c === 45 || c === 46;
}

/** Evidence a cell gives about day/month order: 0 none, 1 day first, 2 month first, 3 undecidable. */
export function dateOrderEvidence(cell: Cell | undefined): 0 | 1 | 2 | 3 {
  if (typeof cell !== "string" || cell.length < 8) return 0;
  // Cheap gate: `a/b/yyyy` has its first separator at index 1 or 2; ISO text has digits there.
  const c0 = cell.charCodeAt(0);
  if (c0 > 32 && c0 < 127 && !isDateSep(cell.charCodeAt(1)) && !isDateSep(cell.charCodeAt(2))) return 0;
  const m = ABY.exec(cleanText(cell));
  if (m === null) return 0;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return 1;
  if (b > 12 && a <= 12) return 2;
  return a <= 12 && b <= 12 ? 3 : 0;
}

/**
 * Day/month order of a column's `a/b/yyyy` dates: "dmy" if any has a > 12, else "mdy" if any has
 * b > 12, else "ymd" (no evidence: month first, see DateOrder).
 */
export function inferDateOrder(cells: readonly (Cell | undefined)[]): DateOrder {
  let mdy = false;
  for (const cell of cells) {
    const e = dateOrderEvidence(cell);
    if (e === 1) return "dmy";
    if (e === 2) mdy = true;
  }
  return mdy ? "mdy" : "ymd";
}
