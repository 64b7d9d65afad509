/**
 * Reading one cell as a number: plain numbers, and numbers written as text the way accounting exports
 * write them — `1,234.50`, `¥5,000`, `5,000元`, `(500.00)`, `500-`, `１２３`, `12%`.
 *
 * Accuracy first: anything ambiguous is refused (and reported by the caller), never guessed. Thousands
 * separators must sit between groups of exactly three digits, so `1,5` (a European decimal comma) is
 * "not a number" rather than fifteen.
 */
import type { Cell } from "../types";
import { cleanText } from "./text";
import { isErrorValue } from "./errorValues";
import { keepShape } from "../stats/keepShape";

export type NumberFailure = "empty" | "error" | "not_number";

export type NumberResult =
  | { ok: true; value: number; currency: string | null; percent: boolean }
  | { ok: false; reason: NumberFailure };

/** Reusable out-parameter of `readNumber`, so hot loops allocate nothing per cell. */
export interface NumberScratch {
  /** null when the cell was read. */
  reason: NumberFailure | null;
  /** ISO 4217 code of a currency written in the cell (¥, 元, RMB → CNY; $ → USD …), else null. */
  currency: string | null;
  percent: boolean;
}

export function newNumberScratch(): NumberScratch {
  return { reason: null, currency: null, percent: false };
}
// See keepShape.ts: readNumber's code checks this object's map.
keepShape(newNumberScratch());

/**
 * Currency markers → ISO 4217. `¥`/`￥` are read as CNY: the add-in's users are Chinese finance staff,
 * and a yen amount would normally be marked `JPY` or `日元`. Longest markers are tried first.
 */
