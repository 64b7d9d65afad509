/**
 * Property: random junk tables never make the readers throw, never get mutated (everything frozen),
 * and the output stays coherent (indices in range, money integral, issues capped at 100 cells).
 */
import fc from "fast-check";
import type { Cell, RawTable } from "../types";
import { inferDateOrder, isErrorValue, isTotalRow, normaliseId, parseDateCell, parseNumber } from "./cells";
import { readCustomers } from "./customers";
import { detectTableKind } from "./headers";
import { readTables } from "./tables";
import { readTransactions } from "./transactions";

const HEADERS = [
  "客户编号",
  "客户名称",
  "日期",
  "金额",
  "数量",
  "单价",
  "单据编号",
  "成本",
  "毛利",
  "到期日",
  "付款日期",
  "已付金额",
  "存货编码",
  "CustomerID",
  "InvoiceDate",
  "Amount",
  "营业收入(万元)",
  "NPS",
  "满意度",
  "员工人数",
  "地区",
  "x",
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(
    "#N/A",
    "#VALUE!",
    "=1+1",
    "合计",
    "Total",
    "2024-02-30",
    "2024-03-05 14:20",
    "5/3/2024",
    "13/3/2024",
    "12923.0",
    "¥5,000",
    "$3",
    "(500)",
    "",
    " ",
    "１２３",
    "-",
    "2024年3月5日",
    "1,5",
    "NaN",
    "Infinity",
  ),
);

const table: fc.Arbitrary<RawTable> = fc
  .record({
    header: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cell), { maxLength: 10 }),
    rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }),
    top: fc.nat(50),
    left: fc.nat(50),
    titleRows: fc.nat(3),
  })
  .map(({ header, rows, top, left, titleRows }) => ({
    sheet: "Junk",
    top,
    left,
    rows: [...Array.from({ length: titleRows }, () => ["title"] as Cell[]), header, ...rows],
  }));

function deepFreeze(t: RawTable): RawTable {
  for (const r of t.rows) Object.freeze(r);
  Object.freeze(t.rows);
  return Object.freeze(t);
}

describe("junk tables", () => {
  test("cell parsers never throw", () => {
    fc.assert(
      fc.property(cell, (c) => {
        parseNumber(c);
        parseDateCell(c, "dmy");
        normaliseId(c);
        isTotalRow([c]);
      }),
      { numRuns: 2000 },
    );
  });

  test("readers never throw, never mutate, stay coherent", () => {
    fc.assert(
      fc.property(table, table, fc.option(fc.integer({ min: -30_000, max: 40_000 })), (a, b, asOf) => {
        const ca = deepFreeze(a);
        const cb = deepFreeze(b);
        const before = JSON.stringify([ca, cb]);
        const inputText = before;
        detectTableKind(ca.rows);
        const cu = readCustomers(ca, { lang: "en-US" });
        const tr = readTransactions(cb, cu.table, asOf === null ? {} : { asOf });
        const all = readTables(ca, cb, { lang: "zh-CN" });
        expect(JSON.stringify([ca, cb])).toBe(before);

        for (const r of [tr, all]) {
          const { tx, customers } = r;
          expect(tx.customer.length).toBe(tx.n);
          expect(tx.day.length).toBe(tx.n);
          for (let i = 0; i < tx.n; i++) {
            expect(tx.customer[i]).toBeGreaterThanOrEqual(0);
            expect(tx.customer[i]).toBeLessThan(customers.ids.length);
            expect(Number.isInteger(tx.amount[i])).toBe(true);
            expect(Number.isFinite(tx.day[i])).toBe(true);
            if (Number.isFinite(r.asOf)) expect(tx.day[i]).toBeLessThanOrEqual(r.asOf);
          }
          expect(customers.index.size).toBe(customers.ids.length);
          for (const issue of r.issues) {
            expect(issue.cells.length).toBeLessThanOrEqual(100);
            expect(issue.count).toBeGreaterThanOrEqual(issue.cells.length);
            // A message may quote the user's text; only text the input did not contain is a leak.
            if (!inputText.includes("undefined")) expect(issue.message).not.toContain("undefined");
            if (!inputText.includes("${")) expect(issue.message).not.toContain("${");
          }
        }
        // The customer table passed to readTransactions was not extended in place.
        expect(cu.table.index.size).toBe(cu.table.ids.length);
      }),
      { numRuns: 300 },
    );
  });

  test("plausible tables with junk mixed in: kept rows are exactly the valid ones", () => {
    const id = fc.oneof(fc.constantFrom("C1", "C2", "12923.0", 12923, " c3 "), cell);
    const date = fc.oneof(fc.constantFrom("2024-03-05", 45_356, "2024/3/6", "2024年3月7日"), cell);
    const amount = fc.oneof(fc.constantFrom(1, -2.5, "1,234.50", "(3)", "¥8"), cell);
    const row = fc.tuple(id, date, amount, cell);
    let kept = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const raw = deepFreeze({
          sheet: "S",
          top: 0,
          left: 0,
          rows: [["客户编号", "日期", "金额", "单据编号"], ...rows],
        });
        const r = readTransactions(raw, null);
        kept += r.tx.n;
        // A row is kept iff its ID, date and amount each read on their own; an ID that is an error
        // value or a total label (合计) does not count. (Other cells do not matter once these read.)
        const order = inferDateOrder(rows.map((x) => x[1]));
        const expected = rows.filter(
          ([i, d, a]) =>
            normaliseId(i) !== null &&
            !isErrorValue(i) &&
            !(typeof i === "string" && isTotalRow([i])) &&
            Number.isFinite(parseDateCell(d, order)) &&
            parseNumber(a).ok,
        ).length;
        expect(r.tx.n).toBe(expected);
      }),
      { numRuns: 300 },
    );
    expect(kept).toBeGreaterThan(100); // the property was not vacuous
  });
});
