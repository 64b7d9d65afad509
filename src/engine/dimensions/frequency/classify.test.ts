import fc from "fast-check";
import { aggregateActivity } from "../activity/aggregate";
import { buildInput } from "../testing/fixtures";
import { classifyFrequency, frequencyClassOf } from "./classify";
import { FREQUENCY_DEFAULTS, REPEAT_DEFAULTS } from "./defaults";
import { FREQUENCY_LABELS, REPEAT_LABELS } from "./labels";
import { classifyRepeat } from "./repeat";

const STD = FREQUENCY_DEFAULTS; // window 365, high ≥ 12, medium ≥ 4, new < 90 days, dormant > 180 days

describe("frequencyClassOf (dormant first, then new, then orders in window)", () => {
  it.each([
    // recency, days since first purchase, orders in window → class (standard's text)
    [181, 400, 20, "dormant", "recency > 180 wins even with many orders"],
    [180, 400, 20, "high", "recency = 180 is not > 180"],
    [5, 89, 20, "new", "first purchase 89 < 90 days ago"],
    [5, 90, 20, "high", "90 is not < 90"],
    [200, 10, 1, "dormant", "dormant is checked before new"],
    [5, 400, 12, "high", "12 ≥ 12"],
    [5, 400, 11, "medium", "11 < 12, ≥ 4"],
    [5, 400, 4, "medium", "4 ≥ 4"],
    [5, 400, 3, "low", "3 < 4"],
    [5, 400, 0, "low", "no order in the window but not yet dormant"],
  ])("R=%d, since first=%d, window orders=%d → %s (%s)", (r, first, w, expected) => {
    expect(frequencyClassOf(r, first, w, STD)).toBe(expected);
  });

  it("has a label for every class", () => {
    for (const c of ["high", "medium", "low", "new", "dormant"])
      expect(FREQUENCY_LABELS[c]?.["zh-CN"]).toBeTruthy();
  });
});

describe("classifyFrequency and classifyRepeat", () => {
  // as-of 2024-12-31 (day after the data). a: monthly buyer all year; b: bought once, 2024-12-20 (new);
  // c: two purchases in January (recency 365 → dormant); d: refund only (no purchase → null).
  const records = [
    ...Array.from({ length: 12 }, (_, m) => ({
      customer: "a",
      day: `2024-${String(m + 1).padStart(2, "0")}-15`,
      amount: 10,
    })),
    { customer: "b", day: "2024-12-20", amount: 10 },
    { customer: "c", day: "2024-01-01", amount: 10 },
    { customer: "c", day: "2024-01-01", amount: 10 },
    { customer: "d", day: "2024-06-01", amount: -10 },
    { customer: "e", day: "2024-06-01", amount: 10 },
    { customer: "e", day: "2024-07-01", amount: 10 },
  ];
  const input = buildInput(records, { asOf: "2024-12-31" });
  const activity = aggregateActivity(input, { refunds: "net", windowDays: STD.windowDays });

  it("classes per customer", () => {
    // a: 12 orders in window, first 2024-01-15 (351 days) → high; e: 2 orders, recency 183 > 180 → dormant
    expect(classifyFrequency(activity, STD).classes).toEqual(["high", "new", "dormant", null, "dormant"]);
  });

  it.each([
    [2, ["repeat", "one_time", "repeat", null, "repeat"]],
    [3, ["repeat", "one_time", "one_time", null, "one_time"]],
  ])("repeat with minOrders %d → %j", (minOrders, expected) => {
    expect(classifyRepeat(activity, { minOrders }).classes).toEqual(expected);
    expect(Object.keys(REPEAT_LABELS).sort()).toEqual(["one_time", "repeat"]);
  });

  it("defaults: repeat = 2+ orders (product.md)", () => expect(REPEAT_DEFAULTS.minOrders).toBe(2));

  it("does not depend on row order (property) and never throws on junk", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        const a = aggregateActivity(
          buildInput(shuffled, { customers: input.customers.ids, asOf: "2024-12-31" }),
          { refunds: "net", windowDays: 365 },
        );
        expect(classifyFrequency(a, STD).classes).toEqual(["high", "new", "dormant", null, "dormant"]);
      }),
    );
    const none = aggregateActivity(buildInput([], { asOf: 0 }), { refunds: "net", windowDays: 365 });
    expect(classifyFrequency(none, STD).classes).toEqual([]);
    expect(classifyRepeat(none, REPEAT_DEFAULTS).classes).toEqual([]);
  });
});
