/**
 * What the grid paints for conditional formats, evaluated the way Excel does for the rule kinds the
 * workbook layer writes (and the common ones a user's file brings):
 *   CellValue (EqualTo … NotBetween against a constant), ContainsText, ColorScale (2 or 3 colours,
 *   linear RGB interpolation), DataBar (automatic bounds: 0 or the minimum, 0 or the maximum) and
 *   IconSet (highest threshold met, criteria in ascending order). Custom formulas, TopBottom and
 *   PresetCriteria are not evaluated (the grid just shows no colour for them).
 * Rules are in priority order (sheet.cfs[0] first, as the simulator keeps them); the first matching
 * fill or font rule wins, like Excel with "stop if true" everywhere — enough for one rule per value.
 * Deviation: blank cells get no conditional colour (Excel may treat them as 0 or "").
 */
import type { Rect } from "../../sim/address";
import { CellError, type CellValue, type CfState, type ColorScaleCriterion } from "../../sim/state";

export interface CfPaint {
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Data bar: share of the cell width (0..1) and its colour. */
  bar?: { fraction: number; color: string };
  /** Icon set: index counted from the lowest threshold (0) and the number of icons in the set. */
  icon?: { index: number; count: number; style: string };
  /** The icon set hides the value. */
  hideValue?: boolean;
}

export type ValueAt = (r: number, c: number) => CellValue | undefined;

interface Stats {
  min: number;
  max: number;
  /** Sorted numeric values, for Percentile criteria. */
  sorted: Float64Array;
}

function inAny(rects: readonly Rect[], r: number, c: number): boolean {
  for (const x of rects) if (r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1) return true;
  return false;
}

/** A constant formula ("=5", "=\"A\"", "5", "A"); null for anything that needs evaluating. */
export function constantOf(formula: string | number | undefined): number | string | null {
  if (typeof formula === "number") return formula;
  if (formula === undefined) return null;
  const f = formula.startsWith("=") ? formula.slice(1).trim() : formula.trim();
  if (f === "") return null;
  const quoted = /^"((?:[^"]|"")*)"$/.exec(f);
  if (quoted) return quoted[1]!.replace(/""/g, '"');
  const n = Number(f);
  if (Number.isFinite(n)) return n;
  // A bare word in a rule (not a formula) is literal text; with "=" it would be a name or a formula.
  return formula.startsWith("=") ? null : f;
}

