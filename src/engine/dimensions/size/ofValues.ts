/**
 * One company's size class from raw values: the engine's industry recognition, NBS row choice and size
 * rules (classifyIndustry, classifySize) run on a one-row customer table, so a single company is
 * classed exactly as a row of a customer table is. The single-company entry used by CUSTCLASS.SIZE.
 */
import type { Standard } from "../../standard/types";
import type { CustomerTable } from "../../types";
import { classifyIndustry } from "../industry/classify";
import { classifySize } from "./classify";

export interface SizeValues {
  industryText?: string | null;
  /** Missing indicators are left out (the size rules decide whether the given ones are enough). */
  employees?: number;
  /** 元. */
  revenue?: number;
  /** 元. */
  assets?: number;
}

export interface SizeOfValues {
  /** Size code (SIZE_CLASSES), or null. */
  sizeClass: string | null;
  /** Why the class is null, or a caveat on it (SizeNote, result.ts); null when neither. */
  note: string | null;
}

export function sizeOfValues(c: SizeValues, std: Pick<Standard, "industry" | "size">): SizeOfValues {
  const table = oneRow(c);
  const out = classifySize(table, std.size, classifyIndustry(table, std.industry));
  return { sizeClass: out.classes[0] ?? null, note: out.extra?.sizeNote?.[0] ?? null };
}

function oneRow(c: SizeValues): CustomerTable {
  const num = (x: number | undefined): Float64Array => Float64Array.of(x ?? NaN);
  return {
    ids: ["1"],
    index: new Map([["1", 0]]),
    name: [null],
    type: [null],
    industryText: [c.industryText ?? null],
    region: [null],
    notes: [null],
    employees: num(c.employees),
    revenue: num(c.revenue),
    assets: num(c.assets),
    nps: num(undefined),
    csat: num(undefined),
    creditLimit: num(undefined),
    row: Int32Array.of(0),
    sheet: "",
  };
}
