/**
 * The request context: a queue of actions executed in order by `sync()`, with Excel on the web's
 * payload limits, tracked objects, and the Office.js rules for untracked ranges.
 */
import { ACTION_OVERHEAD_BYTES } from "./budget";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import type { ProxyContext, ResultAcc, AnySimObject } from "./proxy";
import type { SimulatorCore } from "./simulator-core";
import { SimApplication } from "./application";
import { SimWorkbookProxy } from "./workbook";

interface Action {
  location: string;
  bytes: number;
  run: (acc: ResultAcc) => void;
}

/** `context.trackedObjects` (OfficeExtension.TrackedObjects). */
export class SimTrackedObjects {
  constructor(private readonly ctx: SimRequestContext) {}
  add(objects: AnySimObject | AnySimObject[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) {
      // Office.js: re-adding an object that was removed fails with "The object is untracked."
      if (o._untracked) throw new SimError(SimErrorCode.generalException, "The object is untracked.");
    }
  }
  remove(objects: AnySimObject | AnySimObject[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) {
      o._untracked = true;
      this.ctx._pendingUntrack.add(o);
    }
  }
}

export class SimRequestContext implements ProxyContext {
  readonly _host: SimHost;
  readonly workbook: SimWorkbookProxy;
  readonly application: SimApplication;
  readonly trackedObjects: SimTrackedObjects;
  readonly requestHeaders: Record<string, string> = {};
  /** @internal */ _queue: Action[] = [];
  /** @internal */ _pendingUntrack = new Set<AnySimObject>();
  /** @internal */ readonly _ranges = new Set<AnySimObject>();
  /** @internal */ _suspendCalc = false;
  /** @internal */ _suspendScreen = false;
  private _trace: string[] = [];

  constructor(readonly _sim: SimulatorCore) {
    this._host = _sim.host;
    this.trackedObjects = new SimTrackedObjects(this);
    this.application = new SimApplication(this);
    this.workbook = new SimWorkbookProxy(this, this.application);
  }

  /** @internal */
  _enqueue(location: string, bytes: number, run: (acc: ResultAcc) => void): void {
    this._queue.push({ location, bytes, run });
  }

  /** @internal */
  _registerRange(obj: AnySimObject): void {
    this._ranges.add(obj);
  }

  load(object: AnySimObject, option?: unknown): void {
    object.load(option);
  }

  trace(message: string): void {
    this._trace.push(message);
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._queue.map((a) => a.location) };
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await Promise.resolve();
    const stats = this._sim.stats;
    stats.syncCalls += 1;
    const actions = this._queue;
    this._queue = [];
    if (actions.length === 0) return passThroughValue as T;
    stats.syncs += 1;
    stats.requests += actions.length;
    const suspendCalc = this._suspendCalc;
    const suspendScreen = this._suspendScreen;
    this._suspendCalc = false;
    this._suspendScreen = false;
    if (suspendCalc) stats.calcSuspendedSyncs += 1;
    if (suspendScreen) stats.screenUpdatingSuspendedSyncs += 1;
    const budget = this._sim.budget;
    try {
      let requestBytes = ACTION_OVERHEAD_BYTES;
      for (const a of actions) requestBytes += a.bytes;
      stats.lastRequestBytes = requestBytes;
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
      if (this._sim.cellEditMode) {
        throw new SimError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      if (budget.enforcePayloadLimits && requestBytes > budget.requestLimitBytes) {
        throw new SimError(SimErrorCode.requestPayloadSizeLimitExceeded);
      }
      const acc: ResultAcc = { bytes: 0, apply: [] };
      this._host.calcSuspended = suspendCalc;
      try {
        for (const a of actions) {
          try {
            a.run(acc);
          } catch (e) {
            throw toSimError(e, a.location);
          }
        }
      } finally {
        this._host.calcSuspended = false;
      }
      const responseBytes = acc.bytes + ACTION_OVERHEAD_BYTES;
      stats.lastResponseBytes = responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      if (budget.enforcePayloadLimits && responseBytes > budget.responseLimitBytes) {
        throw new SimError(SimErrorCode.responsePayloadSizeLimitExceeded);
      }
      for (const f of acc.apply) f();
      return passThroughValue as T;
    } catch (e) {
      if (e instanceof SimError) e.traceMessages = [...this._trace];
      stats.failedSyncs += 1;
      throw e;
    } finally {
      this._trace = [];
      // Untracked ranges lose their object path after the request (Office.js invalidatePendingInvalidObjectPaths).
      for (const o of this._pendingUntrack) this._invalidate(o);
      this._pendingUntrack.clear();
    }
  }

  /** @internal */
  _invalidate(o: AnySimObject): void {
    o._invalid = true;
    const ref = o._bound as { sheet?: { live: Set<unknown> } } | null | undefined;
    if (ref && typeof ref === "object" && ref.sheet?.live) ref.sheet.live.delete(ref);
    this._ranges.delete(o);
  }

  /** @internal End of Excel.run: automatically tracked objects are released. */
  _dispose(): void {
    for (const o of [...this._ranges]) this._invalidate(o);
    for (const o of this._pendingUntrack) this._invalidate(o);
    this._pendingUntrack.clear();
  }
}

function toSimError(e: unknown, location: string): SimError {
  if (e instanceof SimError) {
    if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = location;
    return e;
  }
  const err = new SimError(
    SimErrorCode.generalException,
    e instanceof Error ? e.message : String(e),
    location,
    500,
  );
  return err;
}
