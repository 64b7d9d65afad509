/**
 * Why the RFM segment (rfm/models.ts):
 * - cn8: each of R, F, M is "high" or "low" against the mean of the scored customers
 *   (details.rfm.means): R high ⇔ recency < mean, F high ⇔ F > mean, M high ⇔ M > mean (raw values);
 *   the three bits name the segment (111 important_value … 000 general_retain).
 * - rf10: the cell of the R×F map (product.md) that holds the customer's R and F scores; ruleIndex = the
 *   cell's number in the list below.
 * - a user rule table: the first rule whose inclusive score ranges hold; ruleIndex = its 1-based number.
 */
import { label } from "../standard/labels";
import type { RfmRule } from "../standard/types";
import { MONEY_SCALE, type Lang } from "../types";
import type { ExplainContext } from "./context";
import { fixed, together, trimmed } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation, ExplainFact, ExplainThreshold } from "./types";
import { purchases } from "./words";

type Key = "cn8" | "high" | "low" | "rf10" | "rule" | "noRule" | "any" | "none";

export const RFM_SEGMENT_TEMPLATES: Templates<Key> = {
  "en-US": {
    cn8:
      "{label}: recency {r} days {rRel} mean {rMean} (R {rHL}); F {f} {fRel} mean {fMean} (F {fHL}); " +
      "M {m} {mRel} mean {mMean} (M {mHL})",
    high: "high",
    low: "low",
    rf10: "{label}: R = {r}, F = {f} → cell R {rr} × F {ff} of the R×F map",
    rule: "{label}: rule {k} of {n} (R {rr}, F {ff}, M {mm}) is the first to match R = {r}, F = {f}, M = {m}",
    noRule: "{label}: no rule matches R = {r}, F = {f}, M = {m}",
    any: "any",
    none: "No purchase: not in an RFM segment",
  },
  "zh-CN": {
    cn8:
      "{label}：最近购买 {r} 天前 {rRel} 平均 {rMean} 天（R{rHL}）；购买 {f} {fRel} 平均 {fMean}（F{fHL}）；" +
      "消费金额 {m} {mRel} 平均 {mMean}（M{mHL}）",
    high: "高",
    low: "低",
    rf10: "{label}：R = {r}，F = {f} → R×F 矩阵中 R {rr} × F {ff} 的格子",
    rule: "{label}：第 {k} 条规则（共 {n} 条；R {rr}，F {ff}，M {mm}）是第一条符合 R = {r}、F = {f}、M = {m} 的规则",
    noRule: "{label}：没有规则符合 R = {r}、F = {f}、M = {m}",
    any: "任意",
    none: "没有购买记录，不参与 RFM 分群",
  },
};

/** The R×F map of product.md as rectangles [code, R from, R to, F from, F to]; together they tile 5×5. */
export const RF10_CELLS: readonly (readonly [string, number, number, number, number])[] = [
  ["hibernating", 1, 2, 1, 2],
  ["at_risk", 1, 2, 3, 4],
  ["cant_lose", 1, 2, 5, 5],
  ["about_to_sleep", 3, 3, 1, 2],
  ["need_attention", 3, 3, 3, 3],
  ["loyal", 3, 4, 4, 5],
  ["promising", 4, 4, 1, 1],
  ["new", 5, 5, 1, 1],
  ["potential_loyalist", 4, 5, 2, 3],
  ["champions", 5, 5, 4, 5],
];

const span = (a: number, b: number): string => (a === b ? String(a) : `${a}–${b}`);
const range = (r: [number, number] | undefined, any: string): string => (r ? span(r[0], r[1]) : any);
const within = (r: [number, number] | undefined, s: number): boolean =>
  r === undefined || (s >= r[0] && s <= r[1]);

/** product.md's cn8 order (111, 101, 011, 001, 110, 100, 010, 000): ruleIndex is the position here. */
const CN8_ORDER = [
  "important_value",
  "important_develop",
  "important_keep",
  "important_retain",
  "general_value",
  "general_develop",
  "general_keep",
  "general_retain",
];

/** cn8 bits from the code: R·4 + F·2 + M (models.ts). */
const CN8_BITS: Record<string, number> = {
  general_retain: 0,
  important_retain: 1,
  general_keep: 2,
  important_keep: 3,
  general_develop: 4,
  important_develop: 5,
  general_value: 6,
  important_value: 7,
};

