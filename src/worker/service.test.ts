import { classify } from "../engine/classify";
import { EngineError } from "./errors";
import { FOUR_SALES } from "./fixture";
import { createEngineService } from "./service";

const request = { customers: null, transactions: FOUR_SALES, lang: "en-US" as const };

function counted() {
  const calls: unknown[] = [];
  const service = createEngineService({
    classify: (req) => {
      calls.push(req.standard);
      return classify(req);
    },
  });
  return { service, calls };
}

describe("engine service", () => {
  test("classify keeps a base and drops the internals", () => {
    const { service } = counted();
    const out = service.classify(request);
    expect(out.baseId).toBe(1);
    expect("details" in out).toBe(false);
    expect(out.result.customers.map((c) => c.classes.value)).toEqual(["A", "A", "B", "C"]);
    expect(service.bases()).toEqual([1]);
  });

  test("what-if reruns on the kept tables and compares with the base run (see fixture.ts)", () => {
    const { service, calls } = counted();
    const { baseId } = service.classify(request);
    const out = service.whatIf({ base: baseId, standard: { abc: { a: 0.5 } }, keys: ["value"] });
    expect(out.after.standard.abc.a).toBe(0.5);
    expect(out.diff.value?.matrix.counts).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(calls).toHaveLength(2);
    // The same standard again is answered from the cache.
    service.whatIf({ base: baseId, standard: { abc: { a: 0.5 } }, keys: ["value"] });
    expect(calls).toHaveLength(2);
  });

  test("compare puts two standards side by side on the same data", () => {
    const { service } = counted();
    const { baseId } = service.classify(request);
    const out = service.compare({ base: baseId, a: { abc: { a: 0.5 } }, b: {}, keys: ["value"] });
    // a = 0.5 → A, B, B, C; default → A, A, B, C: 1002 moves B → A.
    expect(out.diff.value?.counts.map((c) => [c.code, c.before, c.after])).toEqual([
      ["A", 1, 2],
      ["B", 2, 1],
      ["C", 1, 1],
    ]);
    expect(out.diff.value?.matrix.moved).toBe(1);
  });

  test("invalid input is reported, and the defaults stand in (as classify does)", () => {
    const { service } = counted();
    const { baseId } = service.classify(request);
    const out = service.whatIf({ base: baseId, standard: { abc: { a: 0.99 } }, keys: ["value"] });
    expect(out.after.standardErrors.map((e) => e.path)).toContain("abc.b");
    expect(out.diff.value?.matrix.moved).toBe(0);
  });

  test("keeps the most recently used bases only; a dropped base says so", () => {
    const service = createEngineService({ maxBases: 2 });
    const first = service.classify(request).baseId;
    const second = service.classify(request).baseId;
    service.whatIf({ base: first, standard: {}, keys: ["value"] }); // first is now the most recent
    const third = service.classify(request).baseId;
    expect(service.bases()).toEqual([first, third]);
    expect(() => service.whatIf({ base: second, standard: {}, keys: ["value"] })).toThrow(EngineError);
    try {
      service.whatIf({ base: second, standard: {} });
    } catch (e) {
      expect((e as EngineError).code).toBe("no_base");
    }
  });
});
