/** What a source is called in the pane, and the settings the pane keeps per workbook. */
import type { CustomerField, TransactionField } from "../../engine/read/headers";
import { qualifiedAddress } from "../../engine/read/messages";
import type { SourceSpec } from "../../excel/source";
import type { MappingState, SourceChoice, Which } from "./types";

/** "销售明细!A1:M2997", "'Sales 2024'!A:H", a table's or a sheet's name. */
export function sourceLabel(spec: SourceSpec): string {
  switch (spec.kind) {
    case "table":
      return spec.name;
    case "sheet":
      return spec.sheet;
    case "range":
      return qualifiedAddress(spec.sheet, spec.address);
    case "selection":
      return "";
  }
}

export function choiceOf(spec: SourceSpec): SourceChoice {
  return { spec, label: sourceLabel(spec) };
}

/** "Sheet1!B2:C9" → "B2:C9"; "'A b'!C3" → "C3". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

export const PANE_SETTINGS_KEY = "custclass.pane";
export const SCENARIOS_KEY = "custclass.scenarios";

/** What the pane remembers per workbook (in its settings), besides the last run's standard. */
export interface PaneSettings {
  version: 1;
  sources: Record<Which, SourceSpec | null>;
  mapping: MappingState;
}

export const EMPTY_MAPPING: MappingState = {
  customers: {},
  customerUnits: {},
  transactions: {},
  transactionUnits: {},
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === "string";

function parseSpec(v: unknown): SourceSpec | null {
  if (!isObject(v)) return null;
  if (v.kind === "table" && str(v.name)) return { kind: "table", name: v.name };
  if (v.kind === "sheet" && str(v.sheet)) return { kind: "sheet", sheet: v.sheet };
  if (v.kind === "range" && str(v.sheet) && str(v.address))
    return { kind: "range", sheet: v.sheet, address: v.address };
  return null;
}

/** Column per field: a whole number ≥ 0, or null for "not mapped"; anything else is dropped. */
function parseOverride<F extends string>(v: unknown): Partial<Record<F, number | null>> {
  const out: Partial<Record<F, number | null>> = {};
  if (!isObject(v)) return out;
  for (const [k, c] of Object.entries(v)) {
    if (c === null || (typeof c === "number" && Number.isInteger(c) && c >= 0)) out[k as F] = c;
  }
  return out;
}

function parseUnits<F extends string>(v: unknown): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  if (!isObject(v)) return out;
  for (const [k, u] of Object.entries(v))
    if (typeof u === "number" && u > 0 && Number.isFinite(u)) out[k as F] = u;
  return out;
}

function json(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** The stored settings, or null when there are none or they are not ours (nothing half-read is used). */
export function parsePaneSettings(value: unknown): PaneSettings | null {
  const v = json(value);
  if (!isObject(v) || v.version !== 1) return null;
  const sources = isObject(v.sources) ? v.sources : {};
  const m = isObject(v.mapping) ? v.mapping : {};
  return {
    version: 1,
    sources: { customers: parseSpec(sources.customers), transactions: parseSpec(sources.transactions) },
    mapping: {
      customers: parseOverride<CustomerField>(m.customers),
      customerUnits: parseUnits<CustomerField>(m.customerUnits),
      transactions: parseOverride<TransactionField>(m.transactions),
      transactionUnits: parseUnits<TransactionField>(m.transactionUnits),
    },
  };
}

/** Saved scenarios: name → partial standard (objects only; a bad entry is skipped, not fatal). */
export function parseScenarios(value: unknown): Record<string, Record<string, unknown>> {
  const v = json(value);
  const out: Record<string, Record<string, unknown>> = {};
  if (!isObject(v)) return out;
  for (const [name, s] of Object.entries(v)) if (name.trim() !== "" && isObject(s)) out[name] = s;
  return out;
}
