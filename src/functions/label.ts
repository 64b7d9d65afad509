/**
 * CUSTCLASS.LABEL: the localised label of a class code — the same label CLASSIFY and the add-in show
 * (engine/standard/labels.ts). The single-value functions return codes (stable across languages, safe
 * in IF and COUNTIF); LABEL turns one into text for people. Codes a standard defines (custom RFM
 * segments, credit grades, overall classes and actions) take the standard's own labels.
 */
import { DIMENSION_KEYS, defaultStandard, label, labelsOf, type LabelDimension } from "../engine/standard";
import { TERMS_LABELS } from "../engine/dimensions/credit/labels";
import { showValue, textArg } from "./args/cells";
import { standardArg } from "./adapters/standard-range";
import { invalid, notAvailable } from "./errors";
import { messageLang, readLanguage } from "./language";

const DIMENSIONS: readonly LabelDimension[] = [...DIMENSION_KEYS, "overall", "action", "terms"];
/** Codes that are the user's own text where nothing is recognised: the code is its own label. */
const OPEN: ReadonlySet<LabelDimension> = new Set<LabelDimension>(["region", "type"]);

function dimensionArg(v: unknown): LabelDimension {
  const t = textArg(v, "dimension");
  const d = t === null ? undefined : DIMENSIONS.find((x) => x.toLowerCase() === t.toLowerCase());
  if (d !== undefined) return d;
  throw invalid(
    `dimension: ${showValue(t)} is not one of ${DIMENSIONS.join(", ")}.`,
    `dimension：${showValue(t)} 不是可用的维度（${DIMENSIONS.join("、")}）。`,
  );
}

export function labelFunction(
  dimension: unknown,
  code: unknown,
  language?: unknown,
  standard?: unknown,
): string {
  const dim = dimensionArg(dimension);
  const c = textArg(code, "code");
  const lang = messageLang(readLanguage(language, false));
  const std = standardArg(standard) ?? defaultStandard();
  if (c === null) throw notAvailable("code is empty: no class.", "code 为空：没有分类。");
  const known =
    Object.prototype.hasOwnProperty.call(labelsOf(dim, std), c) ||
    Object.prototype.hasOwnProperty.call(labelsOf(dim), c) ||
    (dim === "terms" &&
      (Object.prototype.hasOwnProperty.call(TERMS_LABELS, c) ||
        /^net\d+$/.test(c) ||
        std.credit.grades.some((g) => g.terms === c)));
  if (!known && !OPEN.has(dim))
    throw notAvailable(
      `${showValue(c)} is not a code of ${dim}.`,
      `${showValue(c)} 不是 ${dim} 的分类代码。`,
    );
  return label(dim, c, lang, std);
}
