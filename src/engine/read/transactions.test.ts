import type { Cell, RawTable } from "../types";
import { MONEY_SCALE } from "../types";
import { formatDay, parseIsoDay } from "../dates";
import { readCustomers } from "./customers";
import { readTables } from "./tables";
import { lineRow, lineRows } from "./lineRow";
import { readTransactions } from "./transactions";

const H = [
  "单据日期",
  "单据编号",
  "客户编号",
  "客户名称",
  "存货编码",
  "数量",
  "单价",
  "金额",
  "成本",
  "到期日",
  "回款日期",
  "回款金额",
];

/* Excel rows (header on row 1): */
const ROWS: Cell[][] = [
  /* 2  */ ["2024-03-05", "S001", "C001", "甲公司", "P1", 2, 4.15, "", 3, "2024-04-04", "2024-04-01", "8.30"],
  /* 3  */ [45_356, "S001", "C001", "甲公司", "P2", 1, 10, "10.00", null, null, null, null],
  /* 4  */ ["2024/3/6", "S002", "C002", "乙", "P1", -1, 4.15, "(4.15)", null, null, null, null],
  /* 5  */ ["2024-02-30", "S003", "C001", "甲公司", "P1", 1, 5, "5", null, null, null, null],
  /* 6  */ ["2024-03-07", "S004", "C001", "甲公司", "P1", 1, 5, "abc", null, null, null, null],
  /* 7  */ ["2024-03-07", "S005", null, "散客", "P1", 1, 5, "5", null, null, null, null],
  /* 8  */ [null, null, "合计", null, null, null, null, "113.15", null, null, null, null],
  /* 9  */ [],
  /* 10 */ ["2024-03-08", "S006", "C999", "新客户", "P3", 1, 1, "1", null, "bad", null, null],
  /* 11 */ ["2024-03-09", null, "C002", "乙", "P1", 1, 2.5, "2.5", null, null, null, null],
  /* 12 */ ["2024-03-10", "S007", "C001", "甲公司", "P1", 1, 5, "#N/A", null, null, null, null],
  /* 13 */ ["2024-03-11", "S008", "C001", "甲公司", "P1", 1, 5, "$5", null, null, null, null],
  /* 14 */ ["2024-03-11", "S009", "12923.0", "丙", "P1", 1, 6, "¥6", null, null, null, null],
];

const CUSTOMERS: RawTable = {
  sheet: "客户",
  top: 0,
  left: 0,
  rows: [
    ["客户编号", "客户名称"],
    ["C001", "甲公司"],
    ["C002", "乙"],
    [12923, "丙"],
  ],
};

function sales(rows: Cell[][] = ROWS, top = 0, left = 0): RawTable {
  return { sheet: "销售明细", top, left, rows: [H, ...rows] };
}

const day = (iso: string): number => parseIsoDay(iso);
const money = (x: number): number => Math.round(x * MONEY_SCALE);

