import { isExactMoney, kahanSum, sumMoney } from "./sum";
import { mean } from "./mean";

describe("kahanSum (Neumaier)", () => {
  it.each([
    [[1, 1e100, 1, -1e100], 2, "Neumaier's example; a plain loop gives 0"],
    [
      new Array(10).fill(0.1),
      1,
      "ten times the double 0.1 is 1.0000000000000000555 → 1; a plain loop gives 0.9999999999999999",
    ],
    [[], 0, "empty sum"],
    [[123_4567, -1000, 3], 1_233_570, "integers are exact"],
    [[1, Infinity], Infinity, "infinity stays infinity (not NaN)"],
  ])("%j → %d (%s)", (values, expected) => {
    expect(kahanSum(values)).toBe(expected);
  });

  it("propagates NaN", () => {
    expect(kahanSum([1, NaN])).toBeNaN();
  });
});

describe("isExactMoney", () => {
  it.each([
    [2 ** 53 - 1, true],
    [-(2 ** 53 - 1), true],
    [2 ** 53, false],
  ])("%d → %s", (x, expected) => expect(isExactMoney(x)).toBe(expected));
});

describe("mean", () => {
  it.each([
    [[1, 2, 3, 4], 2.5],
    [new Array(10).fill(0.1), 0.1],
    [[7], 7],
  ])("%j → %d", (values, expected) => expect(mean(values)).toBe(expected));

  it("is NaN for no values", () => expect(mean([])).toBeNaN());
});

describe("sumMoney (scaled integers)", () => {
  it("is exact and order-independent where float currency sums are not", () => {
    // 0.1 + 0.2 + 0.3 in currency floats is 0.6000000000000001; as scaled integers 1000 + 2000 + 3000 = 6000.
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(sumMoney([1000, 2000, 3000])).toBe(6000);
    expect(sumMoney([3000, 2000, 1000])).toBe(6000);
    expect(sumMoney([])).toBe(0);
  });
});
