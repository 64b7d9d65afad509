import type { Labels } from "./types";

/** Kinds of problems in a standard (merge, validate, unflatten). */
export type StandardErrorCode =
  | "unknown_key"
  | "wrong_type"
  | "not_integer"
  | "out_of_range"
  | "invalid_value"
  | "order"
  | "empty"
  | "missing"
  | "missing_fallback"
  | "unreachable_rule"
  | "invalid_code"
  | "unknown_code"
  | "unknown_dimension"
  | "duplicate"
  | "version_too_new";

export type ErrorParams = Record<string, string | number>;

export interface StandardError {
  /** JSON path of the offending value, e.g. "abc.b" or "overall.rules[2].when.rfm"; "" = the whole standard. */
  path: string;
  code: StandardErrorCode;
  message: Labels;
  params: ErrorParams;
  /** A second path the problem involves (e.g. "abc.a" for "abc.b must be greater than abc.a"). */
  related?: string;
  /** From unflattenStandard: the table of the editable sheet ("" = the settings list) … */
  table?: string;
  /** … the 0-based index of the row in the given rows (settings rows or that table's rows; −1 = header) … */
  row?: number;
  /** … and for a table, the 0-based column. */
  column?: number;
}

export function standardError(
  code: StandardErrorCode,
  path: string,
  params: ErrorParams = {},
  related?: string,
): StandardError {
  const all = { path, ...params };
  const e: StandardError = { path, code, message: message(code, all), params: all };
  if (related !== undefined) e.related = related;
  return e;
}

const TYPE_NAMES: Record<string, Labels> = {
  number: { "zh-CN": "数字", "en-US": "a number" },
  integer: { "zh-CN": "整数", "en-US": "a whole number" },
  string: { "zh-CN": "文本", "en-US": "text" },
  boolean: { "zh-CN": "是/否（TRUE/FALSE）", "en-US": "TRUE or FALSE" },
  object: { "zh-CN": "对象 {…}", "en-US": "an object {…}" },
  list: { "zh-CN": "列表 […]", "en-US": "a list […]" },
  range: { "zh-CN": "分数区间，如 [4, 5]", "en-US": "a score range such as [4, 5]" },
  model: { "zh-CN": '"cn8"、"rf10" 或规则表', "en-US": '"cn8", "rf10" or a rule table' },
  labels: { "zh-CN": '中英文名称 {"zh-CN": …, "en-US": …}', "en-US": 'labels {"zh-CN": …, "en-US": …}' },
  null: { "zh-CN": "空值", "en-US": "null" },
};

const FORMATS: Record<string, Labels> = {
  snake_case: {
    "zh-CN": "小写字母开头，只含小写字母、数字和下划线（如 key_account）",
    "en-US":
      "snake_case: a lower-case letter, then lower-case letters, digits and underscores (e.g. key_account)",
  },
  grade: {
    "zh-CN": "字母或数字开头，只含字母、数字、_、+、-（如 A、AA+）",
    "en-US": "a letter or digit, then letters, digits, _, + or - (e.g. A, AA+)",
  },
  section: { "zh-CN": "GB/T 4754 门类字母 A–T", "en-US": "a GB/T 4754 section letter A–T" },
  token: {
    "zh-CN": "非空，首尾无空格，不含逗号、分号或顿号",
    "en-US": "non-empty, no surrounding spaces, no commas, semicolons or 、",
  },
};

const show = (p: string | number | undefined): string =>
  typeof p === "number" ? String(p) : JSON.stringify(p ?? "");
const where = (path: string | number | undefined, zh: boolean): string =>
  path === "" || path === undefined ? (zh ? "标准" : "the standard") : `"${path}"`;

function typeName(t: string | number | undefined, lang: "zh-CN" | "en-US"): string {
  return TYPE_NAMES[String(t)]?.[lang] ?? String(t);
}

function rangeText(p: ErrorParams, zh: boolean): string {
  const parts: string[] = [];
  if (p.min !== undefined) parts.push(`${p.minExclusive ? ">" : "≥"} ${p.min}`);
  if (p.max !== undefined) parts.push(`${p.maxExclusive ? "<" : "≤"} ${p.max}`);
  return parts.join(zh ? " 且 " : " and ");
}

