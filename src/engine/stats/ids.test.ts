import fc from "fast-check";
import { compareIds, idSortOrder } from "./ids";

describe("compareIds (numeric-aware: numbers by value first, then text)", () => {
  it.each([
    ["9", "10", -1, "numbers by value, not text"],
    ["10", "9", 1, ""],
    ["12346", "12346", 0, ""],
    ["007", "7", -1, "equal value → text: '0' < '7'"],
    ["7.5", "7.10", 1, "7.5 > 7.1"],
    ["7.5", "7.50", -1, "equal value → text"],
    ["99999999999999999999", "100000000000000000000", -1, "20-digit IDs exactly (floats would tie)"],
    ["12345678901234567891", "12345678901234567890", 1, "beyond 2^53, still exact"],
    ["999", "A1", -1, "numbers before text"],
    ["A10", "A9", -1, "text by code units"],
    ["C123", "a", -1, "upper case before lower case (UTF-16)"],
    ["-5", "3", 1, "a sign makes it text"],
  ])("%s vs %s → %d %s", (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });

  it("sorts the @example", () => {
    expect(["10", "9", "A1", "007"].sort(compareIds)).toEqual(["007", "9", "10", "A1"]);
  });

  const idArb = fc.oneof(
    fc.nat({ max: 50 }).map(String),
    fc.string({ maxLength: 4 }),
    fc.constantFrom("007", "7", "7.0", "A", "a"),
  );

  it("is a total order: antisymmetric and consistent with idSortOrder (property)", () => {
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 40 }), (ids) => {
        for (const a of ids)
          for (const b of ids) expect(Math.sign(compareIds(a, b))).toBe(-Math.sign(compareIds(b, a)) || 0);
        const order = idSortOrder(ids);
        const byOrder = ids
          .map((id, i) => ({ id, p: order[i] as number }))
          .sort((x, y) => x.p - y.p)
          .map((x) => x.id);
        expect(byOrder).toEqual([...ids].sort(compareIds));
      }),
    );
  });
});
