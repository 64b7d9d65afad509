/**
 * What the add-in wrote into the workbook, kept in the workbook's settings (ExcelApi 1.4) so that a rerun
 * updates the same columns and sheets and "Remove results" can take back exactly what was added.
 *
 * Each result column is also marked by a hidden defined name on its header cell (own-columns.ts):
 * Excel moves names with the cells when the user inserts or deletes rows and columns, so a column is
 * found again by position, not by its header text (which the user may share or change).
 */
import { runBatch, type RunContext } from "./run";

export const REGISTRY_KEY = "custclass.registry";

export interface RegisteredColumns {
  sheet: string;
  /** Excel table the columns were added to, or null for plain ranges. */
  table: string | null;
  /** Header text written per output key (for information: columns are found by their defined names). */
  headers: Record<string, string>;
  /** Column widths (points) before our column took the place, per output key: given back on removal. */
  widths: Record<string, number | null>;
}

export interface Registry {
  version: 2;
  columns: RegisteredColumns | null;
  /** Sheets the add-in created (summary, customer list, standard): not customer data, ours to replace. */
  sheets: string[];
  /** When the add-in created the customer sheet itself (no customer table given). */
  createdCustomerSheet: string | null;
  /** The editable standard sheet: ours, but the user edits it, so "Remove results" keeps it. */
  standardSheet: string | null;
}

export const EMPTY_REGISTRY: Registry = {
  version: 2,
  columns: null,
  sheets: [],
  createdCustomerSheet: null,
  standardSheet: null,
};

export async function loadRegistry(ctx: RunContext): Promise<Registry> {
  return (await loadRegistrySetting(ctx)).registry;
}

/** The registry, and whether the workbook had one (an undo then puts back exactly that). */
export async function loadRegistrySetting(ctx: RunContext): Promise<{ registry: Registry; exists: boolean }> {
  return runBatch(ctx, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return { registry: { ...EMPTY_REGISTRY }, exists: false };
    return { registry: parseRegistry(item.value), exists: true };
  });
}

const isString = (s: unknown): s is string => typeof s === "string";
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function parseRegistry(value: unknown): Registry {
  const v = typeof value === "string" ? safeJson(value) : value;
  if (typeof v !== "object" || v === null) return { ...EMPTY_REGISTRY };
  const r = v as Partial<Record<keyof Registry, unknown>>;
  const cols = r.columns as Partial<Record<keyof RegisteredColumns, unknown>> | null | undefined;
  return {
    version: 2,
    columns:
      cols && isString(cols.sheet)
        ? {
            sheet: cols.sheet,
            table: isString(cols.table) ? cols.table : null,
            headers: isRecord(cols.headers) ? (cols.headers as Record<string, string>) : {},
            widths: isRecord(cols.widths) ? (cols.widths as Record<string, number | null>) : {},
          }
        : null,
    sheets: Array.isArray(r.sheets) ? r.sheets.filter(isString) : [],
    createdCustomerSheet: isString(r.createdCustomerSheet) ? r.createdCustomerSheet : null,
    standardSheet: isString(r.standardSheet) ? r.standardSheet : null,
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

/** Forgets everything (after "Remove results"): the setting itself goes, not an empty copy. */
export async function deleteRegistry(ctx: RunContext): Promise<void> {
  await runBatch(ctx, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(REGISTRY_KEY);
    await context.sync();
    if (!item.isNullObject) item.delete();
    await context.sync();
  });
}
