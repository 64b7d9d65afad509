/**
 * Why the size class.
 * NBS 2017 (size/nbsClass.ts, 说明 1 of the annex): per indicator of the industry's row, the tier its
 * value reaches (bounds inclusive: ≥ large bound → large, ≥ medium → medium, ≥ small → small, else
 * micro); large/medium/small need every listed indicator at the bound, one indicator below the small
 * bound makes micro — so the class is the lowest tier any indicator reaches. Missing indicators: micro if
 * a given one is already micro (basis partial), else the revenue-only approximation (flagged), else none.
 * The row comes from the industry (size/nbsRow.ts); when it is ambiguous every candidate row is tried and
 * the smaller class taken (note row_assumed). Money is compared in 万元 as the annex writes it.
 * EU SME (size/euSme.ts): the ceilings of Recommendation 2003/361/EC, micro → small → medium, else large.
 * `thresholds`: every bound of the deciding row (name "<indicator>.<tier>"), in persons or 万元 (EUR for
 * EU SME). ruleIndex: not used.
 */
import { EU_SME_CEILINGS } from "../dimensions/size/euSme";
import {
  NBS_ROW_BY_CODE,
  SIZE_CLASSES,
  YUAN_PER_WAN,
  type Bounds,
  type NbsRow,
  type NbsRowCode,
} from "../dimensions/size/nbs2017";
import { nbsTier, tierOf } from "../dimensions/size/nbsClass";
import { nbsRowsFor } from "../dimensions/size/nbsRow";
import { SIZE_BASIS_LABELS, SIZE_NOTE_LABELS, SIZE_ROW_LABELS } from "../dimensions/size/labels";
import { newTierResult } from "../dimensions/size/result";
import { label } from "../standard/labels";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { integer, trimmed } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation, ExplainThreshold } from "./types";

type Key =
  | "full"
  | "partial"
  | "revenue_only"
  | "generic"
  | "rowAssumed"
  | "noClass"
  | "tier0"
  | "tier1"
  | "tier2"
  | "tier3"
  | "missing"
  | "employees"
  | "revenue"
  | "assets"
  | "personsUnit"
  | "wanUnit"
  | "large"
  | "medium"
  | "small"
  | "sep"
  | "eu"
  | "euHolds"
  | "euFails"
  | "euLarge"
  | "euMoney"
  | "na"
  | "micro";

export const SIZE_TEMPLATES: Templates<Key> = {
  "en-US": {
    full:
      "{label} (NBS 2017, row {row}): {indicators}; the class is the lowest tier any indicator reaches " +
      "(large, medium and small need every listed bound)",
    partial:
      "{label} (NBS 2017, row {row}): {indicators}; one indicator below the small bound is enough for micro",
    revenue_only:
      "{label} (NBS 2017, row {row}, revenue only – approximate): {indicators}; " +
      "the missing indicators could only lower the class",
    generic: "{label} (basis: {basis})",
    rowAssumed: "{sentence}; industry division unclear, candidate rows {rows}: the smaller class was taken",
    noClass: "No size class: {note}",
    tier0: "{name} {value} ≥ {large} (large)",
    tier1: "{name} {value} ≥ {medium} (medium), < {large} (large)",
    tier2: "{name} {value} ≥ {small} (small), < {medium} (medium)",
    tier3: "{name} {value} < {small} (small)",
    missing: "{name} not given",
    employees: "employees",
    revenue: "revenue",
    assets: "total assets",
    personsUnit: "",
    wanUnit: " (10k CNY)",
    large: "large",
    medium: "medium",
    small: "small",
    sep: "; ",
    eu: "{label} (EU SME, Recommendation 2003/361/EC{basis}): {checks}",
    euHolds:
      "{category} holds: staff {staff} < {staffBelow}, and turnover {turnover} ≤ EUR {turnoverCap}m or " +
      "balance sheet {balance} ≤ EUR {balanceCap}m",
    euFails:
      "not {category}: staff {staff}, turnover {turnover}, balance sheet {balance} " +
      "(needs staff < {staffBelow}, and turnover ≤ EUR {turnoverCap}m or balance sheet ≤ EUR {balanceCap}m)",
    euLarge: "above every SME ceiling",
    euMoney: "EUR {v}m",
    na: "n/a",
    micro: "micro",
  },
  "zh-CN": {
    full: "{label}（统计上大中小微型企业划分办法(2017)，{row}）：{indicators}；取各指标所达的最低档（大、中、小型须同时满足所列指标的下限）",
    partial:
      "{label}（统计上大中小微型企业划分办法(2017)，{row}）：{indicators}；微型企业只须一项指标低于小型下限",
    revenue_only:
      "{label}（统计上大中小微型企业划分办法(2017)，{row}，仅按营业收入近似）：{indicators}；缺少的指标只可能使规模更小",
    generic: "{label}（依据：{basis}）",
    rowAssumed: "{sentence}；行业细类不明，候选划分标准 {rows}，取较小规模",
    noClass: "无规模分类：{note}",
    tier0: "{name} {value} ≥ {large}（大型）",
    tier1: "{name} {value} ≥ {medium}（中型），< {large}（大型）",
    tier2: "{name} {value} ≥ {small}（小型），< {medium}（中型）",
    tier3: "{name} {value} < {small}（小型）",
    missing: "{name}未填写",
    employees: "从业人员",
    revenue: "营业收入",
    assets: "资产总额",
    personsUnit: " 人",
    wanUnit: " 万元",
    large: "大型",
    medium: "中型",
    small: "小型",
    sep: "；",
    eu: "{label}（欧盟中小企业标准 2003/361/EC{basis}）：{checks}",
    euHolds:
      "符合{category}：员工 {staff} < {staffBelow}，且营业额 {turnover} ≤ {turnoverCap} 百万欧元或资产负债表总额 " +
      "{balance} ≤ {balanceCap} 百万欧元",
    euFails:
      "不属{category}：员工 {staff}，营业额 {turnover}，资产负债表总额 {balance}" +
      "（须员工 < {staffBelow}，且营业额 ≤ {turnoverCap} 百万欧元或资产负债表总额 ≤ {balanceCap} 百万欧元）",
    euLarge: "超出所有中小企业上限",
    euMoney: "{v} 百万欧元",
    na: "无数据",
    micro: "微型",
  },
};

