import type { Labels } from "../../standard/types";

/** Labels of the default overall classes (OVERALL_DEFAULTS). */
export const OVERALL_LABELS: Record<string, Labels> = {
  credit_risk: { "zh-CN": "信用风险客户", "en-US": "Credit risk" },
  vip: { "zh-CN": "重要价值客户(VIP)", "en-US": "VIP" },
  key_lapsing: { "zh-CN": "重要流失预警客户", "en-US": "Key customer lapsing" },
  growth: { "zh-CN": "潜力成长客户", "en-US": "Growth potential" },
  new: { "zh-CN": "新客户", "en-US": "New customer" },
  watch_credit: { "zh-CN": "信用关注客户", "en-US": "Credit watch" },
  dormant: { "zh-CN": "沉睡客户", "en-US": "Dormant" },
  at_risk_service: { "zh-CN": "服务风险客户", "en-US": "Service at risk" },
  trusted: { "zh-CN": "信用良好常客", "en-US": "Trusted regular" },
  regular: { "zh-CN": "一般客户", "en-US": "Regular" },
};

/** Labels of the default recommended actions. */
export const ACTION_LABELS: Record<string, Labels> = {
  prepayment_strict_terms: {
    "zh-CN": "预付款或更严格的付款条件",
    "en-US": "Prepayment or stricter payment terms",
  },
  vip_care: { "zh-CN": "个性化专属服务,保持忠诚度", "en-US": "Personalised VIP care to keep loyalty" },
  win_back: { "zh-CN": "主动回访挽回", "en-US": "Win back" },
  promotion: { "zh-CN": "积极促销,提升购买量", "en-US": "Active promotion to raise purchases" },
  onboarding: { "zh-CN": "新客引导,跟进复购", "en-US": "Onboarding and repeat-purchase follow-up" },
  tighten_terms: { "zh-CN": "收紧账期,加强信用控制", "en-US": "Tighten terms, closer credit control" },
  reactivate_or_drop: { "zh-CN": "低成本唤醒或减少投入", "en-US": "Low-cost reactivation, or drop" },
  service_recovery: { "zh-CN": "服务补救,跟进反馈", "en-US": "Service recovery, follow up feedback" },
  simplified_process: { "zh-CN": "简化交易流程", "en-US": "Simplified ordering and payment" },
  standard_service: { "zh-CN": "标准服务", "en-US": "Standard service" },
};
