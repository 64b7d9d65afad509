/**
 * Message templates of the reader's data-quality issues, in zh-CN and en-US. Each says what is wrong,
 * where, what was done and what the user can do. The typed map makes a missing language a compile error.
 */
import type { Lang } from "../types";

export type IssueParams = Record<string, string | number>;

export type IssueCode =
  | "empty_table"
  | "missing_column"
  | "no_transactions"
  | "error_value"
  | "error_value_ignored"
  | "missing_date"
  | "invalid_date"
  | "invalid_date_ignored"
  | "missing_amount"
  | "invalid_number"
  | "invalid_number_ignored"
  | "out_of_range"
  | "missing_customer_id"
  | "duplicate_customer_id"
  | "id_decimal"
  | "total_row"
  | "incomplete_row"
  | "unknown_customer"
  | "after_as_of"
  | "mixed_currency"
  | "refund_rows"
  | "missing_order"
  | "amount_computed"
  | "date_order_assumed"
  | "unit_applied"
  | "duplicate_header";

/** What a template gets: the count already formatted, the column and the first cells as text. */
interface Ctx {
  /** Count with thousands separators. */
  n: string;
  count: number;
  sheet: string;
  /** "B (InvoiceDate)" / "B 列（InvoiceDate）". */
  col: string;
  /** "销售明细!B44, 销售明细!B45, 销售明细!B46 …" */
  cells: string;
  p: IssueParams;
}

type Template = (c: Ctx) => string;

const s = (c: Ctx, one: string, many: string): string => (c.count === 1 ? one : many);
const ex = (c: Ctx): string => String(c.p.example ?? "");

