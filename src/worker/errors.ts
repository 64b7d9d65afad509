import type { WireError } from "./protocol";

/** The caller gave up on a request (its AbortSignal fired); the engine may still finish it unseen. */
export class EngineAbortError extends Error {
  constructor() {
    super("The engine request was cancelled.");
    this.name = "EngineAbortError";
  }
}

/** The engine failed, or the worker did: `code` says which ("no_base", "worker_failed", or absent). */
export class EngineError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = "EngineError";
    this.code = code;
  }
}

export function toWireError(e: unknown): WireError {
  if (e instanceof EngineError && e.code !== undefined)
    return { name: e.name, message: e.message, code: e.code };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: "Error", message: String(e) };
}

export function fromWireError(w: WireError): EngineError {
  return new EngineError(w.message, w.code);
}

export function isEngineAbort(e: unknown): boolean {
  return e instanceof EngineAbortError;
}
