/**
 * Why R, F or M is the score it is (rfm/scores.ts): the customer's value (or, under the `rank` tie
 * policy, its rank 1..n with ties by ID), the quantile thresholds the classification used
 * (details.rfm.thresholds), and the bin between them. Bins are right-closed: bin = 1 + thresholds
 * strictly below the value, so t(k−1) < value ≤ t(k); R is reversed (score = bins + 1 − bin).
 * ruleIndex = the bin (1 = lowest values).
 */
import { MONEY_SCALE, type Lang } from "../types";
import type { ExplainContext, RfmMetric } from "./context";
import { fixed, together, trimmed } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation, ExplainThreshold, ExplainUnit } from "./types";
import { days, purchases } from "./words";

type Key =
  | "sentence"
  | "recency"
  | "frequency"
  | "monetary"
  | "rank"
  | "mid"
  | "first"
  | "last"
  | "single"
  | "rankKind"
  | "daysUnit"
  | "noUnit"
  | "midNoUnit"
  | "none";

export const RFM_SCORE_TEMPLATES: Templates<Key> = {
  "en-US": {
    sentence: "{metric} = {score}: {what}, {where}",
    recency: "last purchase {value} ago",
    frequency: "{value}",
    monetary: "revenue {value}",
    rank: "{what} = rank {rank} of {n} (ties by customer ID)",
    mid: "between the {kind}thresholds {lo} and {hi}{midUnit} ({lo} < {v} ≤ {hi})",
    first: "at or below the lowest {kind}threshold {hi}{unit} ({v} ≤ {hi})",
    last: "above the highest {kind}threshold {lo}{unit} ({v} > {lo})",
    single: "one bin, no thresholds",
    rankKind: "rank ",
    daysUnit: " days",
    noUnit: "",
    midNoUnit: "",
    none: "{metric}: no purchase, not scored",
  },
  "zh-CN": {
    sentence: "{metric} = {score}：{what}，{where}",
    recency: "最近一次购买在 {value}前",
    frequency: "购买 {value}",
    monetary: "消费金额 {value}",
    rank: "{what}，排名第 {rank} 名（共 {n} 名，并列按客户编号）",
    mid: "介于{kind}阈值 {lo} 与 {hi}{midUnit}之间（{lo} < {v} ≤ {hi}）",
    first: "不高于最低{kind}阈值 {hi}{unit}（{v} ≤ {hi}）",
    last: "高于最高{kind}阈值 {lo}{unit}（{v} > {lo}）",
    single: "只有一档，没有阈值",
    rankKind: "排名",
    daysUnit: " 天",
    noUnit: "",
    midNoUnit: " ",
    none: "{metric}：没有购买记录，不评分",
  },
};

const METRIC: Record<"r" | "f" | "m", RfmMetric> = { r: "recency", f: "frequency", m: "monetary" };
const LETTER: Record<"r" | "f" | "m", string> = { r: "R", f: "F", m: "M" };

/** Quantile names: p20, p40, … for 5 bins. */
export function quantileName(k: number, bins: number): string {
  return `p${trimmed((100 * (k + 1)) / bins, 1)}`;
}

const NAMES = new Map<number, string[]>();
function quantileNames(bins: number): string[] {
  let names = NAMES.get(bins);
  if (names === undefined) {
    names = Array.from({ length: Math.max(0, bins - 1) }, (_, k) => quantileName(k, bins));
    NAMES.set(bins, names);
  }
  return names;
}

export function explainRfmScore(
  ctx: ExplainContext,
  i: number,
  which: "r" | "f" | "m",
  lang: Lang,
): DimensionExplanation | null {
  const rfm = ctx.details.rfm;
  const activity = ctx.details.activity;
  if (rfm === null || activity === null) return null;
  const T = RFM_SCORE_TEMPLATES[lang];
  const metric = METRIC[which];
  const letter = LETTER[which];
  const scores = ctx.result.customers[i]?.scores ?? null;
  if (scores === null) {
    return entry(which, null, "", fill(T.none, { metric: letter }));
  }
  const score = scores[which];
  const bins = Math.max(1, Math.floor(ctx.standard.rfm.bins));
  const byRank = ctx.standard.rfm.ties[metric] === "rank";
  const raw =
    metric === "recency"
      ? (activity.recencyDays[i] as number)
      : metric === "frequency"
        ? (activity.frequency[i] as number)
        : (activity.monetaryScaled[i] as number) / MONEY_SCALE;
  const rank = byRank ? (ctx.rfmRank(metric)[i] as number) : NaN;
  const basis = byRank ? rank : raw;
  const thresholds = rfm.thresholds[metric];
  let below = 0;
  for (const t of thresholds) if (t < basis) below++;
  const bin = below + 1;

  const rawUnit: ExplainUnit = metric === "recency" ? "days" : metric === "frequency" ? "count" : "money";
  const unit: ExplainUnit = byRank ? "rank" : rawUnit;
  const lo = bin >= 2 ? (thresholds[bin - 2] as number) : NaN;
  const hi = bin <= thresholds.length ? (thresholds[bin - 1] as number) : NaN;
  const fmt = !byRank && metric === "monetary" ? fixed : trimmed;
  const [v, loS, hiS] = together([basis, lo, hi], fmt, !byRank && metric === "monetary" ? 2 : 1);
  const valueText =
    metric === "recency" ? days(raw, lang) : metric === "frequency" ? purchases(raw, lang) : fixed(raw, 2);
  let what = fill(T[metric], { value: valueText });
  if (byRank) what = fill(T.rank, { what, rank: trimmed(rank, 0), n: trimmed(rfm.scored, 0) });
  const params = {
    kind: byRank ? T.rankKind : "",
    unit: !byRank && metric === "recency" ? T.daysUnit : T.noUnit,
    // Chinese sets "2 之间" but "97 天之间": the gap before 之间 comes with the unit or on its own.
    midUnit: !byRank && metric === "recency" ? T.daysUnit : T.midNoUnit,
    lo: loS ?? "",
    hi: hiS ?? "",
    v: v ?? "",
  };
  const where =
    thresholds.length === 0
      ? T.single
      : bin === 1
        ? fill(T.first, params)
        : bin > thresholds.length
          ? fill(T.last, params)
          : fill(T.mid, params);
  const names = quantileNames(bins);
  const th: ExplainThreshold[] = thresholds.map((t, k) =>
    threshold(names[k] ?? quantileName(k, bins), t, unit, basis > t ? ">" : "≤"),
  );
  const facts: DimensionExplanation["facts"] = [{ name: metric, value: raw, unit: rawUnit }];
  if (byRank) facts.push({ name: "rank", value: rank, unit: "rank" });
  facts.push({ name: "score", value: score, unit: "score" });
  const code = String(score);
  return entry(which, code, code, fill(T.sentence, { metric: letter, score, what, where }), facts, th, bin);
}
