import { normalizeText, occurrences } from "../industry/normalize";

/**
 * Customer type (客户类型, seed Q2: "客户类型（如零售、批发、企业等）") normalised to a small set of codes.
 * Words are tried group by group, the more specific group first — government before enterprise (a
 * 政府机关单位 is not a company), distributor and wholesale before retail and enterprise (a 批发企业 is
 * a wholesale customer) — and the first group with a word in the text decides.
 */
export type CustomerTypeCode =
  "government" | "distributor" | "wholesale" | "retail" | "individual" | "enterprise" | "other";

const GROUPS: readonly (readonly [CustomerTypeCode, readonly string[]])[] = [
  ["government", ["政府", "机关", "事业单位", "行政", "公共机构", "government", "public sector", "gov"]],
  [
    "distributor",
    [
      "经销",
      "代理",
      "分销",
      "渠道",
      "加盟",
      "dealer",
      "distributor",
      "reseller",
      "agent",
      "channel",
      "franchisee",
    ],
  ],
  ["wholesale", ["批发", "wholesale", "wholesaler"]],
  ["retail", ["零售", "门店", "retail", "retailer", "store"]],
  [
    "individual",
    [
      "个人",
      "个体",
      "消费者",
      "散客",
      "散户",
      "会员",
      "自然人",
      "c端",
      "individual",
      "consumer",
      "personal",
      "private",
      "person",
      "b2c",
      "walk-in",
    ],
  ],
  [
    "enterprise",
    [
      "企业",
      "公司",
      "单位",
      "法人",
      "集团",
      "b端",
      "corporate",
      "enterprise",
      "business",
      "company",
      "corporation",
      "b2b",
    ],
  ],
];

/** Type code of one text; "other" for unrecognised text, null for empty. */
export function customerTypeOf(raw: string | null | undefined): CustomerTypeCode | null {
  if (raw === null || raw === undefined) return null;
  const text = normalizeText(raw);
  if (text === "") return null;
  for (const [code, words] of GROUPS) for (const w of words) if (occurrences(text, w).length > 0) return code;
  return "other";
}
