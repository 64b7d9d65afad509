export { classifyIndustry } from "./classify";
export {
  classifyIndustryText,
  compileAliases,
  invalidAliases,
  keywordSection,
  UNKNOWN_INDUSTRY,
  type CompiledAliases,
  type IndustryMatch,
  type IndustryVia,
} from "./match";
export { parseIndustryCode, type CodeParse } from "./code";
export { GBT4754_SECTIONS, SECTION_BY_LETTER, sectionOfDivision, type IndustrySection } from "./sections";
export { groupOfSection, INDUSTRY_GROUPS, type IndustryGroup } from "./groups";
export { normalizeText } from "./normalize";
export { INDUSTRY_DEFAULTS } from "./defaults";
export { INDUSTRY_LABELS, INDUSTRY_GROUP_LABELS, INDUSTRY_VIA_LABELS } from "./labels";
