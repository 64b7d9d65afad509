import type { Lang } from "../engine/types";

/** Office's display language ("zh-CN", "zh-TW", "en-US", …) → the UI language: Chinese or English. */
export function langFor(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

const STRINGS = {
  "en-US": {
    loading: "Starting…",
    inExcel: "Connected to Excel.",
    outsideExcel: "Not running inside Excel. Open CustClass from Excel's Home tab, or try the playground.",
  },
  "zh-CN": {
    loading: "正在启动…",
    inExcel: "已连接到 Excel。",
    outsideExcel: "未在 Excel 中运行。请从 Excel 的“开始”选项卡打开客户分类，或使用演示页面（playground）。",
  },
} satisfies Record<Lang, Record<string, string>>;

export type Strings = (typeof STRINGS)["en-US"];

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
