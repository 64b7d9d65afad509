/**
 * The reader on real data: UCI "Online Retail" (Chen, Sain & Guo 2012), the 30k sample and the full
 * file in ../shared/data (relative to the project root). Expected values are computed here
 * independently with a plain line split (fields taken from the right, since only Description, the
 * third field, can hold quoted commas), not with the reader's own helpers.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { RawTable } from "../types";
import { MONEY_SCALE } from "../types";
import { formatDay } from "../dates";
import { parseCsv } from "./csv";
import { readTransactions } from "./transactions";

const DATA = path.resolve(__dirname, "../../../../shared/data");

interface Expected {
  rows: number;
  missingId: number;
  customers: number;
  invoices: number;
  negativeRows: number;
  revenue: number;
  maxDate: string;
}

function independent(text: string): Expected {
  const lines = text.split(/\r?\n/).filter((l) => l !== "");
  const customers = new Set<string>();
  const invoices = new Set<string>();
  let missingId = 0;
  let negativeRows = 0;
  let revenue = 0;
  let maxDate = "";
  for (const line of lines.slice(1)) {
    const f = line.split(",");
    const id = f[f.length - 2]!;
    const q = Number(f[f.length - 5]);
    const date = f[f.length - 4]!.slice(0, 10);
    const p = Number(f[f.length - 3]);
    if (id === "") {
      missingId++;
      continue;
    }
    customers.add(String(Math.trunc(Number(id)))); // "12923.0" and "12923" are one customer
    invoices.add(f[0]!);
    if (q * p < 0) negativeRows++;
    revenue += q * p;
    if (date > maxDate) maxDate = date;
  }
  return {
    rows: lines.length - 1,
    missingId,
    customers: customers.size,
    invoices: invoices.size,
    negativeRows,
    revenue,
    maxDate,
  };
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function check(text: string, sheet: string): { exp: Expected; got: ReturnType<typeof readTransactions> } {
  const raw: RawTable = { sheet, top: 0, left: 0, rows: parseCsv(text) };
  const got = readTransactions(raw, null, { lang: "en-US" });
  const exp = independent(text);
  expect(raw.rows.length - 1).toBe(exp.rows);
  const missing = got.issues.find((i) => i.code === "missing_customer_id");
  expect(missing?.count).toBe(exp.missingId);
  expect(got.tx.n).toBe(exp.rows - exp.missingId);
  expect(got.customers.ids.length).toBe(exp.customers);
  expect(new Set(got.tx.order).size).toBe(exp.invoices);
  expect(got.issues.find((i) => i.code === "refund_rows")?.count).toBe(exp.negativeRows);
  let sum = 0;
  for (let i = 0; i < got.tx.n; i++) sum += got.tx.amount[i]!;
  // Each line is rounded to 1/10,000, so the totals agree to well under a cent per 10k lines.
  expect(Math.abs(sum / MONEY_SCALE - exp.revenue)).toBeLessThan(0.01);
  expect(formatDay(got.asOf)).toBe(nextDay(exp.maxDate));
  // Nothing is an error in this file: every dropped row is a missing customer ID.
  expect(got.issues.filter((i) => i.severity === "error")).toEqual([]);
  return { exp, got };
}

describe("UCI Online Retail", () => {
  test("30k sample (CustomerID written as 12923.0)", () => {
    const text = fs.readFileSync(path.join(DATA, "online-retail-sample-30k.csv"), "utf8");
    const { exp, got } = check(text, "online-retail-sample-30k.csv");
    expect(exp.rows).toBe(30_000);
    expect(formatDay(got.asOf)).toBe("2011-12-10");
    expect(got.issues.find((i) => i.code === "id_decimal")?.count).toBe(exp.rows - exp.missingId);
    expect(got.customers.ids).toContain("12923");
    expect(got.mapping.fields.customerId?.header).toBe("CustomerID");
  });

  test("full file (541,909 rows)", () => {
    const text = zlib
      .gunzipSync(fs.readFileSync(path.join(DATA, "online-retail-full.csv.gz")))
      .toString("utf8");
    const { exp, got } = check(text, "online-retail-full.csv");
    // Peer figures for this data set (pandas: len(df) = 541909, df.CustomerID.isna().sum() = 135080,
    // df.CustomerID.nunique() = 4372, last InvoiceDate 2011-12-09).
    expect(exp.rows).toBe(541_909);
    expect(exp.missingId).toBe(135_080);
    expect(got.customers.ids.length).toBe(4372);
    expect(formatDay(got.asOf)).toBe("2011-12-10");
  }, 60_000);
});
