import fc from "fast-check";
import { aggregateActivity } from "../activity/aggregate";
import { buildInput, type TxRecord } from "../testing/fixtures";
import { abcClassOf, classifyAbc } from "./abc";
import { flagBigTicket } from "./bigTicket";
import { classifyValue } from "./classify";
import { ABC_DEFAULTS } from "./defaults";
import { ABC_LABELS, BIG_TICKET_LABELS } from "./labels";

const STD = ABC_DEFAULTS; // a 0.8, b 0.95, revenue

function abcOf(records: TxRecord[], customers?: string[], std = STD) {
  const input = buildInput(records, customers ? { customers } : {});
  const activity = aggregateActivity(input, { refunds: "net", windowDays: 365 });
  return { ids: input.customers.ids, res: classifyAbc(activity, input.customers.ids, std) };
}

const sale = (customer: string, amount: number, profit?: number): TxRecord =>
  profit === undefined
    ? { customer, day: "2024-01-01", amount }
    : { customer, day: "2024-01-01", amount, profit };

describe("abcClassOf (share before the customer: A < a, B < b, else C; value ≤ 0 → C)", () => {
  it.each([
    [10, 0, "A"],
    [10, 0.7999, "A"],
    [10, 0.8, "B"],
    [10, 0.9499, "B"],
    [10, 0.95, "C"],
    [0, 0, "C"],
    [-5, 0, "C"],
  ])("value %d, share before %d → %s", (v, s, expected) =>
    expect(abcClassOf(v, s, 0.8, 0.95)).toBe(expected),
  );
});

