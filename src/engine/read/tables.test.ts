/**
 * readTables with `today` and no as-of (ReadTablesOptions.today): lines dated after today are a typo,
 * not sales yet. Expected values are worked out by hand from the rows below.
 */
import type { Cell, RawTable } from "../types";
import { MONEY_SCALE } from "../types";
import { formatDay, parseIsoDay } from "../dates";
import { readTables } from "./tables";

const customers = (ids: string[]): RawTable => ({
  sheet: "客户",
  top: 0,
  left: 0,
  rows: [["客户编号", "客户名称"], ...ids.map((id) => [id, `${id} 公司`])],
});

/** Header on Excel row 1, so the line at index i is on row i + 2. */
const sales = (lines: Cell[][]): RawTable => ({
  sheet: "销售",
  top: 0,
  left: 0,
  rows: [["日期", "单据编号", "客户编号", "金额"], ...lines],
});

const TODAY = parseIsoDay("2024-06-30");

describe("readTables: lines dated after today", () => {
  const lines: Cell[][] = [
    /* row 2 */ ["2024-06-01", "S1", "C1", 100],
    /* row 3 */ ["2204-06-20", "S2", "C1", 50], // typo for 2024: after today
    /* row 4 */ ["2024-06-29", "S3", "C2", 30],
    /* row 5 */ ["2204-01-01", "S4", "C9", 70], // after today, and C9 is in no other line
    /* row 6 */ ["2024-07-01", "S5", "C2", 20], // tomorrow: after today too
  ];
  const r = readTables(customers(["C1", "C2"]), sales(lines), { lang: "en-US", today: TODAY });

  test("the later lines are left out; the as-of is the day after the last line up to today", () => {
    expect(r.tx.n).toBe(2); // rows 2 and 4
    expect(r.tx.day).toEqual([parseIsoDay("2024-06-01"), parseIsoDay("2024-06-29")]);
    expect(r.tx.amount).toEqual([100 * MONEY_SCALE, 30 * MONEY_SCALE]);
    expect(r.asOf).toBe(parseIsoDay("2024-06-30"));
  });

  test("they are reported once, at their cells, with that as-of", () => {
    const after = r.issues.filter((i) => i.code === "after_as_of");
    expect(after).toHaveLength(1);
    expect(after[0]!.count).toBe(3);
    expect(after[0]!.cells).toEqual(["A3", "A5", "A6"]);
    expect(after[0]!.params?.asOf).toBe(formatDay(parseIsoDay("2024-06-30")));
  });

  test("a customer found only on a later line is not created", () => {
    expect(r.customers.ids).toEqual(["C1", "C2"]);
    expect(r.issues.some((i) => i.code === "unknown_customer")).toBe(false);
  });

  test("the same as reading with the as-of given explicitly (the peer path)", () => {
    const given = readTables(customers(["C1", "C2"]), sales(lines.slice(0, 4)), {
      lang: "en-US",
      asOf: parseIsoDay("2024-06-30"),
    });
    expect(r.tx.day).toEqual(given.tx.day);
    expect(r.tx.customer).toEqual(given.tx.customer);
    expect(r.tx.order).toEqual(given.tx.order);
  });
});

describe("readTables: today changes nothing when", () => {
  test("no line is after today", () => {
    const lines: Cell[][] = [
      ["2024-06-01", "S1", "C1", 100],
      ["2024-06-30", "S2", "C2", 30],
    ];
    const r = readTables(customers(["C1", "C2"]), sales(lines), { lang: "en-US", today: TODAY });
    expect(r.tx.n).toBe(2);
    expect(r.asOf).toBe(parseIsoDay("2024-07-01"));
    expect(r.issues.some((i) => i.code === "after_as_of")).toBe(false);
  });

  test("every line is after today: none is taken for a typo, all are read", () => {
    const lines: Cell[][] = [
      ["2025-01-02", "S1", "C1", 100],
      ["2025-01-05", "S2", "C2", 30],
    ];
    const r = readTables(customers(["C1", "C2"]), sales(lines), { lang: "en-US", today: TODAY });
    expect(r.tx.n).toBe(2);
    expect(r.asOf).toBe(parseIsoDay("2025-01-06"));
    expect(r.issues.some((i) => i.code === "after_as_of" || i.code === "no_transactions")).toBe(false);
  });

  test("an as-of is given: it wins, and only lines after it are left out", () => {
    const lines: Cell[][] = [
      ["2024-06-01", "S1", "C1", 100],
      ["2024-07-15", "S2", "C2", 30],
    ];
    const asOf = parseIsoDay("2024-08-01");
    const r = readTables(customers(["C1", "C2"]), sales(lines), { lang: "en-US", today: TODAY, asOf });
    expect(r.tx.n).toBe(2);
    expect(r.asOf).toBe(asOf);
  });
});
