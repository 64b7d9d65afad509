/**
 * The benchmark's input: seeded synthetic customers and transactions (src/fixtures/synthetic.ts) as the
 * rows Office.js `range.values` would give — header row first, numbers as numbers, dates as Excel serial
 * numbers, blanks as null. Office.js delivers values through JSON, so the rows go through a JSON round
 * trip too: every cell is then its own string, not one shared by all lines of an order or customer as the
 * generator makes them (which would flatter any reader that hashes IDs). Our reader gets them as
 * RawTables; the peer gets the same row arrays.
 */
import type { RawTable } from "../src/engine/types";
import { generateSynthetic, type SyntheticTable } from "../src/fixtures/synthetic";

export interface BenchSize {
  /** Label, e.g. "10k/100k". */
  label: string;
  customers: number;
  transactions: number;
}

export const SIZES: readonly BenchSize[] = [
  { label: "10k/100k", customers: 10_000, transactions: 100_000 },
  { label: "100k/1M", customers: 100_000, transactions: 1_000_000 },
];

export const SEED = 20240501;

export interface BenchData {
  customers: SyntheticTable;
  transactions: SyntheticTable;
  customersRaw: RawTable;
  transactionsRaw: RawTable;
}

function roundTrip(t: SyntheticTable): SyntheticTable {
  return JSON.parse(JSON.stringify(t)) as SyntheticTable;
}

function raw(sheet: string, t: SyntheticTable): RawTable {
  const rows = new Array<readonly (string | number | null)[]>(t.rows.length + 1);
  rows[0] = t.header;
  for (let i = 0; i < t.rows.length; i++) rows[i + 1] = t.rows[i]!;
  return { sheet, top: 0, left: 0, rows };
}

export function benchData(size: BenchSize): BenchData {
  const generated = generateSynthetic({
    customers: size.customers,
    transactions: size.transactions,
    seed: SEED,
  });
  const d = {
    customers: roundTrip(generated.customers),
    transactions: roundTrip(generated.transactions),
  };
  return {
    customers: d.customers,
    transactions: d.transactions,
    customersRaw: raw("Customers", d.customers),
    transactionsRaw: raw("Sales", d.transactions),
  };
}