describe("classifyAbc", () => {
  it("classes by cumulative share before, ties by ID numeric-aware", () => {
    // total 100; sorted: 1 (50), 2 (30), 3 (10), then the tie 9 (5) before 10 (5) because 9 < 10
    // shares before: 0 → A, 0.5 → A, 0.8 → B, 0.9 → B, 0.95 → C
    const { ids, res } = abcOf([sale("10", 5), sale("2", 30), sale("9", 5), sale("1", 50), sale("3", 10)]);
    const byId = Object.fromEntries(ids.map((id, i) => [id, res.output.classes[i]]));
    expect(byId).toEqual({ "1": "A", "2": "A", "3": "B", "9": "B", "10": "C" });
    const rank = Object.fromEntries(ids.map((id, i) => [id, res.output.metrics.rank?.[i]]));
    expect(rank).toEqual({ "1": 1, "2": 2, "3": 3, "9": 4, "10": 5 });
    expect(res.total).toBe(100);
    const i10 = ids.indexOf("10");
    expect(res.output.metrics.share?.[i10]).toBe(0.05);
    expect(res.output.metrics.cumShareBefore?.[i10]).toBe(0.95);
    expect(res.output.metrics.cumShare?.[i10]).toBe(1);
  });

  it("sums exactly: 0.7 + 0.1 + 0.1 + 0.1 puts the second 0.1 at exactly 80 % (B)", () => {
    // In floats 0.7 + 0.1 = 0.7999999999999999 < 0.8 would make it A; scaled integers 7000 + 1000 = 8000
    // of 10000 give exactly 0.8 → B (product.md: A only while the share before is < 80 %).
    // Shares before: 1 → 0, 2 → 0.7, 3 → 0.8, 4 → 0.9 (< 0.95, still B).
    const { ids, res } = abcOf([sale("1", 0.7), sale("2", 0.1), sale("3", 0.1), sale("4", 0.1)]);
    expect(0.7 + 0.1 < 0.8).toBe(true); // the float trap this test guards against
    expect(ids.map((_, i) => res.output.classes[i])).toEqual(["A", "A", "B", "B"]);
  });

  it("value ≤ 0 is C, no transactions null, and the total is the positive part", () => {
    const { res } = abcOf([sale("a", 100), sale("b", -20), sale("c", 0)], ["a", "b", "c", "d"]);
    expect(res.output.classes).toEqual(["A", "C", "C", null]);
    expect(res.total).toBe(100);
  });

  it("basis profit uses profit; missing profit column → all null", () => {
    const withProfit = abcOf([sale("a", 100, 1), sale("b", 10, 50)], undefined, { ...STD, basis: "profit" });
    // profit: b 50 (share before 0 → A), a 1 (before 50/51 = 0.98 → C)
    expect(withProfit.res.output.classes).toEqual(["C", "A"]);
    const noProfit = abcOf([sale("a", 100)], undefined, { ...STD, basis: "profit" });
    expect(noProfit.res.basisMissing).toBe(true);
    expect(noProfit.res.output.classes).toEqual([null]);
  });

  it("never throws on junk: no customers, one customer, all equal, all zero", () => {
    expect(abcOf([]).res.output.classes).toEqual([]);
    expect(abcOf([sale("x", 3)]).res.output.classes).toEqual(["A"]);
    // four equal values: before shares 0, .25, .5, .75 → all A
    expect(abcOf(["1", "2", "3", "4"].map((c) => sale(c, 7))).res.output.classes).toEqual([
      "A",
      "A",
      "A",
      "A",
    ]);
    expect(abcOf([sale("1", 0), sale("2", 0)]).res.output.classes).toEqual(["C", "C"]);
  });

  it("does not depend on row or customer order (property)", () => {
    const recordsArb = fc.array(
      fc.record({
        customer: fc.constantFrom("1", "2", "3", "10", "b"),
        day: fc.constant("2024-01-01"),
        amount: fc.integer({ min: -5, max: 20 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(recordsArb, (records) => {
        const ids = ["1", "2", "3", "10", "b"];
        const a = abcOf(records, ids);
        const b = abcOf([...records].reverse(), [...ids].reverse());
        ids.forEach((id, i) => expect(b.res.output.classes[b.ids.indexOf(id)]).toBe(a.res.output.classes[i]));
      }),
    );
  });

  it("has labels for A, B, C and big_ticket", () => {
    expect(Object.keys(ABC_LABELS)).toEqual(["A", "B", "C"]);
    expect(BIG_TICKET_LABELS.big_ticket?.["en-US"]).toBe("Big ticket, low frequency");
  });
});

describe("flagBigTicket", () => {
  // AOVs 10, 20, 30, 40, 50 with 1, 1, 3, 2, 5 orders.
  const records: TxRecord[] = [
    sale("1", 10),
    sale("2", 20),
    ...[1, 2, 3].map(() => sale("3", 30)),
    ...[1, 2].map(() => sale("4", 40)),
    ...[1, 2, 3, 4, 5].map(() => sale("5", 50)),
  ];
  const activity = aggregateActivity(buildInput(records), { refunds: "net", windowDays: 365 });

  it.each([
    // q 0.6: h = 4·0.6 = 2.4 → 30 + 0.4·10 = 34; AOV ≥ 34: customers 4 (2 orders ✓) and 5 (5 orders ✗)
    [0.6, 2, 34, [null, null, null, "big_ticket", null]],
    // q 0.8: h = 3.2 → 42; only 5 (5 orders) → nobody
    [0.8, 2, 42, [null, null, null, null, null]],
    // q 0: threshold 10 → everybody with ≤ 1 order: 1 and 2
    [0, 1, 10, ["big_ticket", "big_ticket", null, null, null]],
  ])("aovQuantile %d, maxOrders %d → threshold %d, %j", (q, maxOrders, threshold, expected) => {
    const res = flagBigTicket(activity, { aovQuantile: q, maxOrders });
    expect(res.threshold).toBe(threshold);
    expect(res.output.classes).toEqual(expected);
  });

  it("is exposed on the value output", () => {
    const v = classifyValue(activity, ["1", "2", "3", "4", "5"], {
      ...STD,
      bigTicket: { aovQuantile: 0.6, maxOrders: 2 },
    });
    expect(v.value.extra?.bigTicket).toEqual([null, null, null, "big_ticket", null]);
    expect(Array.from(v.value.metrics.revenue ?? [])).toEqual([10, 20, 90, 80, 250]);
  });
});
