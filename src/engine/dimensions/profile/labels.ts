import type { Labels } from "../../standard/types";
import { MACRO_REGIONS, PROVINCES } from "./provinces";

export const TYPE_LABELS: Record<string, Labels> = {
  retail: { "zh-CN": "零售客户", "en-US": "Retail" },
  wholesale: { "zh-CN": "批发客户", "en-US": "Wholesale" },
  enterprise: { "zh-CN": "企业客户", "en-US": "Enterprise" },
  individual: { "zh-CN": "个人客户", "en-US": "Individual" },
  distributor: { "zh-CN": "经销商/代理商", "en-US": "Distributor / agent" },
  government: { "zh-CN": "政府/机关事业单位", "en-US": "Government / public sector" },
  other: { "zh-CN": "其他", "en-US": "Other" },
};

/** Labels of recognised region codes: provinces by full official name, and the sales regions. */
export const REGION_LABELS: Record<string, Labels> = Object.fromEntries([
  ...PROVINCES.map((p) => [p.code, { "zh-CN": p.zh, "en-US": p.en }] as const),
  ...MACRO_REGIONS.map((m) => [m.code, { "zh-CN": `${m.zh}地区`, "en-US": m.en }] as const),
]);
