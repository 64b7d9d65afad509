import fc from "fast-check";
import { scoreMetric } from "../engine/dimensions/rfm/scores";
import { scoreFunction } from "./score";
import { errorOf } from "./testing";

const col = (xs: readonly (number | string | null)[]): (number | string | null)[][] => xs.map((x) => [x]);

describe("SCORE", () => {
  // 1..10: PERCENTILE.INC at 20/40/60/80 % → h = 9p = 1.8, 3.6, 5.4, 7.2 → thresholds 2.8, 4.6, 6.4, 8.2
  // (Excel: =PERCENTILE.INC({1,…,10}, 0.4) = 4.6). Score = 1 + thresholds strictly below.
  const oneToTen = col([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  test.each<[number, boolean, number]>([
    [1, false, 1],
    [2.8, false, 1], // equal to the first threshold: the lower bin
    [2.81, false, 2],
    [4.6, false, 2],
    [5, false, 3],
    [8.2, false, 4],
    [10, false, 5],
    [100, false, 5], // not one of the values: scored against the thresholds
    [1, true, 5], // reversed: 6 − 1
    [5, true, 3],
  ])("value %p (reverse %p) → %p", (value, reverse, expected) => {
    expect(scoreFunction(value, oneToTen, reverse)).toBe(expected);
  });

  test("few distinct values: equal thresholds leave bins empty", () => {
    // [1,1,1,1,2]: h = 0.8, 1.6, 2.4, 3.2 → thresholds 1, 1, 1, 1.2 → 1 scores 1, 2 scores 5.
    expect(scoreFunction(1, col([1, 1, 1, 1, 2]))).toBe(1);
    expect(scoreFunction(2, col([1, 1, 1, 1, 2]))).toBe(5);
  });

  test("bins: quartiles of 1..5 are 2, 3, 4 (h = 1, 2, 3)", () => {
    expect(scoreFunction(3, col([1, 2, 3, 4, 5]), false, 4)).toBe(2);
    expect(scoreFunction(3.5, col([1, 2, 3, 4, 5]), false, 4)).toBe(3);
  });

  test("blank cells and numbers as text", () => {
    expect(
      scoreFunction("5", [
        [1, 2, null],
        ["3", "", 4],
        [5, 6, 7],
        [8, 9, 10],
      ]),
    ).toBe(3);
  });

  test.each<[string, () => unknown, string, RegExp]>([
    ["text value", () => scoreFunction("high", oneToTen), "#VALUE!", /^value: "high" is not a number/],
    ["text in values", () => scoreFunction(1, col([1, "x"])), "#VALUE!", /values: row 2, column 1/],
    ["an error value in values", () => scoreFunction(1, col([1, "#N/A"])), "#VALUE!", /values: row 2/],
    ["bins 1", () => scoreFunction(1, oneToTen, false, 1), "#VALUE!", /^bins: /],
    ["bins 11", () => scoreFunction(1, oneToTen, false, 11), "#VALUE!", /^bins: /],
    ["bins 2.5", () => scoreFunction(1, oneToTen, false, 2.5), "#VALUE!", /^bins: /],
    ["reverse junk", () => scoreFunction(1, oneToTen, "sometimes"), "#VALUE!", /^reverse: /],
    ["values missing", () => scoreFunction(1, null), "#VALUE!", /^values: /],
    ["blank value", () => scoreFunction(null, oneToTen), "#N/A", /value is empty/],
    ["no numbers", () => scoreFunction(1, [[null, ""]]), "#N/A", /no numbers/],
  ])("%s", (_name, call, code, message) => {
    const e = errorOf(call);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test("equals the engine's scoreMetric (tie policy value) for every value of the population", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        fc.integer({ min: 2, max: 10 }),
        (xs, reverse, bins) => {
          const values = Float64Array.from(xs);
          const engine = scoreMetric(
            values,
            new Uint8Array(xs.length).fill(1),
            "value",
            bins,
            reverse,
            () => {
              throw new Error("ids are not needed under 'value'");
            },
          );
          const range = col(xs);
          xs.forEach((x, i) => expect(scoreFunction(x, range, reverse, bins)).toBe(engine.scores[i]));
        },
      ),
      { numRuns: 150 },
    );
  });
});
