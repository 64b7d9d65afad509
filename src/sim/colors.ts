/**
 * Colour strings as the Excel API takes them: "#RRGGBB" or an HTML colour name ("red", "Orange");
 * Excel returns "#RRGGBB" in upper case.
 */
import { SimError, SimErrorCode } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  cyan: "#00FFFF",
  aqua: "#00FFFF",
  magenta: "#FF00FF",
  fuchsia: "#FF00FF",
  silver: "#C0C0C0",
  gray: "#808080",
  grey: "#808080",
  maroon: "#800000",
  olive: "#808000",
  purple: "#800080",
  teal: "#008080",
  navy: "#000080",
  orange: "#FFA500",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  gold: "#FFD700",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  lightgreen: "#90EE90",
  darkgreen: "#006400",
  lightblue: "#ADD8E6",
  darkblue: "#00008B",
  lightyellow: "#FFFFE0",
  darkred: "#8B0000",
  orangered: "#FF4500",
  skyblue: "#87CEEB",
  violet: "#EE82EE",
  indigo: "#4B0082",
  beige: "#F5F5DC",
  salmon: "#FA8072",
  tomato: "#FF6347",
  khaki: "#F0E68C",
  coral: "#FF7F50",
  turquoise: "#40E0D0",
};

export function normalizeColor(value: unknown): string {
  if (typeof value !== "string") throw new SimError(SimErrorCode.invalidArgument);
  const v = value.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(v);
  if (hex) return `#${hex[1]!.toUpperCase()}`;
  const short = /^#([0-9a-fA-F]{3})$/.exec(v);
  if (short)
    return `#${short[1]!
      .split("")
      .map((c) => c + c)
      .join("")
      .toUpperCase()}`;
  const named = NAMED[v.toLowerCase()];
  if (named) return named;
  throw new SimError(SimErrorCode.invalidArgument);
}