describe("readTransactions", () => {
  const master = readCustomers(CUSTOMERS).table;
  const masterIds = [...master.ids];
  const r = readTransactions(sales(), master, { lang: "en-US" });
  const { tx } = r;

  test("kept rows, in sheet order", () => {
    // Kept: Excel rows 2, 3, 4, 10, 11, 13, 14 (0-based 1, 2, 3, 9, 10, 12, 13).
    expect(lineRows(tx)).toEqual([1, 2, 3, 9, 10, 12, 13]);
    expect(tx.row).not.toBeNull(); // skipped rows: the column is kept (backfilled up to the first gap)
    expect(tx.n).toBe(7);
    expect(tx.sheet).toBe("销售明细");
  });

  test("customers: master first, unknown C999 added with row −1, 12923.0 is master's 12923", () => {
    expect(r.customers.ids).toEqual(["C001", "C002", "12923", "C999"]);
    expect([...r.customers.row]).toEqual([1, 2, 3, -1]);
    expect(r.customers.name[3]).toBe("新客户");
    expect([...tx.customer]).toEqual([0, 0, 1, 3, 1, 0, 2]);
    expect(master.ids).toEqual(masterIds); // the given table is not mutated
    expect(master.index.has("C999")).toBe(false);
  });

  test("dates: ISO text, serial 45356 (= 2024-03-05), 2024/3/6", () => {
    expect([...tx.day].map(formatDay)).toEqual([
      "2024-03-05",
      "2024-03-05",
      "2024-03-06",
      "2024-03-08",
      "2024-03-09",
      "2024-03-11",
      "2024-03-11",
    ]);
    expect(formatDay(r.asOf)).toBe("2024-03-12"); // the day after the latest valid date
  });

  test("amounts in MONEY_SCALE units: q × p fills a blank amount; the amount column wins", () => {
    // Row 2: 2 × 4.15 = 8.30; row 3: 10.00 (not 1 × 10 — same here); row 4: (4.15) = −4.15.
    expect([...tx.amount]).toEqual([
      money(8.3),
      money(10),
      money(-4.15),
      money(1),
      money(2.5),
      money(5),
      money(6),
    ]);
    expect(tx.amount[0]).toBe(83_000);
  });

  test("orders: distinct numbers → index; a blank order number is its own order", () => {
    // S001 → 0 (rows 2, 3), S002 → 1, S006 → 2, blank → 3, S008 → 4, S009 → 5
    expect([...tx.order!]).toEqual([0, 0, 1, 2, 3, 4, 5]);
    // The order count the steps size their tables by: six distinct orders, indices 0…5.
    expect(tx.orders).toBe(6);
  });

  test("products, profit = amount − cost, due/paid dates and paid amount", () => {
    expect(tx.products).toEqual(["P1", "P2", "P3"]);
    expect([...tx.product!]).toEqual([0, 1, 0, 2, 0, 0, 0]);
    expect(tx.profit![0]).toBe(money(8.3) - money(3));
    expect(tx.profit![1]).toBeNaN();
    expect(tx.dueDay![0]).toBe(day("2024-04-04"));
    expect(tx.dueDay![3]).toBeNaN(); // "bad" → warning, treated as empty
    expect(tx.paidDay![0]).toBe(day("2024-04-01"));
    expect(tx.paidDay![1]).toBeNaN();
    expect(tx.paidAmount![0]).toBe(money(8.3));
    expect(tx.paidAmount![1]).toBeNaN();
  });

  test("issues: what, where, how many", () => {
    const got = r.issues.map((i) => `${i.severity} ${i.code} ${i.cell} ×${i.count}`);
    expect(got).toEqual([
      "error invalid_date A5 ×1", // 2024-02-30
      "error invalid_number H6 ×1", // "abc"
      "error error_value H12 ×1", // #N/A
      "warning missing_customer_id C7 ×1",
      "warning unknown_customer C10 ×1",
      "warning invalid_date_ignored J10 ×1",
      "warning mixed_currency H13 ×1", // $5 (H13) vs ¥6 (H14): a 1:1 tie, CNY ranks first by name
      "info amount_computed H2 ×1",
      "info refund_rows H4 ×1",
      "info total_row A8 ×1",
      "info missing_order B11 ×1",
      "info id_decimal C14 ×1",
    ]);
    const unknown = r.issues.find((i) => i.code === "unknown_customer")!;
    expect(unknown.params).toMatchObject({ customers: 1, example: "C999" });
    expect(unknown.message).toContain("1 customer ID not in the customer table");
  });

  test("an explicit as-of drops later rows before they can add customers", () => {
    const s = readTransactions(sales(), master, { asOf: day("2024-03-07") });
    expect(lineRows(s.tx)).toEqual([1, 2, 3]);
    expect(s.tx.row).toBeNull(); // consecutive sheet rows: no row column, rows are firstRow + i
    expect(s.asOf).toBe(day("2024-03-07"));
    expect(s.customers.ids).toEqual(["C001", "C002", "12923"]);
    const after = s.issues.find((i) => i.code === "after_as_of")!;
    expect(after).toMatchObject({ severity: "warning", count: 4, cells: ["A10", "A11", "A13", "A14"] });
    expect(after.params?.asOf).toBe("2024-03-07");
  });

  test("sheet offsets move every address", () => {
    const s = readTransactions(sales(ROWS, 4, 2), master);
    expect(s.issues.find((i) => i.code === "invalid_date")!.cell).toBe("C9"); // row 4+4+1, column A+2
    expect(lineRow(s.tx, 0)).toBe(5);
  });

  test("without a customer table every ID becomes a customer, without warnings", () => {
    const s = readTransactions(sales(), null);
    expect(s.customers.ids).toEqual(["C001", "C002", "C999", "12923"]);
    expect(s.customers.name).toEqual(["甲公司", "乙", "新客户", "丙"]);
    expect(s.issues.some((i) => i.code === "unknown_customer")).toBe(false);
  });

  test("quantity × unit price when there is no amount column; refunds on the quantity", () => {
    const rows: Cell[][] = [
      ["客户编号", "日期", "数量", "单价"],
      ["A", "2024-01-02", "3", "1.10"],
      ["A", "2024-01-03", "-2", "1.10"],
      ["A", "2024-01-04", "x", "1.10"],
      ["A", "2024-01-04", "1", ""],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null, { lang: "en-US" });
    expect([...s.tx.amount]).toEqual([money(3.3), money(-2.2)]);
    expect(s.tx.order).toBeNull();
    expect(s.tx.profit).toBeNull();
    expect(s.issues.map((i) => `${i.code} ${i.cell}`)).toEqual([
      "invalid_number C4",
      "missing_amount D5",
      "refund_rows C3",
    ]);
  });

  test("a percentage is not an amount", () => {
    const rows: Cell[][] = [
      ["客户编号", "日期", "金额"],
      ["A", "2024-01-02", "12%"],
      ["A", "2024-01-02", "12"],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null);
    expect(s.tx.n).toBe(1);
    expect(s.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["invalid_number C2"]);
  });

  test("the header's unit is applied to money (金额（万元） × 10,000)", () => {
    const rows: Cell[][] = [
      ["客户编号", "日期", "金额（万元）"],
      ["A", "2024-01-02", "1.5"],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null);
    expect(s.tx.amount[0]).toBe(15_000 * MONEY_SCALE);
    expect(s.mapping.fields.amount?.unit).toBe(10_000);
    expect(s.issues.map((i) => i.code)).toEqual(["unit_applied"]);
  });

  test("day-first dates are recognised from one unambiguous cell", () => {
    const rows: Cell[][] = [
      ["客户编号", "日期", "金额"],
      ["A", "5/3/2024", 1],
      ["A", "13/3/2024", 1],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null);
    expect([...s.tx.day].map(formatDay)).toEqual(["2024-03-05", "2024-03-13"]);
    expect(s.issues.find((i) => i.code === "date_order_assumed")?.params?.order).toBe("dmy");
  });

  test("ambiguous a/b/yyyy dates alone are read month first and reported", () => {
    const rows: Cell[][] = [
      ["客户编号", "日期", "金额"],
      ["A", "5/3/2024", 1],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null, { lang: "en-US" });
    expect(formatDay(s.tx.day[0]!)).toBe("2024-05-03");
    const info = s.issues.find((i) => i.code === "date_order_assumed")!;
    expect(info).toMatchObject({ severity: "info", cell: "B2" });
    expect(info.message).toContain("month/day/year");
    // The user can say otherwise.
    const d = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null, { dateOrder: "dmy" });
    expect(formatDay(d.tx.day[0]!)).toBe("2024-03-05");
  });

  test("the day/month order comes from every row's date cells, even when only a later or dropped row has text", () => {
    // The order scan waits for the first text date that is not ISO; by hand: row 2 is a serial number,
    // row 3 is kept with ISO dates, row 4 has no customer (dropped) but its due date 13/4/2024 says day
    // first, so row 5's 5/3/2024 is 5 March; the ambiguous 5/3/2024 is reported first among the infos.
    const rows: Cell[][] = [
      ["客户编号", "日期", "金额", "到期日"],
      ["A", 45_356, -1, null],
      ["A", "2024-03-06", 1, "2024-04-06"],
      [null, "2024-03-07", 1, "13/4/2024"],
      ["A", "5/3/2024", 1, null],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null, { lang: "en-US" });
    expect([...s.tx.day].map(formatDay)).toEqual(["2024-03-05", "2024-03-06", "2024-03-05"]);
    expect(s.issues.map((i) => `${i.code} ${i.cell}`)).toEqual([
      "missing_customer_id A4",
      "date_order_assumed B5",
      "refund_rows C2",
    ]);
    expect(s.issues.find((i) => i.code === "date_order_assumed")?.params?.order).toBe("dmy");
    // The only text date that is not ISO is the ambiguous due date of a dropped row: still reported.
    const dropped: Cell[][] = [
      ["客户编号", "日期", "金额", "到期日"],
      ["A", "2024-03-06", 1, "2024-04-06"],
      [null, "2024-03-07", 1, "5/4/2024"],
    ];
    const d = readTransactions({ sheet: "S", top: 0, left: 0, rows: dropped }, null, { lang: "en-US" });
    expect(d.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(["missing_customer_id A3", "date_order_assumed D3"]);
  });

  test("missing columns: errors, no rows, the customer table passed through", () => {
    const s = readTransactions(
      {
        sheet: "S",
        top: 0,
        left: 0,
        rows: [
          ["客户编号", "备注"],
          ["A", "x"],
        ],
      },
      master,
      { lang: "en-US" },
    );
    expect(s.tx.n).toBe(0);
    expect(s.asOf).toBeNaN();
    expect(s.customers.ids).toEqual(master.ids);
    expect(s.issues.map((i) => [i.code, i.cell, i.params?.field])).toEqual([
      ["missing_column", "A1", '"date", "amount (or quantity and unit price)"'],
    ]);
    expect(s.issues[0]!.message).toMatch(
      /^No column for "date", "amount \(or quantity and unit price\)" was found in S\./,
    );
  });

  test("no valid row → no_transactions, as-of NaN unless given", () => {
    const rows: Cell[][] = [
      ["客户编号", "日期", "金额"],
      [null, "2024-01-01", 1],
    ];
    const s = readTransactions({ sheet: "S", top: 0, left: 0, rows }, null);
    expect(s.issues.map((i) => i.code)).toEqual(["no_transactions", "missing_customer_id"]);
    expect(s.asOf).toBeNaN();
    expect(readTransactions({ sheet: "S", top: 0, left: 0, rows }, null, { asOf: 100 }).asOf).toBe(100);
  });

  test("many missing IDs make one grouped warning with the first 100 cells", () => {
    const rows: Cell[][] = [["CustomerID", "InvoiceDate", "Amount"]];
    for (let i = 0; i < 1000; i++) rows.push([i % 4 === 0 ? "" : "17850", "2011-01-01 08:00:00", "1.5"]);
    const s = readTransactions({ sheet: "Online", top: 0, left: 0, rows }, null, { lang: "en-US" });
    const w = s.issues.filter((i) => i.code === "missing_customer_id");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ count: 250, cell: "A2" });
    expect(w[0]!.cells).toHaveLength(100);
    expect(w[0]!.message.startsWith("250 rows in Online have no customer ID")).toBe(true);
    expect(s.tx.n).toBe(750);
  });
});

