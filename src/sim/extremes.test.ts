import { maxOf, minOf } from "./extremes";

// Expected values: what Math.max/Math.min give on the same (small) arrays, per ECMA-262 §21.3.2.24/25.
describe("maxOf / minOf", () => {
  const cases: number[][] = [[], [3], [1, 5, 2], [-0, 0], [-7, -2, -9], [1, NaN, 3], [Infinity, 2]];
  test.each(cases)("match Math.max/min on %p", (...xs: number[]) => {
    expect(maxOf(xs)).toBe(Math.max(...xs));
    expect(minOf(xs)).toBe(Math.min(...xs));
  });
  test("do not overflow the stack on 500k elements", () => {
    const xs = new Float64Array(500_000);
    xs[123_456] = 9;
    xs[400_000] = -4;
    expect(maxOf(xs)).toBe(9);
    expect(minOf(xs)).toBe(-4);
  });
});
