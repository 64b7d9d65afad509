/**
 * Why the NPS class (satisfaction/nps.ts): promoter ≥ promoterMin (9), passive ≥ passiveMin (7), else
 * detractor (Reichheld 2003); the cut-offs quoted are the standard's. ruleIndex: 1 promoter, 2 passive,
 * 3 detractor. And CSAT top-2 box (satisfaction/csat.ts): answer ≥ csatTopBoxMin (4).
 * An answer outside the scale is reported by the reader (issue out_of_range) and arrives as missing, so
 * "no valid answer" covers both; the out-of-range sentence is for a table that passes such values on.
 */
import { label } from "../standard/labels";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { numPair, trimmed } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation, ExplainFact } from "./types";

type Key =
  "promoter" | "passive" | "detractor" | "outOfRange" | "none" | "top2" | "not_top2" | "csatOut" | "csatNone";

export const SATISFACTION_TEMPLATES: Templates<Key> = {
  "en-US": {
    promoter: "{label}: NPS answer {v} ≥ {promoter}",
    passive: "{label}: NPS answer {v} ≥ {passive} and < {promoter}",
    detractor: "{label}: NPS answer {v} < {passive}",
    outOfRange: "NPS answer {v} is outside 0–10: no class",
    none: "No valid NPS answer (0–10)",
    top2: "{label}: CSAT {v} ≥ {min}",
    not_top2: "{label}: CSAT {v} < {min}",
    csatOut: "CSAT {v} is outside 1–5: no class",
    csatNone: "No valid CSAT answer (1–5)",
  },
  "zh-CN": {
    promoter: "{label}：NPS 评分 {v} ≥ {promoter}",
    passive: "{label}：NPS 评分 {v} ≥ {passive} 且 < {promoter}",
    detractor: "{label}：NPS 评分 {v} < {passive}",
    outOfRange: "NPS 评分 {v} 不在 0–10 之内，不分类",
    none: "没有有效的 NPS 评分（0–10）",
    top2: "{label}：CSAT {v} ≥ {min}",
    not_top2: "{label}：CSAT {v} < {min}",
    csatOut: "CSAT {v} 不在 1–5 之内，不分类",
    csatNone: "没有有效的 CSAT 评分（1–5）",
  },
};

const NPS_STEP: Record<string, number> = { promoter: 1, passive: 2, detractor: 3 };

export function explainSatisfaction(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const T = SATISFACTION_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  if (c === undefined) return null;
  const std = ctx.standard.satisfaction;
  const code = c.classes.satisfaction ?? null;
  const answer = c.metrics.nps ?? NaN;
  const raw = ctx.customers?.nps[i] ?? answer;
  const facts: ExplainFact[] = [{ name: "nps", value: answer, unit: "score" }];
  if (code === null) {
    const text = Number.isNaN(raw) ? T.none : fill(T.outOfRange, { v: trimmed(raw, 2) });
    return entry("satisfaction", null, "", text, facts);
  }
  const lbl = label("satisfaction", code, lang, ctx.standard);
  const [v, p] = numPair(answer, std.promoterMin);
  const [, q] = numPair(answer, std.passiveMin);
  const template = code === "promoter" ? T.promoter : code === "passive" ? T.passive : T.detractor;
  const promoter = answer >= std.promoterMin;
  const passive = answer >= std.passiveMin;
  return entry(
    "satisfaction",
    code,
    lbl,
    fill(template, { label: lbl, v, promoter: p, passive: q }),
    facts,
    [
      threshold("promoterMin", std.promoterMin, "score", promoter ? "≥" : "<", promoter),
      threshold("passiveMin", std.passiveMin, "score", passive ? "≥" : "<", passive),
    ],
    NPS_STEP[code],
  );
}

export function explainCsat(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const T = SATISFACTION_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  if (c === undefined) return null;
  const min = ctx.standard.satisfaction.csatTopBoxMin;
  const code = c.classes.csat ?? null;
  const answer = c.metrics.csat ?? NaN;
  const raw = ctx.customers?.csat[i] ?? answer;
  const facts: ExplainFact[] = [{ name: "csat", value: answer, unit: "score" }];
  if (code === null) {
    const text = Number.isNaN(raw) ? T.csatNone : fill(T.csatOut, { v: trimmed(raw, 2) });
    return entry("csat", null, "", text, facts);
  }
  const lbl = label("csat", code, lang, ctx.standard);
  const [v, m] = numPair(answer, min);
  const met = answer >= min;
  const text = fill(code === "top2" ? T.top2 : T.not_top2, { label: lbl, v, min: m });
  return entry("csat", code, lbl, text, facts, [
    threshold("csatTopBoxMin", min, "score", met ? "≥" : "<", met),
  ]);
}
