/**
 * Why the activity class (frequency/classify.ts), decided in this order — ruleIndex is the step:
 * 1 dormant: recency > dormantDays; 2 new: first purchase less than newDays before as-of;
 * 3 high: purchases in the window ≥ highMinOrders; 4 medium: ≥ mediumMinOrders; 5 low: fewer.
 * And repeat purchase (frequency/repeat.ts): repeat with ≥ minOrders purchases, else one_time.
 */
import { label } from "../standard/labels";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { integer } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation } from "./types";
import { days, purchases } from "./words";

type Key = "dormant" | "new" | "high" | "medium" | "low" | "active" | "older" | "none";

export const FREQUENCY_TEMPLATES: Templates<Key> = {
  "en-US": {
    dormant: "{label}: last purchase {recency} ago > {dormant}",
    new: "{label}: first purchase {first} ago < {newDays} ({active})",
    high: "{label}: {orders} in the last {window} ≥ {high} ({active}; {older})",
    medium: "{label}: {orders} in the last {window} ≥ {medium} and < {high} ({active}; {older})",
    low: "{label}: {orders} in the last {window} < {medium} ({active}; {older})",
    active: "last purchase {recency} ago ≤ {dormant}",
    older: "first purchase {first} ago ≥ {newDays}",
    none: "No purchase: no activity class",
  },
  "zh-CN": {
    dormant: "{label}：最近一次购买在 {recency}前 > {dormant}",
    new: "{label}：首次购买在 {first}前 < {newDays}（{active}）",
    high: "{label}：近 {window}内购买 {orders} ≥ {high}（{active}；{older}）",
    medium: "{label}：近 {window}内购买 {orders} ≥ {medium} 且 < {high}（{active}；{older}）",
    low: "{label}：近 {window}内购买 {orders} < {medium}（{active}；{older}）",
    active: "最近一次购买在 {recency}前 ≤ {dormant}",
    older: "首次购买在 {first}前 ≥ {newDays}",
    none: "没有购买记录，无活跃度分类",
  },
};

const STEP: Record<string, number> = { dormant: 1, new: 2, high: 3, medium: 4, low: 5 };

export function explainFrequency(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const a = ctx.details.activity;
  if (a === null) return null;
  const T = FREQUENCY_TEMPLATES[lang];
  const code = ctx.result.customers[i]?.classes.frequency ?? null;
  if (code === null) return entry("frequency", null, "", T.none);
  const std = ctx.standard.frequency;
  const recency = a.recencyDays[i] as number;
  const first = a.asOf - (a.firstDay[i] as number);
  const orders = a.ordersInWindow[i] as number;
  const count = (n: number) => (lang === "zh-CN" ? purchases(n, lang) : integer(n));
  const p = {
    label: label("frequency", code, lang, ctx.standard),
    recency: days(recency, lang),
    first: days(first, lang),
    dormant: days(std.dormantDays, lang),
    newDays: days(std.newDays, lang),
    window: days(a.windowDays, lang),
    orders: purchases(orders, lang),
    high: count(std.highMinOrders),
    medium: count(std.mediumMinOrders),
    active: "",
    older: "",
  };
  p.active = fill(T.active, p);
  p.older = fill(T.older, p);
  const template = (T as Record<string, string>)[code] ?? T.none;
  const isDormant = recency > std.dormantDays;
  const isNew = first < std.newDays;
  const high = orders >= std.highMinOrders;
  const medium = orders >= std.mediumMinOrders;
  return entry(
    "frequency",
    code,
    p.label,
    fill(template, p),
    [
      { name: "recencyDays", value: recency, unit: "days" },
      { name: "daysSinceFirst", value: first, unit: "days" },
      { name: "ordersInWindow", value: orders, unit: "count" },
    ],
    [
      threshold("dormantDays", std.dormantDays, "days", isDormant ? ">" : "≤", isDormant),
      threshold("newDays", std.newDays, "days", isNew ? "<" : "≥", isNew),
      threshold("highMinOrders", std.highMinOrders, "count", high ? "≥" : "<", high),
      threshold("mediumMinOrders", std.mediumMinOrders, "count", medium ? "≥" : "<", medium),
    ],
    STEP[code],
  );
}

type RepeatKey = "repeat" | "one_time";

export const REPEAT_TEMPLATES: Templates<RepeatKey> = {
  "en-US": { repeat: "{label}: {f} ≥ {min}", one_time: "{label}: {f} < {min}" },
  "zh-CN": { repeat: "{label}：购买 {f} ≥ {min}", one_time: "{label}：购买 {f} < {min}" },
};

export function explainRepeat(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const a = ctx.details.activity;
  const code = ctx.result.customers[i]?.classes.repeat ?? null;
  if (a === null || code === null) return null;
  const T = REPEAT_TEMPLATES[lang];
  const f = a.frequency[i] as number;
  const min = ctx.standard.repeat.minOrders;
  const lbl = label("repeat", code, lang, ctx.standard);
  const template = code === "repeat" ? T.repeat : T.one_time;
  const text = fill(template, {
    label: lbl,
    f: purchases(f, lang),
    min: lang === "zh-CN" ? purchases(min, lang) : integer(min),
  });
  const met = f >= min;
  return entry(
    "repeat",
    code,
    lbl,
    text,
    [{ name: "frequency", value: f, unit: "count" }],
    [threshold("minOrders", min, "count", met ? "≥" : "<", met)],
  );
}
