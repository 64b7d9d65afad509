/**
 * An EngineClient that creates the default engine (create.ts: the Web Worker) on first use. The import
 * is dynamic so that create.ts, with its `import.meta.url`, is only loaded in a bundle — never under
 * jest, where every test hands in an in-thread engine — and the worker starts only when needed.
 */
import type { EngineClient } from "./protocol";

export function lazyDefaultEngine(): EngineClient {
  let engine: Promise<EngineClient> | null = null;
  const get = (): Promise<EngineClient> =>
    (engine ??= import("./create").then((m) => m.createDefaultEngine()));
  return {
    classify: async (req, signal) => (await get()).classify(req, signal),
    whatIf: async (req, signal) => (await get()).whatIf(req, signal),
    compare: async (req, signal) => (await get()).compare(req, signal),
    search: async (req, signal) => (await get()).search(req, signal),
    explain: async (req, signal) => (await get()).explain(req, signal),
    products: async (req, signal) => (await get()).products(req, signal),
    productAnalysis: async (req, signal) => (await get()).productAnalysis(req, signal),
    dispose: () => {
      const e = engine;
      engine = null;
      void e?.then((x) => {
        x.dispose();
      });
    },
  };
}