export function explainRfmSegment(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const rfm = ctx.details.rfm;
  const activity = ctx.details.activity;
  if (rfm === null || activity === null) return null;
  const T = RFM_SEGMENT_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  const code = c?.classes.rfm ?? null;
  const scores = c?.scores ?? null;
  if (code === null || scores === null) {
    return entry("rfm", null, "", T.none);
  }
  const lbl = label("rfm", code, lang, ctx.standard);
  const model = ctx.standard.rfm.model;
  const scoreFacts: ExplainFact[] = [
    { name: "r", value: scores.r, unit: "score" },
    { name: "f", value: scores.f, unit: "score" },
    { name: "m", value: scores.m, unit: "score" },
  ];

  if (model === "cn8") {
    const recency = activity.recencyDays[i] as number;
    const f = activity.frequency[i] as number;
    const m = (activity.monetaryScaled[i] as number) / MONEY_SCALE;
    // The bits are the classification's own comparisons (exact, on scaled money); the numbers are shown.
    const bits = CN8_BITS[code] ?? 0;
    const rHigh = (bits & 4) !== 0;
    const fHigh = (bits & 2) !== 0;
    const mHigh = (bits & 1) !== 0;
    const [rS, rMean] = together([recency, rfm.means.recency], trimmed, 1);
    const [fS, fMean] = together([f, rfm.means.frequency], trimmed, 1);
    const [mS, mMean] = together([m, rfm.means.monetary], fixed, 2);
    const hl = (h: boolean) => (h ? T.high : T.low);
    const thresholds: ExplainThreshold[] = [
      threshold("meanRecency", rfm.means.recency, "days", rHigh ? "<" : "≥", rHigh),
      threshold("meanFrequency", rfm.means.frequency, "count", fHigh ? ">" : "≤", fHigh),
      threshold("meanMonetary", rfm.means.monetary, "money", mHigh ? ">" : "≤", mHigh),
    ];
    const fText = lang === "zh-CN" ? purchases(f, lang) : (fS ?? "");
    const text = fill(T.cn8, {
      label: lbl,
      r: rS ?? "",
      rRel: rHigh ? "<" : "≥",
      rMean: rMean ?? "",
      rHL: hl(rHigh),
      f: fText,
      fRel: fHigh ? ">" : "≤",
      fMean: fMean ?? "",
      fHL: hl(fHigh),
      m: mS ?? "",
      mRel: mHigh ? ">" : "≤",
      mMean: mMean ?? "",
      mHL: hl(mHigh),
    });
    return entry(
      "rfm",
      code,
      lbl,
      text,
      [
        { name: "recency", value: recency, unit: "days" },
        { name: "frequency", value: f, unit: "count" },
        { name: "monetary", value: m, unit: "money" },
      ],
      thresholds,
      CN8_ORDER.indexOf(code) + 1,
    );
  }

  if (model === "rf10") {
    const k = RF10_CELLS.findIndex(
      (c) => scores.r >= c[1] && scores.r <= c[2] && scores.f >= c[3] && scores.f <= c[4],
    );
    const cell = RF10_CELLS[k];
    const text = cell
      ? fill(T.rf10, {
          label: lbl,
          r: scores.r,
          f: scores.f,
          rr: span(cell[1], cell[2]),
          ff: span(cell[3], cell[4]),
        })
      : fill(T.noRule, { label: lbl, r: scores.r, f: scores.f, m: scores.m });
    return entry("rfm", code, lbl, text, scoreFacts, [], k >= 0 ? k + 1 : undefined);
  }

  const rules: readonly RfmRule[] = model;
  const k = rules.findIndex((r) => within(r.r, scores.r) && within(r.f, scores.f) && within(r.m, scores.m));
  const rule = rules[k];
  const text = rule
    ? fill(T.rule, {
        label: lbl,
        k: k + 1,
        n: rules.length,
        rr: range(rule.r, T.any),
        ff: range(rule.f, T.any),
        mm: range(rule.m, T.any),
        r: scores.r,
        f: scores.f,
        m: scores.m,
      })
    : fill(T.noRule, { label: lbl, r: scores.r, f: scores.f, m: scores.m });
  return entry("rfm", code, lbl, text, scoreFacts, [], k >= 0 ? k + 1 : undefined);
}
