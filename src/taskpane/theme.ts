import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Office reports its theme as colours, not as light/dark (Office.context.officeTheme). A background is
 * dark when its relative luminance (WCAG 2.1, sRGB) is below 0.5 — Office's "black" and "dark grey"
 * themes are, "white" and "colorful" are not.
 */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!m?.[1]) return false;
  const value = parseInt(m[1], 16);
  const linear = [16, 8, 0].map((shift) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = linear;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  return isDarkColor(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
