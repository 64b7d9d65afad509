/**
 * Test-only builders: simple records → the engine's columnar shapes, and a small CSV loader for the
 * UCI Online Retail sample. Pure (the caller reads the file), so the engine stays free of Node.
 */
import type { CustomerTable, Day, EngineInput, TransactionColumns } from "../../types";
import { MONEY_SCALE } from "../../types";
import type { Activity } from "../activity/aggregate";

/** One transaction line as a test writes it. `day` is "YYYY-MM-DD" or a civil day number. */
export interface TxRecord {
  customer: string;
  day: string | number;
  /** Currency units (converted to MONEY_SCALE integers, rounded to 1/10,000). */
  amount: number;
  order?: string;
  /** Gross profit in currency units. */
  profit?: number;
}

/** "YYYY-MM-DD" → civil day number (days since 1970-01-01, proleptic Gregorian, no time zone). */
export function civilDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function dayOf(day: string | number): Day {
  return typeof day === "number" ? day : civilDay(day);
}

/** A customer table with the given IDs and nothing else known. */
export function customerTable(ids: readonly string[]): CustomerTable {
  const n = ids.length;
  const nan = () => new Float64Array(n).fill(NaN);
  const nulls = () => new Array<string | null>(n).fill(null);
  return {
    ids: [...ids],
    index: new Map(ids.map((id, i) => [id, i])),
    name: nulls(),
    type: nulls(),
    industryText: nulls(),
    region: nulls(),
    notes: nulls(),
    employees: nan(),
    revenue: nan(),
    assets: nan(),
    nps: nan(),
    csat: nan(),
    creditLimit: nan(),
    row: new Int32Array(n).fill(-1),
    sheet: "",
  };
}

/**
 * An Activity built from per-customer values (instead of from transactions), to run a dimension on
 * values a test chooses. Only the fields given are meaningful; the rest are zero (counts) or NaN (days).
 */
export function activityOf(
  n: number,
  fill: Partial<
    Pick<Activity, "countedLines" | "frequency" | "monetaryScaled" | "recencyDays" | "profitScaled">
  >,
): Activity {
  const zeros = (): Float64Array => new Float64Array(n);
  const nan = (): Float64Array => new Float64Array(n).fill(NaN);
  return {
    customers: n,
    asOf: NaN,
    refunds: "net",
    windowDays: 0,
    byOrder: false,
    lines: fill.countedLines ?? zeros(),
    countedLines: fill.countedLines ?? zeros(),
    frequency: fill.frequency ?? zeros(),
    monetaryScaled: fill.monetaryScaled ?? zeros(),
    profitScaled: fill.profitScaled ?? null,
    recencyDays: fill.recencyDays ?? nan(),
    firstDay: nan(),
    lastDay: nan(),
    ordersInWindow: zeros(),
    purchaseDays: zeros(),
    avgOrderValue: nan(),
    avgIntervalDays: nan(),
    sharedOrders: 0,
  };
}

export interface BuildOptions {
  /** Customers in this order first (also ones without transactions); others are added as first seen. */
  customers?: readonly string[];
  /** Default: the day after the latest transaction day (product.md). */
  asOf?: string | number;
  /** Map `order` fields to an order column (default: when any record has an order). */
  withOrders?: boolean;
}

export function buildInput(records: readonly TxRecord[], options: BuildOptions = {}): EngineInput {
  const ids = [...(options.customers ?? [])];
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = records.length;
  const withOrders = options.withOrders ?? records.some((r) => r.order !== undefined);
  const withProfit = records.some((r) => r.profit !== undefined);
  const customer = new Array<number>(n).fill(0);
  const day = new Array<number>(n).fill(0);
  const amount = new Array<number>(n).fill(0);
  const order = withOrders ? new Array<number>(n).fill(0) : null;
  const profit = withProfit ? new Array<number>(n).fill(0) : null;
  const orderIndex = new Map<string, number>();
  let maxDay = -Infinity;
  records.forEach((r, i) => {
    let c = index.get(r.customer);
    if (c === undefined) {
      c = ids.length;
      ids.push(r.customer);
      index.set(r.customer, c);
    }
    customer[i] = c;
    const d = dayOf(r.day);
    day[i] = d;
    if (d > maxDay) maxDay = d;
    amount[i] = Math.round(r.amount * MONEY_SCALE);
    if (order) {
      if (r.order === undefined) order[i] = -1;
      else {
        let o = orderIndex.get(r.order);
        if (o === undefined) orderIndex.set(r.order, (o = orderIndex.size));
        order[i] = o;
      }
    }
    if (profit) profit[i] = r.profit === undefined ? NaN : Math.round(r.profit * MONEY_SCALE);
  });
  const tx: TransactionColumns = {
    n,
    customer,
    day,
    amount,
    order,
    orders: ordersOf(order),
    profit,
    dueDay: null,
    paidDay: null,
    paidAmount: null,
    product: null,
    products: [],
    row: null,
    firstRow: 1,
    sheet: "tx",
  };
  const asOf = options.asOf !== undefined ? dayOf(options.asOf) : n > 0 ? maxDay + 1 : 0;
  return { customers: customerTable(ids), tx, asOf };
}

/** Minimal RFC 4180 CSV: quoted fields with "" escapes and embedded commas; \n or \r\n rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * UCI Online Retail CSV (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country)
 * → records: amount = Quantity × UnitPrice, order = InvoiceNo, day = the date part of InvoiceDate,
 * customer = CustomerID with a trailing ".0" removed ("12923.0" → "12923"); rows without CustomerID dropped.
 */
export function onlineRetailRecords(text: string): TxRecord[] {
  const rows = parseCsv(text);
  const header = rows[0] ?? [];
  const col = (name: string) => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`column ${name} missing`);
    return k;
  };
  const [inv, qty, date, price, cust] = [
    "InvoiceNo",
    "Quantity",
    "InvoiceDate",
    "UnitPrice",
    "CustomerID",
  ].map(col) as [number, number, number, number, number];
  const out: TxRecord[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const id = (row[cust] ?? "").trim().replace(/\.0+$/, "");
    if (id === "") continue;
    out.push({
      customer: id,
      order: row[inv] ?? "",
      day: (row[date] as string).slice(0, 10),
      amount: Number(row[qty]) * Number(row[price]),
    });
  }
  return out;
}

/** TransactionColumns.orders of an order column: 1 + its largest index (0 without a column). */
export function ordersOf(order: readonly number[] | null): number {
  let max = -1;
  for (const o of order ?? []) if (o > max) max = o;
  return max + 1;
}
