import { parseIndustryCode } from "./code";
import { normalizeText } from "./normalize";

// Divisions per GB/T 4754-2017: 52 零售业 (F), 30 非金属矿物制品业 (C), 59 装卸搬运和仓储业 (G), 05 (A).
describe("parseIndustryCode", () => {
  test.each([
    ["F", { kind: "code", section: "F", code: null }],
    ["f", { kind: "code", section: "F", code: null }],
    ["52", { kind: "code", section: "F", code: "52" }],
    ["521", { kind: "code", section: "F", code: "521" }],
    ["5211", { kind: "code", section: "F", code: "5211" }],
    ["5211.0", { kind: "code", section: "F", code: "5211" }],
    ["05", { kind: "code", section: "A", code: "05" }],
    ["C3011", { kind: "code", section: "C", code: "3011" }],
    ["C-3011", { kind: "code", section: "C", code: "3011" }],
    ["F52 零售业", { kind: "code", section: "F", code: "52" }],
    ["5211 百货零售", { kind: "code", section: "F", code: "5211" }],
    ["Ｆ５２", { kind: "code", section: "F", code: "52" }],
    ["F 批发和零售业", { kind: "letter", section: "F", rest: "批发和零售业" }],
    ["F3011", { kind: "invalid" }],
    ["99", { kind: "invalid" }],
    ["00", { kind: "invalid" }],
    ["5", null],
    ["12345", null],
    ["2024年成立的零售店", null],
    ["b2b trading", null],
    ["零售", null],
  ])("%s", (text, expected) => {
    expect(parseIndustryCode(normalizeText(text))).toEqual(expected);
  });
});
