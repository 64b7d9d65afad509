/**
 * Excel date serials, 1900 date system: serial 1 = 1900-01-01 and serial 60 is the fictitious
 * 1900-02-29 kept for Lotus 1-2-3 compatibility (Microsoft: "Excel incorrectly assumes that the year
 * 1900 is a leap year", support.microsoft.com/kb/214326). From serial 61 (1900-03-01) on, a serial is
 * the number of days since 1899-12-30. The fraction is the time of day. All arithmetic in UTC.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31);

export interface DateParts {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mi: number;
  ss: number;
  ms: number;
  /** Day of week, 0 = Sunday. */
  dow: number;
}

/** Serial for a calendar date (UTC fields); 1900-02-29 gives 60. */
export function dateToSerial(y: number, m: number, d: number, hh = 0, mi = 0, ss = 0): number {
  if (y === 1900 && m === 2 && d === 29) return 60 + (hh * 3600 + mi * 60 + ss) / 86400;
  const t = Date.UTC(y, m - 1, d, hh, mi, ss);
  const days = (t - EPOCH_1899_12_30) / MS_PER_DAY;
  // Before 1900-03-01 the serials are one less than the day count from 1899-12-30.
  return days < 61 ? days - 1 : days;
}

export function serialToParts(serial: number): DateParts {
  const whole = Math.floor(serial);
  let frac = serial - whole;
  // Round to the millisecond so 0.5 + tiny float error stays 12:00:00.000.
  let msOfDay = Math.round(frac * MS_PER_DAY);
  let day = whole;
  if (msOfDay >= MS_PER_DAY) {
    msOfDay -= MS_PER_DAY;
    day += 1;
  }
  frac = msOfDay;
  const hh = Math.floor(frac / 3_600_000);
  const mi = Math.floor((frac % 3_600_000) / 60_000);
  const ss = Math.floor((frac % 60_000) / 1000);
  const ms = frac % 1000;
  if (day === 60) return { y: 1900, m: 2, d: 29, hh, mi, ss, ms, dow: 3 };
  const base = day < 60 ? EPOCH_1899_12_31 : EPOCH_1899_12_30;
  const dt = new Date(base + day * MS_PER_DAY);
  // Excel's WEEKDAY is off for serials < 60 in the same way; use the real calendar weekday.
  return {
    y: dt.getUTCFullYear(),
    m: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    hh,
    mi,
    ss,
    ms,
    dow: dt.getUTCDay(),
  };
}

/** Serial for a JS Date read as UTC (ExcelJS represents date cells this way). */
export function jsDateToSerial(dt: Date): number {
  return (dt.getTime() - EPOCH_1899_12_30) / MS_PER_DAY;
}
