/**
 * The language of labels, headers and messages. Office's display language when the runtime gives it
 * (the shared runtime has Office.context; a custom-functions-only runtime may not), else en-US.
 * Any Chinese display language (zh-CN, zh-TW, zh-HK …) gets the Chinese labels: the add-in has one
 * Chinese translation, and it is closer to those readers than English.
 */
import type { Lang } from "../engine/types";
import { invalid } from "./errors";
import { isOmitted } from "./args/cells";

export function displayLang(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const l = office?.context?.displayLanguage;
    if (typeof l === "string" && /^zh\b/i.test(l)) return "zh-CN";
  } catch {
    // Office.context can throw before Office has initialised; the default below is the answer then.
  }
  return "en-US";
}

const ZH = new Set(["zh", "zh-cn", "zh-hans", "zh-tw", "zh-hk", "cn", "chinese", "中文", "汉语", "简体中文"]);
const EN = new Set(["en", "en-us", "en-gb", "english", "英文", "英语"]);
const CODE = new Set(["code", "codes", "代码"]);

/** "code": class codes instead of labels (CLASSIFY only). */
export type OutputLang = Lang | "code";

/**
 * A `language` argument: omitted → the display language; "zh-CN"/"zh"/"中文", "en-US"/"en"/"English";
 * "code" where `allowCode` (stable class codes, the same in every language).
 */
export function readLanguage(v: unknown, allowCode: boolean): OutputLang {
  if (isOmitted(v)) return displayLang();
  const t = typeof v === "string" ? v.trim().toLowerCase().replace(/_/g, "-") : "";
  if (ZH.has(t)) return "zh-CN";
  if (EN.has(t)) return "en-US";
  if (allowCode && CODE.has(t)) return "code";
  const choices = allowCode ? '"zh-CN", "en-US" or "code"' : '"zh-CN" or "en-US"';
  throw invalid(
    `language: ${JSON.stringify(v)} is not a language; use ${choices}.`,
    `language（语言）：${JSON.stringify(v)} 不是可用的语言，请用 ${choices}。`,
  );
}

/** The language for messages: the language argument when it names one, else the display language. */
export function messageLang(v: OutputLang): Lang {
  return v === "code" ? displayLang() : v;
}