describe("readTables", () => {
  test("customers then transactions, one issue list", () => {
    const r = readTables(CUSTOMERS, sales(), { lang: "zh-CN", refunds: "exclude" });
    expect(r.customers.ids).toEqual(["C001", "C002", "12923", "C999"]);
    expect(r.tx.n).toBe(7);
    expect(r.mappings.customers?.fields.id?.col).toBe(0);
    expect(r.mappings.transactions?.fields.order?.col).toBe(1);
    expect(r.issues.find((i) => i.code === "refund_rows")!.message).toContain("退款策略：排除");
  });

  test("customers only", () => {
    const r = readTables(CUSTOMERS, null, { asOf: day("2024-01-01") });
    expect(r.tx.n).toBe(0);
    expect(r.customers.ids).toEqual(["C001", "C002", "12923"]);
    expect(r.asOf).toBe(day("2024-01-01"));
    expect(r.mappings.transactions).toBeNull();
  });

  test("nothing at all", () => {
    const r = readTables(null, null);
    expect(r.customers.ids).toEqual([]);
    expect(r.asOf).toBeNaN();
  });
});

describe("an unknown ID that is a customer's ID without its leading zeros", () => {
  // Customers 001 and 002 typed as text; the sales have 1 (a number: Excel dropped the zeros) and 002.
  const customers: RawTable = { sheet: "客户", top: 0, left: 0, rows: [["客户编号", "客户名称"], ["001", "甲"], ["002", "乙"]] };
  const rows: Cell[][] = [
    ["客户编号", "日期", "金额"],
    [1, "2024-02-01", 300],
    ["002", "2024-02-10", 100],
  ];
  const tx: RawTable = { sheet: "销售", top: 0, left: 0, rows };

  test("is kept as its own customer, and the message names the likely twin (en-US, zh-CN)", () => {
    const en = readTables(customers, tx, { lang: "en-US" });
    const u = en.issues.find((i) => i.code === "unknown_customer");
    expect([u?.sheet, u?.cells]).toEqual(["销售", ["A2"]]);
    expect(u?.params).toMatchObject({ twinOf: "1", twin: "001" });
    expect(u?.message).toContain("1 may be 001 of the customer table with its leading zeros lost");
    expect(en.customers.ids).toEqual(["001", "002", "1"]);
    const zh = readTables(customers, tx, { lang: "zh-CN" });
    expect(zh.issues.find((i) => i.code === "unknown_customer")?.message).toContain("1 可能就是客户表中的 001");
  });

  test("no twin, no hint: an unknown ID with no zero-padded match", () => {
    const other: RawTable = { ...tx, rows: [rows[0] as Cell[], [7, "2024-02-01", 300]] };
    const u = readTables(customers, other, { lang: "en-US" }).issues.find((i) => i.code === "unknown_customer");
    expect(u?.params?.twin).toBeUndefined();
    expect(u?.message).not.toContain("leading zeros");
  });
});

