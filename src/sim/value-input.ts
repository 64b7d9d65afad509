/**
 * What Excel does with a value written through `Range.values`: it is treated like text typed into
 * the cell (en-US entry rules), so the written value is parsed, not stored verbatim.
 *  - `null` leaves the cell unchanged and `""` clears it (learn.microsoft.com/office/dev/add-ins/excel/
 *    excel-add-ins-blank-null-values). NaN/±Infinity are `null` once JSON-serialised, so they also
 *    leave the cell unchanged.
 *  - In a cell whose number format is Text ("@") the string is stored as is: no formula, no number
 *    (Excel: "the cell is treated as text even when a number is in the cell").
 *  - A leading apostrophe makes the rest text (the apostrophe is not part of the value; the cell
 *    gets the quotePrefix flag) — Excel's typing rule; the documented safe route for user text in an
 *    add-in remains numberFormat "@" set before the values.
 *  - "=…" is a formula; "+…", "-…" and "@…" that are not numbers are read as formulas "=+…", "=-…",
 *    "=@…" (Lotus-compatible entry: typing -abc gives =-abc → #NAME?; "+1" and "-1" are numbers). A string
 *    that does not parse as a formula is rejected with InvalidArgument, as Excel refuses to enter it.
 *  - Numbers: optional sign, thousands separators, decimal point, exponent, "%" (→ /100, format
 *    "0%"/"0.00%"), "$" (format "$#,##0.00"), "(123)" negative; leading zeros are dropped ("00123" → 123).
 *    "TRUE"/"FALSE" become logicals. Dates and times in ISO (2024-03-05, 2024-03-05 14:20),
 *    y/m/d and m/d/yyyy (en-US) forms become date serials with a date format.
 */
import { dateToSerial } from "./dates";
import { isValidFormula } from "./formula-parse";
import type { CellValue } from "./state";

export type Parsed =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: CellValue; numberFormat?: string; quotePrefix?: boolean }
  | { kind: "invalid"; reason: string };

const NUM_RE = /^([+-])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?(%)?$/;

/** Parses an en-US number the way cell entry does; returns null when it is not a number. */
export function parseNumberText(text: string): { value: number; numberFormat?: string } | null {
  let s = text.trim();
  if (s === "") return null;
  let neg = false;
  if (/^\(.*\)$/.test(s)) {
    neg = true;
    s = s.slice(1, -1).trim();
  }
  const m = NUM_RE.exec(s);
  if (!m) return null;
  const [, sign, dollar, body, exp, pct] = m;
  let v = Number(body!.replace(/,/g, "") + (exp ?? ""));
  if (!Number.isFinite(v)) return null;
  if (sign === "-") v = -v;
  if (neg) v = -v;
  let numberFormat: string | undefined;
  const decimals = /\.(\d+)/.exec(body!)?.[1]?.length ?? 0;
  if (pct) {
    v = v / 100;
    numberFormat = decimals > 0 ? "0.00%" : "0%";
  } else if (dollar) numberFormat = decimals > 0 ? "$#,##0.00" : "$#,##0";
  else if (body!.includes(",")) numberFormat = decimals > 0 ? "#,##0.00" : "#,##0";
  else if (exp) numberFormat = "0.00E+00";
  return numberFormat ? { value: v, numberFormat } : { value: v };
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

/** Dates/times typed in en-US or ISO form; returns the serial and the format Excel assigns. */
export function parseDateText(text: string): { value: number; numberFormat: string } | null {
  const s = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const time = m[4] !== undefined;
    const hh = Number(m[4] ?? 0);
    const mi = Number(m[5] ?? 0);
    const ss = Number(m[6] ?? 0);
    if (hh > 23 || mi > 59 || ss > 59) return null;
    const iso = s.includes("-");
    const base = iso ? "yyyy-mm-dd" : "yyyy/m/d";
    return { value: dateToSerial(y, mo, d, hh, mi, ss), numberFormat: time ? `${base} h:mm` : base };
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    return { value: dateToSerial(y, mo, d), numberFormat: "m/d/yyyy" };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m) {
    const hh = Number(m[1]);
    const mi = Number(m[2]);
    const ss = Number(m[3] ?? 0);
    if (hh > 23 || mi > 59 || ss > 59) return null;
    return {
      value: (hh * 3600 + mi * 60 + ss) / 86400,
      numberFormat: m[3] !== undefined ? "h:mm:ss" : "h:mm",
    };
  }
  return null;
}

/**
 * Interprets one written value for a cell whose current number format is `cellFormat`.
 * `asFormulas` is true for `Range.formulas` writes (same rules; Excel treats both as entry).
 */
export function parseInput(raw: unknown, cellFormat: string): Parsed {
  if (raw === null || raw === undefined) return { kind: "skip" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "skip" };
    return { kind: "value", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (raw instanceof Date) raw = JSON.parse(JSON.stringify(raw)) as string;
  if (typeof raw !== "string") return { kind: "invalid", reason: "unsupported value type" };
  const s = raw;
  if (s === "") return { kind: "clear" };
  if (cellFormat === "@") return { kind: "value", value: s };
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1), quotePrefix: true };
  const first = s[0]!;
  if (first === "=") {
    if (s.length === 1) return { kind: "invalid", reason: "empty formula" };
    return isValidFormula(s)
      ? { kind: "formula", formula: s }
      : { kind: "invalid", reason: "formula syntax" };
  }
  const num = parseNumberText(s);
  if (num)
    return num.numberFormat && isGeneral(cellFormat)
      ? { kind: "value", value: num.value, numberFormat: num.numberFormat }
      : { kind: "value", value: num.value };
  if (first === "+" || first === "-" || first === "@") {
    const f = "=" + s;
    return isValidFormula(f)
      ? { kind: "formula", formula: f }
      : { kind: "invalid", reason: "formula syntax" };
  }
  const up = s.trim().toUpperCase();
  if (up === "TRUE" || up === "FALSE") return { kind: "value", value: up === "TRUE" };
  const date = parseDateText(s);
  if (date)
    return isGeneral(cellFormat)
      ? { kind: "value", value: date.value, numberFormat: date.numberFormat }
      : { kind: "value", value: date.value };
  return { kind: "value", value: s };
}

function isGeneral(f: string): boolean {
  return f === "" || /^general$/i.test(f);
}
