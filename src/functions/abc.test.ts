import fc from "fast-check";
import { classifyAbc } from "../engine/dimensions/value/abc";
import { activityOf } from "../engine/dimensions/testing/fixtures";
import { ABC_DEFAULTS } from "../engine/dimensions/value/defaults";
import { MONEY_SCALE } from "../engine/types";
import { abcFunction } from "./abc";
import { errorOf } from "./testing";

const col = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);

describe("ABC", () => {
  // By hand (product.md, "ABC"): values 50, 30, 10, 5, 5 (total 100), shares before each: 0, .5, .8, .9, .95.
  // A while < .8, B while < .95, else C → 50 A, 30 A, 10 B (.8 is not < .8), 5 B, 5 C.
  const values = col([10, 50, 5, 30, 5]);
  const ids = col(["C3", "C1", "C4", "C2", "C5"]);
  test.each<[number, string]>([
    [50, "A"],
    [30, "A"],
    [10, "B"],
  ])("%p → %p", (v, cls) => expect(abcFunction(v, values)).toBe(cls));

  test("equal values on both sides of a cut-off need the IDs (ties by ID ascending)", () => {
    const e = errorOf(() => abcFunction(5, values));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/give id and ids/);
    expect(abcFunction(5, values, null, null, "C4", ids)).toBe("B");
    expect(abcFunction(5, values, null, null, "C5", ids)).toBe("C");
  });

  test("cut-offs as arguments, shares or percentages", () => {
    // a = 0.5: 30 has .5 before it → B.
    expect(abcFunction(30, values, 0.5)).toBe("B");
    expect(abcFunction(30, values, "50%", "90%")).toBe("B");
    // b = 0.85: 5 (C4) has .9 before it → C.
    expect(abcFunction(5, values, 0.8, 0.85, "C4", ids)).toBe("C");
  });

  test("a value of 0 or below is C; blank cells are customers without sales", () => {
    expect(abcFunction(0, col([100, 0, -5, null]))).toBe("C");
    expect(abcFunction(-5, col([100, 0, -5, null]))).toBe("C");
    expect(abcFunction(100, col([100, 0, -5, null]))).toBe("A");
  });

  test.each<[string, () => unknown, string, RegExp]>([
    ["value not among values", () => abcFunction(11, values), "#VALUE!", /value 11 is not one of values/],
    [
      "an id not among ids",
      () => abcFunction(5, values, null, null, "C9", ids),
      "#VALUE!",
      /id "C9" with value 5/,
    ],
    ["id without ids", () => abcFunction(5, values, null, null, "C4"), "#VALUE!", /^id: given without ids/],
    [
      "ids of another size",
      () => abcFunction(5, values, null, null, "C4", col(["C1"])),
      "#VALUE!",
      /^ids: 1×1 cells/,
    ],
    ["a ≥ b", () => abcFunction(50, values, 0.9, 0.8), "#VALUE!", /^b: |^a: /],
    ["a above 1", () => abcFunction(50, values, 1.2), "#VALUE!", /^a: /],
    ["text in values", () => abcFunction(50, col([50, "lots"])), "#VALUE!", /values: row 2, column 1/],
    ["blank value", () => abcFunction(null, values), "#N/A", /no sales/],
    ["no numbers at all", () => abcFunction(5, col([null])), "#N/A", /no numbers/],
  ])("%s", (_name, call, code, message) => {
    const e = errorOf(call);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test("equals the engine's classifyAbc for every customer, ties broken by ID", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2000, max: 100_000 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom([0.8, 0.95], [0.5, 0.9], [0.6, 0.61]),
        (cents, [a, b]) => {
          const n = cents.length;
          // IDs in shuffled numeric order, so ID order is not the cell order.
          const idList = cents.map((_, i) => String(((i * 37) % 101) * 1000 + i));
          const engine = classifyAbc(
            activityOf(n, {
              countedLines: new Float64Array(n).fill(1),
              monetaryScaled: Float64Array.from(cents, (c) => c * (MONEY_SCALE / 100)),
            }),
            idList,
            { ...ABC_DEFAULTS, a: a, b: b },
          ).output.classes;
          const vals = col(cents.map((c) => c / 100));
          const idRange = col(idList);
          cents.forEach((c, i) => {
            expect(abcFunction(c / 100, vals, a, b, idList[i], idRange)).toBe(engine[i]);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
