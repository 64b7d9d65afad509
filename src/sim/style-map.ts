/**
 * Cell formats ⇄ ExcelJS style objects (which mirror OOXML xf/font/fill/border/alignment).
 * Theme colours are resolved with the default Office theme (2013–2022): lt1 FFFFFF, dk1 000000,
 * lt2 E7E6E6, dk2 44546A, accent1–6 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 (tints ignored).
 * Column widths: Excel stores character units; with Calibri 11 (7 px digits, 5 px padding)
 * px = trunc(chars·7 + 5) and points = px · 0.75 — so the default 8.43 characters is 64 px = 48 pt.
 */
import type ExcelJS from "exceljs";
import { cloneStyle, DEFAULT_STYLE, type Border, type Style } from "./styles";

const THEME = [
  "#FFFFFF",
  "#000000",
  "#E7E6E6",
  "#44546A",
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
];
const INDEXED = [
  "#000000",
  "#FFFFFF",
  "#FF0000",
  "#00FF00",
  "#0000FF",
  "#FFFF00",
  "#FF00FF",
  "#00FFFF",
  "#000000",
  "#FFFFFF",
  "#FF0000",
  "#00FF00",
  "#0000FF",
  "#FFFF00",
  "#FF00FF",
  "#00FFFF",
  "#800000",
  "#008000",
  "#000080",
  "#808000",
  "#800080",
  "#008080",
  "#C0C0C0",
  "#808080",
];

export function colorToHex(c: Partial<ExcelJS.Color> | undefined, fallback: string | null): string | null {
  if (!c) return fallback;
  if (typeof c.argb === "string" && c.argb.length >= 6) return `#${c.argb.slice(-6).toUpperCase()}`;
  if (typeof c.theme === "number") return THEME[c.theme] ?? fallback;
  const idx = (c as { indexed?: number }).indexed;
  if (typeof idx === "number") return idx === 64 ? "#000000" : (INDEXED[idx] ?? fallback);
  return fallback;
}

export function hexToArgb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function pointsToChars(points: number): number {
  const px = points / 0.75;
  return Math.max(0, Math.round(((px - 5) / 7) * 256) / 256);
}

export function charsToPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

const H_TO: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_TO: Record<string, ExcelJS.Alignment["vertical"] | undefined> = {
  Top: "top",
  Center: "middle",
  Bottom: undefined,
  Justify: "justify",
  Distributed: "distributed",
};
const UL_TO: Record<string, ExcelJS.Font["underline"]> = {
  None: false,
  Single: "single",
  Double: "double",
  SingleAccountant: "singleAccounting",
  DoubleAccountant: "doubleAccounting",
};

function borderStyle(b: Border): ExcelJS.BorderStyle | undefined {
  const w = b.weight;
  switch (b.style) {
    case "None":
      return undefined;
    case "Continuous":
      return w === "Hairline" ? "hair" : w === "Medium" ? "medium" : w === "Thick" ? "thick" : "thin";
    case "Dash":
      return w === "Medium" || w === "Thick" ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "DashDot":
      return w === "Medium" || w === "Thick" ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return w === "Medium" || w === "Thick" ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

const BORDER_FROM: Record<string, { style: string; weight: string }> = {
  hair: { style: "Continuous", weight: "Hairline" },
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  dotted: { style: "Dot", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
  dashDot: { style: "DashDot", weight: "Thin" },
  mediumDashDot: { style: "DashDot", weight: "Medium" },
  dashDotDot: { style: "DashDotDot", weight: "Thin" },
  mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
  slantDashDot: { style: "SlantDashDot", weight: "Medium" },
};

export function toExcelStyle(s: Style): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.numberFormat !== "General") out.numFmt = s.numberFormat;
  out.font = {
    name: s.fontName,
    size: s.fontSize,
    bold: s.bold,
    italic: s.italic,
    strike: s.strikethrough,
    underline: UL_TO[s.underline] ?? false,
    color: { argb: hexToArgb(s.fontColor) },
  };
  if (s.fillColor)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(s.fillColor) } };
  const al: Partial<ExcelJS.Alignment> = {};
  const h = H_TO[s.hAlign];
  const v = V_TO[s.vAlign];
  if (h) al.horizontal = h;
  if (v) al.vertical = v;
  if (s.wrapText) al.wrapText = true;
  if (s.indent) al.indent = s.indent;
  if (Object.keys(al).length) out.alignment = al;
  const border: Partial<ExcelJS.Borders> = {};
  const map: [keyof Style["borders"], "top" | "bottom" | "left" | "right"][] = [
    ["EdgeTop", "top"],
    ["EdgeBottom", "bottom"],
    ["EdgeLeft", "left"],
    ["EdgeRight", "right"],
  ];
  for (const [side, key] of map) {
    const b = s.borders[side];
    const st = b ? borderStyle(b) : undefined;
    if (b && st) border[key] = { style: st, color: { argb: hexToArgb(b.color) } };
  }
  if (Object.keys(border).length) out.border = border;
  return out;
}

export function fromExcelStyle(x: Partial<ExcelJS.Style> | undefined): Style {
  const s = cloneStyle(DEFAULT_STYLE);
  if (!x) return s;
  if (x.numFmt) s.numberFormat = x.numFmt;
  const f = x.font;
  if (f) {
    if (f.name) s.fontName = f.name;
    if (typeof f.size === "number") s.fontSize = f.size;
    s.bold = f.bold === true;
    s.italic = f.italic === true;
    s.strikethrough = f.strike === true;
    s.underline =
      f.underline === true || f.underline === "single"
        ? "Single"
        : f.underline === "double"
          ? "Double"
          : f.underline === "singleAccounting"
            ? "SingleAccountant"
            : f.underline === "doubleAccounting"
              ? "DoubleAccountant"
              : "None";
    s.fontColor = colorToHex(f.color, "#000000") ?? "#000000";
  }
  const fill = x.fill;
  if (fill && fill.type === "pattern" && fill.pattern !== "none")
    s.fillColor = colorToHex(fill.fgColor, null) ?? colorToHex(fill.bgColor, null);
  const al = x.alignment;
  if (al) {
    const hFrom = Object.entries(H_TO).find(([, v]) => v === al.horizontal);
    if (hFrom && al.horizontal) s.hAlign = hFrom[0];
    const vFrom = Object.entries(V_TO).find(([, v]) => v === al.vertical);
    if (vFrom && al.vertical) s.vAlign = vFrom[0];
    s.wrapText = al.wrapText === true;
    if (typeof al.indent === "number") s.indent = al.indent;
  }
  const b = x.border;
  if (b) {
    const map: ["top" | "bottom" | "left" | "right", keyof Style["borders"]][] = [
      ["top", "EdgeTop"],
      ["bottom", "EdgeBottom"],
      ["left", "EdgeLeft"],
      ["right", "EdgeRight"],
    ];
    for (const [key, side] of map) {
      const e = b[key];
      if (e?.style) {
        const m = BORDER_FROM[e.style] ?? { style: "Continuous", weight: "Thin" };
        s.borders[side] = {
          style: m.style,
          weight: m.weight,
          color: colorToHex(e.color, "#000000") ?? "#000000",
        };
      }
    }
  }
  return s;
}
