import type { Lang } from "../../types";
import type { Labels } from "../../standard/types";

/** Labels of the default credit grades (CREDIT_DEFAULTS). User-defined grades show their code. */
export const CREDIT_LABELS: Record<string, Labels> = {
  A: { "zh-CN": "A 信用优良", "en-US": "A – excellent" },
  B: { "zh-CN": "B 信用良好", "en-US": "B – good" },
  C: { "zh-CN": "C 需关注", "en-US": "C – watch" },
  D: { "zh-CN": "D 高风险", "en-US": "D – high risk" },
};

/** Labels of the usual payment-terms codes; any other `net<N>` is labelled by termsLabel. */
export const TERMS_LABELS: Record<string, Labels> = {
  prepay: { "zh-CN": "预付款", "en-US": "Prepayment" },
  cod: { "zh-CN": "货到付款", "en-US": "Cash on delivery" },
  net7: { "zh-CN": "月结7天", "en-US": "Net 7 days" },
  net15: { "zh-CN": "月结15天", "en-US": "Net 15 days" },
  net30: { "zh-CN": "月结30天", "en-US": "Net 30 days" },
  net45: { "zh-CN": "月结45天", "en-US": "Net 45 days" },
  net60: { "zh-CN": "月结60天", "en-US": "Net 60 days" },
  net90: { "zh-CN": "月结90天", "en-US": "Net 90 days" },
};

/** Label of a terms code: the table above, else `net<N>` → "月结N天"/"Net N days", else the code. */
export function termsLabel(code: string, lang: Lang): string {
  if (Object.prototype.hasOwnProperty.call(TERMS_LABELS, code)) return (TERMS_LABELS[code] as Labels)[lang];
  const net = /^net(\d+)$/.exec(code);
  if (net !== null) return lang === "zh-CN" ? `月结${net[1]}天` : `Net ${net[1]} days`;
  return code;
}
