/**
 * The pane's texts in zh-CN and en-US. English (strings-en.ts) defines the keys; the Chinese dictionary
 * is typed by it, so a key missing in either is a compile error.
 */
import type { Lang } from "../engine/types";
import { EN, type NoticeKey, type Strings } from "./strings-en";
import { ZH } from "./strings-zh";

export type { NoticeKey, Strings };

/** Office's display language ("zh-CN", "zh-TW", "en-US", …) → the UI language: Chinese or English. */
export function langFor(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

const STRINGS: Record<Lang, Strings> = { "en-US": EN, "zh-CN": ZH };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}

/** Each language's own name, as the language switch shows it (not translated, by convention). */
export const LANGUAGE_NAMES: Record<Lang, string> = { "zh-CN": "中文", "en-US": "English" };
