import type { ClassificationResult, ClassCount, ClassKey } from "../engine/result";
import type { Lang } from "../engine/types";
import { cellAddress } from "./address";
import type { Out } from "./cells";
import type { SummaryContent, SummaryTable } from "./summary-sheet";
import type { PlacedColumn, TargetTable } from "./write-columns";

const T = {
  "zh-CN": {
    sheet: "客户分类汇总",
    title: "客户分类汇总",
    subtitle: (asOf: string, std: string) => `统计截止日：${asOf}\u3000分类标准：${std}`,
    customers: "客户数",
    active: "有交易的客户数",
    revenue: "销售额合计",
    transactions: "交易行数",
    nps: "净推荐值 (NPS)",
    aShare: "A 类客户销售额占比",
    issues: "数据问题",
    cls: "类别",
    count: "客户数",
    rev: "销售额",
    share: "销售额占比",
    month: "月份",
    orders: "订单数",
    npsCol: "NPS",
    byOverall: "综合分类",
    byRfm: "RFM 分群",
    byValue: "价值等级 (ABC)：销售额",
    byFrequency: "活跃度",
    byCredit: "信用等级",
    byIndustry: "行业门类",
    bySize: "企业规模",
    monthly: "月度销售趋势",
    pivot: "数据透视表：RFM 分群 × 价值等级（客户数、销售额）",
    dqHeader: ["严重程度", "问题", "工作表", "单元格", "数量", "说明"],
    severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  },
  "en-US": {
    sheet: "Customer classification summary",
    title: "Customer classification summary",
    subtitle: (asOf: string, std: string) => `As of ${asOf}   Standard: ${std}`,
    customers: "Customers",
    active: "Customers with purchases",
    revenue: "Total revenue",
    transactions: "Transaction lines",
    nps: "Net Promoter Score (NPS)",
    aShare: "Revenue share of class A",
    issues: "Data problems",
    cls: "Class",
    count: "Customers",
    rev: "Revenue",
    share: "Revenue share",
    month: "Month",
    orders: "Orders",
    npsCol: "NPS",
    byOverall: "Overall class",
    byRfm: "RFM segments",
    byValue: "Value class (ABC): revenue",
    byFrequency: "Activity",
    byCredit: "Credit grade",
    byIndustry: "Industry (GB/T 4754)",
    bySize: "Company size",
    monthly: "Monthly sales",
    pivot: "PivotTable: RFM segment × value class (customers, revenue)",
    dqHeader: ["Severity", "Problem", "Sheet", "Cell", "Count", "Details"],
    severity: { error: "Error", warning: "Warning", info: "Info" } as Record<string, string>,
  },
} as const;

const MONEY = "#,##0.00";
const PCT = "0.0%";

function countTable(title: string, counts: ClassCount[] | undefined, t: (typeof T)[Lang], chart: SummaryTable["chart"]): SummaryTable | null {
  if (!counts || counts.length === 0) return null;
  return {
    title,
    header: [t.cls, t.count, t.rev, t.share],
    rows: counts.map((c) => [c.label, c.customers, c.revenue, c.revenueShare]),
    formats: ["@", "0", MONEY, PCT],
    ...(chart ? { chart } : {}),
  };
}

/** What the summary sheet shows, in the run's language, from the engine's summary. */
export function summaryContent(
  result: ClassificationResult,
  target: TargetTable,
  placed: readonly PlacedColumn[],
  lang: Lang,
): SummaryContent {
  const t = T[lang];
  const s = result.summary;
  const by = (k: ClassKey) => s.byDimension[k];
  const aShare = by("value")?.find((c) => c.code === "A")?.revenueShare ?? null;
  const keyFigures: [string, Out, string?][] = [
    [t.customers, s.customers, "#,##0"],
    [t.active, s.activeCustomers, "#,##0"],
    [t.revenue, s.revenue, MONEY],
    [t.transactions, s.transactions, "#,##0"],
    [t.aShare, aShare, PCT],
    [t.nps, s.npsOverall === null ? "" : s.npsOverall, "0.0"],
    [t.issues, result.issues.reduce((n, i) => n + i.count, 0), "#,##0"],
  ];

  const tables: SummaryTable[] = [];
  const push = (x: SummaryTable | null) => {
    if (x) tables.push(x);
  };
  push(countTable(t.byOverall, by("overall"), t, { type: "Pie", title: t.byOverall }));
  const rfm = countTable(t.byRfm, by("rfm"), t, { type: "ColumnClustered", title: t.byRfm });
  if (rfm) {
    const nps = new Map(s.npsBySegment.map((n) => [n.label, n.nps]));
    rfm.header.push(t.npsCol);
    rfm.rows = rfm.rows.map((r) => [...r, nps.get(String(r[0])) ?? ""]);
    rfm.formats.push("0.0");
    push(rfm);
  }
  const value = by("value");
  if (value && value.length > 0) {
    push({
      title: t.byValue,
      header: [t.cls, t.rev, t.count, t.share],
      rows: value.map((c) => [c.label, c.revenue, c.customers, c.revenueShare]),
      formats: ["@", MONEY, "0", PCT],
      chart: { type: "BarClustered", title: t.byValue },
    });
  }
  push(countTable(t.byFrequency, by("frequency"), t, undefined));
  push(countTable(t.byCredit, by("credit"), t, undefined));
  push(countTable(t.byIndustry, by("industry"), t, undefined));
  push(countTable(t.bySize, by("size"), t, undefined));
  if (s.monthly.length > 0) {
    push({
      title: t.monthly,
      header: [t.month, t.rev, t.orders],
      rows: s.monthly.map((m) => [m.month, m.revenue, m.orders]),
      formats: ["@", MONEY, "0"],
      chart: { type: "Line", title: t.monthly },
    });
  }

  const issues = {
    header: [...t.dqHeader],
    rows: result.issues.map((i): Out[] => [t.severity[i.severity] ?? i.severity, i.code, i.sheet, i.cell, i.count, i.message]),
  };

  const col = (key: string) => placed.find((p) => p.key === key);
  const rfmCol = col("rfm");
  const valueCol = col("value");
  const sumCol = col("monetary");
  const lastCol = Math.max(target.right, ...placed.map((p) => p.col));
  const pivot =
    rfmCol && valueCol && sumCol && target.dataRows > 0
      ? {
          sheet: target.sheet,
          address: `${cellAddress(target.headerRow, target.left)}:${cellAddress(target.firstDataRow + target.dataRows - 1, lastCol)}`,
          rowField: rfmCol.header,
          columnField: valueCol.header,
          countField: rfmCol.header,
          sumField: sumCol.header,
          title: t.pivot,
        }
      : null;

  return {
    sheetName: t.sheet,
    title: t.title,
    subtitle: t.subtitle(result.asOf, result.standard.name),
    keyFigures,
    tables,
    issues,
    pivot,
    lang,
  };
}
