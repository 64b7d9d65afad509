/**
 * What the two product sheets show, in the run's language, from the engine's product analysis
 * (engine/products): an overview (product ABC by class, the largest products, monthly sales per
 * customer class, rising / falling / new products, each table with its chart where one helps) and the
 * full product ABC list. Labels come from the engine's PRODUCT_LABELS so the pane and the sheet agree.
 */
import {
  PRODUCT_ABC_LABELS,
  PRODUCT_LABELS as P,
  type ProductAnalysis,
  type TrendRow,
} from "../engine/products";
import type { ClassificationResult } from "../engine/result";
import type { Lang } from "../engine/types";
import type { Out } from "./cells";

export interface ProductBlock {
  title: string;
  /** A line under the title (definitions, counts); optional. */
  note?: string;
  header: string[];
  rows: Out[][];
  formats: string[];
  /** A chart of columns A.. `seriesCols` (categories in A, one series per further column). */
  chart?: {
    type: "ColumnClustered" | "Line" | "Pie";
    title: string;
    seriesCols: number;
    legend: boolean;
    /** Right of the table instead of under it (a short table: the page is wide, not tall). */
    beside?: boolean;
    /** A Pareto chart: the second series (cumulative share) a line on the secondary axis. */
    pareto?: boolean;
  };
}

export interface ProductListContent {
  sheetName: string;
  title: string;
  subtitle: string;
  header: string[];
  rows: Out[][];
  formats: string[];
}

export interface ProductSheetContent {
  overviewName: string;
  title: string;
  subtitle: string;
  blocks: ProductBlock[];
  list: ProductListContent;
  /** For the page header/footer. */
  asOf: string;
  standardName: string;
  lang: Lang;
}

/** Sheet names of both languages (a rerun in the other language replaces them). */
export const PRODUCT_SHEET_NAMES = {
  "zh-CN": { overview: "商品分析", list: "商品ABC明细" },
  "en-US": { overview: "Product analysis", list: "Product ABC list" },
} as const;

/** Rows of the largest products on the overview (the full ranking is on the list sheet). */
export const TOP_PRODUCTS = 20;
/** Rows per rising / falling / new list on the overview (the note gives the full counts). */
export const TREND_ROWS = 20;

const T = {
  "zh-CN": {
    subtitle: (asOf: string, std: string, basis: string) =>
      `统计截止日：${asOf}\u3000分类标准：${std}\u3000ABC 依据：${basis}`,
    listSubtitle: (n: number, basis: string) => `共 ${n} 个商品，按${basis}从高到低排列`,
    classes: "商品 ABC 分类汇总",
    classesNote: (a: number, b: number) =>
      `累计占比 ${pct(a)} 以内为 A 类，${pct(b)} 以内为 B 类，其余为 C 类（与客户 ABC 同一标准）`,
    products: "商品数",
    productShare: "商品数占比",
    top: (n: number) => `销售额前 ${n} 的商品`,
    chartTop: (n: number, basis: string) => `前 ${n} 个商品：${basis}与累计占比`,
    chartByClass: "各类客户月度销售额",
    trendNote: (shown: number, all: number, min: number, lines: number) =>
      `共 ${all} 个，列出前 ${Math.min(shown, all)} 个；前期 ≥ ${min.toFixed(0)} 且 ≥ ${lines} 行才参与排名`,
    trendWindows: (prior: string, recent: string, covered: boolean) =>
      `近期 ${recent} 对比前期 ${prior}${covered ? "" : "（数据开始于前期之内，增长率偏高）"}`,
    noTrends: "没有截止日，无法计算上升/下降商品。",
    none: "（无）",
  },
  "en-US": {
    subtitle: (asOf: string, std: string, basis: string) =>
      `As of ${asOf}   Standard: ${std}   ABC by ${basis}`,
    listSubtitle: (n: number, basis: string) => `${n} products, by ${basis.toLowerCase()} descending`,
    classes: "Product ABC classes",
    classesNote: (a: number, b: number) =>
      `A up to ${pct(a)} of cumulative value, B up to ${pct(b)}, C the rest (the customer ABC convention)`,
    products: "Products",
    productShare: "Share of products",
    top: (n: number) => `Top ${n} products`,
    chartTop: (n: number, basis: string) => `Top ${n} products: ${basis.toLowerCase()} and cumulative share`,
    chartByClass: "Monthly sales by customer class",
    trendNote: (shown: number, all: number, min: number, lines: number) =>
      `${all} in all, ${Math.min(shown, all)} shown; ranked when the prior window has ≥ ${min.toFixed(0)} and ≥ ${lines} lines`,
    trendWindows: (prior: string, recent: string, covered: boolean) =>
      `Recent ${recent} against prior ${prior}${covered ? "" : " (data start inside the prior window: growth reads high)"}`,
    noTrends: "No as-of date: rising and falling products cannot be computed.",
    none: "(none)",
  },
} as const;

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

const MONEY = "#,##0.00";
/** Monthly figures in whole units: a month × class grid of cents is noise on paper. */
const MONEY0 = "#,##0";
const PCT = "0.0%";
const INT = "#,##0";

