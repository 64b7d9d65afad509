import { scoreByThresholds } from "./score";

describe("scoreByThresholds (1 + thresholds strictly below; right-closed like pandas qcut)", () => {
  const t = [18, 40, 82, 192];
  it.each([
    [17, t, 1, "below all"],
    [18, t, 1, "equal to the first threshold stays in bin 1"],
    [19, t, 2, "18 < 19"],
    [40, t, 2, "only 18 strictly below"],
    [192, t, 4, "equal to the last stays in bin 4"],
    [193, t, 5, "all four below"],
    [1, [1, 1, 1, 1], 1, "equal thresholds: none strictly below"],
    [2, [1, 1, 1, 1], 5, "equal thresholds: all below, bins 2–4 empty"],
    [5, [], 1, "one bin"],
  ])("%d against %j → %d (%s)", (value, thresholds, expected) => {
    expect(scoreByThresholds(value, thresholds)).toBe(expected);
  });

  it("is NaN for NaN and never throws on NaN thresholds", () => {
    expect(scoreByThresholds(NaN, t)).toBeNaN();
    expect(scoreByThresholds(3, [NaN, NaN])).toBe(1);
  });
});
