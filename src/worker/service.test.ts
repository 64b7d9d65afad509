import { classify } from "../engine/classify";
import { explainCustomer, explanationText } from "../engine/explain";
import type { RawTable } from "../engine/types";
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

  test("search, explain and products answer on the kept base", () => {
    const service = createEngineService();
    const { baseId } = service.classify(request);
    // "100" is a prefix of all four IDs; ties by revenue descending (fixture.ts: 50, 30, 15, 5).
    const found = service.search({ base: baseId, query: "１００", limit: 2 });
    expect(found.total).toBe(4);
    expect(found.hits.map((h) => h.id)).toEqual(["1001", "1002"]);
    // The explanation is the engine's own for that customer, in the language asked for.
    const peer = explainCustomer(classify(request), 2, "zh-CN");
    const got = service.explain({ base: baseId, customer: 2, lang: "zh-CN" });
    expect(got && explanationText(got)).toBe(peer && explanationText(peer));
    expect(got?.id).toBe("1003");
    expect(service.explain({ base: baseId, customer: 99, lang: "en-US" })).toBeNull();
    // No product column in the fixture.
    expect(service.products({ base: baseId }).available).toBe(false);
  });

  test("the product view: ABC of products and the kept answer", () => {
    // Product P1 sells 60, P2 30, P3 10 (total 100); shares before: 0, 0.6, 0.9 → A, A, B (a 0.8, b 0.95).
    const sales: RawTable = {
      sheet: "Sales",
      top: 0,
      left: 0,
      rows: [
        ["客户编号", "日期", "商品编码", "商品名称", "金额"],
        ["1001", "2024-03-01", "P1", "LED灯管", 60],
        ["1002", "2024-03-02", "P2", null, 30],
        ["1002", "2024-04-02", "P3", "U盘", 10],
      ],
    };
    const service = createEngineService();
    const { baseId } = service.classify({ customers: null, transactions: sales, lang: "en-US" });
    const view = service.products({ base: baseId });
    expect(view.available).toBe(true);
    expect(view.total).toBe(100);
    expect(view.top.map((p) => [p.code, p.name, p.class, p.share])).toEqual([
      ["P1", "LED灯管", "A", 0.6],
      ["P2", null, "A", 0.3], // no name written beside it
      ["P3", "U盘", "B", 0.1],
    ]);
    expect(view.classes.map((c) => [c.code, c.products])).toEqual([
      ["A", 2],
      ["B", 1],
      ["C", 0],
    ]);
    // Months March and April 2024; each month's classes add up to its sales.
    expect(view.byClass.months).toEqual(["2024-03", "2024-04"]);
    expect(view.byClass.revenue.map((r) => r.reduce((x, y) => x + y, 0))).toEqual([90, 10]);
    expect(service.products({ base: baseId })).toBe(view);
  });
});