const EN: Record<IssueCode, Template> = {
  empty_table: (c) =>
    `The table in ${c.sheet} has no data rows below its header (${c.cells}). Check the selected range: it should include the lines below the header.`,
  missing_column: (c) =>
    `No column for ${c.p.field} was found in ${c.sheet}. The header row (${c.cells}) has no such heading: map the column in the Data step, or give it a header such as ${c.p.examples}.`,
  no_transactions: (c) =>
    `No usable transaction rows were found in ${c.sheet} below its header (${c.cells}); frequency, value, RFM and credit cannot be computed. See the other issues for the reasons.`,
  error_value: (c) =>
    `${c.n} ${s(c, "cell", "cells")} in column ${c.col} (${c.cells}) ${s(c, "holds an Excel error value", "hold Excel error values")} such as ${ex(c)}; ${s(c, "the row was", "those rows were")} left out. Fix the formulas or replace the errors with values.`,
  error_value_ignored: (c) =>
    `${c.n} ${s(c, "cell", "cells")} in column ${c.col} (${c.cells}) ${s(c, "holds an Excel error value", "hold Excel error values")} such as ${ex(c)} and ${s(c, "was", "were")} treated as empty. Fix the formulas or replace the errors with values.`,
  missing_date: (c) =>
    `${c.n} ${s(c, "row has", "rows have")} no date in column ${c.col} (${c.cells}) and ${s(c, "was", "were")} left out. Fill in the date.`,
  invalid_date: (c) =>
    `${c.n} ${s(c, "date", "dates")} in column ${c.col} (${c.cells}) could not be read (e.g. "${ex(c)}") and the ${s(c, "row was", "rows were")} left out. Write them as dates or YYYY-MM-DD.`,
  invalid_date_ignored: (c) =>
    `${c.n} ${s(c, "date", "dates")} in column ${c.col} (${c.cells}) could not be read (e.g. "${ex(c)}") and ${s(c, "was", "were")} treated as empty. Write them as dates or YYYY-MM-DD.`,
  missing_amount: (c) =>
    `${c.n} ${s(c, "row has", "rows have")} no amount in column ${c.col} (${c.cells}) and ${s(c, "was", "were")} left out. Fill in the amount.`,
  invalid_number: (c) =>
    `${c.n} ${s(c, "value", "values")} in column ${c.col} (${c.cells}) ${s(c, "is not a number", "are not numbers")} (e.g. "${ex(c)}"); the ${s(c, "row was", "rows were")} left out. Write plain numbers such as 1234.50.`,
  invalid_number_ignored: (c) =>
    `${c.n} ${s(c, "value", "values")} in column ${c.col} (${c.cells}) ${s(c, "is not a number", "are not numbers")} (e.g. "${ex(c)}") and ${s(c, "was", "were")} treated as empty. Write plain numbers such as 1234.50.`,
  out_of_range: (c) =>
    `${c.n} ${s(c, "value", "values")} in column ${c.col} (${c.cells}) ${s(c, "is", "are")} outside ${c.p.min}–${c.p.max} (e.g. ${ex(c)}) and ${s(c, "was", "were")} ignored. Check the scale of the column.`,
  missing_customer_id: (c) =>
    `${c.n} ${s(c, "row", "rows")} in ${c.sheet} ${s(c, "has", "have")} no customer ID in column ${c.col} (${c.cells}) and ${s(c, "was", "were")} left out of every customer's figures. Fill in the ID if they belong to a customer.`,
  duplicate_customer_id: (c) =>
    `${c.n} ${s(c, "row repeats", "rows repeat")} a customer ID already listed in column ${c.col} (e.g. ${ex(c)}: ${c.cells}); the first row of each ID was kept and the repeats ignored. Merge or renumber them.`,
  id_decimal: (c) =>
    `${c.n} customer ${s(c, "ID", "IDs")} in column ${c.col} (${c.cells}) ${s(c, "was", "were")} written as decimals (e.g. "${ex(c)}") and read as whole numbers. Nothing to do unless an ID really has decimals.`,
  total_row: (c) =>
    `${c.n} total ${s(c, "row", "rows")} (合计/Total) in ${c.sheet} (${c.cells}) ${s(c, "was", "were")} skipped so that ${s(c, "it is", "they are")} not counted twice.`,
  incomplete_row: (c) =>
    `${c.n} ${s(c, "row", "rows")} in ${c.sheet} (${c.cells}) ${s(c, "has", "have")} no customer ID, date or amount and ${s(c, "was", "were")} skipped.`,
  unknown_customer: (c) =>
    `${c.n} ${s(c, "row", "rows")} in column ${c.col} (${c.cells}) belong to ${c.p.customers} customer ${Number(c.p.customers) === 1 ? "ID" : "IDs"} not in the customer table (e.g. ${ex(c)}); the rows were kept and the customers added without master data. Add them to the customer table to classify them fully.${c.p.twin === undefined ? "" : ` ${String(c.p.twinOf)} may be ${String(c.p.twin)} of the customer table with its leading zeros lost (Excel drops them in a General cell): format the ID column as Text and type the IDs again.`}`,
  after_as_of: (c) =>
    `${c.n} ${s(c, "row is", "rows are")} dated after the as-of date ${c.p.asOf} in column ${c.col} (${c.cells}) and ${s(c, "was", "were")} left out of every metric. Set a later as-of date to include them.`,
  mixed_currency: (c) =>
    `Column ${c.col} mixes currencies (${c.p.currencies}); ${c.n} ${s(c, "cell differs", "cells differ")} from the most common one (${c.cells}). The amounts were added as written — convert them to one currency.`,
  refund_rows: (c) =>
    `${c.n} ${s(c, "row has a", "rows have")} negative ${s(c, "amount", "amounts")} (refunds or cancellations) in column ${c.col} (${c.cells}); ${s(c, "it was", "they were")} kept and ${c.p.policy === "exclude" ? "are ignored for R, F and M (refunds policy: exclude)" : "reduce revenue (refunds policy: net)"}.`,
  missing_order: (c) =>
    `${c.n} ${s(c, "row has", "rows have")} no order number in column ${c.col} (${c.cells}); each was counted as an order of its own.`,
  amount_computed: (c) =>
    `${c.n} ${s(c, "row has", "rows have")} no amount in column ${c.col} (${c.cells}); quantity × unit price was used instead.`,
  date_order_assumed: (c) =>
    `Dates such as "${ex(c)}" in column ${c.col} (${c.cells}) could be day/month or month/day; they were read as ${c.p.order === "dmy" ? "day/month/year" : "month/day/year"}. Write them as YYYY-MM-DD to be sure.`,
  unit_applied: (c) =>
    `Column ${c.col} states its unit (${c.p.unit}) in its header (${c.cells}); its values were multiplied by ${c.p.multiplier} to give amounts in the currency's base unit. Change the unit in the mapping if this is wrong.`,
  duplicate_header: (c) =>
    `Column ${c.col} (${c.cells}) has the same header as column ${c.p.first}, which was used; column ${c.p.column} was ignored. Rename one of them, or choose the column in the Data step.`,
};

