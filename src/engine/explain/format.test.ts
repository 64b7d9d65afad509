import { fixed, percent, together, trimmed } from "./format";

describe("number formats", () => {
  it.each([
    [0, 2, "0.00"],
    [12345, 2, "12,345.00"],
    [1234567.891, 2, "1,234,567.89"],
    [-1234.5, 1, "-1,234.5"],
    [-0.001, 2, "0.00"],
    [999, 0, "999"],
    [1000, 0, "1,000"],
    [NaN, 2, "—"],
  ])("fixed(%d, %d) = %s", (v, d, s) => expect(fixed(v, d)).toBe(s));

  it.each([
    [95.3, 1, "95.3"],
    [4, 1, "4"],
    [1200.5, 2, "1,200.5"],
    [100, 2, "100"],
  ])("trimmed(%d, %d) = %s", (v, d, s) => expect(trimmed(v, d)).toBe(s));

  it("percent by language", () => {
    expect(percent(0.421, "en-US")).toBe("42.1 %");
    expect(percent(0.421, "zh-CN")).toBe("42.1%");
  });

  it("together: more decimals until different values print differently", () => {
    // 0.79996 and 0.8 are both "80.0 %" at one decimal; at three they differ.
    expect(together([0.79996, 0.8], (x, d) => percent(x, "en-US", d), 1)).toEqual(["79.996 %", "80.000 %"]);
    expect(together([5, 5], trimmed, 1)).toEqual(["5", "5"]);
  });
});
