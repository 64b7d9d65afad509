import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { langFor } from "./strings";
import { isDarkColor, themeFor } from "./theme";

// Relative luminance by WCAG 2.1: white 1, black 0, #808080 ≈ 0.216 (dark), #C0C0C0 ≈ 0.527 (light).
// The background colours are Office's themes: white #FFFFFF, dark grey #262626, black #000000.
describe("isDarkColor", () => {
  test.each([
    ["#FFFFFF", false],
    ["#ffffff", false],
    ["#C0C0C0", false],
    ["#808080", true],
    ["#262626", true],
    ["000000", true],
    ["", false],
    [undefined, false],
    ["not a colour", false],
  ])("%s → dark %s", (hex, dark) => {
    expect(isDarkColor(hex)).toBe(dark);
  });

  test("themeFor picks the Fluent theme", () => {
    expect(themeFor("#262626")).toBe(webDarkTheme);
    expect(themeFor("#FFFFFF")).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});

describe("langFor", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH-cn", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    [undefined, "en-US"],
  ])("%s → %s", (display, lang) => {
    expect(langFor(display)).toBe(lang);
  });
});
