/**
 * Why the credit grade (credit/grade.ts): grades are tried best first and the first whose every bound
 * holds wins (bounds inclusive; a missing metric fails a bound on it); the last grade is the fallback.
 * Then the credit-limit cap: outstanding above the limit drops one grade. The sentence gives the payment
 * record, the bounds of the next better grade that failed, the bounds of the grade that held, the cap,
 * and the suggested terms. ruleIndex = 1-based number of the grade the payment record earned (before
 * the cap); `thresholds` lists every bound checked, named "<grade>.<bound>".
 */
import { THIN_HISTORY, seriousOverdueDays } from "../dimensions/credit/classify";
import { gradeIndex, type GradeInput } from "../dimensions/credit/grade";
import { label } from "../standard/labels";
import type { CreditGradeRule } from "../standard/types";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { integer, numPair, percent, percentPair } from "./format";
import { fill, type Templates } from "./template";
import { entry, threshold } from "./entry";
import type { DimensionExplanation, ExplainThreshold } from "./types";
import { invoices } from "./words";

type Key =
  | "sentence"
  | "record"
  | "notBetter"
  | "meets"
  | "fallback"
  | "cap"
  | "terms"
  | "noJudged"
  | "thin"
  | "check"
  | "na"
  | "daysUnit"
  | "sep"
  | "listSep"
  | BoundKey;

type BoundKey = "minOnTimeRate" | "maxWeightedDaysLate" | "maxOldestOverdueDays" | "maxOverdueShare";

export const CREDIT_TEMPLATES: Templates<Key> = {
  "en-US": {
    sentence: "{label}: {record}; {why}",
    record: "{late} of {judged} late (on-time rate {rate})",
    notBetter: "not {grade}: {checks}",
    meets: "meets {grade}: {checks}",
    fallback: "{grade} is the last grade, given when no better one holds",
    cap: "lowered one grade from {from}: outstanding {util} of the credit limit (> 100 %)",
    terms: "suggested terms: {terms}",
    noJudged: "No invoice judged on time or late yet ({count} in all): no credit grade",
    thin: "{judged} judged, fewer than the {min} a grade needs, and none overdue beyond {days} days ({late} late, oldest overdue {oldest}): too little payment history for a credit grade",
    check: "{name} {value} {rel} {bound}{unit}",
    na: "{name} n/a",
    daysUnit: " days",
    sep: "; ",
    listSep: ", ",
    minOnTimeRate: "on-time rate",
    maxWeightedDaysLate: "weighted days late",
    maxOldestOverdueDays: "oldest overdue",
    maxOverdueShare: "overdue share",
  },
  "zh-CN": {
    sentence: "{label}：{record}；{why}",
    record: "{judged}中逾期 {late} 张（按时付款率 {rate}）",
    notBetter: "未达 {grade}：{checks}",
    meets: "符合 {grade}：{checks}",
    fallback: "{grade} 为最后一级，更好的等级都不满足时给出",
    cap: "因应收余额为信用额度的 {util}（> 100%），由 {from} 下调一级",
    terms: "建议账期：{terms}",
    noJudged: "尚无可判定是否按时付款的发票（共 {count}），不评信用等级",
    thin: "已判定 {judged}，少于评级所需的 {min} 张，且没有逾期超过 {days} 天的发票（逾期 {late} 张，最长逾期 {oldest}）：付款记录太少，不评信用等级",
    check: "{name} {value} {rel} {bound}{unit}",
    na: "{name} 无数据",
    daysUnit: " 天",
    sep: "；",
    listSep: "，",
    minOnTimeRate: "按时付款率",
    maxWeightedDaysLate: "加权逾期天数",
    maxOldestOverdueDays: "最长逾期",
    maxOverdueShare: "逾期金额占比",
  },
};

const BOUNDS: readonly { key: BoundKey; metric: keyof GradeInput; min: boolean; share: boolean }[] = [
  { key: "minOnTimeRate", metric: "onTimeRate", min: true, share: true },
  { key: "maxWeightedDaysLate", metric: "weightedDaysLate", min: false, share: false },
  { key: "maxOldestOverdueDays", metric: "oldestOverdueDays", min: false, share: false },
  { key: "maxOverdueShare", metric: "overdueShare", min: false, share: true },
];

interface Check {
  threshold: ExplainThreshold;
  text: string;
}

