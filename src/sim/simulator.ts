/**
 * createSimulator: runs add-in batches against an in-memory workbook with Office.js semantics.
 * `run` behaves like Excel.run: the batch must return a promise (RunMustReturnPromise), a final
 * sync flushes what is still queued, and ranges tracked during the run are released at its end.
 */
import { DEFAULT_BUDGET, type BudgetOptions } from "./budget";
import { SimRequestContext } from "./context";
import { SimError, SimErrorCode } from "./errors";
import { SimHost } from "./host";
import { newStats, type SimStats, type SimulatorCore } from "./simulator-core";
import { SimWorkbook } from "./sim-workbook";
import { createWorkbookState, type SimWorkbookState } from "./state";

export interface SimulatorOptions {
  /** Payload/cell limits; all enforced by default (Excel on the web). */
  budget?: Partial<BudgetOptions>;
  /** Requirement sets the simulated Excel supports; default ExcelApi 1.17 (everything used here). */
  requirementSets?: Record<string, string>;
}

export interface Simulator {
  /** Excel.run's equivalent. The context is structurally an Excel.RequestContext for the members the simulator implements. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: SimStats;
  /** Host-side view of the workbook (no sync needed): for tests, the CLI and the playground. */
  readonly workbook: SimWorkbook;
  readonly budget: BudgetOptions;
  /** Simulates the user editing a cell: syncs fail with InvalidOperationInCellEditMode while true. */
  cellEditMode: boolean;
  resetStats(): void;
}

export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = { ExcelApi: "1.17", ExcelApiOnline: "1.1" };

export function createSimulator(
  state: SimWorkbookState = createWorkbookState(),
  options: SimulatorOptions = {},
): Simulator {
  const host = new SimHost(state, { requirementSets: options.requirementSets ?? DEFAULT_REQUIREMENT_SETS });
  const budget: BudgetOptions = { ...DEFAULT_BUDGET, ...options.budget };
  host.budget = budget;
  const core: SimulatorCore = { host, stats: newStats(), budget, cellEditMode: false };
  const workbook = new SimWorkbook(host);
  const sim: Simulator = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      core.stats.runs += 1;
      const ctx = new SimRequestContext(core);
      try {
        const p: unknown = batch(ctx as unknown as Excel.RequestContext);
        if (!(p instanceof Promise) && typeof (p as { then?: unknown } | null)?.then !== "function")
          throw new SimError(SimErrorCode.runMustReturnPromise);
        const v = await (p as Promise<T>);
        return await ctx.sync(v);
      } finally {
        ctx._dispose();
      }
    },
    stats: core.stats,
    workbook,
    budget,
    get cellEditMode() {
      return core.cellEditMode;
    },
    set cellEditMode(v: boolean) {
      core.cellEditMode = v;
    },
    resetStats() {
      Object.assign(core.stats, newStats());
    },
  };
  return sim;
}
