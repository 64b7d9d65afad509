/**
 * Conditional formats ⇄ ExcelJS conditionalFormattings (OOXML cfRule, ECMA-376 Part 1 §18.3.1.10).
 * PresetCriteria rules are not written (no direct OOXML counterpart in ExcelJS); icon-set
 * "GreaterThan" operators are written as the default ≥.
 */
import type ExcelJS from "exceljs";
import { cellRef, formatRect, parseRect, type Rect } from "./address";
import { colorToHex, hexToArgb } from "./style-map";
import type { CfFormat, CfState, CfType, ColorScaleCriterion } from "./state";

const stripEq = (f: string | undefined): string => (f ?? "").replace(/^=/, "");

const CFVO_TO: Record<string, string> = {
  LowestValue: "min",
  HighestValue: "max",
  Number: "num",
  Percent: "percent",
  Percentile: "percentile",
  Formula: "formula",
};
const CFVO_FROM: Record<string, string> = {
  min: "LowestValue",
  max: "HighestValue",
  num: "Number",
  percent: "Percent",
  percentile: "Percentile",
  formula: "Formula",
  autoMin: "Automatic",
  autoMax: "Automatic",
};
const OP_TO: Record<string, string> = {
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
  Between: "between",
  NotBetween: "notBetween",
};
const OP_FROM = Object.fromEntries(Object.entries(OP_TO).map(([k, v]) => [v, k]));

function cfvo(c: { type: string; formula?: string }, max = false): ExcelJS.Cvfo {
  let type = CFVO_TO[c.type] ?? "num";
  // ECMA-376 cfvo types are num/percent/max/min/formula/percentile; Excel's "automatic" data-bar bounds are an x14 extension, written as min/max here.
  if (c.type === "Automatic") type = max ? "max" : "min";
  const raw = stripEq(c.formula);
  const out: ExcelJS.Cvfo = { type: type as ExcelJS.CfvoTypes };
  if (raw !== "" && type !== "min" && type !== "max" && type !== "autoMin" && type !== "autoMax")
    out.value = (Number.isFinite(Number(raw)) ? Number(raw) : raw) as number;
  return out;
}

function dxf(f: CfFormat | undefined): Partial<ExcelJS.Style> {
  const s: Partial<ExcelJS.Style> = {};
  if (!f) return s;
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontColor) font.color = { argb: hexToArgb(f.fontColor) };
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.strikethrough !== undefined) font.strike = f.strikethrough;
  if (f.underline && f.underline !== "None") font.underline = f.underline === "Double" ? "double" : "single";
  if (Object.keys(font).length) s.font = font;
  if (f.fillColor)
    s.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: hexToArgb(f.fillColor) },
      bgColor: { argb: hexToArgb(f.fillColor) },
    };
  if (f.numberFormat) s.numFmt = f.numberFormat;
  return s;
}

function fromDxf(s: Partial<ExcelJS.Style> | undefined): CfFormat {
  const f: CfFormat = {};
  if (!s) return f;
  const fc = colorToHex(s.font?.color, null);
  if (fc) f.fontColor = fc;
  // ExcelJS reports absent dxf parts as null, whatever its typings say.
  const font = s.font as Partial<Record<"bold" | "italic" | "strike", boolean | null>> | null | undefined;
  if (typeof font?.bold === "boolean") f.bold = font.bold;
  if (typeof font?.italic === "boolean") f.italic = font.italic;
  if (typeof font?.strike === "boolean") f.strikethrough = font.strike;
  const fill = s.fill as ExcelJS.FillPattern | undefined;
  const fillColor = fill ? (colorToHex(fill.bgColor, null) ?? colorToHex(fill.fgColor, null)) : null;
  if (fillColor) f.fillColor = fillColor;
  if (s.numFmt) f.numberFormat = s.numFmt;
  return f;
}

const iconName = (style: string): string =>
  style
    .replace(/^Three/, "3")
    .replace(/^Four/, "4")
    .replace(/^Five/, "5");
const iconStyle = (name: string): string =>
  name.replace(/^3/, "Three").replace(/^4/, "Four").replace(/^5/, "Five");

