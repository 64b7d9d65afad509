import type { Lang } from "../engine/types";
import type { WorkbookErrorCode } from "./errors";

type Template = (p: Record<string, string | number>) => string;

/** User-facing messages of the workbook layer: what happened and what to do, in both languages. */
const MESSAGES: Record<WorkbookErrorCode, Record<Lang, Template>> = {
  cell_edit_mode: {
    "en-US": () => "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then run again.",
    "zh-CN": () => "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 退出编辑后再运行。",
  },
  requirement_missing: {
    "en-US": (p) =>
      `This version of Excel does not support ${p.feature} (needs ${p.set} ${p.version}). ` +
      `Update Office or use Excel on the web; the rest of the results were written.`,
    "zh-CN": (p) =>
      `当前 Excel 版本不支持${p.feature}（需要 ${p.set} ${p.version}）。请更新 Office 或使用网页版 Excel；其余结果已写入。`,
  },
  no_data: {
    "en-US": (p) =>
      `No data found in ${p.where}. Select the customer or transaction table (with its header row) and try again.`,
    "zh-CN": (p) => `在 ${p.where} 中没有找到数据。请选择客户表或交易明细表（含表头行）后重试。`,
  },
  no_header: {
    "en-US": (p) =>
      `No header row recognised in ${p.where}. The table needs headers such as 客户编号/Customer ID, 日期/Date, 金额/Amount ` +
      `in its first rows; or set the column mapping by hand.`,
    "zh-CN": (p) =>
      `在 ${p.where} 中未识别到表头。表格前几行需要有"客户编号""日期""金额"等表头，或手动设置列映射。`,
  },
  no_customers: {
    "en-US": (p) => `Nothing to classify: ${p.reason} Nothing was changed.`,
    "zh-CN": (p) => `没有可分类的客户：${p.reason}未做任何修改。`,
  },
  target_in_use: {
    "en-US": (p) =>
      `The results need column ${p.column} on sheet "${p.sheet}", but cell ${p.cell} already holds your data ("${p.value}"). ` +
      `Nothing was changed. Move that data or insert an empty column after the table, then run again.`,
    "zh-CN": (p) =>
      `结果需要写入工作表"${p.sheet}"的 ${p.column} 列，但单元格 ${p.cell} 已有您的数据（"${p.value}"）。未做任何修改。` +
      `请移走该数据或在表格右侧插入空列后重试。`,
  },
  table_blocked: {
    "en-US": (p) =>
      `The results are added as new columns of table "${p.table}" on sheet "${p.sheet}", which would move your data in cell ${p.cell} ("${p.value}") to the right. ` +
      `Nothing was changed. Move that data away from the table's rows, then run again.`,
    "zh-CN": (p) =>
      `结果将作为表格"${p.table}"（工作表"${p.sheet}"）的新列加入，这会把单元格 ${p.cell} 中您的数据（"${p.value}"）向右挤动。未做任何修改。` +
      `请把该数据移出表格所在的行后重试。`,
  },
  pivot_failed: {
    "en-US": (p) =>
      `The PivotTable could not be created (${p.detail}). The columns and the rest of the summary were written. ` +
      `Check that every column of the customer table has a header, then run again.`,
    "zh-CN": (p) =>
      `未能创建数据透视表（${p.detail}）。分类列和汇总表的其余部分已写入。请确认客户表的每一列都有表头后重试。`,
  },
  unsupported_host: {
    "en-US": (p) =>
      `This version of Excel is too old for CustClass (it needs ${p.set} ${p.version}). Update Office or use Excel on the web.`,
    "zh-CN": (p) =>
      `当前 Excel 版本过旧，CustClass 无法运行（需要 ${p.set} ${p.version}）。请更新 Office 或使用网页版 Excel。`,
  },
  too_large: {
    "en-US": (p) =>
      `${p.where} has ${p.cells} cells, more than CustClass can read at once (${p.limit}). Select fewer columns or split the data.`,
    "zh-CN": (p) =>
      `${p.where} 共 ${p.cells} 个单元格，超过一次可读取的上限（${p.limit}）。请少选几列或拆分数据。`,
  },
  cancelled: {
    "en-US": () => "Cancelled. What was already written has been taken back; your data is unchanged.",
    "zh-CN": () => "已取消。已写入的内容已撤回，您的数据未改变。",
  },
  sheet_protected: {
    "en-US": (p) => `Sheet "${p.sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and run again.`,
    "zh-CN": (p) => `工作表"${p.sheet}"受保护。请先撤销保护（审阅 › 撤消工作表保护）后重试。`,
  },
  excel_error: {
    "en-US": (p) =>
      `Excel reported an error (${p.code}): ${p.detail}. Nothing of your data was changed; try again.`,
    "zh-CN": (p) => `Excel 报告错误（${p.code}）：${p.detail}。您的数据未被修改，请重试。`,
  },
};

export function workbookMessage(
  code: WorkbookErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[code][lang](params);
}
