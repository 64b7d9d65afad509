/**
 * Range.text rendering. Expected strings are the examples of Microsoft's "Number format codes" and
 * "Review guidelines for customizing a number format" articles (support.microsoft.com), unless a
 * comment says otherwise.
 */
import { dateToSerial } from "./dates";
import { formatGeneral, formatValue, isDateFormat, toFixedExcel } from "./number-format";
import { CellError } from "./state";

describe("number codes (Microsoft's examples)", () => {
  test.each([
    ["####.#", 1234.59, "1234.6"],
    ["#.000", 8.9, "8.900"],
    ["0.#", 0.631, "0.6"],
    ["#.0#", 12, "12.0"],
    ["#.0#", 1234.568, "1234.57"],
    ["#,###", 12000, "12,000"],
    ["#,", 12000, "12"],
    ["0.0,,", 12200000, "12.2"],
    ["0.00", 3.14159, "3.14"],
    ["#,##0.00", 1234.5, "1,234.50"],
    ["0%", 0.285, "29%"],
    ["0.00%", 0.12345, "12.35%"],
    ["$#,##0.00", 1234.5, "$1,234.50"],
    ["0.00E+00", 12200000, "1.22E+07"],
    ['0.00 "kg"', 5, "5.00 kg"],
    ["#,##0;(#,##0)", -1234, "(1,234)"],
    ['0;-0;"zero"', 0, "zero"],
    ["[Red]0.00", 2, "2.00"],
    ["000", 7, "007"],
  ])("%s on %p → %s", (fmt, v, expected) => {
    expect(formatValue(v, fmt)).toBe(expected);
  });

  test("rounding is half away from zero on the 15-digit value (1.005 → 1.01; 2.5 → 3; -2.5 → -3)", () => {
    expect(toFixedExcel(1.005, 2)).toBe("1.01");
    expect(formatValue(2.5, "0")).toBe("3");
    expect(formatValue(-2.5, "0")).toBe("-3");
  });
});

describe("General", () => {
  test.each([
    [0, "0"],
    [123, "123"],
    [-45.5, "-45.5"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333"], // 11 characters wide
    [1234567890123, "1.23457E+12"],
    [0.000000000123, "1.23E-10"],
  ])("%p → %s", (v, expected) => {
    expect(formatGeneral(v)).toBe(expected);
  });
});

describe("dates and times", () => {
  const serial = dateToSerial(2024, 3, 5, 16, 36, 0); // Tuesday 5 March 2024, 4:36 PM
  test.each([
    ["m", "3"],
    ["mm", "03"],
    ["mmm", "Mar"],
    ["mmmm", "March"],
    ["d", "5"],
    ["dd", "05"],
    ["ddd", "Tue"],
    ["dddd", "Tuesday"],
    ["yy", "24"],
    ["yyyy", "2024"],
    ["yyyy-mm-dd", "2024-03-05"],
    ["m/d/yyyy", "3/5/2024"],
    ["h:mm AM/PM", "4:36 PM"],
    ["h:mm:ss", "16:36:00"],
    ['yyyy"年"m"月"d"日"', "2024年3月5日"],
    ["[$-804]yyyy/m/d", "2024/3/5"],
  ])("%s → %s", (fmt, expected) => {
    expect(formatValue(serial, fmt)).toBe(expected);
  });
  test("[h] shows elapsed hours", () => {
    expect(formatValue(1.5, "[h]:mm")).toBe("36:00");
  });
  test("date format detection", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });
});

describe("non-numbers", () => {
  test("text passes through, '@' sections wrap it; logicals and errors print as Excel does", () => {
    expect(formatValue("abc", "0.00")).toBe("abc");
    expect(formatValue("abc", '0;0;0;"<"@">"')).toBe("<abc>");
    expect(formatValue(true, "General")).toBe("TRUE");
    expect(formatValue(new CellError("#N/A"), "0.00")).toBe("#N/A");
    expect(formatValue(undefined, "0.00")).toBe("");
  });
});