export function toExcelCf(cf: CfState, priority: number): ExcelJS.ConditionalFormattingOptions | null {
  const ref = cf.rects.map((r) => formatRect(r)).join(" ");
  const base = { priority };
  let rule: ExcelJS.ConditionalFormattingRule | null = null;
  switch (cf.type) {
    case "ColorScale": {
      const c = cf.colorScale!;
      const pts = [c.minimum, ...(c.midpoint ? [c.midpoint] : []), c.maximum];
      rule = {
        ...base,
        type: "colorScale",
        cfvo: pts.map((p, i) => cfvo(p, i === pts.length - 1)),
        color: pts.map((p) => ({ argb: hexToArgb(p.color ?? "#FFFFFF") })),
      };
      break;
    }
    case "DataBar": {
      const d = cf.dataBar!;
      rule = {
        ...base,
        type: "dataBar",
        cfvo: [cfvo(d.lowerBoundRule), cfvo(d.upperBoundRule, true)],
        gradient: d.gradientFill,
        showValue: !d.showDataBarOnly,
        color: { argb: hexToArgb(d.positiveFillColor) },
      } as ExcelJS.DataBarRuleType;
      break;
    }
    case "IconSet": {
      const is = cf.iconSet!;
      rule = {
        ...base,
        type: "iconSet",
        iconSet: iconName(is.style) as ExcelJS.IconSetTypes,
        reverse: is.reverseIconOrder,
        showValue: !is.showIconOnly,
        cfvo: is.criteria.map((c, i): ExcelJS.Cvfo => (i === 0 ? { type: "percent", value: 0 } : cfvo(c))),
      };
      break;
    }
    case "Custom":
      rule = {
        ...base,
        type: "expression",
        formulae: [stripEq(String(cf.rule?.formula ?? ""))],
        style: dxf(cf.format),
      };
      break;
    case "CellValue": {
      const r = cf.rule ?? {};
      const formulae = [stripEq(String(r.formula1 ?? ""))];
      if (r.formula2 !== undefined) formulae.push(stripEq(String(r.formula2)));
      rule = {
        ...base,
        type: "cellIs",
        operator: (OP_TO[String(r.operator)] ?? "equal") as ExcelJS.CellIsOperators,
        formulae,
        style: dxf(cf.format),
      };
      break;
    }
    case "ContainsText": {
      const text = String(cf.rule?.text ?? "").replace(/"/g, '""');
      const first = cf.rects[0]!;
      rule = {
        ...base,
        type: "containsText",
        operator: "containsText",
        text: String(cf.rule?.text ?? ""),
        style: dxf(cf.format),
      };
      (rule as unknown as { formulae: string[] }).formulae = [
        `NOT(ISERROR(SEARCH("${text}",${cellRef(first.r0, first.c0)})))`,
      ];
      break;
    }
    case "TopBottom": {
      const t = String(cf.rule?.type ?? "TopItems");
      rule = {
        ...base,
        type: "top10",
        rank: Number(cf.rule?.rank ?? 10),
        percent: t.endsWith("Percent"),
        bottom: t.startsWith("Bottom"),
        style: dxf(cf.format),
      };
      break;
    }
    default:
      rule = null;
  }
  return rule ? { ref, rules: [rule] } : null;
}

function criterion(c: ExcelJS.Cvfo | undefined, color?: Partial<ExcelJS.Color>): ColorScaleCriterion {
  const type = CFVO_FROM[c?.type ?? "num"] ?? "Number";
  const out: ColorScaleCriterion = { type };
  if (c?.value !== undefined) out.formula = String(c.value);
  const hex = colorToHex(color, null);
  if (hex) out.color = hex;
  return out;
}

export function fromExcelCf(
  ref: string,
  rule: ExcelJS.ConditionalFormattingRule,
  id: string,
): CfState | null {
  const rects = ref
    .split(/\s+/)
    .map((r) => parseRect(r))
    .filter((r): r is Rect => r !== null);
  if (!rects.length) return null;
  const mk = (type: CfType, extra: Partial<CfState>): CfState => ({
    id,
    type,
    rects,
    stopIfTrue: false,
    ...extra,
  });
  switch (rule.type) {
    case "colorScale": {
      const c = rule.cfvo ?? [];
      const col = rule.color ?? [];
      return mk("ColorScale", {
        colorScale:
          c.length >= 3
            ? {
                minimum: criterion(c[0], col[0]),
                midpoint: criterion(c[1], col[1]),
                maximum: criterion(c[2], col[2]),
              }
            : { minimum: criterion(c[0], col[0]), maximum: criterion(c[1], col[1]) },
      });
    }
    case "dataBar": {
      const d = rule as ExcelJS.DataBarRuleType & { color?: Partial<ExcelJS.Color> };
      const fill = colorToHex(d.color, "#638EC6") ?? "#638EC6";
      const lo = criterion(d.cfvo?.[0]);
      const hi = criterion(d.cfvo?.[1]);
      return mk("DataBar", {
        dataBar: {
          lowerBoundRule:
            lo.formula !== undefined ? { type: lo.type, formula: lo.formula } : { type: lo.type },
          upperBoundRule:
            hi.formula !== undefined ? { type: hi.type, formula: hi.formula } : { type: hi.type },
          positiveFillColor: fill,
          positiveBorderColor: fill,
          gradientFill: d.gradient !== false,
          negativeFillColor: "#FF0000",
          barDirection: "Context",
          axisFormat: "Automatic",
          axisColor: "#000000",
          showDataBarOnly: d.showValue === false,
        },
      });
    }
    case "iconSet": {
      const style = iconStyle(rule.iconSet ?? "3TrafficLights1");
      return mk("IconSet", {
        iconSet: {
          style,
          criteria: (rule.cfvo ?? []).map((c, i) =>
            i === 0
              ? { type: "Invalid", operator: "Invalid", formula: "" }
              : {
                  type: CFVO_FROM[c.type] ?? "Number",
                  operator: "GreaterThanOrEqual",
                  formula: c.value !== undefined ? `=${c.value}` : "",
                },
          ),
          reverseIconOrder: rule.reverse === true,
          showIconOnly: rule.showValue === false,
        },
      });
    }
    case "expression":
      return mk("Custom", {
        rule: { formula: `=${String(rule.formulae?.[0] ?? "")}` },
        format: fromDxf(rule.style),
      });
    case "cellIs": {
      const f = rule.formulae ?? [];
      return mk("CellValue", {
        rule: {
          operator: OP_FROM[rule.operator ?? "equal"] ?? "EqualTo",
          formula1: `=${String(f[0] ?? "")}`,
          ...(f[1] !== undefined ? { formula2: `=${String(f[1])}` } : {}),
        },
        format: fromDxf(rule.style),
      });
    }
    case "containsText":
      return mk("ContainsText", {
        rule: { operator: "Contains", text: rule.text ?? "" },
        format: fromDxf(rule.style),
      });
    case "top10":
      return mk("TopBottom", {
        rule: {
          rank: rule.rank,
          type: `${rule.bottom ? "Bottom" : "Top"}${rule.percent ? "Percent" : "Items"}`,
        },
        format: fromDxf(rule.style),
      });
    default:
      return null;
  }
}
