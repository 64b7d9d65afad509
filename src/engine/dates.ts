/**
 * Civil day numbers: whole days since 1970-01-01, with no time zone.
 *
 * Only UTC calendar functions are used (Date.UTC, getUTC*), never local time, so every result is the
 * same whatever the machine's time zone (tests run under Asia/Shanghai and America/Los_Angeles).
 */
import type { Day } from "./types";

const MS_PER_DAY = 86_400_000;

/** Days in a 400-year Gregorian cycle: the calendar repeats exactly after it. */
const DAYS_PER_400_YEARS = 146_097;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Gregorian leap year rule (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? NaN;
}

/**
 * Memo of Date.UTC for 1900–2199 (31 slots per month), filled on first use: reading a million text
 * dates then costs an array lookup each. 300 × 372 doubles ≈ 0.9 MB.
 */
const MEMO_FIRST_YEAR = 1900;
const MEMO_YEARS = 300;
const memo = new Float64Array(MEMO_YEARS * 372).fill(NaN);

/**
 * Day number of a calendar date (month 1–12). NaN when the date does not exist (2023-02-30, month 13,
 * non-integers): callers report it instead of letting Date roll it over into March.
 */
export function dayFromYmd(y: number, m: number, d: number): Day {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return NaN;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  if (y >= MEMO_FIRST_YEAR && y < MEMO_FIRST_YEAR + MEMO_YEARS) {
    const k = (y - MEMO_FIRST_YEAR) * 372 + (m - 1) * 31 + (d - 1);
    let v = memo[k] as number;
    if (v !== v) memo[k] = v = Date.UTC(y, m - 1, d) / MS_PER_DAY;
    return v;
  }
  // Date.UTC reads years 0–99 as 1900–1999; shift by one 400-year cycle and back.
  if (y >= 0 && y < 100) return Date.UTC(y + 400, m - 1, d) / MS_PER_DAY - DAYS_PER_400_YEARS;
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Calendar date of a day number (floored, so a fractional day is its own date). */
export function ymdFromDay(day: Day): Ymd {
  if (!Number.isFinite(day)) return { y: NaN, m: NaN, d: NaN };
  const t = new Date(Math.floor(day) * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "YYYY-MM-DD" (ISO 8601 calendar date); "" for NaN. */
export function formatDay(day: Day): string {
  if (!Number.isFinite(day)) return "";
  const { y, m, d } = ymdFromDay(day);
  const ys = y >= 0 && y <= 9999 ? String(y).padStart(4, "0") : String(y);
  return `${ys}-${pad2(m)}-${pad2(d)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict "YYYY-MM-DD" → day number; NaN for anything else or a date that does not exist. */
export function parseIsoDay(text: string): Day {
  const m = ISO_DAY.exec(text.trim());
  if (m === null) return NaN;
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/*
 * Excel's 1900 date system (Microsoft, "Differences between the 1900 and the 1904 date system in
 * Excel"; "Excel incorrectly assumes that the year 1900 is a leap year"):
 *   serial 1  = 1900-01-01, serial 59 = 1900-02-28,
 *   serial 60 = "1900-02-29", a day that never existed (kept for Lotus 1-2-3 compatibility),
 *   serial 61 = 1900-03-01, and from there on serial = days since 1899-12-30.
 * 1970-01-01 is serial 25569, so day = serial − 25569 from serial 61 on, and serial − 25568 before 60.
 * The fractional part of a serial is the time of day. The last valid serial is 2958465 = 9999-12-31.
 */
const SERIAL_OF_EPOCH = 25_569;
const FAKE_LEAP_SERIAL = 60;
export const EXCEL_MAX_SERIAL = 2_958_465;
/** Day number of 1900-03-01 (serial 61). */
const DAY_OF_1900_03_01 = 61 - SERIAL_OF_EPOCH;

/**
 * Excel serial (1900 system) → day number. The time of day is dropped (floor). NaN for serial 60 (the
 * fake 1900-02-29), for serials below 1 (0 is Excel's "1900-01-00", negatives are not dates) and above
 * 9999-12-31.
 */
export function excelSerialToDay(serial: number): Day {
  if (!(serial >= 1 && serial < EXCEL_MAX_SERIAL + 1)) return NaN;
  const s = Math.floor(serial);
  if (s > FAKE_LEAP_SERIAL) return s - SERIAL_OF_EPOCH;
  if (s < FAKE_LEAP_SERIAL) return s - SERIAL_OF_EPOCH + 1;
  return NaN;
}

/** Day number → Excel serial (1900 system), never 60; NaN before 1900-01-01 or after 9999-12-31. */
export function dayToExcelSerial(day: Day): number {
  if (!Number.isFinite(day)) return NaN;
  const d = Math.floor(day);
  const serial = d >= DAY_OF_1900_03_01 ? d + SERIAL_OF_EPOCH : d + SERIAL_OF_EPOCH - 1;
  return serial >= 1 && serial <= EXCEL_MAX_SERIAL ? serial : NaN;
}