const ZH: Record<IssueCode, Template> = {
  empty_table: (c) =>
    `${c.sheet} 的表格在表头（${c.cells}）下没有数据行。请检查所选区域是否包含表头下面的各行。`,
  missing_column: (c) =>
    `在 ${c.sheet} 中找不到 ${c.p.field} 列：表头行（${c.cells}）中没有这样的列名。请在"数据"步骤中指定该列，或使用如 ${c.p.examples} 的表头。`,
  no_transactions: (c) =>
    `${c.sheet} 的表头（${c.cells}）下没有可用的交易行，无法计算频率、价值、RFM 和信用。原因见其他问题。`,
  error_value: (c) =>
    `${c.col} 列有 ${c.n} 个单元格是 Excel 错误值（如 ${ex(c)}）：${c.cells}；这些行未计入。请修正公式或改为数值。`,
  error_value_ignored: (c) =>
    `${c.col} 列有 ${c.n} 个单元格是 Excel 错误值（如 ${ex(c)}）：${c.cells}；已按空值处理。请修正公式或改为数值。`,
  missing_date: (c) => `${c.col} 列有 ${c.n} 行没有日期：${c.cells}；这些行未计入。请补填日期。`,
  invalid_date: (c) =>
    `${c.col} 列有 ${c.n} 个日期无法识别（如"${ex(c)}"）：${c.cells}；这些行未计入。请写成日期或 YYYY-MM-DD 格式。`,
  invalid_date_ignored: (c) =>
    `${c.col} 列有 ${c.n} 个日期无法识别（如"${ex(c)}"）：${c.cells}；已按空值处理。请写成日期或 YYYY-MM-DD 格式。`,
  missing_amount: (c) => `${c.col} 列有 ${c.n} 行没有金额：${c.cells}；这些行未计入。请补填金额。`,
  invalid_number: (c) =>
    `${c.col} 列有 ${c.n} 个值不是数字（如"${ex(c)}"）：${c.cells}；这些行未计入。请写成数字，如 1234.50。`,
  invalid_number_ignored: (c) =>
    `${c.col} 列有 ${c.n} 个值不是数字（如"${ex(c)}"）：${c.cells}；已按空值处理。请写成数字，如 1234.50。`,
  out_of_range: (c) =>
    `${c.col} 列有 ${c.n} 个值超出 ${c.p.min}–${c.p.max} 的范围（如 ${ex(c)}）：${c.cells}；已忽略。请检查该列的计分尺度。`,
  missing_customer_id: (c) =>
    `${c.sheet} 的 ${c.col} 列有 ${c.n} 行没有客户编号：${c.cells}；这些行不计入任何客户。如属于某客户，请补填编号。`,
  duplicate_customer_id: (c) =>
    `${c.col} 列有 ${c.n} 行的客户编号与前面重复（如 ${ex(c)}）：${c.cells}；每个编号保留第一行，重复行已忽略。请合并或重新编号。`,
  id_decimal: (c) =>
    `${c.col} 列有 ${c.n} 个客户编号写成了小数（如"${ex(c)}"）：${c.cells}；已按整数读取。除非编号确有小数，无需处理。`,
  total_row: (c) => `${c.sheet} 中有 ${c.n} 个合计行（合计/Total）：${c.cells}；已跳过，以免重复计算。`,
  incomplete_row: (c) => `${c.sheet} 中有 ${c.n} 行既无客户编号、日期也无金额：${c.cells}；已跳过。`,
  unknown_customer: (c) =>
    `${c.col} 列有 ${c.n} 行属于客户表中没有的 ${c.p.customers} 个客户编号（如 ${ex(c)}）：${c.cells}；这些行已保留，并新增了这些客户（无主数据）。请把它们补入客户表以完整分类。${c.p.twin === undefined ? "" : `${String(c.p.twinOf)} 可能就是客户表中的 ${String(c.p.twin)}，只是丢了前导零（Excel 在常规格式单元格中会去掉前导零）：请把编号列设为文本格式后重新输入。`}`,
  after_as_of: (c) =>
    `${c.col} 列有 ${c.n} 行的日期晚于截止日期 ${c.p.asOf}：${c.cells}；这些行不计入任何指标。如需计入，请设置更晚的截止日期。`,
  mixed_currency: (c) =>
    `${c.col} 列混用了多种货币（${c.p.currencies}）；有 ${c.n} 个单元格与最常见的货币不同：${c.cells}。金额已按原值相加，请统一为一种货币。`,
  refund_rows: (c) =>
    `${c.col} 列有 ${c.n} 行金额为负（退货或取消）：${c.cells}；已保留，${c.p.policy === "exclude" ? "在 R、F、M 中不计（退款策略：排除）" : "冲减收入（退款策略：净额）"}。`,
  missing_order: (c) => `${c.col} 列有 ${c.n} 行没有单据编号：${c.cells}；每行按一张单据计算。`,
  amount_computed: (c) => `${c.col} 列有 ${c.n} 行没有金额：${c.cells}；已改用数量 × 单价。`,
  date_order_assumed: (c) =>
    `${c.col} 列中"${ex(c)}"这类日期（${c.cells}）既可能是日/月也可能是月/日，已按${c.p.order === "dmy" ? "日/月/年" : "月/日/年"}读取。请写成 YYYY-MM-DD 以免歧义。`,
  unit_applied: (c) =>
    `${c.col} 列的表头（${c.cells}）注明了单位（${c.p.unit}），数值已乘以 ${c.p.multiplier} 换算为元。如不正确，请在列映射中修改单位。`,
  duplicate_header: (c) =>
    `${c.col} 列（${c.cells}）的表头与 ${c.p.first} 列相同，已使用 ${c.p.first} 列，${c.p.column} 列被忽略。请改名其中一列，或在"数据"步骤中选择要用的列。`,
};

