import fc from "fast-check";
import { percentileInc, percentileIncOf, sortedFinite } from "./percentile";
import { selectInPlace } from "./select";

describe("selectInPlace", () => {
  it.each([
    // values, positions, expected values there (= the sorted array at those positions)
    [
      [5, 1, 4, 2, 3],
      [0, 2, 4],
      [1, 3, 5],
    ],
    [
      [7, 7, 7, 7],
      [1, 2],
      [7, 7],
    ],
    [[2, 1], [], []],
    [[9], [0], [9]],
  ])("%j at %j → %j", (values, positions, expected) => {
    const a = Float64Array.from(values);
    selectInPlace(a, positions);
    expect(positions.map((p) => a[p])).toEqual(expected);
  });

  it("agrees with a full sort (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (values, raw) => {
          const positions = [...new Set(raw.map((r) => r % values.length))].sort((x, y) => x - y);
          const a = Float64Array.from(values);
          selectInPlace(a, positions);
          const sorted = [...values].sort((x, y) => x - y);
          expect(positions.map((p) => a[p])).toEqual(positions.map((p) => sorted[p]));
        },
      ),
    );
  });
});

describe("percentileIncOf (unsorted input)", () => {
  it("equals percentileInc on the sorted finite values (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constant(NaN)), {
          maxLength: 50,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const expected = percentileInc(sortedFinite(values), p);
          const got = percentileIncOf(values, p);
          if (Number.isNaN(expected)) expect(got).toBeNaN();
          else expect(got).toBe(expected);
        },
      ),
    );
  });
});