/** Excel's ordering for comparisons: numbers < text < booleans; text compares case-insensitively. */
function compare(a: CellValue, b: number | string): number {
  const rank = (v: CellValue | number | string) =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function cellValueMatches(rule: Record<string, string | number | undefined>, v: CellValue): boolean {
  const f1 = constantOf(rule.formula1);
  if (f1 === null) return false;
  const d1 = compare(v, f1);
  switch (rule.operator) {
    case "EqualTo":
      return d1 === 0;
    case "NotEqualTo":
      return d1 !== 0;
    case "GreaterThan":
      return d1 > 0;
    case "GreaterThanOrEqual":
      return d1 >= 0;
    case "LessThan":
      return d1 < 0;
    case "LessThanOrEqual":
      return d1 <= 0;
    case "Between":
    case "NotBetween": {
      const f2 = constantOf(rule.formula2);
      if (f2 === null) return false;
      // Excel accepts the bounds in either order.
      const d2 = compare(v, f2);
      const inside = (d1 >= 0 && d2 <= 0) || (d1 <= 0 && d2 >= 0);
      return rule.operator === "Between" ? inside : !inside;
    }
    default:
      return false;
  }
}

function containsTextMatches(rule: Record<string, string | number | undefined>, v: CellValue): boolean {
  const text = String(rule.text ?? "").toLowerCase();
  const s = (v instanceof CellError ? v.code : String(v)).toLowerCase();
  switch (rule.operator) {
    case "NotContains":
      return !s.includes(text);
    case "BeginsWith":
      return s.startsWith(text);
    case "EndsWith":
      return s.endsWith(text);
    default:
      return s.includes(text);
  }
}

/** PERCENTILE.INC (linear interpolation between order statistics, numpy "linear"). */
export function percentileInc(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * Math.max(0, Math.min(1, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The number a colour-scale, data-bar or icon-set criterion stands for over the rule's values. */
function criterionValue(type: string, formula: string | undefined, s: Stats, fallback: number): number {
  const k = constantOf(formula ?? "");
  const n = typeof k === "number" ? k : NaN;
  switch (type) {
    case "LowestValue":
      return s.min;
    case "HighestValue":
      return s.max;
    case "Number":
      return Number.isFinite(n) ? n : fallback;
    case "Percent":
      return Number.isFinite(n) ? s.min + (n / 100) * (s.max - s.min) : fallback;
    case "Percentile":
      return Number.isFinite(n) ? percentileInc(s.sorted, n / 100) : fallback;
    default:
      return fallback;
  }
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const n = m ? parseInt(m[1]!, 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function mixColor(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  const u = Math.max(0, Math.min(1, t));
  const ch = (i: 0 | 1 | 2) => Math.round(x[i] + (y[i] - x[i]) * u);
  return `#${((1 << 24) | (ch(0) << 16) | (ch(1) << 8) | ch(2)).toString(16).slice(1).toUpperCase()}`;
}

function colorScaleAt(cs: NonNullable<CfState["colorScale"]>, v: number, s: Stats): string {
  const point = (c: ColorScaleCriterion, fallback: number) => criterionValue(c.type, c.formula, s, fallback);
  const lo = point(cs.minimum, s.min);
  const hi = point(cs.maximum, s.max);
  const loColor = cs.minimum.color ?? "#F8696B";
  const hiColor = cs.maximum.color ?? "#63BE7B";
  if (!cs.midpoint) return hi === lo ? hiColor : mixColor(loColor, hiColor, (v - lo) / (hi - lo));
  const mid = point(cs.midpoint, (lo + hi) / 2);
  const midColor = cs.midpoint.color ?? "#FFEB84";
  if (v <= mid) return mid === lo ? midColor : mixColor(loColor, midColor, (v - lo) / (mid - lo));
  return hi === mid ? hiColor : mixColor(midColor, hiColor, (v - mid) / (hi - mid));
}

function dataBarAt(db: NonNullable<CfState["dataBar"]>, v: number, s: Stats): CfPaint["bar"] {
  // "Automatic" bounds (Excel 2010+): the axis at 0 unless all values are on one side of it.
  const lo =
    db.lowerBoundRule.type === "Automatic"
      ? Math.min(0, s.min)
      : criterionValue(db.lowerBoundRule.type, db.lowerBoundRule.formula, s, Math.min(0, s.min));
  const hi =
    db.upperBoundRule.type === "Automatic"
      ? Math.max(0, s.max)
      : criterionValue(db.upperBoundRule.type, db.upperBoundRule.formula, s, Math.max(0, s.max));
  if (hi <= lo) return undefined;
  if (v < 0) return { fraction: Math.min(1, -v / (hi - lo)), color: db.negativeFillColor };
  return {
    fraction: Math.max(0, Math.min(1, (v - Math.max(lo, 0)) / (hi - lo))),
    color: db.positiveFillColor,
  };
}

function iconAt(is: NonNullable<CfState["iconSet"]>, v: number, s: Stats): CfPaint["icon"] {
  let index = 0;
  for (let i = 1; i < is.criteria.length; i++) {
    const c = is.criteria[i]!;
    const t = criterionValue(c.type, c.formula, s, NaN);
    if (Number.isNaN(t)) continue;
    if (c.operator === "GreaterThan" ? v > t : v >= t) index = i;
  }
  const count = Math.max(is.criteria.length, 1);
  return { index: is.reverseIconOrder ? count - 1 - index : index, count, style: is.style };
}

/**
 * A painter for one sheet's rules at one moment (build it again after the workbook changes): stats
 * per rule are computed on first use, so only rules on visible cells cost anything.
 */
export function cfPainter(
  cfs: readonly CfState[],
  valueAt: ValueAt,
): (r: number, c: number) => CfPaint | null {
  const stats = new Map<CfState, Stats>();
  const statsOf = (cf: CfState): Stats => {
    let s = stats.get(cf);
    if (s) return s;
    const nums: number[] = [];
    for (const x of cf.rects) {
      for (let r = x.r0; r <= x.r1; r++) {
        for (let c = x.c0; c <= x.c1; c++) {
          const v = valueAt(r, c);
          if (typeof v === "number") nums.push(v);
        }
      }
    }
    const sorted = Float64Array.from(nums).sort();
    s = { min: sorted.length ? sorted[0]! : 0, max: sorted.length ? sorted[sorted.length - 1]! : 0, sorted };
    stats.set(cf, s);
    return s;
  };
  return (r, c) => {
    const v = valueAt(r, c);
    if (v === undefined || v === "") return null;
    const p: CfPaint = {};
    let formatted = false;
    for (const cf of cfs) {
      if (!inAny(cf.rects, r, c)) continue;
      switch (cf.type) {
        case "CellValue":
        case "ContainsText": {
          if (formatted || !cf.rule || !cf.format) break;
          const hit =
            cf.type === "CellValue" ? cellValueMatches(cf.rule, v) : containsTextMatches(cf.rule, v);
          if (!hit) break;
          formatted = true;
          if (cf.format.fillColor) p.fillColor ??= cf.format.fillColor;
          if (cf.format.fontColor) p.fontColor = cf.format.fontColor;
          if (cf.format.bold !== undefined) p.bold = cf.format.bold;
          if (cf.format.italic !== undefined) p.italic = cf.format.italic;
          break;
        }
        case "ColorScale":
          if (typeof v === "number" && cf.colorScale && p.fillColor === undefined)
            p.fillColor = colorScaleAt(cf.colorScale, v, statsOf(cf));
          break;
        case "DataBar":
          if (typeof v === "number" && cf.dataBar && !p.bar) {
            const bar = dataBarAt(cf.dataBar, v, statsOf(cf));
            if (bar) p.bar = bar;
          }
          break;
        case "IconSet":
          if (typeof v === "number" && cf.iconSet && !p.icon) {
            p.icon = iconAt(cf.iconSet, v, statsOf(cf));
            if (cf.iconSet.showIconOnly) p.hideValue = true;
          }
          break;
        default:
          break;
      }
    }
    return p.fillColor !== undefined ||
      p.fontColor !== undefined ||
      p.bold !== undefined ||
      p.italic !== undefined ||
      p.bar ||
      p.icon
      ? p
      : null;
  };
}