export const MESSAGES: Record<Lang, Record<IssueCode, Template>> = { "en-US": EN, "zh-CN": ZH };

/** 135080 → "135,080" (fixed, so messages do not depend on the runtime's locale data). */
export function formatCount(n: number): string {
  const neg = n < 0;
  let digits = String(Math.abs(Math.trunc(n)));
  let out = "";
  while (digits.length > 3) {
    out = `,${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return (neg ? "-" : "") + digits + out;
}

/** Sheet-qualified preview of the first cells: at most three, then an ellipsis. */
function preview(sheet: string, cells: readonly string[], count: number): string {
  const shown = cells.slice(0, 3).map((c) => qualifiedAddress(sheet, c));
  return shown.join(", ") + (count > shown.length ? " …" : "");
}

/** Sheet-qualified address as Excel writes it: 销售明细!B44, 'Sales 2024'!B44. */
export function qualifiedAddress(sheet: string, cell: string): string {
  if (sheet === "") return cell;
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function renderMessage(
  code: IssueCode,
  lang: Lang,
  params: IssueParams,
  sheet: string,
  cells: readonly string[],
): string {
  const count = Number(params.count ?? cells.length);
  const letter = params.column === undefined ? "" : String(params.column);
  const header = params.header === undefined || params.header === "" ? "" : String(params.header);
  const col =
    lang === "zh-CN"
      ? header
        ? `${letter}（${header}）`
        : letter
      : header
        ? `${letter} (${header})`
        : letter;
  const ctx: Ctx = {
    n: formatCount(count),
    count,
    sheet,
    col,
    cells: preview(sheet, cells, count),
    p: params,
  };
  return MESSAGES[lang][code](ctx);
}
