import type { MappingRequest } from "../engine/classify";
import type { Standard } from "../engine/standard/types";
import { runBatch, type RunContext } from "./run";
import type { SourceSpec } from "./source";

export const LAST_RUN_KEY = "custclass.lastRun";

/**
 * What the last run used, saved with the workbook (Workbook.settings, ExcelApi 1.4: stored in the
 * file's web-extension part, so it travels with the .xlsx) so that a rerun, or a colleague opening the
 * file, gets the same result: the full standard (not just the user's overrides), the column mapping
 * the user set (null = recognised from the headers), the as-of date, and where the tables were.
 */
export interface LastRun {
  standard: Standard;
  mapping: MappingRequest | null;
  asOf: string | null;
  sources?: { customers: SourceSpec | null; transactions: SourceSpec | null };
}

export async function saveLastRun(ctx: RunContext, run: LastRun): Promise<void> {
  await runBatch(ctx, async (context) => {
    context.workbook.settings.add(LAST_RUN_KEY, JSON.stringify(run));
    await context.sync();
  });
}

export async function loadLastRun(ctx: RunContext): Promise<LastRun | null> {
  return runBatch(ctx, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(LAST_RUN_KEY);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return null;
    try {
      const v: unknown = typeof item.value === "string" ? JSON.parse(item.value) : item.value;
      return typeof v === "object" && v !== null && "standard" in v ? (v as LastRun) : null;
    } catch {
      return null;
    }
  });
}
