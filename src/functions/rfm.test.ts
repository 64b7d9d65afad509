import fc from "fast-check";
import { classifyRfm } from "../engine/dimensions/rfm/classify";
import { RFM_DEFAULTS } from "../engine/dimensions/rfm/defaults";
import { activityOf } from "../engine/dimensions/testing/fixtures";
import { MONEY_SCALE } from "../engine/types";
import { rfmFunction } from "./rfm";
import { errorOf } from "./testing";

const col = (xs: readonly (number | null)[]): (number | null)[][] => xs.map((x) => [x]);

describe("RFM from scores (rf10)", () => {
  // product.md, "RFM models": [1-2][1-2] hibernating, [1-2][3-4] at_risk, [1-2]5 cant_lose,
  // 3[1-2] about_to_sleep, 33 need_attention, [3-4][4-5] loyal, 41 promising, 51 new,
  // [4-5][2-3] potential_loyalist, 5[4-5] champions.
  test.each<[number, number, string]>([
    [1, 1, "hibernating"],
    [2, 2, "hibernating"],
    [2, 4, "at_risk"],
    [1, 5, "cant_lose"],
    [3, 2, "about_to_sleep"],
    [3, 3, "need_attention"],
    [3, 4, "loyal"],
    [4, 5, "loyal"],
    [4, 1, "promising"],
    [5, 1, "new"],
    [4, 2, "potential_loyalist"],
    [5, 3, "potential_loyalist"],
    [5, 4, "champions"],
    [5, 5, "champions"],
  ])("R %p F %p → %p", (r, f, code) => {
    expect(rfmFunction(r, f)).toBe(code);
    expect(rfmFunction(String(r), f, 3, "RF10")).toBe(code);
  });

  test.each<[string, () => unknown, string, RegExp]>([
    ["score 6", () => rfmFunction(6, 1), "#VALUE!", /^recency: 6 is not a score from 1 to 5/],
    ["score 0", () => rfmFunction(1, 0), "#VALUE!", /^frequency: 0 is not a score/],
    ["score 2.5", () => rfmFunction(2.5, 1), "#VALUE!", /^recency: /],
    ["bad monetary score", () => rfmFunction(1, 1, 9), "#VALUE!", /^monetary: /],
    ["cn8 from scores", () => rfmFunction(5, 5, 5, "cn8"), "#VALUE!", /cn8 compares raw values/],
    ["unknown model", () => rfmFunction(5, 5, 5, "rfm11"), "#VALUE!", /^model: /],
    ["no score", () => rfmFunction(null, 3), "#N/A", /not scored/],
  ])("%s", (_name, call, code, message) => {
    const e = errorOf(call);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe("RFM from raw values", () => {
  // cn8 by hand: population R [10, 20, 30], F [5, 1, 3], M [100, 50, 300] → means 20, 3, 150.
  // (10, 5, 100): R 10 < 20 high, F 5 > 3 high, M 100 ≤ 150 low → 110 general_value.
  // (30, 1, 300): 0 0 1 → important_retain. (20, 3, 150): 20 < 20 no, 3 > 3 no, 150 > 150 no → general_retain.
  const R = col([10, 20, 30]);
  const F = col([5, 1, 3]);
  const M = col([100, 50, 300]);
  test.each<[number, number, number, string]>([
    [10, 5, 100, "general_value"],
    [30, 1, 300, "important_retain"],
    [20, 3, 150, "general_retain"],
    [5, 9, 1000, "important_value"],
  ])("cn8 (%p, %p, %p) → %p", (r, f, m, code) => {
    expect(rfmFunction(r, f, m, "cn8", R, F, M)).toBe(code);
  });

  test("customers without purchases are not scored and do not count", () => {
    // The 0-frequency row is left out: same population as above.
    expect(
      rfmFunction(10, 5, 100, "cn8", col([10, 20, 30, null]), col([5, 1, 3, 0]), col([100, 50, 300, -20])),
    ).toBe("general_value");
    expect(errorOf(() => rfmFunction(null, 0, 0, "rf10", R, F)).code).toBe("#N/A");
  });

  test.each<[string, () => unknown, RegExp]>([
    [
      "only all_recency",
      () => rfmFunction(10, 5, 100, "rf10", R),
      /all_recency and all_frequency are both needed/,
    ],
    ["cn8 without all_monetary", () => rfmFunction(10, 5, 100, "cn8", R, F), /cn8 needs all_monetary/],
    [
      "mismatched sizes",
      () => rfmFunction(10, 5, 100, "rf10", col([10, 20]), F),
      /all_recency: 2×1 cells, but all_frequency has 3×1/,
    ],
    [
      "a purchaser without recency",
      () => rfmFunction(10, 5, 100, "rf10", col([10, null, 30]), F),
      /all_recency: row 2, column 1 is empty/,
    ],
    [
      "negative frequency",
      () => rfmFunction(10, 5, 100, "rf10", R, col([5, -1, 3])),
      /all_frequency: row 2, column 1: -1 is negative/,
    ],
    [
      "text in a range",
      () => rfmFunction(10, 5, 100, "rf10", R, col([5, "x" as unknown as number, 3])),
      /all_frequency: row 2/,
    ],
    ["blank recency", () => rfmFunction(null, 5, 100, "rf10", R, F), /^recency: is empty/],
    ["cn8 without monetary", () => rfmFunction(10, 5, null, "cn8", R, F, M), /^monetary: is empty/],
  ])("%s → #VALUE!", (_name, call, message) => {
    const e = errorOf(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  test("equals the engine's classifyRfm for every scored customer (rf10 and cn8)", () => {
    const customer = fc.record({
      recency: fc.integer({ min: 0, max: 400 }),
      frequency: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
      // Money with cents; exact in 1/10,000 units as the engine holds it.
      cents: fc.integer({ min: -5000, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 50 }),
        fc.constantFrom("rf10" as const, "cn8" as const),
        (cs, model) => {
          const n = cs.length;
          const frequency = Float64Array.from(cs, (c) => c.frequency);
          const recency = Float64Array.from(cs, (c) => (c.frequency > 0 ? c.recency : NaN));
          const monetaryScaled = Float64Array.from(cs, (c) => c.cents * (MONEY_SCALE / 100));
          const ids = cs.map((_, i) => String(i + 1));
          const engine = classifyRfm(
            activityOf(n, { frequency, recencyDays: recency, monetaryScaled }),
            ids,
            {
              ...RFM_DEFAULTS,
              model,
            },
          );
          const allR = col(Array.from(recency, (x) => (Number.isNaN(x) ? null : x)));
          const allF = col(Array.from(frequency));
          const allM = col(cs.map((c) => c.cents / 100));
          cs.forEach((c, i) => {
            const expected = engine.output.classes[i];
            const call = () => rfmFunction(allR[i]![0], c.frequency, c.cents / 100, model, allR, allF, allM);
            if (expected === null) expect(errorOf(call).code).toBe("#N/A");
            else expect(call()).toBe(expected);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
