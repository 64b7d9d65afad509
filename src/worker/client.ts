/**
 * EngineClient over a Web Worker: requests carry an id, answers resolve the matching promise. An abort
 * settles the caller's promise at once (the worker may finish the work; its answer is then dropped).
 * If the worker dies, every waiting request fails with a message, and the next call starts a new one.
 * If it never managed to answer at all (it could not load: an old webview, a blocked script), requests
 * go to `fallback` — the engine in this thread — so the pane still works, if less smoothly.
 */
import type { ProductAnalysis } from "../engine/products";
import type { ClassifyRequest } from "../engine/classify";
import type { Explanation } from "../engine/explain";
import type { SearchResult } from "../engine/search";
import { fromWire, type WireClassifyOutcome } from "./customer-columns";
import { EngineAbortError, EngineError, fromWireError } from "./errors";
import type {
  CompareOutcome,
  CompareRequest,
  EngineClassifyOutcome,
  EngineClient,
  ExplainRequest,
  ProductsRequest,
  SearchRequest,
  WhatIfOutcome,
  WhatIfRequest,
  WorkerRequest,
  WorkerResponse,
} from "./protocol";
import type { ProductView } from "./product-view";

/** The part of Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
}

type Op = WorkerRequest["op"];
type Payload = {
  classify: ClassifyRequest;
  whatIf: WhatIfRequest;
  compare: CompareRequest;
  search: SearchRequest;
  explain: ExplainRequest;
  products: ProductsRequest;
  productAnalysis: ProductsRequest;
};

interface Pending {
  op: Op;
  req: unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export function createWorkerEngine(spawn: () => WorkerLike, fallback?: () => EngineClient): EngineClient {
  let worker: WorkerLike | null = null;
  let answered = false;
  let fellBack: EngineClient | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function settle(id: number): Pending | undefined {
    const p = pending.get(id);
    if (p === undefined) return undefined;
    pending.delete(id);
    p.signal?.removeEventListener("abort", p.onAbort);
    return p;
  }

  function failAll(message: string): void {
    const waiting = [...pending.keys()];
    const recover = !answered && fallback !== undefined;
    worker?.terminate();
    worker = null;
    if (recover) fellBack = fallback();
    for (const id of waiting) {
      const p = settle(id);
      if (p === undefined) continue;
      if (fellBack !== null) forward(fellBack, p);
      else p.reject(new EngineError(message, "worker_failed"));
    }
  }

  function forward(client: EngineClient, p: Pending): void {
    const call = client[p.op] as (req: unknown, signal?: AbortSignal) => Promise<unknown>;
    call(p.req, p.signal).then(p.resolve, p.reject);
  }

  function ensureWorker(): WorkerLike {
    if (worker !== null) return worker;
    const w = spawn();
    w.onmessage = (e) => {
      answered = true;
      const msg = e.data;
      const p = settle(msg.id);
      if (p === undefined) return; // aborted meanwhile
      if (msg.ok) p.resolve(p.op === "classify" ? fromWire(msg.value as WireClassifyOutcome) : msg.value);
      else p.reject(fromWireError(msg.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      failAll(e.message || "The engine worker stopped.");
    };
    w.onmessageerror = () => {
      failAll("The engine worker sent a message that could not be read.");
    };
    worker = w;
    return w;
  }

  function call<K extends Op>(op: K, req: Payload[K], signal?: AbortSignal): Promise<unknown> {
    if (fellBack !== null) {
      const client = fellBack;
      return (client[op] as (r: Payload[K], s?: AbortSignal) => Promise<unknown>)(req, signal);
    }
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new EngineAbortError());
        return;
      }
      const id = nextId++;
      const onAbort = () => {
        if (settle(id) !== undefined) reject(new EngineAbortError());
      };
      pending.set(id, { op, req, resolve, reject, signal, onAbort });
      signal?.addEventListener("abort", onAbort);
      try {
        ensureWorker().postMessage({ id, op, req } as WorkerRequest);
      } catch (e) {
        // Worker construction failed synchronously (no Worker support, CSP): same as a failed load.
        failAll(e instanceof Error ? e.message : String(e));
      }
    });
  }

  return {
    classify: (req, signal) => call("classify", req, signal) as Promise<EngineClassifyOutcome>,
    whatIf: (req, signal) => call("whatIf", req, signal) as Promise<WhatIfOutcome>,
    compare: (req, signal) => call("compare", req, signal) as Promise<CompareOutcome>,
    search: (req, signal) => call("search", req, signal) as Promise<SearchResult>,
    explain: (req, signal) => call("explain", req, signal) as Promise<Explanation | null>,
    products: (req, signal) => call("products", req, signal) as Promise<ProductView>,
    productAnalysis: (req, signal) => call("productAnalysis", req, signal) as Promise<ProductAnalysis>,
    dispose: () => {
      failAll("The engine was stopped.");
      fellBack?.dispose();
      answered = false;
    },
  };
}
