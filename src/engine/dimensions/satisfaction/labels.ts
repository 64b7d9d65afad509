import type { Labels } from "../../standard/types";

/** NPS classes; Chinese names as commonly used for NPS (推荐者 / 被动者 / 贬损者). */
export const SATISFACTION_LABELS: Record<string, Labels> = {
  promoter: { "zh-CN": "推荐者", "en-US": "Promoter" },
  passive: { "zh-CN": "被动者", "en-US": "Passive" },
  detractor: { "zh-CN": "贬损者", "en-US": "Detractor" },
};

export const CSAT_LABELS: Record<string, Labels> = {
  top2: { "zh-CN": "满意（前两档）", "en-US": "Satisfied (top 2 box)" },
  not_top2: { "zh-CN": "未达满意", "en-US": "Not in top 2 box" },
};

export const SATISFACTION_NOTE_LABELS: Record<string, Labels> = {
  out_of_range: { "zh-CN": "评分超出量表范围", "en-US": "Score outside the scale" },
};
