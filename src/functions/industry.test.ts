import { industryFunction } from "./industry";
import { errorOf } from "./testing";

// GB/T 4754-2017 sections: F 批发和零售业 (divisions 51–52), H 住宿和餐饮业 (61–62), C 制造业 (13–43),
// J 金融业 (66–69).
describe("INDUSTRY", () => {
  test.each<[unknown, string]>([
    ["服装批发", "F"],
    ["5211", "F"],
    [5211, "F"],
    ["F", "F"],
    ["restaurant", "H"],
    ["C3011", "C"],
    ["银行", "J"],
  ])("%p → %p", (text, section) => expect(industryFunction(text)).toBe(section));

  test("the standard's aliases come first", () => {
    const std = [["industry.aliases"], ["text", "section"], ["鑫盛", "F"]];
    expect(errorOf(() => industryFunction("鑫盛")).code).toBe("#N/A");
    expect(industryFunction("鑫盛", std)).toBe("F");
  });

  test.each<[unknown, string, RegExp]>([
    ["", "#N/A", /text is empty/],
    ["qwxz", "#N/A", /"qwxz" is not a recognised industry/],
    ["F3011", "#N/A", /not a recognised industry/], // letter and code disagree: never a guess
    ["#N/A", "#VALUE!", /error value/],
    [true, "#VALUE!", /expects text/],
  ])("%p → %s", (text, code, message) => {
    const e = errorOf(() => industryFunction(text));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});
