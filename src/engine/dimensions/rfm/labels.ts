import type { Labels, RfmStandard } from "../../standard/types";

/** The Chinese 8-class RFM model (product.md order 111, 101, 011, 001, 110, 100, 010, 000). */
export const CN8_LABELS: Record<string, Labels> = {
  important_value: { "zh-CN": "重要价值客户", "en-US": "Important value" },
  important_develop: { "zh-CN": "重要发展客户", "en-US": "Important to develop" },
  important_keep: { "zh-CN": "重要保持客户", "en-US": "Important to keep" },
  important_retain: { "zh-CN": "重要挽留客户", "en-US": "Important to retain" },
  general_value: { "zh-CN": "一般价值客户", "en-US": "General value" },
  general_develop: { "zh-CN": "一般发展客户", "en-US": "General to develop" },
  general_keep: { "zh-CN": "一般保持客户", "en-US": "General to keep" },
  general_retain: { "zh-CN": "一般挽留客户", "en-US": "General to retain" },
};

/** The R×F segment map's ten segments. */
export const RF10_LABELS: Record<string, Labels> = {
  hibernating: { "zh-CN": "冬眠", "en-US": "Hibernating" },
  at_risk: { "zh-CN": "高价值流失风险", "en-US": "At risk" },
  cant_lose: { "zh-CN": "不能失去", "en-US": "Can't lose them" },
  about_to_sleep: { "zh-CN": "即将沉睡", "en-US": "About to sleep" },
  need_attention: { "zh-CN": "需要关注", "en-US": "Need attention" },
  loyal: { "zh-CN": "忠诚", "en-US": "Loyal" },
  promising: { "zh-CN": "有潜力", "en-US": "Promising" },
  new: { "zh-CN": "新客户", "en-US": "New customers" },
  potential_loyalist: { "zh-CN": "潜在忠诚", "en-US": "Potential loyalist" },
  champions: { "zh-CN": "冠军", "en-US": "Champions" },
};

/** No rule of a user table (or of rf10 with bins ≠ 5) matched the scores. */
export const UNCLASSIFIED = "unclassified";
export const UNCLASSIFIED_LABELS: Record<string, Labels> = {
  [UNCLASSIFIED]: { "zh-CN": "未分类", "en-US": "Unclassified" },
};

/** Labels of every code a model can produce; a user rule without a label is labelled by its code. */
export function rfmLabels(model: RfmStandard["model"]): Record<string, Labels> {
  if (model === "cn8") return { ...CN8_LABELS };
  if (model === "rf10") return { ...RF10_LABELS, ...UNCLASSIFIED_LABELS };
  const out: Record<string, Labels> = {};
  for (const rule of model) {
    if (!(rule.segment in out))
      out[rule.segment] = rule.label ?? { "zh-CN": rule.segment, "en-US": rule.segment };
  }
  return { ...out, ...UNCLASSIFIED_LABELS };
}
