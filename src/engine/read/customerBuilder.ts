/**
 * Grows a CustomerTable row by row (the reader does not know the final count up front) and can start
 * from an existing table, which is copied and never mutated.
 */
import type { CustomerTable } from "../types";

type TextKey = "name" | "type" | "industryText" | "region" | "notes";
type NumberKey = "employees" | "revenue" | "assets" | "nps" | "csat" | "creditLimit";

const TEXT_KEYS: readonly TextKey[] = ["name", "type", "industryText", "region", "notes"];
const NUMBER_KEYS: readonly NumberKey[] = ["employees", "revenue", "assets", "nps", "csat", "creditLimit"];

export class CustomerBuilder {
  readonly ids: string[] = [];
  readonly index = new Map<string, number>();
  readonly text: Record<TextKey, (string | null)[]> = {
    name: [],
    type: [],
    industryText: [],
    region: [],
    notes: [],
  };
  readonly numbers: Record<NumberKey, number[]> = {
    employees: [],
    revenue: [],
    assets: [],
    nps: [],
    csat: [],
    creditLimit: [],
  };
  readonly rows: number[] = [];
  private built = false;

  constructor(readonly sheet: string) {}

  static from(table: CustomerTable | null, sheet = ""): CustomerBuilder {
    const b = new CustomerBuilder(table?.sheet ?? sheet);
    if (table === null) return b;
    for (let i = 0; i < table.ids.length; i++) {
      const id = table.ids[i] as string;
      b.ids.push(id);
      b.index.set(id, i);
      b.rows.push(table.row[i] ?? -1);
    }
    // Loops, not push(...spread): a spread of 100k+ arguments overflows the stack.
    for (const k of TEXT_KEYS) {
      const src = table[k];
      const dst = b.text[k];
      for (let i = 0; i < table.ids.length; i++) dst.push(src[i] ?? null);
    }
    for (const k of NUMBER_KEYS) {
      const src = table[k];
      const dst = b.numbers[k];
      for (let i = 0; i < table.ids.length; i++) dst.push(src[i] ?? NaN);
    }
    return b;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Index of a new customer with all fields empty; the caller has checked the ID is new. */
  add(id: string, row: number): number {
    if (this.built) throw new Error("CustomerBuilder.add() after build()");
    const i = this.ids.length;
    this.ids.push(id);
    this.index.set(id, i);
    this.rows.push(row);
    for (const k of TEXT_KEYS) this.text[k].push(null);
    for (const k of NUMBER_KEYS) this.numbers[k].push(NaN);
    return i;
  }

  /**
   * The table. It takes over the builder's ids, index and text arrays instead of copying them (a 100k
   * entry Map copy was a good part of reading), so the builder is finished: add() and build() throw after.
   */
  build(): CustomerTable {
    if (this.built) throw new Error("CustomerBuilder.build() was already called");
    this.built = true;
    return {
      ids: this.ids,
      index: this.index,
      name: this.text.name,
      type: this.text.type,
      industryText: this.text.industryText,
      region: this.text.region,
      notes: this.text.notes,
      employees: Float64Array.from(this.numbers.employees),
      revenue: Float64Array.from(this.numbers.revenue),
      assets: Float64Array.from(this.numbers.assets),
      nps: Float64Array.from(this.numbers.nps),
      csat: Float64Array.from(this.numbers.csat),
      creditLimit: Float64Array.from(this.numbers.creditLimit),
      row: Int32Array.from(this.rows),
      sheet: this.sheet,
    };
  }
}

export function emptyCustomerTable(sheet = ""): CustomerTable {
  return new CustomerBuilder(sheet).build();
}
