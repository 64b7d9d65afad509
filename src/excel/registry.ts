/**
 * What the add-in wrote into the workbook, kept in the workbook's settings (ExcelApi 1.4) so that a rerun
 * updates the same columns and sheets and "Remove results" can take back exactly what was added.
 */
import { runBatch, type RunContext } from "./run";

export const REGISTRY_KEY = "custclass.registry";

export interface RegisteredColumns {
  sheet: string;
  /** Excel table the columns were added to, or null for plain ranges. */
  table: string | null;
  /** Our column headers by output key; a rerun finds a column by its header text in the header row. */
  headers: Record<string, string>;
}

export interface Registry {
  version: 1;
  columns: RegisteredColumns | null;
  /** Sheets the add-in created (summary, standard, customer list): ours to replace or delete. */
  sheets: string[];
  /** When the add-in created the customer sheet itself (no customer table given). */
  createdCustomerSheet: string | null;
}

export const EMPTY_REGISTRY: Registry = { version: 1, columns: null, sheets: [], createdCustomerSheet: null };

export async function loadRegistry(ctx: RunContext): Promise<Registry> {
  return runBatch(ctx, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return { ...EMPTY_REGISTRY };
    return parseRegistry(item.value);
  });
}

export function parseRegistry(value: unknown): Registry {
  const v = typeof value === "string" ? safeJson(value) : value;
  if (typeof v !== "object" || v === null) return { ...EMPTY_REGISTRY };
  const r = v as Partial<Registry>;
  return {
    version: 1,
    columns: r.columns && typeof r.columns.sheet === "string" ? r.columns : null,
    sheets: Array.isArray(r.sheets) ? r.sheets.filter((s): s is string => typeof s === "string") : [],
    createdCustomerSheet: typeof r.createdCustomerSheet === "string" ? r.createdCustomerSheet : null,
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

export async function saveRegistry(ctx: RunContext, registry: Registry): Promise<void> {
  await runBatch(ctx, async (context) => {
    context.workbook.settings.add(REGISTRY_KEY, JSON.stringify(registry));
    await context.sync();
  });
}
