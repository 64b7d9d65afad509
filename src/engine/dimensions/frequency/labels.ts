import type { Labels } from "../../standard/types";

export const FREQUENCY_LABELS: Record<string, Labels> = {
  high: { "zh-CN": "高频客户", "en-US": "High frequency" },
  medium: { "zh-CN": "中频客户", "en-US": "Medium frequency" },
  low: { "zh-CN": "低频客户", "en-US": "Low frequency" },
  new: { "zh-CN": "新客户", "en-US": "New" },
  dormant: { "zh-CN": "休眠客户", "en-US": "Dormant" },
};

export const REPEAT_LABELS: Record<string, Labels> = {
  repeat: { "zh-CN": "复购客户", "en-US": "Repeat customer" },
  one_time: { "zh-CN": "一次性客户", "en-US": "One-time customer" },
};
