import type { Cell } from "../types";
import { formatDay } from "../dates";
import {
  cellText,
  inferDateOrder,
  isBlankCell,
  isErrorValue,
  isTotalRow,
  newNumberScratch,
  normaliseId,
  numberToText,
  parseDateCell,
  parseNumber,
  readNumber,
} from "./cells";

describe("parseNumber", () => {
  // [cell, value, currency] — expected values are the numbers as an accountant reads them.
  const OK: [Cell, number, string | null][] = [
    [1234.5, 1234.5, null],
    [-3, -3, null],
    ["1234.5", 1234.5, null],
    ["-0.25", -0.25, null],
    ["1,234.50", 1234.5, null],
    ["1,234,567", 1_234_567, null],
    [" 42 ", 42, null],
    ["1 234 567", 1_234_567, null],
    ["1\u00a0234.5", 1234.5, null],
    ["¥5,000", 5000, "CNY"],
    ["￥5,000.00", 5000, "CNY"],
    ["¥ 5000", 5000, "CNY"],
    ["5,000元", 5000, "CNY"],
    ["5000 元", 5000, "CNY"],
    ["CNY 5,000", 5000, "CNY"],
    ["RMB5000", 5000, "CNY"],
    ["5000RMB", 5000, "CNY"],
    ["rmb 12", 12, "CNY"],
    ["人民币100", 100, "CNY"],
    ["$1,234.56", 1234.56, "USD"],
    ["US$10", 10, "USD"],
    ["€99", 99, "EUR"],
    ["£7.5", 7.5, "GBP"],
    ["100美元", 100, "USD"],
    ["(500.00)", -500, null],
    ["(¥500)", -500, "CNY"],
    ["¥(500)", -500, "CNY"],
    ["-¥1,234", -1234, "CNY"],
    ["¥-1,234", -1234, "CNY"],
    ["−12", -12, null], // U+2212 minus sign
    ["+12", 12, null],
    ["500-", -500, null], // SAP-style trailing minus
    ["-1,234", -1234, null],
    ["１２３", 123, null],
    ["１，２３４．５", 1234.5, null],
    ["－１２３", -123, null],
    ["12%", 0.12, null],
    ["12.5%", 0.125, null],
    ["-5%", -0.05, null],
    ["1e3", 1000, null],
    ["1.5E+06", 1_500_000, null],
    [".5", 0.5, null],
    ["0", 0, null],
    ["-0", 0, null],
  ];
  test.each(OK)("%p → %p %p", (cell, value, currency) => {
    const r = parseNumber(cell);
    expect(r).toMatchObject({ ok: true, currency });
    if (r.ok) expect(r.value).toBeCloseTo(value, 12);
  });

  test("percent is flagged, and refused where it is not allowed", () => {
    expect(parseNumber("12%")).toMatchObject({ ok: true, percent: true });
    expect(parseNumber("12")).toMatchObject({ ok: true, percent: false });
    const scratch = newNumberScratch();
    expect(readNumber("12%", scratch, false)).toBeNaN();
    expect(scratch.reason).toBe("not_number");
    expect(readNumber("12", scratch, false)).toBe(12);
    expect(scratch.reason).toBeNull();
  });

  const FAIL: [Cell, string][] = [
    [null, "empty"],
    ["", "empty"],
    ["   ", "empty"],
    ["\u3000", "empty"],
    ["-", "empty"],
    ["—", "empty"],
    ["#N/A", "error"],
    ["#VALUE!", "error"],
    ["#DIV/0!", "error"],
    [" #REF! ", "error"],
    ["abc", "not_number"],
    ["=1+1", "not_number"],
    ["1,5", "not_number"], // a European decimal comma is refused, not read as 15
    ["1,23,456", "not_number"], // Indian grouping: not groups of three
    ["1.234.567", "not_number"],
    ["1,234 567", "not_number"], // two different separators
    ["--5", "not_number"],
    ["-(5)", "not_number"],
    ["$5元", "not_number"], // two currencies in one cell
    ["12%%", "not_number"],
    ["5万", "not_number"], // units in cells are refused; state them in the header
    [true, "not_number"],
    [false, "not_number"],
    [NaN, "not_number"],
    [Infinity, "not_number"],
    ["¥", "not_number"],
  ];
  test.each(FAIL)("%p → %s", (cell, reason) => {
    expect(parseNumber(cell)).toEqual({ ok: false, reason });
  });
});

