/** Shared simulator state: the host, the counters and the budget settings. */
import type { BudgetOptions } from "./budget";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";

/** Counters of what the add-in asked Excel to do. */
export interface SimStats {
  /** Round trips to Excel: `context.sync()` calls that had queued actions (Excel.run's final flush included). */
  syncs: number;
  /** Every `context.sync()` call, including empty ones. */
  syncCalls: number;
  /** Queued operations executed (instantiations, property writes, method calls, loads). */
  requests: number;
  /** Largest request / response payload seen, in bytes (see budget.ts). */
  maxRequestBytes: number;
  maxResponseBytes: number;
  lastRequestBytes: number;
  lastResponseBytes: number;
  /** Syncs that failed (any error). */
  failedSyncs: number;
  /** Syncs run with suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync in effect. */
  calcSuspendedSyncs: number;
  screenUpdatingSuspendedSyncs: number;
  /** `run` calls. */
  runs: number;
}

export function newStats(): SimStats {
  return {
    syncs: 0,
    syncCalls: 0,
    requests: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    lastRequestBytes: 0,
    lastResponseBytes: 0,
    failedSyncs: 0,
    calcSuspendedSyncs: 0,
    screenUpdatingSuspendedSyncs: 0,
    runs: 0,
  };
}

export interface SimulatorCore {
  readonly host: SimHost;
  readonly stats: SimStats;
  budget: BudgetOptions;
  /** While true every non-empty sync fails with InvalidOperationInCellEditMode (the user is editing a cell). */
  cellEditMode: boolean;
}

/**
 * Office.js checks requirement sets on the client and throws synchronously
 * (`_throwIfApiNotSupported`, message L_ApiNotFoundDetails).
 */
export function requireApi(host: SimHost, version: string, member: string, set = "ExcelApi"): void {
  if (!host.isSupported(set, version)) {
    throw new SimError(
      SimErrorCode.apiNotFound,
      `The method or property ${member} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`,
      member,
    );
  }
}
