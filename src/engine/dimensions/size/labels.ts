import type { Labels } from "../../standard/types";
import { NBS2017_ROWS } from "./nbs2017";

/** Size classes (product.md: large, medium, small, micro), worded as the NBS standard's 大型/中型/小型/微型. */
export const SIZE_LABELS: Record<string, Labels> = {
  large: { "zh-CN": "大型", "en-US": "Large" },
  medium: { "zh-CN": "中型", "en-US": "Medium" },
  small: { "zh-CN": "小型", "en-US": "Small" },
  micro: { "zh-CN": "微型", "en-US": "Micro" },
};

/** NBS 2017 rows, named as in the standard's annex. */
export const SIZE_ROW_LABELS: Record<string, Labels> = Object.fromEntries(
  NBS2017_ROWS.map((r) => [r.code, { "zh-CN": r.zh, "en-US": r.en }]),
);

export const SIZE_BASIS_LABELS: Record<string, Labels> = {
  full: { "zh-CN": "指标齐全", "en-US": "All indicators" },
  partial: { "zh-CN": "部分指标（结果确定）", "en-US": "Some indicators (class certain)" },
  revenue_only: { "zh-CN": "仅按营业收入（近似）", "en-US": "Revenue only (approximate)" },
};

export const SIZE_NOTE_LABELS: Record<string, Labels> = {
  no_industry: { "zh-CN": "缺少行业，无法确定划分标准", "en-US": "No industry, so no size row" },
  unknown_industry: {
    "zh-CN": "行业未识别，无法确定划分标准",
    "en-US": "Industry not recognised, so no size row",
  },
  out_of_scope: {
    "zh-CN": "该行业不在统计上大中小微型企业划分办法范围内",
    "en-US": "Industry outside the NBS 2017 size standard",
  },
  missing_indicators: { "zh-CN": "划分指标不足", "en-US": "Not enough size indicators" },
  invalid_indicator: {
    "zh-CN": "从业人员、营业收入或资产总额为负数或无效",
    "en-US": "Negative or invalid employees, revenue or assets",
  },
  row_assumed: {
    "zh-CN": "行业细类不明，按较小规模的划分标准确定",
    "en-US": "Industry division unclear; the smaller class of the candidate rows was taken",
  },
};