describe("parseDateCell", () => {
  // Serials: DATE(2024,3,5)=45356, DATE(1900,3,1)=61 (see dates.test.ts for the hand count).
  const OK: [Cell, string, ("ymd" | "dmy" | "mdy")?][] = [
    [45_356, "2024-03-05"],
    [45_356.6, "2024-03-05"],
    [61, "1900-03-01"],
    [20_240_305, "2024-03-05"],
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05 14:20", "2024-03-05"],
    ["2024-03-05 14:20:59", "2024-03-05"],
    ["2024-03-05T14:20:00Z", "2024-03-05"],
    ["2024-03-05 14:20:00.123", "2024-03-05"],
    ["2024-3-5", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["2024/03/05 2:20 PM", "2024-03-05"],
    ["2024.3.5", "2024-03-05"],
    ["2024年3月5日", "2024-03-05"],
    ["2024 年 3 月 5 日", "2024-03-05"],
    ["2024年3月5日 14:20", "2024-03-05"],
    ["2024年3月5号", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["45356", "2024-03-05"],
    ["２０２４－０３－０５", "2024-03-05"],
    [" 2024-03-05 ", "2024-03-05"],
    ["5/3/2024", "2024-03-05", "dmy"],
    ["3/5/2024", "2024-03-05", "mdy"],
    ["3/5/2024", "2024-03-05", "ymd"], // no evidence: month first, as JavaScript and Excel en-US
    ["05.03.2024", "2024-03-05", "dmy"],
    ["3/5/2024 14:20", "2024-03-05", "mdy"],
    ["5-Mar-2024", "2024-03-05"],
    ["05 March 2024", "2024-03-05"],
    ["March 5, 2024", "2024-03-05"],
    ["Mar 5 2024", "2024-03-05"],
    ["Sept 30, 2024", "2024-09-30"],
    ["2024-02-29", "2024-02-29"],
  ];
  // Rows padded to one length: jest.each treats a missing last argument as a `done` callback.
  test.each(OK.map(([c, iso, o]) => [c, iso, o ?? "ymd"] as const))("%p → %s (%s)", (cell, iso, order) => {
    expect(formatDay(parseDateCell(cell, order))).toBe(iso);
  });

  const BAD: [Cell, ("ymd" | "dmy" | "mdy")?][] = [
    [60], // Excel's fake 1900-02-29
    [0],
    [-5],
    [3_000_000],
    ["2023-02-30"],
    ["2023-02-29"],
    ["1900-02-29"],
    ["2024-13-01"],
    ["2024-00-10"],
    ["2024-03-05 25:00"],
    ["2024-03-05 12:60"],
    ["2024-03-0514:20"],
    ["2024-03/05"],
    ["hello"],
    ["2024"],
    ["2024年3月"],
    ["13/13/2024"],
    ["31/4/2024", "dmy"],
    ["13/3/2024", "mdy"],
    ["5-Foo-2024"],
    ["2024-03-05 13:00 PM"],
    [""],
    [null],
    [true],
    ["#N/A"],
  ];
  test.each(BAD.map(([c, o]) => [c, o ?? "ymd"] as const))("%p is not a date (%s)", (cell, order) => {
    expect(parseDateCell(cell, order)).toBeNaN();
  });
});

describe("inferDateOrder", () => {
  test.each([
    [["13/2/2024", "1/2/2024"], "dmy"],
    [["1/2/2024", "2/13/2024"], "mdy"],
    [["1/2/2024", "3/4/2024"], "ymd"],
    [["2024-01-02", 45_356, null], "ymd"],
    [[], "ymd"],
    [["25.12.2023"], "dmy"],
    [["2/13/2024", "13/2/2024"], "dmy"], // conflicting: day-first wins, the other is then invalid
  ] as [Cell[], string][])("%p → %s", (cells, order) => {
    expect(inferDateOrder(cells)).toBe(order);
  });
});

describe("normaliseId", () => {
  test.each([
    ["12923.0", "12923"],
    ["12923.00", "12923"],
    [12923, "12923"],
    [12923.5, "12923.5"],
    ["12923.5", "12923.5"],
    [" C001 ", "C001"],
    ["\u3000A1\u3000", "A1"],
    ["ＡＢＣ１２３", "ABC123"],
    ["007", "007"],
    ["c001", "c001"],
    [1e21, "1000000000000000000000"],
    [123456789012345680000, "123456789012345680000"],
    [1e-7, "0.0000001"],
    [-0, "0"],
    [true, "TRUE"],
    ["", null],
    ["   ", null],
    [null, null],
    [NaN, null],
  ] as [Cell, string | null][])("%p → %p", (cell, id) => {
    expect(normaliseId(cell)).toBe(id);
  });
});

describe("small cell helpers", () => {
  test("numberToText never uses an exponent", () => {
    expect(numberToText(1e25)).toBe("10000000000000000905969664"); // the double nearest 1e25
    expect(numberToText(0.000123)).toBe("0.000123");
  });

  test.each([
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#n/a",
    " #N/A ",
  ])("%p is an Excel error value", (s) => expect(isErrorValue(s)).toBe(true));
  test.each(["N/A", "#HELLO", "#", "", 5, null, "#N/A extra"])("%p is not an Excel error value", (s) =>
    expect(isErrorValue(s)).toBe(false),
  );

  test.each([
    [[null, "合计", 100], true],
    [["合 计", null], true],
    [["  合计："], true],
    [["总计", 5], true],
    [["小计"], true],
    [["Total:"], true],
    [["TOTAL"], true],
    [["Grand Total"], true],
    [["Sub-total"], true],
    [["本月合计"], true],
    [["TOTAL WIPEOUT SPRAY"], false],
    [["Totally"], false],
    [["合计数量说明书"], false],
    [[1, 2, 3], false],
    [[], false],
  ] as [Cell[], boolean][])("isTotalRow(%p) = %p", (cells, expected) => {
    expect(isTotalRow(cells)).toBe(expected);
  });

  test("blanks and text", () => {
    expect([null, "", " ", "\u3000", 0, false, "x"].map(isBlankCell)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(cellText("  北京 ")).toBe("北京");
    expect(cellText(110000)).toBe("110000");
    expect(cellText("")).toBeNull();
  });
});
