/**
 * CUSTCLASS.INDUSTRY: the GB/T 4754-2017 section letter (A–T) of a free-text industry or a code, by the
 * engine's recogniser (engine/dimensions/industry/match.ts): the standard's aliases first, then a code
 * or section letter ("F", "52", "F5211", "5211 百货零售"), then the keyword dictionary (Chinese and
 * English). Blank or not recognised → #N/A. CUSTCLASS.LABEL("industry", letter) gives the section's name.
 */
import { classifyIndustryText, compileAliases, UNKNOWN_INDUSTRY } from "../engine/dimensions/industry/match";
import { defaultStandard } from "../engine/standard";
import { showValue, textArg } from "./args/cells";
import { standardArg } from "./adapters/standard-range";
import { notAvailable } from "./errors";

export function industryFunction(text: unknown, standard?: unknown): string {
  const t = textArg(text, "text");
  const std = standardArg(standard) ?? defaultStandard();
  if (t === null)
    throw notAvailable("text is empty: no industry to recognise.", "text 为空：没有可识别的行业。");
  const m = classifyIndustryText(t, compileAliases(std.industry.aliases));
  if (m === null || m.section === UNKNOWN_INDUSTRY)
    throw notAvailable(
      `${showValue(t)} is not a recognised industry; write a GB/T 4754 section letter or code, or add an alias to the standard.`,
      `未识别行业 ${showValue(t)}；请写 GB/T 4754 门类字母或代码，或在标准中添加别名。`,
    );
  return m.section;
}
