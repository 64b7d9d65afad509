/** Words the sentences share: dimension names, and counted nouns with their plural (English only). */
import type { DimensionKey, Labels } from "../standard/types";
import type { Lang } from "../types";
import { integer, num } from "./format";

/** Names of the dimensions an overall rule can test, as the sentences quote them. */
export const DIMENSION_NAMES: Record<DimensionKey, Labels> = {
  frequency: { "zh-CN": "活跃度", "en-US": "activity" },
  value: { "zh-CN": "价值等级", "en-US": "value" },
  rfm: { "zh-CN": "RFM分群", "en-US": "RFM" },
  industry: { "zh-CN": "行业", "en-US": "industry" },
  industryGroup: { "zh-CN": "行业大类", "en-US": "industry group" },
  size: { "zh-CN": "规模", "en-US": "size" },
  credit: { "zh-CN": "信用等级", "en-US": "credit" },
  satisfaction: { "zh-CN": "NPS类别", "en-US": "NPS" },
  csat: { "zh-CN": "CSAT", "en-US": "CSAT" },
  type: { "zh-CN": "客户类型", "en-US": "type" },
  region: { "zh-CN": "地区", "en-US": "region" },
  repeat: { "zh-CN": "复购", "en-US": "repeat" },
  bigTicket: { "zh-CN": "大单低频", "en-US": "big ticket" },
};

export function dimensionName(key: string, lang: Lang): string {
  return (DIMENSION_NAMES as Record<string, Labels | undefined>)[key]?.[lang] ?? key;
}

/** "9 days" / "1 day" / "9 天". */
export function days(n: number, lang: Lang): string {
  const v = num(n);
  if (lang === "zh-CN") return `${v} 天`;
  return n === 1 ? `${v} day` : `${v} days`;
}

/** "3 purchases" / "1 purchase" / "3 次". */
export function purchases(n: number, lang: Lang): string {
  const v = integer(n);
  if (lang === "zh-CN") return `${v} 次`;
  return n === 1 ? `${v} purchase` : `${v} purchases`;
}

/** "2 invoices" / "2 张发票". */
export function invoices(n: number, lang: Lang): string {
  const v = integer(n);
  if (lang === "zh-CN") return `${v} 张发票`;
  return n === 1 ? `${v} invoice` : `${v} invoices`;
}
