/**
 * CUSTCLASS.SIZE: large / medium / small / micro by the engine's size dimension on one customer
 * (engine/dimensions/size/ofValues.ts) — the standard's size rules (default NBS 2017,
 * 统计上大中小微型企业划分办法; or EU SME), the industry recognised from its text as CLASSIFY
 * recognises it, the NBS row chosen from it.
 *
 * Money unit: revenue and assets are in 万元 by default, the unit of the NBS table (营业收入 Y, 资产总额 Z);
 * `unit` says otherwise: "元", "千元", "万元", "亿元", "k CNY", "million CNY" … or a multiplier (1, 1000,
 * 10000). Amounts in another currency are refused: no exchange rate is applied.
 * Blank employees/revenue/assets are missing indicators (the engine decides whether the given ones are
 * enough, e.g. the flagged revenue-only approximation). No class → #N/A saying why; a negative
 * indicator → #VALUE!.
 */
import { SIZE_NOTE_LABELS } from "../engine/dimensions/size/labels";
import { YUAN_PER_WAN } from "../engine/dimensions/size/nbs2017";
import { sizeOfValues } from "../engine/dimensions/size/ofValues";
import { parseUnitText } from "../engine/read/headerUnits";
import { defaultStandard } from "../engine/standard";
import { isOmitted, numberArg, scalar, showValue, textArg } from "./args/cells";
import { standardArg } from "./adapters/standard-range";
import { invalid, notAvailable } from "./errors";

const MULTIPLIERS = new Set([1, 1e3, 1e4, 1e5, 1e6, 1e8, 1e9]);

/** Multiplier from the unit to 元. */
function unitArg(v: unknown): number {
  if (isOmitted(v)) return YUAN_PER_WAN;
  const c = scalar(v, "unit");
  if (typeof c === "number") {
    if (MULTIPLIERS.has(c)) return c;
  } else if (typeof c === "string") {
    const asNumber = Number(c.trim());
    if (c.trim() !== "" && MULTIPLIERS.has(asNumber)) return asNumber;
    const u = parseUnitText(c);
    if (u !== null && (u.currency === undefined || u.currency === "CNY")) return u.multiplier;
    if (u?.currency !== undefined)
      throw invalid(
        `unit: ${showValue(c)} is not in CNY; convert the amounts to 元 first (no exchange rate is applied).`,
        `unit：${showValue(c)} 不是人民币单位，请先换算为元（不做汇率换算）。`,
      );
  }
  throw invalid(
    `unit: ${showValue(c)} is not a money unit; use "万元", "元", "千元" … or 10000, 1, 1000.`,
    `unit：${showValue(c)} 不是金额单位，请用 "万元"、"元"、"千元" 等，或 10000、1、1000。`,
  );
}

export function sizeFunction(
  industry: unknown,
  employees: unknown,
  revenue: unknown,
  assets?: unknown,
  unit?: unknown,
  standard?: unknown,
): string {
  const text = textArg(industry, "industry");
  const e = numberArg(employees, "employees");
  const y = numberArg(revenue, "revenue");
  const z = numberArg(assets, "assets");
  const scale = unitArg(unit);
  const std = standardArg(standard) ?? defaultStandard();
  for (const [name, x] of [
    ["employees", e],
    ["revenue", y],
    ["assets", z],
  ] as const)
    if (x !== null && x < 0) throw invalid(`${name}: ${x} is negative.`, `${name}：${x} 为负数。`);
  const out = sizeOfValues(
    {
      industryText: text,
      ...(e !== null && { employees: e }),
      ...(y !== null && { revenue: y * scale }),
      ...(z !== null && { assets: z * scale }),
    },
    std,
  );
  if (out.sizeClass !== null) return out.sizeClass;
  const note = out.note ?? "missing_indicators";
  const why = SIZE_NOTE_LABELS[note] ?? { "en-US": note, "zh-CN": note };
  if (note === "invalid_indicator") throw invalid(`${why["en-US"]}.`, `${why["zh-CN"]}。`);
  throw notAvailable(`No size class: ${why["en-US"]}.`, `无法确定规模：${why["zh-CN"]}。`);
}
