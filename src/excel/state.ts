import type { Standard } from "../engine/standard/types";
import { runBatch, type RunContext } from "./run";

export const LAST_RUN_KEY = "custclass.lastRun";

/** What the last run used, saved with the workbook so a rerun (or a colleague) gets the same result. */
export interface LastRun {
  standard: Standard;
  mapping: unknown;
  asOf: string | null;
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
