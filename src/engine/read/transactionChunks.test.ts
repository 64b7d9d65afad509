/**
 * readLines reads a table ROWS_PER_CHUNK rows per call, carrying its state (the previous row's cells,
 * order numbers, the shared blank row, issue groups, the row column) from one chunk to the next. The
 * oracle: the same data rows read with k shared blank rows inserted after the header, which moves every
 * chunk boundary by k; the lines must come out the same, each k rows further down the sheet.
 */
import type { Cell, RawTable } from "../types";
import { MONEY_SCALE } from "../types";
import { ROWS_PER_CHUNK } from "./transactionLines";
import { readTransactions } from "./transactions";

const HEADER: Cell[] = ["单据日期", "单据编号", "客户编号", "存货编码", "金额", "到期日", "回款日期"];
const BLANK: Cell[] = [];

/** ~2.3 chunks of rows: runs of one customer and one order crossing any boundary, refunds, totals,
 *  bad dates, missing IDs and orders, shared blank rows, IDs written as 123.0. */
function dataRows(): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; rows.length < ROWS_PER_CHUNK * 2 + 1500; i++) {
    const customer = `${Math.floor(i / 7) % 301}`;
    const order = i % 53 === 0 ? null : `S${Math.floor(i / 3)}`;
    const amount = i % 41 === 0 ? -(i % 17) - 1 : (i % 97) + 0.25;
    const date = i % 311 === 0 ? "2024-02-30" : 45_000 + Math.floor(i / 11);
    const id = i % 173 === 0 ? null : i % 19 === 0 ? `${customer}.0` : customer;
    rows.push([date, order, id, `P${i % 29}`, amount, 45_030 + (i % 40), i % 3 === 0 ? 45_020 : null]);
    if (i % 509 === 0) rows.push(BLANK);
    if (i % 733 === 0) rows.push([null, null, "合计", null, 999, null, null]);
  }
  return rows;
}

/**
 * What the reader must make of rows[start..] by the rules (no customer table): a line per row with an
 * ID and a real date; customers and orders numbered in order of first appearance, a line without an
 * order number an order of its own; `row` the sheet row (0-based, top 0).
 */
function expected(rows: readonly Cell[][], start: number) {
  const customers = new Map<string, number>();
  const orders = new Map<string, number>();
  let nextOrder = 0;
  const out = {
    row: [] as number[],
    customer: [] as number[],
    order: [] as number[],
    amount: [] as number[],
  };
  rows.forEach((row, r) => {
    if (r < start || row.length === 0 || row[0] === null || row[0] === "2024-02-30" || row[2] === null)
      return;
    const id = String(row[2]).replace(/\.0$/, "");
    if (!customers.has(id)) customers.set(id, customers.size);
    const o = row[1] as string | null;
    let oi: number;
    if (o === null) oi = nextOrder++;
    else {
      oi = orders.get(o) ?? nextOrder;
      if (oi === nextOrder) orders.set(o, nextOrder++);
    }
    out.row.push(r);
    out.customer.push(customers.get(id) as number);
    out.order.push(oi);
    out.amount.push(Math.round((row[4] as number) * MONEY_SCALE));
  });
  return { ...out, ids: [...customers.keys()], orders: nextOrder };
}

function table(k: number): RawTable {
  return {
    sheet: "销售明细",
    top: 0,
    left: 0,
    rows: [HEADER, ...new Array<Cell[]>(k).fill(BLANK), ...dataRows()],
  };
}

function read(k: number) {
  return readTransactions(table(k), null, { lang: "en-US" });
}

const sheetRows = (tx: ReturnType<typeof read>["tx"]): number[] =>
  Array.from({ length: tx.n }, (_, i) => (tx.row === null ? tx.firstRow + i : (tx.row[i] as number)));

