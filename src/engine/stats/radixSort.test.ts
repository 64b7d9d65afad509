import fc from "fast-check";
import { radixSortIndex } from "./radixSort";

const iota = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("radixSortIndex", () => {
  it.each([
    // keys, expected order of indices (by hand)
    [
      [3, 1, 2],
      [1, 2, 0],
    ],
    [
      [-1.5, 2, -3, 0],
      [2, 0, 3, 1],
    ],
    [
      [NaN, 1, -Infinity, Infinity],
      [2, 1, 3, 0],
    ],
    [
      [0, -0, 0],
      [0, 1, 2],
    ], // −0 equals +0: stable
    [
      [5, 5, 1, 5],
      [2, 0, 1, 3],
    ], // stable among equal keys
    [
      [1e300, -1e-300, 1e-300, -1e300],
      [3, 1, 2, 0],
    ],
  ])("%j → %j", (keys, expected) => {
    expect(Array.from(radixSortIndex(keys, iota(keys.length)))).toEqual(expected);
  });

  it("equals a stable comparator sort (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 })), { maxLength: 80 }),
        (keys) => {
          const key = (i: number) => (Number.isNaN(keys[i]) ? Infinity : (keys[i] as number));
          const rank = (i: number) => (Number.isNaN(keys[i]) ? 1 : 0);
          const expected = Array.from(iota(keys.length)).sort(
            (a, b) => rank(a) - rank(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || a - b,
          );
          expect(Array.from(radixSortIndex(keys, iota(keys.length)))).toEqual(expected);
        },
      ),
    );
  });
});
