/**
 * The default engine of the task pane: the classifier in a Web Worker, with the in-thread engine as the
 * fallback where no worker can run. Kept apart from App.tsx because `import.meta.url` (what lets
 * webpack 5 find and bundle the worker) is not valid in the CommonJS that jest runs; App imports this
 * module lazily, and only when no engine was handed in.
 */
import { createWorkerEngine } from "./client";
import { createInThreadEngine } from "./in-thread";
import type { EngineClient } from "./protocol";

export function createDefaultEngine(): EngineClient {
  if (typeof Worker === "undefined") return createInThreadEngine();
  return createWorkerEngine(
    () => new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "custclass-engine" }),
    () => createInThreadEngine(),
  );
}
