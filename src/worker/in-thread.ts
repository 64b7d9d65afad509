/**
 * An EngineClient that runs the engine in this thread: for tests (jsdom has no Worker) and as the
 * fallback where a Worker cannot be started. Same contract as the worker client, including aborts.
 */
import { EngineAbortError } from "./errors";
import type { EngineClient } from "./protocol";
import { createEngineService, type EngineService } from "./service";

function guarded<A, R>(fn: (a: A) => R): (a: A, signal?: AbortSignal) => Promise<R> {
  return async (a, signal) => {
    // Yield first, as a worker round trip would: callers must not rely on synchronous answers.
    await Promise.resolve();
    if (signal?.aborted) throw new EngineAbortError();
    const out = fn(a);
    if (signal?.aborted) throw new EngineAbortError();
    return out;
  };
}

export function createInThreadEngine(service: EngineService = createEngineService()): EngineClient {
  return {
    classify: guarded((req) => service.classify(req)),
    whatIf: guarded((req) => service.whatIf(req)),
    compare: guarded((req) => service.compare(req)),
    search: guarded((req) => service.search(req)),
    explain: guarded((req) => service.explain(req)),
    products: guarded((req) => service.products(req)),
    productAnalysis: guarded((req) => service.productAnalysis(req)),
    dispose: () => undefined,
  };
}