function didYouMean(p: ErrorParams, zh: boolean): string {
  if (p.suggestion === undefined) return "";
  return zh ? `；是否想写 ${show(p.suggestion)}？` : `; did you mean ${show(p.suggestion)}?`;
}

/** The message of an error in both languages, from its parameters. */
export function message(code: StandardErrorCode, p: ErrorParams): Labels {
  const at = { zh: where(p.path, true), en: where(p.path, false) };
  switch (code) {
    case "unknown_key":
      return {
        "zh-CN": `未知的设置项 ${at.zh}${didYouMean(p, true)}`,
        "en-US": `Unknown key ${at.en}${didYouMean(p, false)}`,
      };
    case "wrong_type":
      return {
        "zh-CN": `${at.zh} 应为${typeName(p.expected, "zh-CN")}，实际是${typeName(p.actual, "zh-CN")}`,
        "en-US": `${at.en} must be ${typeName(p.expected, "en-US")}, not ${typeName(p.actual, "en-US")}`,
      };
    case "not_integer":
      return {
        "zh-CN": `${at.zh} 应为整数，实际为 ${show(p.value)}`,
        "en-US": `${at.en} must be a whole number, not ${show(p.value)}`,
      };
    case "out_of_range":
      return {
        "zh-CN": `${at.zh} 超出范围：应 ${rangeText(p, true)}，实际为 ${show(p.value)}`,
        "en-US": `${at.en} is out of range: must be ${rangeText(p, false)}, not ${show(p.value)}`,
      };
    case "invalid_value":
      return {
        "zh-CN": `${at.zh} 应为 ${p.allowed} 之一，实际为 ${show(p.value)}${didYouMean(p, true)}`,
        "en-US": `${at.en} must be one of ${p.allowed}, not ${show(p.value)}${didYouMean(p, false)}`,
      };
    case "order": {
      const lt = p.relation === "<";
      return {
        "zh-CN": `${at.zh}（${show(p.value)}）必须${lt ? "大于" : "不小于"} "${p.other}"（${show(p.otherValue)}）`,
        "en-US": `${at.en} (${show(p.value)}) must be ${lt ? "greater than" : "at least"} "${p.other}" (${show(p.otherValue)})`,
      };
    }
    case "empty":
      return { "zh-CN": `${at.zh} 不能为空`, "en-US": `${at.en} must not be empty` };
    case "missing":
      return { "zh-CN": `缺少必填项 ${at.zh}`, "en-US": `${at.en} is required` };
    case "missing_fallback":
      return {
        "zh-CN": `${at.zh} 缺少兜底项：最后一项应不带任何条件`,
        "en-US": `${at.en} has no fallback: its last entry must have no conditions`,
      };
    case "unreachable_rule":
      return {
        "zh-CN": `规则 ${at.zh} 位于兜底规则之后，永远不会生效`,
        "en-US": `Rule ${at.en} comes after the fallback rule and can never match`,
      };
    case "invalid_code":
      return {
        "zh-CN": `${at.zh} 的代码 ${show(p.value)} 格式不对：应${FORMATS[String(p.format)]?.["zh-CN"] ?? ""}`,
        "en-US": `Code ${show(p.value)} at ${at.en} is not valid: must be ${FORMATS[String(p.format)]?.["en-US"] ?? ""}`,
      };
    case "unknown_code":
      return {
        "zh-CN": `${at.zh} 中的 ${show(p.value)} 不是维度 "${p.dimension}" 的分类代码${didYouMean(p, true)}`,
        "en-US": `${show(p.value)} at ${at.en} is not a class code of dimension "${p.dimension}"${didYouMean(p, false)}`,
      };
    case "unknown_dimension":
      return {
        "zh-CN": `${at.zh} 中的 ${show(p.key)} 不是可用的维度${didYouMean(p, true)}`,
        "en-US": `${show(p.key)} at ${at.en} is not a dimension${didYouMean(p, false)}`,
      };
    case "duplicate":
      return {
        "zh-CN": `${at.zh} 中 ${show(p.value)} 重复出现`,
        "en-US": `${show(p.value)} appears more than once in ${at.en}`,
      };
    case "version_too_new":
      return {
        "zh-CN": `标准版本 ${show(p.value)} 比本程序支持的版本 ${show(p.max)} 新，请升级 CustClass`,
        "en-US": `Standard version ${show(p.value)} is newer than this CustClass supports (${show(p.max)}); please update`,
      };
  }
}
