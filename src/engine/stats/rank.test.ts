import fc from "fast-check";
import { idSortOrder } from "./ids";
import { rankFirst, rankFirstByOrder } from "./rank";

describe("rankFirst (pandas rank(method='first') on a table sorted by ID)", () => {
  it.each([
    // values, ids, expected — by hand: sort by (value, ID numeric-aware), number 1..n
    [
      [5, 3, 5],
      ["b", "a", "a2"],
      [3, 1, 2],
    ], // 3 first; the 5s: "a2" < "b"
    [
      [1, 1, 1],
      ["10", "9", "100"],
      [2, 1, 3],
    ], // all tied: 9 < 10 < 100 numerically
    [
      [2, 1],
      ["1", "2"],
      [2, 1],
    ], // values decide before IDs
    [
      [NaN, 4, 4],
      ["1", "3", "2"],
      [NaN, 2, 1],
    ], // NaN takes no rank
    [[], [], []],
  ])("%j with IDs %j → %j", (values, ids, expected) => {
    expect(Array.from(rankFirst(values, ids))).toEqual(expected);
  });

  it("leaves out customers not included", () => {
    const r = rankFirstByOrder([3, 1, 2], idSortOrder(["a", "b", "c"]), [1, 0, 1]);
    expect(Array.from(r)).toEqual([2, NaN, 1]);
  });

  it("gives a permutation of 1..n that does not depend on input order (property)", () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.nat({ max: 500 }), { maxLength: 50 })
          .chain((ids) =>
            fc.tuple(
              fc.constant(ids.map(String)),
              fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ids.length, maxLength: ids.length }),
            ),
          ),
        ([ids, values]) => {
          const ranks = rankFirst(values, ids);
          expect(Array.from(ranks).sort((a, b) => a - b)).toEqual(ids.map((_, i) => i + 1));
          // reversed input order → the same rank per ID
          const rev = rankFirst([...values].reverse(), [...ids].reverse());
          ids.forEach((_, i) => expect(rev[ids.length - 1 - i]).toBe(ranks[i]));
        },
      ),
    );
  });
});
