/**
 * The product analysis as plain tables for a sheet or the pane: a title, headers in the run's language,
 * a format per column (output/columns.ts formats) and rows of cells.
 */
import type { ColumnFormat } from "../output/columns";
import type { Labels } from "../standard/types";
import type { Lang } from "../types";
import type { ProductAnalysis } from "./analyse";
import type { TrendRow } from "./trends";

export interface SheetTable {
  title: string;
  header: string[];
  formats: ColumnFormat[];
  rows: (string | number | null)[][];
}

export interface ProductTables {
  abc: SheetTable;
  rising: SheetTable;
  falling: SheetTable;
  new: SheetTable;
  byClass: SheetTable;
}

const L = (zh: string, en: string): Labels => ({ "zh-CN": zh, "en-US": en });

export const PRODUCT_LABELS = {
  abcTitle: L("商品ABC分析", "Product ABC analysis"),
  risingTitle: L("上升商品", "Rising products"),
  fallingTitle: L("下降商品", "Falling products"),
  newTitle: L("新上量商品", "New products"),
  byClassTitle: L("各类客户月度销售额", "Monthly sales by customer class"),
  rank: L("排名", "Rank"),
  code: L("商品编码", "Product code"),
  name: L("商品名称", "Product name"),
  revenue: L("销售额", "Revenue"),
  profit: L("毛利", "Gross profit"),
  share: L("占比", "Share"),
  cumShare: L("累计占比", "Cumulative share"),
  abcClass: L("ABC类", "ABC class"),
  lines: L("明细行数", "Lines"),
  customers: L("客户数", "Customers"),
  prior: L("前期({from}至{to})", "Prior ({from} to {to})"),
  recent: L("近期({from}至{to})", "Recent ({from} to {to})"),
  growth: L("增长率", "Growth"),
  priorLines: L("前期行数", "Prior lines"),
  recentLines: L("近期行数", "Recent lines"),
  month: L("月份", "Month"),
  total: L("合计", "Total"),
} as const;

/** Product ABC class labels (A/B/C of products, as the customer ones are of customers). */
export const PRODUCT_ABC_LABELS: Record<string, Labels> = {
  A: L("A类（重点商品）", "A (key products)"),
  B: L("B类（一般商品）", "B (regular products)"),
  C: L("C类（次要商品）", "C (minor products)"),
};

function trendTable(title: Labels, rows: readonly TrendRow[], a: ProductAnalysis, lang: Lang): SheetTable {
  const t = a.trends;
  const P = PRODUCT_LABELS;
  const value = a.abc.basis === "profit" ? P.profit[lang] : P.revenue[lang];
  const fill = (s: string, w: { from: string; to: string }) =>
    s.replace("{from}", w.from).replace("{to}", w.to);
  return {
    title: title[lang],
    header: [
      P.code[lang],
      P.name[lang],
      `${value} ${t ? fill(P.prior[lang], t.prior) : ""}`.trim(),
      `${value} ${t ? fill(P.recent[lang], t.recent) : ""}`.trim(),
      P.growth[lang],
      P.priorLines[lang],
      P.recentLines[lang],
    ],
    formats: ["text", "text", "money", "money", "percent", "int", "int"],
    rows: rows.map((r) => [r.code, r.name, r.prior, r.recent, r.growth, r.priorLines, r.recentLines]),
  };
}

export function productTables(a: ProductAnalysis, lang: Lang): ProductTables {
  const P = PRODUCT_LABELS;
  const value = a.abc.basis === "profit" ? P.profit[lang] : P.revenue[lang];
  const t = a.trends;
  return {
    abc: {
      title: P.abcTitle[lang],
      header: [
        P.rank[lang],
        P.code[lang],
        P.name[lang],
        value,
        P.share[lang],
        P.cumShare[lang],
        P.abcClass[lang],
        P.lines[lang],
        P.customers[lang],
      ],
      formats: ["int", "text", "text", "money", "percent", "percent", "text", "int", "int"],
      rows: a.abc.rows.map((r) => [
        r.rank,
        r.code,
        r.name,
        r.value,
        r.share,
        r.cumShare,
        PRODUCT_ABC_LABELS[r.class]?.[lang] ?? r.class,
        r.lines,
        r.customers,
      ]),
    },
    rising: trendTable(P.risingTitle, t?.rising ?? [], a, lang),
    falling: trendTable(P.fallingTitle, t?.falling ?? [], a, lang),
    new: trendTable(P.newTitle, t?.new ?? [], a, lang),
    byClass: {
      title: P.byClassTitle[lang],
      header: [P.month[lang], ...a.byClass.classes.map((c) => c.label), P.total[lang]],
      formats: ["text", ...a.byClass.classes.map((): ColumnFormat => "money"), "money"],
      rows: a.byClass.months.map((m, k) => [m, ...(a.byClass.revenue[k] ?? []), a.byClass.totals[k] ?? 0]),
    },
  };
}
