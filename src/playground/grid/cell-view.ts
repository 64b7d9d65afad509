/**
 * How one cell looks in the grid: its text (the value under its number format, by the simulator's
 * formatValue, so the grid shows what Excel shows) and its CSS from the cell format and conditional
 * formats. Pure: no DOM, testable in node.
 */
import type { CSSProperties } from "react";
import { formatValue } from "../../sim/number-format";
import { CellError, type CellValue } from "../../sim/state";
import type { Border, Style } from "../../sim/styles";
import type { CfPaint } from "./cf-paint";
import { PX_PER_PT } from "./geometry";

export interface CellView {
  text: string;
  style: CSSProperties;
  /** Icon-set glyph and its colour, drawn before the text. */
  icon?: { glyph: string; color: string; label: string };
}

/** Fonts a spreadsheet file names are often absent on Linux and the web: fall back to metric-compatible ones, then CJK. */
export function fontStack(name: string): string {
  const fallbacks = [
    "Calibri",
    "Carlito",
    "Arial",
    "Liberation Sans",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "sans-serif",
  ];
  const first = name && !fallbacks.includes(name) ? [name] : [];
  return [...first, ...fallbacks].map((f) => (f === "sans-serif" ? f : `"${f}"`)).join(", ");
}

const H_ALIGN: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "left",
  Justify: "justify",
  CenterAcrossSelection: "center",
  Distributed: "center",
};
const V_ALIGN: Record<string, CSSProperties["verticalAlign"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "middle",
  Distributed: "middle",
};

/** Excel's "General" alignment: numbers (and dates) right, booleans and errors centred, text left. */
function generalAlign(v: CellValue | undefined): CSSProperties["textAlign"] {
  if (typeof v === "number") return "right";
  if (typeof v === "boolean" || v instanceof CellError) return "center";
  return "left";
}

/**
 * A border edge as an inset box-shadow: drawn inside the cell, so borders never change a row's height or
 * a column's width (CSS borders would, and the grid's geometry would drift from the sheet's).
 * Dashes and dots are drawn solid.
 */
function borderShadow(b: Border | undefined, side: "top" | "bottom" | "left" | "right"): string | undefined {
  if (!b || b.style === "None") return undefined;
  const w = b.style === "Double" || b.weight === "Thick" ? 3 : b.weight === "Medium" ? 2 : 1;
  const color = b.color || "#000000";
  const [x, y] = side === "top" ? [0, w] : side === "bottom" ? [0, -w] : side === "left" ? [w, 0] : [-w, 0];
  return `inset ${x}px ${y}px 0 0 ${color}`;
}

// Icon sets drawn as coloured glyphs, ordered from the lowest threshold (index 0) up; Excel's pictures
// are not available offline, the colours and directions carry the same meaning.
const RED = "#E0433A";
const YELLOW = "#F2C12E";
const GREEN = "#2E9E4F";
const BLACK = "#404040";
const GREY = "#8C8C8C";
function iconGlyph(style: string, index: number, count: number): { glyph: string; color: string } {
  const lights =
    count === 4
      ? [BLACK, RED, YELLOW, GREEN]
      : count === 5
        ? [RED, "#F08A3C", YELLOW, "#8CC152", GREEN]
        : [RED, YELLOW, GREEN];
  if (/Arrows/.test(style)) {
    const arrows =
      count === 3 ? ["▼", "▶", "▲"] : count === 4 ? ["▼", "◢", "◥", "▲"] : ["▼", "◢", "▶", "◥", "▲"];
    return { glyph: arrows[index] ?? "▶", color: /Gray/.test(style) ? GREY : (lights[index] ?? GREY) };
  }
  if (/Rating|Quarters|Boxes|Stars/.test(style)) return { glyph: "★", color: mixGrey(index, count) };
  if (/RedToBlack/.test(style))
    return { glyph: "●", color: [BLACK, "#7F7F7F", "#E08080", RED][index] ?? RED };
  return { glyph: "●", color: lights[index] ?? GREY };
}
function mixGrey(index: number, count: number): string {
  const v = Math.round(200 - (160 * index) / Math.max(1, count - 1));
  const h = v.toString(16).padStart(2, "0");
  return `#${h}${h}${h}`;
}

export function cellView(value: CellValue | undefined, style: Style, paint: CfPaint | null): CellView {
  const text = paint?.hideValue ? "" : formatValue(value, style.numberFormat);
  const css: CSSProperties = {
    fontFamily: fontStack(style.fontName),
    fontSize: `${Math.round(style.fontSize * PX_PER_PT * 10) / 10}px`,
    color: paint?.fontColor ?? style.fontColor,
    textAlign: style.hAlign === "General" ? generalAlign(value) : (H_ALIGN[style.hAlign] ?? "left"),
    verticalAlign: V_ALIGN[style.vAlign] ?? "bottom",
  };
  if (style.bold || paint?.bold) css.fontWeight = 700;
  if (style.italic || paint?.italic) css.fontStyle = "italic";
  const lines = [
    style.underline !== "None" ? "underline" : "",
    style.strikethrough ? "line-through" : "",
  ].filter(Boolean);
  if (lines.length) css.textDecoration = lines.join(" ");
  if (style.wrapText) css.whiteSpace = "pre-wrap";
  if (style.indent > 0) css.paddingLeft = `${3 + style.indent * 9}px`;
  const fill = paint?.fillColor ?? style.fillColor;
  if (paint?.bar) {
    const pct = Math.round(paint.bar.fraction * 1000) / 10;
    const base = fill ?? "transparent";
    css.background = `linear-gradient(to right, ${paint.bar.color}99 0%, ${paint.bar.color}40 ${pct}%, ${base} ${pct}%)`;
  } else if (fill) css.backgroundColor = fill;
  const b = style.borders;
  const shadows = [
    borderShadow(b.EdgeTop, "top"),
    borderShadow(b.EdgeBottom, "bottom"),
    borderShadow(b.EdgeLeft, "left"),
    borderShadow(b.EdgeRight, "right"),
  ].filter((x): x is string => x !== undefined);
  if (shadows.length) css.boxShadow = shadows.join(", ");
  const view: CellView = { text, style: css };
  if (paint?.icon)
    view.icon = {
      ...iconGlyph(paint.icon.style, paint.icon.index, paint.icon.count),
      label: `${paint.icon.style} ${paint.icon.index + 1}/${paint.icon.count}`,
    };
  return view;
}