function trendBlock(
  title: string,
  rows: readonly TrendRow[],
  count: number,
  a: ProductAnalysis,
  lang: Lang,
): ProductBlock {
  const t = a.trends!;
  const value = a.abc.basis === "profit" ? P.profit[lang] : P.revenue[lang];
  const win = (w: { from: string; to: string }) => `${w.from}–${w.to}`;
  return {
    title,
    note: `${T[lang].trendWindows(win(t.prior), win(t.recent), t.priorCovered)}; ${T[lang].trendNote(
      TREND_ROWS,
      count,
      t.minValueApplied,
      t.minPriorLines,
    )}`,
    // The name goes last, in the sheet's wide column: the figures stay beside the code.
    header: [
      P.code[lang],
      `${value} ${lang === "zh-CN" ? "前期" : "prior"}`,
      `${value} ${lang === "zh-CN" ? "近期" : "recent"}`,
      P.growth[lang],
      P.priorLines[lang],
      P.recentLines[lang],
      P.name[lang],
    ],
    formats: ["@", MONEY, MONEY, PCT, INT, INT, "@"],
    // An empty list says so, rather than a header with nothing under it.
    rows:
      rows.length === 0
        ? [[T[lang].none]]
        : rows
            .slice(0, TREND_ROWS)
            .map((r) => [r.code, r.prior, r.recent, r.growth, r.priorLines, r.recentLines, r.name ?? ""]),
  };
}

export function productContent(
  a: ProductAnalysis,
  result: ClassificationResult,
  lang: Lang,
): ProductSheetContent {
  const t = T[lang];
  const names = PRODUCT_SHEET_NAMES[lang];
  const basis = a.abc.basis === "profit" ? P.profit[lang] : P.revenue[lang];
  const abcLabel = (c: string) => PRODUCT_ABC_LABELS[c]?.[lang] ?? c;
  const nProducts = a.abc.rows.length;
  const blocks: ProductBlock[] = [];

  blocks.push({
    title: t.classes,
    note: t.classesNote(a.abc.a, a.abc.b),
    header: [P.abcClass[lang], basis, P.share[lang], t.products, t.productShare],
    formats: ["@", MONEY, PCT, INT, PCT],
    rows: a.abc.classes.map((c) => [
      abcLabel(c.code),
      c.value,
      c.share,
      c.products,
      nProducts > 0 ? c.products / nProducts : 0,
    ]),
    chart: { type: "Pie", title: `${t.classes}: ${basis}`, seriesCols: 2, legend: true, beside: true },
  });

  const top = a.abc.rows.slice(0, TOP_PRODUCTS);
  if (top.length > 0)
    blocks.push({
      title: t.top(top.length),
      // The cumulative share beside the value: the Pareto chart's two series are one source range.
      header: [
        P.code[lang],
        basis,
        P.cumShare[lang],
        P.share[lang],
        P.abcClass[lang],
        P.customers[lang],
        P.name[lang],
      ],
      formats: ["@", MONEY, PCT, PCT, "@", INT, "@"],
      // The class as its letter: the labels ("B (regular products)") do not fit a figure's column.
      rows: top.map((r) => [r.code, r.value, r.cumShare, r.share, r.class, r.customers, r.name ?? ""]),
      chart: {
        type: "ColumnClustered",
        title: t.chartTop(top.length, basis),
        seriesCols: 3,
        legend: true,
        beside: true,
        pareto: true,
      },
    });

  const bc = a.byClass;
  if (bc.months.length > 0)
    blocks.push({
      title: P.byClassTitle[lang],
      header: [P.month[lang], ...bc.classes.map((c) => c.label), P.total[lang]],
      formats: ["@", ...bc.classes.map(() => MONEY0), MONEY0],
      rows: bc.months.map((m, k) => [m, ...(bc.revenue[k] ?? []), bc.totals[k] ?? 0]),
      // Months × classes without the total column: one line per class.
      chart: { type: "Line", title: t.chartByClass, seriesCols: 1 + bc.classes.length, legend: true },
    });

  const tr = a.trends;
  if (tr) {
    blocks.push(trendBlock(P.risingTitle[lang], tr.rising, tr.counts.rising, a, lang));
    blocks.push(trendBlock(P.fallingTitle[lang], tr.falling, tr.counts.falling, a, lang));
    blocks.push(trendBlock(P.newTitle[lang], tr.new, tr.counts.new, a, lang));
  } else if (a.available) {
    blocks.push({ title: P.risingTitle[lang], note: t.noTrends, header: [], rows: [], formats: [] });
  }

  return {
    overviewName: names.overview,
    title: names.overview,
    subtitle: t.subtitle(result.asOf, result.standard.name, basis),
    blocks,
    list: {
      sheetName: names.list,
      title: P.abcTitle[lang],
      subtitle: t.listSubtitle(nProducts, basis),
      header: [
        P.rank[lang],
        P.code[lang],
        P.name[lang],
        basis,
        P.share[lang],
        P.cumShare[lang],
        P.abcClass[lang],
        P.lines[lang],
        P.customers[lang],
      ],
      formats: [INT, "@", "@", MONEY, PCT, PCT, "@", INT, INT],
      rows: a.abc.rows.map((r) => [
        r.rank,
        r.code,
        r.name ?? "",
        r.value,
        r.share,
        r.cumShare,
        abcLabel(r.class),
        r.lines,
        r.customers,
      ]),
    },
    asOf: result.asOf,
    standardName: result.standard.name,
    lang,
  };
}
