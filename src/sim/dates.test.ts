/**
 * 1900 date system. Microsoft: "January 1, 1900 is serial number 1, and January 1, 2008 is serial
 * number 39448" (DATE function) and Excel treats 1900 as a leap year (KB 214326), so serial 60 is
 * the fictitious 1900-02-29 and 1900-03-01 is 61.
 */
import { dateToSerial, jsDateToSerial, serialToParts } from "./dates";

test.each([
  [1900, 1, 1, 1],
  [1900, 2, 28, 59],
  [1900, 2, 29, 60],
  [1900, 3, 1, 61],
  [2008, 1, 1, 39448],
  [2024, 3, 5, 45356], // 39448 + 5907 days (2008-01-01 → 2024-03-05)
])("%i-%i-%i is serial %i, and back", (y, m, d, serial) => {
  expect(dateToSerial(y, m, d)).toBe(serial);
  const p = serialToParts(serial);
  expect([p.y, p.m, p.d]).toEqual([y, m, d]);
});

test("the fraction is the time of day", () => {
  const p = serialToParts(45356.75);
  expect([p.hh, p.mi, p.ss]).toEqual([18, 0, 0]);
  expect(dateToSerial(2024, 3, 5, 18)).toBe(45356.75);
});

test("weekday: 2024-03-05 was a Tuesday", () => {
  expect(serialToParts(45356).dow).toBe(2);
});

test("a JS Date (UTC) maps to its serial", () => {
  expect(jsDateToSerial(new Date(Date.UTC(2024, 2, 5)))).toBe(45356);
});