const INDICATORS = ["employees", "revenue", "assets"] as const;
const TIER_NAMES = ["large", "medium", "small"] as const;

/** The class recomputed over candidate rows exactly as classifySize's smallestOver does. */
function decide(
  rows: readonly NbsRowCode[],
  x: number,
  y: number,
  z: number,
  allowRevenueOnly: boolean,
): { row: NbsRow; tier: number } | null {
  const probe = newTierResult();
  let best: { row: NbsRow; tier: number } | null = null;
  for (const code of rows) {
    const row = NBS_ROW_BY_CODE.get(code);
    if (row === undefined) return null;
    nbsTier(row, x, y, z, allowRevenueOnly, probe);
    if (probe.tier < 0) return null;
    if (best === null || probe.tier > best.tier) best = { row, tier: probe.tier };
  }
  return best;
}

export function explainSize(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const T = SIZE_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  if (c === undefined) return null;
  const std = ctx.standard.size;
  const code = c.classes.size ?? null;
  const x = c.metrics.employees ?? NaN;
  const y = c.metrics.annualRevenue ?? NaN;
  const z = c.metrics.totalAssets ?? NaN;
  const facts: DimensionExplanation["facts"] = [
    { name: "employees", value: x, unit: "persons" },
    { name: "annualRevenue", value: y / YUAN_PER_WAN, unit: "wan_yuan" },
    { name: "totalAssets", value: z / YUAN_PER_WAN, unit: "wan_yuan" },
  ];
  const note = c.extra.sizeNote ?? null;
  if (code === null) {
    const noteText = note === null ? "" : (SIZE_NOTE_LABELS[note]?.[lang] ?? note);
    return entry("size", null, "", fill(T.noClass, { note: noteText }), facts);
  }
  const lbl = label("size", code, lang, ctx.standard);
  const basis = c.extra.sizeBasis ?? null;
  if (basis !== null) facts.push({ name: "basis", value: basis, unit: "text" });
  if (std.standard === "eu_sme") return explainEu(ctx, i, lang, lbl, code, facts);

  const section = c.classes.industry ?? null;
  const text = ctx.customers?.industryText[i] ?? null;
  const choice = section === null ? null : nbsRowsFor(section, c.extra.industryCode ?? null, text);
  const decided =
    choice === null || choice === "out_of_scope" ? null : decide(choice, x, y, z, std.allowRevenueOnly);
  const generic = (): DimensionExplanation =>
    entry(
      "size",
      code,
      lbl,
      fill(T.generic, {
        label: lbl,
        basis: basis === null ? "" : (SIZE_BASIS_LABELS[basis]?.[lang] ?? basis),
      }),
      facts,
    );
  // Without the industry text an ambiguous section's rows may not be the ones the classification tried
  // (its words pick a row): then say only what is sure. A recomputed class that differs means the same.
  if (choice === null || choice === "out_of_scope" || (text === null && choice.length > 1)) return generic();
  if (decided === null || SIZE_CLASSES[decided.tier] !== code) return generic();
  const row = decided.row;
  const parts: string[] = [];
  const thresholds: ExplainThreshold[] = [];
  for (const ind of INDICATORS) {
    const bounds: Bounds | undefined = row[ind];
    if (bounds === undefined) continue;
    const raw = ind === "employees" ? x : ind === "revenue" ? y : z;
    const scale = ind === "employees" ? 1 : YUAN_PER_WAN;
    const unitText = ind === "employees" ? T.personsUnit : T.wanUnit;
    const shown = raw / scale;
    const fmt = (v: number) => (ind === "employees" ? integer(v) : trimmed(v, 2));
    if (Number.isNaN(raw)) parts.push(fill(T.missing, { name: T[ind] }));
    else {
      const t = tierOf(raw, bounds, scale);
      parts.push(
        fill(T[`tier${t}` as "tier0"], {
          name: T[ind],
          value: fmt(shown) + unitText,
          large: fmt(bounds[0]),
          medium: fmt(bounds[1]),
          small: fmt(bounds[2]),
        }),
      );
    }
    bounds.forEach((b, k) => {
      const met = raw >= b * scale;
      const relation = Number.isNaN(raw) ? undefined : met ? ("≥" as const) : ("<" as const);
      thresholds.push(
        threshold(
          `${ind}.${TIER_NAMES[k] as string}`,
          b,
          ind === "employees" ? "persons" : "wan_yuan",
          relation,
          met,
        ),
      );
    });
  }
  facts.push({ name: "row", value: row.code, unit: "text" });
  const template = basis === "partial" ? T.partial : basis === "revenue_only" ? T.revenue_only : T.full;
  let sentence = fill(template, {
    label: lbl,
    row: SIZE_ROW_LABELS[row.code]?.[lang] ?? row.code,
    indicators: parts.join(T.sep),
  });
  if (note === "row_assumed") {
    const rows = choice.map((r) => SIZE_ROW_LABELS[r]?.[lang] ?? r).join(lang === "zh-CN" ? "、" : ", ");
    sentence = fill(T.rowAssumed, { sentence, rows });
  }
  return entry("size", code, lbl, sentence, facts, thresholds);
}

