import { classify } from "../engine/classify";
import { EngineAbortError, EngineError, toWireError } from "./errors";
import { FOUR_SALES } from "./fixture";
import { createWorkerEngine, type WorkerLike } from "./client";
import { answer } from "./dispatch";
import { createInThreadEngine } from "./in-thread";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { createEngineService } from "./service";

const request = { customers: null, transactions: FOUR_SALES, lang: "en-US" as const };

/** A worker that answers on a later turn, through JSON (a stricter copy than structured clone). */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  terminated = false;
  received: WorkerRequest[] = [];
  private service = createEngineService();
  constructor(private readonly broken = false) {}
  postMessage(msg: WorkerRequest): void {
    this.received.push(msg);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.broken) {
        this.onerror?.({
          message: "worker script failed to load",
          preventDefault: () => undefined,
        } as unknown as ErrorEvent);
        return;
      }
      let res: WorkerResponse;
      try {
        const value = answer(this.service, msg);
        res = { id: msg.id, ok: true, value: structuredClone(value) }; // as postMessage copies it
      } catch (e) {
        res = { id: msg.id, ok: false, error: toWireError(e) };
      }
      this.onmessage?.({ data: res } as MessageEvent<WorkerResponse>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("worker engine client", () => {
  test("classify and what-if round trip through the worker", async () => {
    const workers: FakeWorker[] = [];
    const engine = createWorkerEngine(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const out = await engine.classify(request);
    expect(out.result.customers.map((c) => c.classes.value)).toEqual(["A", "A", "B", "C"]);
    const w = await engine.whatIf({ base: out.baseId, standard: { abc: { a: 0.5 } }, keys: ["value"] });
    expect(w.diff.value?.matrix.moved).toBe(1);
    expect(workers).toHaveLength(1);
  });

  test("an abort settles at once with EngineAbortError; the late answer is dropped", async () => {
    const engine = createWorkerEngine(() => new FakeWorker());
    const ctrl = new AbortController();
    const p = engine.classify(request, ctrl.signal);
    ctrl.abort();
    await expect(p).rejects.toBeInstanceOf(EngineAbortError);
    // The client still works afterwards.
    await expect(engine.classify(request)).resolves.toMatchObject({ baseId: 2 });
  });

  test("engine errors arrive as EngineError with their code", async () => {
    const engine = createWorkerEngine(() => new FakeWorker());
    const err = await engine.whatIf({ base: 42, standard: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe("no_base");
  });

  test("a worker that cannot load hands its requests to the fallback", async () => {
    const broken = new FakeWorker(true);
    const engine = createWorkerEngine(
      () => broken,
      () => createInThreadEngine(),
    );
    const out = await engine.classify(request);
    expect(broken.terminated).toBe(true);
    expect(out.result.customers).toHaveLength(4);
    // Later calls go to the fallback, which kept the base.
    const w = await engine.whatIf({ base: out.baseId, standard: {}, keys: ["value"] });
    expect(w.diff.value?.matrix.moved).toBe(0);
  });

  test("without a fallback, a dead worker fails the waiting requests with a message", async () => {
    const engine = createWorkerEngine(() => new FakeWorker(true));
    const err = await engine.classify(request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe("worker_failed");
    expect((err as Error).message).toMatch(/failed to load/);
  });
});

describe("in-thread engine", () => {
  test("same contract: aborted before it starts → EngineAbortError", async () => {
    const engine = createInThreadEngine();
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(engine.classify(request, ctrl.signal)).rejects.toBeInstanceOf(EngineAbortError);
    const out = await engine.classify(request);
    expect(out.result.customers.map((c) => c.id)).toEqual(
      classify(request).result.customers.map((c) => c.id),
    );
  });
});