describe("the transaction read across chunk boundaries", () => {
  const base = read(0);

  test("the table spans several chunks and the rows are of every kind", () => {
    expect(base.tx.n).toBeGreaterThan(2 * ROWS_PER_CHUNK);
    const codes = new Set(base.issues.map((i) => i.code));
    for (const c of [
      "refund_rows",
      "total_row",
      "invalid_date",
      "missing_customer_id",
      "id_decimal",
      "missing_order",
    ])
      expect(codes).toContain(c);
  });

  test.each([0, 5])("with %i blank rows before the data, the lines the rules give (computed apart)", (k) => {
    const raw = table(k);
    const want = expected(raw.rows as Cell[][], 1);
    const { tx, customers } = read(k);
    expect(tx.n).toBe(want.row.length);
    expect(sheetRows(tx)).toEqual(want.row);
    expect(tx.customer.slice(0, tx.n)).toEqual(want.customer);
    expect(tx.order?.slice(0, tx.n)).toEqual(want.order);
    expect(tx.orders).toBe(want.orders);
    expect(tx.amount.slice(0, tx.n)).toEqual(want.amount);
    expect(customers.ids).toEqual(want.ids);
  });

  test.each([1, 7, ROWS_PER_CHUNK - 1, ROWS_PER_CHUNK + 3])(
    "with %i blank rows before the data, the same lines",
    (k) => {
      const moved = read(k);
      const a = base.tx;
      const b = moved.tx;
      expect(b.n).toBe(a.n);
      expect(b.orders).toBe(a.orders);
      expect(b.customer.slice(0, b.n)).toEqual(a.customer.slice(0, a.n));
      expect(b.day.slice(0, b.n)).toEqual(a.day.slice(0, a.n));
      expect(b.amount.slice(0, b.n)).toEqual(a.amount.slice(0, a.n));
      expect(b.order?.slice(0, b.n)).toEqual(a.order?.slice(0, a.n));
      expect(b.product?.slice(0, b.n)).toEqual(a.product?.slice(0, a.n));
      expect(b.dueDay?.slice(0, b.n)).toEqual(a.dueDay?.slice(0, a.n));
      expect(b.paidDay?.slice(0, b.n)).toEqual(a.paidDay?.slice(0, a.n));
      expect(b.products).toEqual(a.products);
      expect(moved.customers.ids).toEqual(base.customers.ids);
      expect(sheetRows(b)).toEqual(sheetRows(a).map((r) => r + k));
      // The same problems, counted the same (their cells move with the rows).
      const counts = (r: typeof base) => r.issues.map((i) => [i.code, i.count]);
      expect(counts(moved)).toEqual(counts(base));
    },
  );

  test("an order whose lines straddle a boundary is one order (hand count)", () => {
    // Line i has order "O" + floor((i + 1) / 2): O0, then pairs (1, 2) → O1, (3, 4) → O2, …
    const n = ROWS_PER_CHUNK + 3;
    const rows: Cell[][] = Array.from({ length: n }, (_, i) => [
      45_000,
      `O${Math.floor((i + 1) / 2)}`,
      "C1",
      null,
      10,
      null,
      null,
    ]);
    // A blank row in the second chunk: the first line not on the row after the one before.
    const blankAt = ROWS_PER_CHUNK + 2;
    const withBlank = [...rows.slice(0, blankAt), BLANK, ...rows.slice(blankAt)];
    const r = readTransactions({ sheet: "S", top: 0, left: 0, rows: [HEADER, ...withBlank] }, null, {
      lang: "en-US",
    });
    expect(r.tx.n).toBe(n);
    expect(r.tx.orders).toBe(1 + Math.ceil((n - 1) / 2)); // O0 and the pairs: 2049
    // Chunks start at the first data row, so the second starts at line ROWS_PER_CHUNK; it and the line
    // before it (ROWS_PER_CHUNK is even: the pair ROWS_PER_CHUNK - 1, ROWS_PER_CHUNK) share an order.
    const o = r.tx.order!;
    expect(o[ROWS_PER_CHUNK]).toBe(o[ROWS_PER_CHUNK - 1]);
    expect(o[ROWS_PER_CHUNK + 1]).toBe((o[ROWS_PER_CHUNK] as number) + 1);
    // Line i is on sheet row i + 1 (the header is row 0), and one further down after the blank row.
    expect(sheetRows(r.tx)).toEqual(Array.from({ length: n }, (_, i) => (i < blankAt ? i + 1 : i + 2)));
  });
});
