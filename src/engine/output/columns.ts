/**
 * The result columns, in the order they are written beside the customer table, spilled by
 * CUSTCLASS.CLASSIFY and listed in the CLI's table: one definition for every surface.
 */
import type { Labels } from "../standard/types";

export type ColumnFormat = "text" | "int" | "money" | "percent" | "decimal";

export interface ColumnDef {
  key: string;
  header: Labels;
  format: ColumnFormat;
  /** Where the value comes from: a class (`classes[key]`, written as its label) or a metric or score. */
  source: { kind: "class"; key: string } | { kind: "metric"; key: string } | { kind: "score"; key: "r" | "f" | "m" } | { kind: "extra"; key: string };
  /** The dimension whose availability decides whether the column is written at all. */
  dimension: string;
}

const col = (
  key: string,
  zh: string,
  en: string,
  format: ColumnFormat,
  source: ColumnDef["source"],
  dimension: string,
): ColumnDef => ({ key, header: { "zh-CN": zh, "en-US": en }, format, source, dimension });

export const RESULT_COLUMNS: readonly ColumnDef[] = [
  col("overall", "综合分类", "Overall class", "text", { kind: "class", key: "overall" }, "overall"),
  col("action", "建议措施", "Recommended action", "text", { kind: "class", key: "action" }, "overall"),
  col("rfm", "RFM分群", "RFM segment", "text", { kind: "class", key: "rfm" }, "rfm"),
  col("r", "R分", "R score", "int", { kind: "score", key: "r" }, "rfm"),
  col("f", "F分", "F score", "int", { kind: "score", key: "f" }, "rfm"),
  col("m", "M分", "M score", "int", { kind: "score", key: "m" }, "rfm"),
  col("value", "价值等级(ABC)", "Value class (ABC)", "text", { kind: "class", key: "value" }, "value"),
  col("monetary", "销售额", "Revenue", "money", { kind: "metric", key: "monetary" }, "value"),
  col("profit", "毛利", "Gross profit", "money", { kind: "metric", key: "profit" }, "profit"),
  col("frequency", "活跃度", "Activity", "text", { kind: "class", key: "frequency" }, "frequency"),
  col("orders", "订单数", "Orders", "int", { kind: "metric", key: "frequency" }, "frequency"),
  col("recencyDays", "距上次购买(天)", "Days since last purchase", "int", { kind: "metric", key: "recencyDays" }, "frequency"),
  col("repeat", "复购", "Repeat purchase", "text", { kind: "class", key: "repeat" }, "frequency"),
  col("bigTicket", "大单低频", "Big ticket, low frequency", "text", { kind: "class", key: "bigTicket" }, "value"),
  col("credit", "信用等级", "Credit grade", "text", { kind: "class", key: "credit" }, "credit"),
  col("creditScore", "信用分", "Credit score", "int", { kind: "metric", key: "creditScore" }, "credit"),
  col("terms", "建议账期", "Suggested terms", "text", { kind: "extra", key: "terms" }, "credit"),
  col("onTimeRate", "按时付款率", "On-time rate", "percent", { kind: "metric", key: "onTimeRate" }, "credit"),
  col("overdueAmount", "逾期金额", "Overdue amount", "money", { kind: "metric", key: "overdueAmount" }, "credit"),
  col("industry", "行业门类", "Industry (GB/T 4754)", "text", { kind: "class", key: "industry" }, "industry"),
  col("size", "企业规模", "Company size", "text", { kind: "class", key: "size" }, "size"),
  col("satisfaction", "NPS类别", "NPS class", "text", { kind: "class", key: "satisfaction" }, "satisfaction"),
  col("csat", "满意度前两档", "CSAT top-2 box", "text", { kind: "class", key: "csat" }, "csat"),
];