/** Each bound the rule gives, checked as meetsGrade checks it. */
function checks(rule: CreditGradeRule, g: GradeInput, lang: Lang): Check[] {
  const T = CREDIT_TEMPLATES[lang];
  const out: Check[] = [];
  for (const b of BOUNDS) {
    const bound = rule[b.key];
    if (bound === undefined) continue;
    const v = g[b.metric];
    const met = b.min ? v >= bound : v <= bound;
    const relation = Number.isNaN(v) ? undefined : b.min ? (met ? "≥" : "<") : met ? "≤" : ">";
    const [vs, bs] = b.share ? percentPair(v, bound, lang) : numPair(v, bound);
    const text =
      relation === undefined
        ? fill(T.na, { name: T[b.key] })
        : fill(T.check, {
            name: T[b.key],
            value: vs,
            rel: relation,
            bound: bs,
            unit: b.share ? "" : T.daysUnit,
          });
    out.push({
      threshold: threshold(`${rule.grade}.${b.key}`, bound, b.share ? "share" : "days", relation, met),
      text,
    });
  }
  return out;
}

export function explainCredit(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const credit = ctx.details.credit;
  if (credit === null || !credit.available) return null;
  const T = CREDIT_TEMPLATES[lang];
  const m = credit.metrics;
  const at = (k: string) => m[k]?.[i] ?? NaN;
  const code = ctx.result.customers[i]?.classes.credit ?? null;
  const facts: DimensionExplanation["facts"] = [
    { name: "invoiceCount", value: at("invoiceCount"), unit: "count" },
    { name: "judgedCount", value: at("judgedCount"), unit: "count" },
    { name: "lateCount", value: at("lateCount"), unit: "count" },
    { name: "onTimeRate", value: at("onTimeRate"), unit: "share" },
    { name: "weightedDaysLate", value: at("weightedDaysLate"), unit: "days" },
    { name: "oldestOverdueDays", value: at("oldestOverdueDays"), unit: "days" },
    { name: "overdueShare", value: at("overdueShare"), unit: "share" },
    { name: "overdueAmount", value: at("overdueAmount"), unit: "money" },
    { name: "limitUtilisation", value: at("limitUtilisation"), unit: "share" },
  ];
  if (code === null && credit.extra?.creditNote?.[i] === THIN_HISTORY) {
    const std = ctx.standard.credit;
    const days = seriousOverdueDays(std);
    const oldest = at("oldestOverdueDays");
    const text = fill(T.thin, {
      judged: invoices(at("judgedCount"), lang),
      min: integer(std.minJudged),
      days: integer(days),
      late: integer(at("lateCount")),
      oldest: `${integer(oldest)}${T.daysUnit}`,
    });
    const thresholds = [
      threshold("minJudged", std.minJudged, "count", "<", false),
      threshold("seriousOverdueDays", days, "days", "≤", true),
    ];
    return entry("credit", null, "", text, facts, thresholds);
  }
  if (code === null) {
    return entry("credit", null, "", fill(T.noJudged, { count: invoices(at("invoiceCount"), lang) }), facts);
  }
  const grades = ctx.standard.credit.grades;
  const g: GradeInput = {
    onTimeRate: at("onTimeRate"),
    weightedDaysLate: at("weightedDaysLate"),
    oldestOverdueDays: at("oldestOverdueDays"),
    overdueShare: at("overdueShare"),
  };
  const raw = gradeIndex(grades, g);
  const capped = credit.extra?.cap?.[i] === "over_limit";
  const thresholds: ExplainThreshold[] = [];
  const why: string[] = [];
  for (let k = 0; k <= raw && k < grades.length; k++) {
    const rule = grades[k] as CreditGradeRule;
    const cs = checks(rule, g, lang);
    for (const c of cs) thresholds.push(c.threshold);
    if (k === raw - 1) {
      const failed = cs.filter((c) => c.threshold.met === false).map((c) => c.text);
      why.push(fill(T.notBetter, { grade: rule.grade, checks: failed.join(T.listSep) }));
    }
    if (k === raw) {
      why.push(
        k === grades.length - 1
          ? fill(T.fallback, { grade: rule.grade })
          : fill(T.meets, { grade: rule.grade, checks: cs.map((c) => c.text).join(T.listSep) }),
      );
    }
  }
  if (capped) {
    why.push(fill(T.cap, { from: grades[raw]?.grade ?? "", util: percent(at("limitUtilisation"), lang) }));
  }
  const terms = credit.extra?.terms?.[i] ?? null;
  if (terms !== null) why.push(fill(T.terms, { terms: label("terms", terms, lang, ctx.standard) }));
  const lbl = label("credit", code, lang, ctx.standard);
  const judged = at("judgedCount");
  const text = fill(T.sentence, {
    label: lbl,
    record: fill(T.record, {
      late: integer(at("lateCount")),
      judged: invoices(judged, lang),
      rate: percent(at("onTimeRate"), lang),
    }),
    why: why.join(T.sep),
  });
  return entry("credit", code, lbl, text, facts, thresholds, raw + 1);
}