describe("shared row arrays (the add-in hands all-empty rows of a read as one array)", () => {
  const head = ["Date", "Order No", "Customer ID", "Amount"];
  const blank: Cell[] = ["", "", "", ""];
  const line = (day: string, order: string, id: string, amount: number): Cell[] => [day, order, id, amount];
  const read = (rows: Cell[][]) =>
    readTransactions({ sheet: "Sales", top: 0, left: 0, rows: [head, ...rows] }, null, { lang: "en-US" });

  test("a shared blank row is skipped every time, and the lines around it are read as with separate ones", () => {
    const shared = read([line("2024-01-02", "A1", "C1", 5), blank, blank, blank, line("2024-01-03", "A2", "C2", 7)]);
    const separate = read([
      line("2024-01-02", "A1", "C1", 5),
      [...blank],
      [...blank],
      [...blank],
      line("2024-01-03", "A2", "C2", 7),
    ]);
    expect(shared.tx.n).toBe(2);
    expect(lineRows(shared.tx)).toEqual(lineRows(separate.tx));
    expect(shared.issues).toEqual(separate.issues);
  });

  test("a shared row with data is read each time it appears (only a row found blank is skipped unread)", () => {
    const same = line("2024-01-02", "A1", "C1", 5);
    const r = read([same, blank, same]);
    // Both appearances are lines: 5 + 5 on one order, rows 2 and 4 (0-based 1 and 3).
    expect(r.tx.n).toBe(2);
    expect(lineRows(r.tx)).toEqual([1, 3]);
    expect(r.tx.amount.reduce((a, b) => a + b, 0)).toBe(10 * MONEY_SCALE);
  });
});
