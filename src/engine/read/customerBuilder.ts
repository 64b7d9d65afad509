/**
 * Grows a CustomerTable row by row (the reader does not know the final count up front) and can start
 * from an existing table, which is never mutated.
 *
 * Speed: the existing table is not copied. Customers added on top of it live in arrays of their own
 * (index ≥ `baseSize`); build() hands the given table's arrays over when nothing was added (the usual
 * case: every transaction's customer is in the master), else joins the two once. Copying a 100k-customer
 * table (its Map above all) was a good part of reading 1M lines.
 */
import type { CustomerTable } from "../types";
import { keepShape } from "../stats/keepShape";
import { emptyDoubles, emptyTagged } from "../stats/scratch";

export type TextKey = "name" | "type" | "industryText" | "region" | "notes";
export type NumberKey = "employees" | "revenue" | "assets" | "nps" | "csat" | "creditLimit";

const TEXT_KEYS: readonly TextKey[] = ["name", "type", "industryText", "region", "notes"];
const NUMBER_KEYS: readonly NumberKey[] = ["employees", "revenue", "assets", "nps", "csat", "creditLimit"];

export class CustomerBuilder {
  /** Customers added here (indices from baseSize). */
  private readonly ids = emptyTagged<string>();
  private readonly index = new Map<string, number>();
  // Born as the kinds they hold (stats/scratch.ts): text and null, doubles and NaN.
  private readonly text: Record<TextKey, (string | null)[]> = {
    name: emptyTagged(),
    type: emptyTagged(),
    industryText: emptyTagged(),
    region: emptyTagged(),
    notes: emptyTagged(),
  };
  private readonly numbers: Record<NumberKey, number[]> = {
    employees: emptyDoubles(),
    revenue: emptyDoubles(),
    assets: emptyDoubles(),
    nps: emptyDoubles(),
    csat: emptyDoubles(),
    creditLimit: emptyDoubles(),
  };
  private readonly rows: number[] = [];
  private built = false;
  readonly baseSize: number;

  private constructor(
    readonly sheet: string,
    private readonly base: CustomerTable | null,
  ) {
    this.baseSize = base === null ? 0 : base.ids.length;
  }

  static empty(sheet: string): CustomerBuilder {
    return new CustomerBuilder(sheet, null);
  }

  static from(table: CustomerTable | null, sheet = ""): CustomerBuilder {
    return new CustomerBuilder(table?.sheet ?? sheet, table);
  }

  get size(): number {
    return this.baseSize + this.ids.length;
  }

  /** Index of the customer with this (normalised) ID, or undefined. */
  find(id: string): number | undefined {
    return this.base?.index.get(id) ?? this.index.get(id);
  }

  idAt(i: number): string {
    return (i < this.baseSize ? this.base?.ids[i] : this.ids[i - this.baseSize]) ?? "";
  }

  /** Index of a new customer with all fields empty; the caller has checked the ID is new. */
  add(id: string, row: number): number {
    if (this.built) throw new Error("CustomerBuilder.add() after build()");
    const i = this.size;
    this.ids.push(id);
    this.index.set(id, i);
    this.rows.push(row);
    // One line per field, not a loop over the keys: a keyed loop was most of add()'s time.
    const t = this.text;
    t.name.push(null);
    t.type.push(null);
    t.industryText.push(null);
    t.region.push(null);
    t.notes.push(null);
    const n = this.numbers;
    n.employees.push(NaN);
    n.revenue.push(NaN);
    n.assets.push(NaN);
    n.nps.push(NaN);
    n.csat.push(NaN);
    n.creditLimit.push(NaN);
    return i;
  }

  /** Sets a field of a customer added here (i ≥ baseSize; the given table is never written). */
  setText(key: TextKey, i: number, value: string | null): void {
    if (i >= this.baseSize) this.text[key][i - this.baseSize] = value;
  }

  setNumber(key: NumberKey, i: number, value: number): void {
    if (i >= this.baseSize) this.numbers[key][i - this.baseSize] = value;
  }

  /**
   * The table. It takes over the builder's arrays (and the given table's, when nothing was added)
   * instead of copying them, so the builder is finished: add() and build() throw after.
   */
  build(): CustomerTable {
    if (this.built) throw new Error("CustomerBuilder.build() was already called");
    this.built = true;
    const base = this.base;
    if (base === null) {
      return {
        ids: this.ids,
        index: this.index,
        ...this.text,
        employees: floats(this.numbers.employees),
        revenue: floats(this.numbers.revenue),
        assets: floats(this.numbers.assets),
        nps: floats(this.numbers.nps),
        csat: floats(this.numbers.csat),
        creditLimit: floats(this.numbers.creditLimit),
        row: Int32Array.from(this.rows),
        sheet: this.sheet,
      };
    }
    if (this.ids.length === 0 && complete(base)) return { ...base, sheet: this.sheet };
    const index = new Map(base.index);
    for (const [id, i] of this.index) index.set(id, i);
    const table: CustomerTable = {
      ids: base.ids.concat(this.ids),
      index,
      name: [],
      type: [],
      industryText: [],
      region: [],
      notes: [],
      employees: new Float64Array(0),
      revenue: new Float64Array(0),
      assets: new Float64Array(0),
      nps: new Float64Array(0),
      csat: new Float64Array(0),
      creditLimit: new Float64Array(0),
      row: joinInts(base.row, this.baseSize, this.rows),
      sheet: this.sheet,
    };
    const n = this.baseSize;
    for (const k of TEXT_KEYS) {
      const head = base[k].length === n ? base[k] : Array.from({ length: n }, (_, i) => base[k][i] ?? null);
      table[k] = head.concat(this.text[k]);
    }
    for (const k of NUMBER_KEYS) table[k] = joinFloats(base[k], n, this.numbers[k]);
    return table;
  }
}

function floats(a: readonly number[]): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] as number;
  return out;
}

/** Every column as long as the IDs (a table made by hand may have short ones, padded on a join). */
function complete(t: CustomerTable): boolean {
  const n = t.ids.length;
  return (
    t.row.length === n &&
    TEXT_KEYS.every((k) => t[k].length === n) &&
    NUMBER_KEYS.every((k) => t[k].length === n)
  );
}

function joinFloats(head: Float64Array, n: number, tail: readonly number[]): Float64Array {
  const out = new Float64Array(n + tail.length).fill(NaN);
  out.set(head.length > n ? head.subarray(0, n) : head);
  for (let i = 0; i < tail.length; i++) out[n + i] = tail[i] as number;
  return out;
}

function joinInts(head: Int32Array, n: number, tail: readonly number[]): Int32Array {
  const out = new Int32Array(n + tail.length).fill(-1);
  out.set(head.length > n ? head.subarray(0, n) : head);
  for (let i = 0; i < tail.length; i++) out[n + i] = tail[i] as number;
  return out;
}

export function emptyCustomerTable(sheet = ""): CustomerTable {
  return CustomerBuilder.empty(sheet).build();
}

// See keepShape.ts: the builder, and a table as build() makes it (find() reads the given table).
keepShape(CustomerBuilder.empty(""));
keepShape(emptyCustomerTable(""));
