import {
  dayFromYmd,
  dayToExcelSerial,
  daysInMonth,
  excelSerialToDay,
  formatDay,
  isLeapYear,
  parseIsoDay,
  ymdFromDay,
} from "./dates";

/*
 * Hand calculations (no Date object involved):
 * - 2024-03-05: years 1970–2023 = 54 × 365 + 13 leap days (1972, 1976 … 2020) = 19,723;
 *   + Jan 31 + Feb 29 + 4 = 64 → day 19,787.
 * - 2011-12-09: years 1970–2010 = 41 × 365 + 10 leap days (1972 … 2008) = 14,975; + 334 (Jan–Nov) + 8 → 15,317.
 * - 1900-01-01: 70 years back, 70 × 365 + 17 leap days (1904 … 1968; 1900 is not one) = 25,567 → −25,567.
 * - 2000-03-01: years 1970–1999 = 30 × 365 + 7 (1972 … 1996) = 10,957; + 31 + 29 (2000 is a leap year) → 11,017.
 */
const CIVIL: [number, number, number, number][] = [
  [1970, 1, 1, 0],
  [1969, 12, 31, -1],
  [2024, 3, 5, 19_787],
  [2011, 12, 9, 15_317],
  [1900, 1, 1, -25_567],
  [2000, 3, 1, 11_017],
  [2000, 2, 29, 11_016],
];

describe("civil day numbers", () => {
  test.each(CIVIL)("%i-%i-%i is day %i", (y, m, d, day) => {
    expect(dayFromYmd(y, m, d)).toBe(day);
    expect(ymdFromDay(day)).toEqual({ y, m, d });
  });

  test.each([
    [2023, 2, 29],
    [1900, 2, 29],
    [2024, 2, 30],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 1],
    [2024, 1, 0],
    [2024, 1.5, 1],
  ])("%i-%i-%i does not exist → NaN", (y, m, d) => {
    expect(dayFromYmd(y, m, d)).toBeNaN();
  });

  test("years 0–99 are not read as 1900–1999 (Date.UTC's quirk is undone)", () => {
    // 0024-03-05 is 2000 years (5 × 146,097 days) before 2024-03-05.
    expect(dayFromYmd(24, 3, 5)).toBe(19_787 - 5 * 146_097);
    expect(formatDay(dayFromYmd(24, 3, 5))).toBe("0024-03-05");
  });

  test("leap years by the Gregorian rule", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });

  test("every day of 1899–2101 round-trips and agrees with Date.UTC", () => {
    for (let day = dayFromYmd(1899, 1, 1); day <= dayFromYmd(2101, 12, 31); day++) {
      const { y, m, d } = ymdFromDay(day);
      expect(dayFromYmd(y, m, d)).toBe(day);
      if (day % 97 === 0) expect(Date.UTC(y, m - 1, d) / 86_400_000).toBe(day);
    }
  });

  test("formatDay / parseIsoDay", () => {
    expect(formatDay(19_787)).toBe("2024-03-05");
    expect(formatDay(19_787.9)).toBe("2024-03-05");
    expect(formatDay(NaN)).toBe("");
    expect(parseIsoDay("2024-03-05")).toBe(19_787);
    expect(parseIsoDay(" 2011-12-10 ")).toBe(15_318);
    for (const bad of ["2024-3-5", "2023-02-29", "20240305", "2024/03/05", ""])
      expect(parseIsoDay(bad)).toBeNaN();
  });
});

/*
 * Excel's 1900 date system (Microsoft: "Excel incorrectly assumes that the year 1900 is a leap year"):
 * DATE(1900,1,1)=1, DATE(1900,2,28)=59, serial 60 = the fake 1900-02-29, DATE(1900,3,1)=61,
 * DATE(1970,1,1)=25569, DATE(2024,3,5)=45356 (= 19,787 + 25,569 by the hand count above),
 * DATE(2011,12,9)=40886 (= 15,317 + 25,569), DATE(9999,12,31)=2958465 (Excel's last date).
 */
const SERIALS: [number, string][] = [
  [1, "1900-01-01"],
  [59, "1900-02-28"],
  [61, "1900-03-01"],
  [25_569, "1970-01-01"],
  [45_356, "2024-03-05"],
  [40_886, "2011-12-09"],
  [2_958_465, "9999-12-31"],
];

describe("Excel 1900 serials", () => {
  test.each(SERIALS)("serial %i = %s", (serial, iso) => {
    expect(formatDay(excelSerialToDay(serial))).toBe(iso);
    expect(dayToExcelSerial(parseIsoDay(iso))).toBe(serial);
  });

  test("the time of day is dropped (floor)", () => {
    expect(formatDay(excelSerialToDay(45_356.99))).toBe("2024-03-05");
    expect(formatDay(excelSerialToDay(61.5))).toBe("1900-03-01");
  });

  test.each([[60], [60.5], [0], [0.5], [-1], [2_958_466], [NaN], [Infinity]])(
    "serial %d is not a date → NaN",
    (s) => {
      expect(excelSerialToDay(s)).toBeNaN();
    },
  );

  test("dayToExcelSerial never gives 60 and refuses days before 1900", () => {
    expect(dayToExcelSerial(parseIsoDay("1900-02-28"))).toBe(59);
    expect(dayToExcelSerial(parseIsoDay("1900-03-01"))).toBe(61);
    expect(dayToExcelSerial(parseIsoDay("1899-12-31"))).toBeNaN();
  });
});
