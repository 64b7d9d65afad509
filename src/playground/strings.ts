/** The playground's own words (the task pane has its own strings and language switch). */
import type { Lang } from "../engine/types";

const STRINGS = {
  "en-US": {
    title: "CustClass playground",
    subtitle: "The task pane beside a simulated Excel workbook, all in your browser: nothing is uploaded.",
    open: "Open workbook…",
    openHint: "Open an .xlsx workbook from your computer",
    download: "Download result",
    downloadHint: "Save the workbook, with what CustClass wrote, as an .xlsx file",
    sample: "Sample workbook",
    sampleHint: "Go back to the sample workbook (customers-demo.xlsx)",
    loading: "Opening the workbook…",
    saving: "Preparing the download…",
    loadFailed: "This file could not be opened as an Excel workbook",
    loadFailedHint: "Choose an .xlsx file saved by Excel, WPS or LibreOffice (not .xls or .csv).",
    saveFailed: "The workbook could not be saved",
    sheets: "Sheets",
    nameBox: "Name box: the selected cells (type an address and press Enter to select)",
    badAddress: "Not a cell address on this workbook",
    grid: (sheet: string) => `Sheet ${sheet}`,
    chart: "Chart",
    taskPane: "CustClass task pane",
    workbook: "Simulated workbook",
    paneCrashed: "The task pane stopped because of an error",
    retry: "Restart the task pane",
  },
  "zh-CN": {
    title: "客户分类 CustClass 演示",
    subtitle: "任务窗格与模拟的 Excel 工作簿，全部在浏览器中运行：数据不会上传。",
    open: "打开工作簿…",
    openHint: "从电脑中打开 .xlsx 工作簿",
    download: "下载结果",
    downloadHint: "将工作簿（含客户分类写入的内容）另存为 .xlsx 文件",
    sample: "示例工作簿",
    sampleHint: "回到示例工作簿（customers-demo.xlsx）",
    loading: "正在打开工作簿…",
    saving: "正在准备下载…",
    loadFailed: "无法将此文件作为 Excel 工作簿打开",
    loadFailedHint: "请选择由 Excel、WPS 或 LibreOffice 保存的 .xlsx 文件（不支持 .xls 或 .csv）。",
    saveFailed: "无法保存工作簿",
    sheets: "工作表",
    nameBox: "名称框：所选单元格（输入地址并按 Enter 选择）",
    badAddress: "不是此工作簿中的单元格地址",
    grid: (sheet: string) => `工作表 ${sheet}`,
    chart: "图表",
    taskPane: "客户分类任务窗格",
    workbook: "模拟工作簿",
    paneCrashed: "任务窗格因错误而停止",
    retry: "重新启动任务窗格",
  },
} satisfies Record<Lang, Record<string, string | ((s: string) => string)>>;

export type PlaygroundStrings = (typeof STRINGS)["en-US"];

export function playgroundStrings(lang: Lang): PlaygroundStrings {
  return STRINGS[lang];
}
