/**
 * Why the value class (value/abc.ts): customers sorted by value (revenue or profit, standard.abc.basis)
 * descending, ties by ID; A while the cumulative share of value BEFORE the customer is < a, B while < b,
 * else C; a value ≤ 0 is always C. The shares quoted are the classification's own (details.value).
 * ruleIndex: 1 A, 2 B, 3 C.
 * And the "big ticket, low frequency" flag (value/bigTicket.ts): average order value ≥ the aovQuantile
 * PERCENTILE.INC of all purchasing customers' AOV (details.value.aovThreshold) and ≤ maxOrders purchases.
 */
import { label } from "../standard/labels";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { fixed, integer, moneyPair, percentPair, trimmed } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation, ExplainFact, ExplainThreshold } from "./types";
import { purchases } from "./words";

type AbcKey = "A" | "B" | "C" | "nonPositive" | "basisMissing" | "none" | "revenue" | "profit";

export const VALUE_TEMPLATES: Templates<AbcKey> = {
  "en-US": {
    A: "{label}: {basis} {value} (rank {rank} of {n}), cumulative share before this customer {before} < {a}",
    B: "{label}: {basis} {value} (rank {rank} of {n}), cumulative share before this customer {before} ≥ {a} and < {b}",
    C: "{label}: {basis} {value} (rank {rank} of {n}), cumulative share before this customer {before} ≥ {b}",
    nonPositive: "{label}: {basis} {value} ≤ 0, which is always C",
    basisMissing: "No gross profit column: the value class by profit cannot be computed",
    none: "No counted transaction: no value class",
    revenue: "revenue",
    profit: "gross profit",
  },
  "zh-CN": {
    A: "{label}：{basis} {value}（第 {rank} 名，共 {n} 名），排在此客户之前的累计占比 {before} < {a}",
    B: "{label}：{basis} {value}（第 {rank} 名，共 {n} 名），排在此客户之前的累计占比 {before} ≥ {a} 且 < {b}",
    C: "{label}：{basis} {value}（第 {rank} 名，共 {n} 名），排在此客户之前的累计占比 {before} ≥ {b}",
    nonPositive: "{label}：{basis} {value} ≤ 0，一律为 C 类",
    basisMissing: "没有毛利列，无法按毛利划分价值等级",
    none: "没有计入的交易，无价值等级",
    revenue: "销售额",
    profit: "毛利",
  },
};

type BigKey = "flagged" | "notFlagged" | "aovBelow" | "tooMany" | "and";

export const BIG_TICKET_TEMPLATES: Templates<BigKey> = {
  "en-US": {
    flagged: "{label}: average order {aov} ≥ {t} (P{q} of customers' average order values) and {f} ≤ {max}",
    notFlagged: "Not big ticket, low frequency: {reasons}",
    aovBelow: "average order {aov} < {t} (P{q} of customers' average order values)",
    tooMany: "{f} > {max}",
    and: "; ",
  },
  "zh-CN": {
    flagged: "{label}：平均订单金额 {aov} ≥ {t}（客户平均订单金额的 P{q}），且购买 {f} ≤ {max}",
    notFlagged: "不属于大额低频客户：{reasons}",
    aovBelow: "平均订单金额 {aov} < {t}（客户平均订单金额的 P{q}）",
    tooMany: "购买 {f} > {max}",
    and: "；",
  },
};

export function explainValue(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const v = ctx.details.value;
  if (v === null) return null;
  const T = VALUE_TEMPLATES[lang];
  const std = ctx.standard.abc;
  if (v.basisMissing) return entry("value", null, "", T.basisMissing);
  const code = ctx.result.customers[i]?.classes.value ?? null;
  if (code === null) return entry("value", null, "", T.none);
  const m = v.value.metrics;
  const value = m.value?.[i] ?? NaN;
  const rank = m.rank?.[i] ?? NaN;
  const before = m.cumShareBefore?.[i] ?? NaN;
  const share = m.share?.[i] ?? NaN;
  const lbl = label("value", code, lang, ctx.standard);
  const [beforeA, aS] = percentPair(before, std.a, lang);
  const [beforeB, bS] = percentPair(before, std.b, lang);
  const params = {
    label: lbl,
    basis: std.basis === "profit" ? T.profit : T.revenue,
    value: fixed(value, 2),
    rank: integer(rank),
    n: integer(ctx.abcPopulation()),
    before: code === "C" ? beforeB : beforeA,
    a: aS,
    b: bS,
  };
  const positive = value > 0;
  const template = !positive ? T.nonPositive : code === "A" ? T.A : code === "B" ? T.B : T.C;
  // "≥ a and < b" quotes the share once: print it with the precision both comparisons need.
  if (code === "B" && beforeA !== beforeB)
    params.before = beforeA.length >= beforeB.length ? beforeA : beforeB;
  const thresholds: ExplainThreshold[] = [
    threshold("a", std.a, "share", before < std.a ? "<" : "≥", before < std.a),
    threshold("b", std.b, "share", before < std.b ? "<" : "≥", before < std.b),
  ];
  const facts: ExplainFact[] = [
    { name: std.basis, value, unit: "money" },
    { name: "rank", value: rank, unit: "rank" },
    { name: "share", value: share, unit: "share" },
    { name: "cumShareBefore", value: before, unit: "share" },
    { name: "total", value: v.total, unit: "money" },
  ];
  return entry(
    "value",
    code,
    lbl,
    fill(template, params),
    facts,
    thresholds,
    code === "A" ? 1 : code === "B" ? 2 : 3,
  );
}

export function explainBigTicket(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const v = ctx.details.value;
  const activity = ctx.details.activity;
  if (v === null || activity === null) return null;
  const f = activity.frequency[i] as number;
  if (!(f > 0)) return null;
  const T = BIG_TICKET_TEMPLATES[lang];
  const bt = ctx.standard.abc.bigTicket;
  const aov = activity.avgOrderValue[i] as number;
  const t = v.aovThreshold;
  const code = ctx.result.customers[i]?.classes.bigTicket ?? null;
  const aovOk = aov >= t;
  const fewOk = f <= bt.maxOrders;
  const [aovS, tS] = moneyPair(aov, t);
  const q = trimmed(bt.aovQuantile * 100, 1);
  const fText = purchases(f, lang);
  const maxText = lang === "zh-CN" ? purchases(bt.maxOrders, lang) : integer(bt.maxOrders);
  const lbl = code === null ? "" : label("bigTicket", code, lang, ctx.standard);
  let text: string;
  if (code !== null) text = fill(T.flagged, { label: lbl, aov: aovS, t: tS, q, f: fText, max: maxText });
  else {
    const reasons: string[] = [];
    if (!aovOk) reasons.push(fill(T.aovBelow, { aov: aovS, t: tS, q }));
    if (!fewOk) reasons.push(fill(T.tooMany, { f: fText, max: maxText }));
    text = fill(T.notFlagged, { reasons: reasons.join(T.and) });
  }
  return entry(
    "bigTicket",
    code,
    lbl,
    text,
    [
      { name: "avgOrderValue", value: aov, unit: "money" },
      { name: "frequency", value: f, unit: "count" },
    ],
    [
      threshold("aovThreshold", t, "money", aovOk ? "≥" : "<", aovOk),
      threshold("maxOrders", bt.maxOrders, "count", fewOk ? "≤" : ">", fewOk),
    ],
  );
}
