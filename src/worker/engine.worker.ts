/**
 * The Web Worker that runs the classifier, so the task pane stays responsive on large workbooks.
 * Bundled by webpack 5 from `new Worker(new URL("../worker/engine.worker.ts", import.meta.url))`.
 */
import { answer } from "./dispatch";
import { toWireError } from "./errors";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { createEngineService } from "./service";

/** The worker's global scope, typed for what is used (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
const service = createEngineService();

scope.onmessage = (e) => {
  const msg = e.data;
  let response: WorkerResponse;
  try {
    response = { id: msg.id, ok: true, value: answer(service, msg) };
  } catch (err) {
    response = { id: msg.id, ok: false, error: toWireError(err) };
  }
  scope.postMessage(response);
};
