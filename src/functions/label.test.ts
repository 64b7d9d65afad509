import { labelFunction } from "./label";
import { errorOf } from "./testing";

// Labels are the engine's (engine/dimensions/*/labels.ts): rf10 "champions" = 冠军 / Champions; GB/T 4754
// section F = 批发和零售业 (Wholesale and retail trades); NBS 大型/中型/小型/微型.
describe("LABEL", () => {
  test.each<[string, string, string, string]>([
    ["rfm", "champions", "zh-CN", "冠军"],
    ["rfm", "champions", "en-US", "Champions"],
    ["RFM", "important_value", "zh", "重要价值客户"],
    ["industry", "F", "zh-CN", "F 批发和零售业"],
    ["size", "micro", "zh-CN", "微型"],
    ["value", "A", "en", "A (key customers)"],
    ["terms", "net45", "en-US", "Net 45 days"],
    ["terms", "prepay", "zh-CN", "预付款"],
    ["region", "Atlantis", "en-US", "Atlantis"], // the user's own text is its own label
  ])("%s %s %s → %s", (dim, code, lang, text) => {
    expect(labelFunction(dim, code, lang)).toBe(text);
  });

  test("a standard's own labels (custom RFM rules)", () => {
    const std = [
      ["rfm.model", "custom"],
      [],
      ["rfm.rules"],
      ["segment", "r", "f", "m", "label.zh-CN", "label.en-US"],
      ["best", "4–5", "4–5", null, "最佳", "Best"],
      ["rest", null, null, null, null, null],
    ];
    expect(labelFunction("rfm", "best", "en-US", std)).toBe("Best");
  });

  test.each<[unknown, unknown, unknown, string, RegExp]>([
    ["rfm", "winners", "en-US", "#N/A", /"winners" is not a code of rfm/],
    ["rfm", null, "en-US", "#N/A", /code is empty/],
    ["colour", "red", "en-US", "#VALUE!", /^dimension: "colour" is not one of/],
    ["rfm", "champions", "klingon", "#VALUE!", /^language: "klingon"/],
    ["rfm", "champions", "code", "#VALUE!", /^language: /],
  ])("%p %p %p → %s", (dim, code, lang, err, message) => {
    const e = errorOf(() => labelFunction(dim, code, lang));
    expect(e.code).toBe(err);
    expect(e.message).toMatch(message);
  });
});