function explainEu(
  ctx: ExplainContext,
  i: number,
  lang: Lang,
  lbl: string,
  code: string,
  facts: DimensionExplanation["facts"],
): DimensionExplanation {
  const T = SIZE_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  const rate = ctx.standard.size.eurToCny;
  const staff = c?.metrics.employees ?? NaN;
  const turnover = (c?.metrics.annualRevenue ?? NaN) / rate / 1e6;
  const balance = (c?.metrics.totalAssets ?? NaN) / rate / 1e6;
  const tier = SIZE_CLASSES.indexOf(code as (typeof SIZE_CLASSES)[number]);
  const basis = c?.extra.sizeBasis ?? null;
  // Missing indicators: the checks below quote "n/a"; the basis says how the class was still decided.
  const basisNote =
    basis === null || basis === "full" ? "" : `${T.sep}${SIZE_BASIS_LABELS[basis]?.[lang] ?? basis}`;
  const names = [T.large, T.medium, T.small, T.micro];
  const eur = (v: number) => (Number.isNaN(v) ? T.na : fill(T.euMoney, { v: trimmed(v, 2) }));
  const checks: string[] = [];
  const thresholds: ExplainThreshold[] = [];
  // Ceilings from micro up: those smaller than the class failed, the class's own held.
  for (const ceil of EU_SME_CEILINGS) {
    if (ceil.tier < tier) break;
    const p = {
      category: names[ceil.tier] ?? "",
      staff: Number.isNaN(staff) ? T.na : integer(staff),
      staffBelow: integer(ceil.staffBelow),
      turnover: eur(turnover),
      turnoverCap: trimmed(ceil.turnoverEur / 1e6, 2),
      balance: eur(balance),
      balanceCap: trimmed(ceil.balanceEur / 1e6, 2),
    };
    checks.push(fill(ceil.tier === tier ? T.euHolds : T.euFails, p));
    const key = SIZE_CLASSES[ceil.tier] ?? "micro";
    thresholds.push(
      threshold(`staffBelow.${key}`, ceil.staffBelow, "persons", undefined, staff < ceil.staffBelow),
      threshold(`turnoverEur.${key}`, ceil.turnoverEur, "eur", undefined, turnover * 1e6 <= ceil.turnoverEur),
      threshold(`balanceEur.${key}`, ceil.balanceEur, "eur", undefined, balance * 1e6 <= ceil.balanceEur),
    );
  }
  if (tier === 0) checks.push(T.euLarge);
  return entry(
    "size",
    code,
    lbl,
    fill(T.eu, { label: lbl, checks: checks.join(T.sep), basis: basisNote }),
    facts,
    thresholds,
  );
}
