import type { Labels } from "../../standard/types";
import { GBT4754_SECTIONS } from "./sections";

/** Section labels "F 批发和零售业" / "F Wholesale and retail trades", plus unknown. */
export const INDUSTRY_LABELS: Record<string, Labels> = {
  ...Object.fromEntries(
    GBT4754_SECTIONS.map((s) => [
      s.letter,
      { "zh-CN": `${s.letter} ${s.zh}`, "en-US": `${s.letter} ${s.en}` },
    ]),
  ),
  unknown: { "zh-CN": "未识别行业", "en-US": "Unrecognised industry" },
};

export const INDUSTRY_GROUP_LABELS: Record<string, Labels> = {
  primary: { "zh-CN": "农林牧渔", "en-US": "Agriculture & fishery" },
  manufacturing: { "zh-CN": "制造业", "en-US": "Manufacturing" },
  other_industry: { "zh-CN": "采矿、能源与建筑", "en-US": "Mining, utilities & construction" },
  retail_wholesale: { "zh-CN": "批发零售", "en-US": "Retail & wholesale" },
  services: { "zh-CN": "服务业", "en-US": "Services" },
  public: { "zh-CN": "公共管理与组织", "en-US": "Public sector & organisations" },
  unknown: { "zh-CN": "未识别行业", "en-US": "Unrecognised industry" },
};

export const INDUSTRY_VIA_LABELS: Record<string, Labels> = {
  alias: { "zh-CN": "自定义别名", "en-US": "User alias" },
  code: { "zh-CN": "行业代码", "en-US": "Industry code" },
  keyword: { "zh-CN": "关键词", "en-US": "Keyword" },
};
