import fc from "fast-check";
import { percentileInc, quintileThresholds, sortedFinite } from "./percentile";

describe("percentileInc (Excel PERCENTILE.INC = numpy linear = R type 7)", () => {
  it.each([
    // [sorted values, p, expected, source / hand calculation]
    [[1, 2, 3, 4], 0.3, 1.9, "Microsoft's PERCENTILE.INC doc example: h = 3·0.3 = 0.9 → 1 + 0.9·1"],
    [[1, 2, 3, 4], 0.5, 2.5, "h = 1.5 → 2 + 0.5·(3 − 2)"],
    [[1, 2, 3, 4], 0, 1, "p = 0 → minimum"],
    [[1, 2, 3, 4], 1, 4, "p = 1 → maximum"],
    [[10, 20], 0.25, 12.5, "h = 0.25 → 10 + 0.25·10"],
    [[7], 0.8, 7, "one value: h = 0"],
    [[3, 3, 3], 0.6, 3, "equal values give that value exactly"],
    [[0, 1, 2, 3, 4, 1000], 0.6, 3, "h = 5·0.6 = 3.0000000000000004 in floats, snapped to 3 → x[3] exactly"],
  ])("%j at p=%d is %d (%s)", (values, p, expected) => {
    expect(percentileInc(values, p)).toBe(expected);
  });

  it.each([
    [[], 0.5],
    [[1, 2], -0.1],
    [[1, 2], 1.5],
    [[1, 2], NaN],
  ])("is NaN for %j at p=%d", (values, p) => {
    expect(percentileInc(values, p)).toBeNaN();
  });
});

describe("quintileThresholds", () => {
  it.each([
    // 1..10: h = 9·k/5 = 1.8, 3.6, 5.4, 7.2 → 2.8, 4.6, 6.4, 8.2
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5, [2.8, 4.6, 6.4, 8.2]],
    // 1..6: h = 5·k/5 = k → x[k] = k + 1
    [[6, 1, 5, 2, 4, 3], 5, [2, 3, 4, 5]],
    // quartiles of 1..5: h = 4·k/4 = k → 2, 3, 4
    [[1, 2, 3, 4, 5], 4, [2, 3, 4]],
    // five 1s and five 2s: h = 1.8 → 1, 3.6 → 1, 5.4 → 2, 7.2 → 2 (equal thresholds are allowed)
    [[1, 1, 1, 1, 1, 2, 2, 2, 2, 2], 5, [1, 1, 2, 2]],
    // NaN is left out: same as [1, 2, 3, 4, 5, 6]
    [[1, NaN, 2, 3, 4, 5, 6], 5, [2, 3, 4, 5]],
    [[42], 5, [42, 42, 42, 42]],
  ])("%j in %d bins → %j", (values, bins, expected) => {
    expect(quintileThresholds(values, bins)).toEqual(expected);
  });

  it("gives NaN thresholds for no values and nothing for one bin", () => {
    expect(quintileThresholds([], 5)).toEqual([NaN, NaN, NaN, NaN]);
    expect(quintileThresholds([1, 2], 1)).toEqual([]);
  });

  it("does not mutate its input", () => {
    const v = Object.freeze([3, 1, 2]);
    quintileThresholds(v, 5);
    expect(v).toEqual([3, 1, 2]);
  });

  it("equals percentileInc at k/bins for any data (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (xs, bins) => {
          const sorted = sortedFinite(xs);
          const expected = Array.from({ length: bins - 1 }, (_, i) => percentileInc(sorted, (i + 1) / bins));
          const got = quintileThresholds(xs, bins);
          got.forEach((t, i) => expect(t).toBeCloseTo(expected[i] as number, 9));
          // thresholds are ascending
          for (let i = 1; i < got.length; i++) expect(got[i]).toBeGreaterThanOrEqual(got[i - 1] as number);
        },
      ),
    );
  });
});
