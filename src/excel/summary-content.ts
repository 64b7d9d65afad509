import type { ClassificationResult, ClassCount, ClassKey } from "../engine/result";
import type { Lang } from "../engine/types";
import { cellAddress, qualified } from "./address";
import type { Out } from "./cells";
import type { PivotSpec, SummaryContent, SummaryTable } from "./summary-sheet";
import type { PlacedColumn, TargetTable } from "./write-columns";

/** The summary's words; the CLI's printed summary uses them too, so both say the same. */
export const SUMMARY_WORDS = {
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
    issues: "数据问题（处）",
    cls: "类别",
    count: "客户数",
    rev: "销售额",
    share: "销售额占比",
    month: "月份",
    orders: "订单数",
    npsCol: "NPS",
    npsBySegment: "各 RFM 分群的净推荐值 (NPS)",
    segment: "RFM 分群",
    respondents: "答卷数",
    byOverall: "综合分类",
    byRfm: "RFM 分群",
    byValue: "价值等级 (ABC)",
    byFrequency: "活跃度",
    byCredit: "信用等级",
    byIndustry: "行业门类",
    bySize: "企业规模",
    monthly: "月度销售趋势",
    chartCount: (what: string) => `${what}：客户数`,
    chartRevenue: (what: string) => `${what}：销售额`,
    pivot: "数据透视表：RFM 分群 × 价值等级（客户数、销售额）",
    pivotCount: "客户数",
    pivotSum: "销售额合计",
    dq: "数据质量",
    dqNone: "未发现数据问题。",
    dqHeader: ["位置", "严重程度", "涉及行数"],
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
    issues: "Data problems (cells)",
    cls: "Class",
    count: "Customers",
    rev: "Revenue",
    share: "Revenue share",
    month: "Month",
    orders: "Orders",
    npsCol: "NPS",
    npsBySegment: "Net Promoter Score by RFM segment",
    segment: "RFM segment",
    respondents: "Respondents",
    byOverall: "Overall class",
    byRfm: "RFM segments",
    byValue: "Value class (ABC)",
    byFrequency: "Activity",
    byCredit: "Credit grade",
    byIndustry: "Industry (GB/T 4754)",
    bySize: "Company size",
    monthly: "Monthly sales",
    chartCount: (what: string) => `${what}: customers`,
    chartRevenue: (what: string) => `${what}: revenue`,
    pivot: "PivotTable: RFM segment × value class (customers, revenue)",
    pivotCount: "Customers",
    pivotSum: "Total revenue",
    dq: "Data quality",
    dqNone: "No data problems found.",
    dqHeader: ["Where", "Severity", "Rows"],
    severity: { error: "Error", warning: "Warning", info: "Info" } as Record<string, string>,
  },
} as const;
const T = SUMMARY_WORDS;

const MONEY = "#,##0.00";
const PCT = "0.0%";
const INT = "#,##0";

function countTable(
  title: string,
  counts: ClassCount[] | undefined,
  t: (typeof T)[Lang],
  chart: SummaryTable["chart"],
): SummaryTable | null {
  if (!counts || counts.length === 0) return null;
  return {
    title,
    header: [t.cls, t.count, t.rev, t.share],
    rows: counts.map((c) => [c.label, c.customers, c.revenue, c.revenueShare]),
    formats: ["@", INT, MONEY, PCT],
    ...(chart ? { chart } : {}),
  };
}

/**
 * A data field's caption must differ from every source field name (Excel refuses "PivotTable field
 * name already exists"): a trailing space makes it differ and looks the same.
 */
function caption(text: string, fields: readonly string[]): string {
  const taken = new Set(fields.map((f) => f.toLowerCase()));
  let c = text;
  while (taken.has(c.toLowerCase())) c += " ";
  return c;
}

/** What the summary sheet shows, in the run's language, from the engine's summary. */
export function summaryContent(
  result: ClassificationResult,
  target: TargetTable,
  placed: readonly PlacedColumn[],
  /** The customer ID column's header text (the pivot counts customers by it); null = count RFM labels. */
  idHeader: string | null,
  /** Every header of the pivot source (to keep data captions distinct from field names). */
  sourceHeaders: readonly string[],
  lang: Lang,
): SummaryContent {
  const t = T[lang];
  const s = result.summary;
  const by = (k: ClassKey) => s.byDimension[k];
  const aShare = by("value")?.find((c) => c.code === "A")?.revenueShare ?? null;
  const keyFigures: [string, Out, string][] = [
    [t.customers, s.customers, INT],
    [t.active, s.activeCustomers, INT],
    [t.revenue, s.revenue, MONEY],
    [t.transactions, s.transactions, INT],
    [t.aShare, aShare, PCT],
    [t.nps, s.npsOverall, "0.0"],
    [t.issues, result.issues.reduce((n, i) => n + i.count, 0), INT],
  ];

  const tables: SummaryTable[] = [];
  const push = (x: SummaryTable | null) => {
    if (x) tables.push(x);
  };
  push(countTable(t.byOverall, by("overall"), t, { type: "Pie", title: t.chartCount(t.byOverall) }));
  push(countTable(t.byRfm, by("rfm"), t, { type: "ColumnClustered", title: t.chartCount(t.byRfm) }));
  const nps = s.npsBySegment.filter((n) => n.respondents > 0);
  if (nps.length > 0) {
    push({
      title: t.npsBySegment,
      header: [t.segment, t.npsCol, t.respondents],
      rows: nps.map((n) => [n.label, n.nps, n.respondents]),
      formats: ["@", "0.0", INT],
    });
  }
  const value = by("value");
  if (value && value.length > 0) {
    // Revenue next to the class, so the chart's source (categories + values) is one block.
    push({
      title: t.byValue,
      header: [t.cls, t.rev, t.count, t.share],
      rows: value.map((c) => [c.label, c.revenue, c.customers, c.revenueShare]),
      formats: ["@", MONEY, INT, PCT],
      chart: { type: "BarClustered", title: t.chartRevenue(t.byValue) },
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
      formats: ["@", MONEY, INT],
      chart: { type: "Line", title: t.monthly },
    });
  }

  const issues = {
    title: t.dq,
    header: [...t.dqHeader],
    rows: result.issues.map((i): Out[] => [
      i.cell ? qualified(i.sheet, i.cell) : i.sheet,
      t.severity[i.severity] ?? i.severity,
      i.count,
      i.message,
    ]),
    empty: t.dqNone,
  };

  const col = (key: string) => placed.find((p) => p.key === key);
  const rfmCol = col("rfm");
  const valueCol = col("value");
  const sumCol = col("monetary");
  const lastCol = Math.max(target.right, ...placed.map((p) => p.col));
  let pivot: PivotSpec | null = null;
  if (rfmCol && valueCol && sumCol && target.dataRows > 0) {
    pivot = {
      source: target.table
        ? { table: target.table }
        : {
            sheet: target.sheet,
            address: `${cellAddress(target.headerRow, target.left)}:${cellAddress(target.firstDataRow + target.dataRows - 1, lastCol)}`,
          },
      rowField: rfmCol.header,
      columnField: valueCol.header,
      countField: idHeader ?? rfmCol.header,
      sumField: sumCol.header,
      countCaption: caption(t.pivotCount, sourceHeaders),
      sumCaption: caption(t.pivotSum, sourceHeaders),
      title: t.pivot,
    };
  }

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
