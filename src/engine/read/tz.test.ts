/**
 * Time-zone independence. CI runs the suite under TZ=Asia/Shanghai and TZ=America/Los_Angeles (jest
 * sandboxes process.env, so a test cannot switch the zone itself); whatever the zone, the results must
 * equal the fixed list below, which is written out by hand, not computed.
 */
import { dayFromYmd, excelSerialToDay, formatDay, parseIsoDay, ymdFromDay } from "../dates";
import { inferDateOrder, parseDateCell } from "./cells";

/** [cell, expected date] — hand-checked: serial 45356 = 2024-03-05 (see dates.test.ts). */
const FIXED: [string | number, string][] = [
  [45_356, "2024-03-05"],
  [45_356.999, "2024-03-05"],
  [45_356.0001, "2024-03-05"],
  ["2024-03-05", "2024-03-05"],
  ["2024-03-05 00:00:00", "2024-03-05"],
  ["2024-03-05 23:59:59", "2024-03-05"],
  ["2024-03-05T23:30:00Z", "2024-03-05"],
  ["2024-03-05T00:30:00+08:00", "2024-03-05"],
  ["2024/3/5", "2024-03-05"],
  ["2024年3月5日", "2024-03-05"],
  ["20240305", "2024-03-05"],
  ["2011-12-09 20:01:00", "2011-12-09"],
  ["1970-01-01", "1970-01-01"],
  ["2024-03-10 02:30", "2024-03-10"], // a US DST gap hour: irrelevant to civil dates
  ["2024-11-03 01:30", "2024-11-03"], // a US DST repeated hour
];

function snapshot(): string[] {
  return FIXED.map(([cell]) => formatDay(parseDateCell(cell)));
}

const offset = new Date(Date.UTC(2024, 2, 5, 12)).getTimezoneOffset();

describe(`results do not depend on the time zone (current offset ${offset} min)`, () => {
  test("the fixed list", () => {
    expect(snapshot()).toEqual(FIXED.map(([, iso]) => iso));
  });

  test("day numbers and serials", () => {
    expect(dayFromYmd(2024, 3, 5)).toBe(19_787);
    expect(excelSerialToDay(45_356)).toBe(19_787);
    expect(parseIsoDay("2011-12-10")).toBe(15_318);
    expect(ymdFromDay(15_318)).toEqual({ y: 2011, m: 12, d: 10 });
    expect(formatDay(19_787)).toBe("2024-03-05");
  });

  test("a/b/yyyy dates", () => {
    expect(inferDateOrder(["13/2/2024"])).toBe("dmy");
    expect(formatDay(parseDateCell("13/2/2024", "dmy"))).toBe("2024-02-13");
    expect(formatDay(parseDateCell("2/13/2024", "mdy"))).toBe("2024-02-13");
  });
});