const CURRENCY_PREFIXES: readonly (readonly [string, string])[] = [
  ["人民币", "CNY"],
  ["US$", "USD"],
  ["HK$", "HKD"],
  ["NT$", "TWD"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
  ["USD", "USD"],
  ["EUR", "EUR"],
  ["GBP", "GBP"],
  ["HKD", "HKD"],
  ["JPY", "JPY"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["S$", "SGD"],
  ["¥", "CNY"],
  ["￥", "CNY"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
];

const CURRENCY_SUFFIXES: readonly (readonly [string, string])[] = [
  ["人民币", "CNY"],
  ["美元", "USD"],
  ["欧元", "EUR"],
  ["英镑", "GBP"],
  ["港元", "HKD"],
  ["港币", "HKD"],
  ["日元", "JPY"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
  ["USD", "USD"],
  ["EUR", "EUR"],
  ["GBP", "GBP"],
  ["HKD", "HKD"],
  ["JPY", "JPY"],
  ["元", "CNY"],
  ["€", "EUR"],
];

function matchPrefix(t: string): readonly [string, string] | null {
  for (const entry of CURRENCY_PREFIXES) {
    const sym = entry[0];
    if (t.length > sym.length && t.slice(0, sym.length).toUpperCase() === sym) return entry;
  }
  return null;
}

function matchSuffix(t: string): readonly [string, string] | null {
  for (const entry of CURRENCY_SUFFIXES) {
    const sym = entry[0];
    if (t.length > sym.length && t.slice(t.length - sym.length).toUpperCase() === sym) return entry;
  }
  return null;
}

/** "-", "—", "--": accounting layouts show an empty or zero line this way; read as empty, not zero. */
const DASHES_ONLY = /^[-‐‑‒–—―]+$/;
/** Digits grouped by one consistent thousands separator (comma, space, NBSP, thin space, apostrophe). */
const GROUPED = /^\d{1,3}([,\u0020\u00a0\u2009\u202f'])\d{3}(?:\1\d{3})*(?:\.\d*)?$/;
const SEPARATORS = /[,\u0020\u00a0\u2009\u202f']/g;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Fast path: `-?digits[.digits]` only (what Office.js and CSV files give for most cells). NaN when the
 * string has any other shape, so the caller falls back to the full parser.
 */
function parsePlainText(s: string): number {
  const n = s.length;
  if (n === 0 || n > 20) return NaN;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return NaN;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  return digits > 0 ? +s : NaN;
}

function reset(scratch: NumberScratch): void {
  scratch.reason = null;
  scratch.currency = null;
  scratch.percent = false;
}

function fail(scratch: NumberScratch, reason: NumberFailure): number {
  scratch.reason = reason;
  return NaN;
}

function parseText(s: string, scratch: NumberScratch): number {
  let t = cleanText(s);
  if (t === "") return fail(scratch, "empty");
  if (t.charCodeAt(0) === 35 && isErrorValue(t)) return fail(scratch, "error");
  if (DASHES_ONLY.test(t)) return fail(scratch, "empty");
  let negatives = 0;
  let divisor = 1;
  let currency: string | null = null;
  // Peel signs, brackets, currency markers and a percent sign off both ends, in any order
  // (`-¥1,234`, `¥-1,234`, `(¥500)`, `RMB 5,000`, `5,000元`, `500-`).
  for (let changed = true; changed && t.length > 0;) {
    changed = false;
    t = t.trim();
    const first = t.charCodeAt(0);
    const last = t.charCodeAt(t.length - 1);
    if (first === 45 || first === 0x2212) {
      negatives++;
      t = t.slice(1);
      changed = true;
    } else if (first === 43) {
      t = t.slice(1);
      changed = true;
    } else if (first === 40 && last === 41) {
      negatives++;
      t = t.slice(1, -1);
      changed = true;
    } else if (last === 37 || last === 0x2030) {
      if (divisor !== 1) return fail(scratch, "not_number");
      divisor = last === 37 ? 100 : 1000;
      t = t.slice(0, -1);
      changed = true;
    } else if (last === 45 && t.length > 1) {
      negatives++; // SAP-style trailing minus
      t = t.slice(0, -1);
      changed = true;
    } else {
      const pre = matchPrefix(t);
      const marker = pre ?? matchSuffix(t);
      if (marker !== null) {
        if (currency !== null && currency !== marker[1]) return fail(scratch, "not_number");
        currency = marker[1];
        t = pre !== null ? t.slice(marker[0].length) : t.slice(0, t.length - marker[0].length);
        changed = true;
      }
    }
  }
  if (negatives > 1 || t.length === 0) return fail(scratch, "not_number");
  let value: number;
  if (PLAIN.test(t)) value = Number(t);
  else if (GROUPED.test(t)) value = Number(t.replace(SEPARATORS, ""));
  else return fail(scratch, "not_number");
  if (!Number.isFinite(value)) return fail(scratch, "not_number");
  value /= divisor;
  scratch.currency = currency;
  scratch.percent = divisor !== 1;
  return negatives === 1 && value !== 0 ? -value : value;
}

/**
 * Magnitudes from here on are no customer's amount, count or score (the largest bank's assets are about
 * 5e13 yuan) but overflow or junk; 1e308 times the money scale would be Infinity and silently zero a
 * customer's revenue. They are reported as not numbers, at their cell.
 */
export const MAX_MAGNITUDE = 1e15;

/**
 * Hot-path number reader: the value, or NaN with `scratch.reason` saying why. Plain JS numbers and
 * `-?digits.digits` strings never reach the regex-based parser. With `allowPercent` false (amounts,
 * counts, scores), `12%` is "not a number" rather than 0.12.
 */
export function readNumber(cell: Cell | undefined, scratch: NumberScratch, allowPercent = true): number {
  reset(scratch);
  if (typeof cell === "number")
    return cell < MAX_MAGNITUDE && cell > -MAX_MAGNITUDE ? cell : fail(scratch, "not_number");
  if (typeof cell === "string") {
    const v = parsePlainText(cell);
    if (v === v) return v < MAX_MAGNITUDE && v > -MAX_MAGNITUDE ? v : fail(scratch, "not_number");
    const t = parseText(cell, scratch);
    if (!(t < MAX_MAGNITUDE && t > -MAX_MAGNITUDE) && scratch.reason === null)
      return fail(scratch, "not_number");
    return scratch.percent && !allowPercent ? fail(scratch, "not_number") : t;
  }
  if (cell === null || cell === undefined) return fail(scratch, "empty");
  return fail(scratch, "not_number"); // booleans are not amounts
}

/** One cell as a number, or the reason it is not one. */
export function parseNumber(cell: Cell): NumberResult {
  const scratch = newNumberScratch();
  const value = readNumber(cell, scratch);
  if (scratch.reason !== null) return { ok: false, reason: scratch.reason };
  return { ok: true, value, currency: scratch.currency, percent: scratch.percent };
}
