/**
 * Print settings of the add-in's report sheets (Worksheet.pageLayout, ExcelApi 1.9), so that Excel's
 * own File › Export › PDF (or Print) of the summary and product sheets gives a clean report: A4, fit to
 * one page wide (as many tall as needed), margins, the header row of a long list repeated on each page,
 * and a header/footer with the title, the as-of date, the standard used and "page n of m".
 *
 * Why page setup on the sheets themselves rather than a separate report sheet: the sheets already are
 * laid out as reports (stacked blocks, widths chosen for paper), a copy would go stale when the user
 * edits or refreshes the PivotTable, and a print setup is invisible on screen — nothing to maintain.
 */
import type { Standard } from "../engine/standard/types";
import type { Lang } from "../engine/types";
import type { WorkbookError } from "./errors";
import { missingRequirement, runBatch, type RunContext } from "./run";

/** A4 in points, and the margins used (0.5" sides, 0.75" top and bottom, the header/footer inside them). */
const A4 = { width: 595, height: 842 };
const SIDE_MARGIN = 36;
const TOP_MARGIN = 54;
/** Rows render a little taller in some programs (LibreOffice's fallback fonts): keep a margin. */
const HEIGHT_SLACK = 0.95;
export const PRINTABLE_WIDTH = {
  Portrait: A4.width - 2 * SIDE_MARGIN,
  Landscape: A4.height - 2 * SIDE_MARGIN,
} as const;

export interface PrintSpec {
  sheet: string;
  /** Widths of the printed columns, in points (the orientation follows from their sum). */
  widths: readonly number[];
  title: string;
  asOf: string;
  standard: Standard;
  lang: Lang;
  /** "A1:G80"; default: Excel's (the used range and the objects on it). */
  printArea?: string;
  /** Rows repeated at the top of every page ("$4:$4"). */
  titleRows?: string;
  /**
   * Row spans to keep on one page where they fit (a table with its chart): a page break goes above a
   * block that would run over the page's end. 0-based rows, inclusive.
   */
  blocks?: readonly { top: number; bottom: number }[];
}

const T = {
  "zh-CN": {
    asOf: (d: string) => `统计截止日 ${d}`,
    page: "第 &P 页，共 &N 页",
    refunds: { net: "退货冲减", exclude: "不计退货" },
    basis: { revenue: "销售额", profit: "毛利" },
  },
  "en-US": {
    asOf: (d: string) => `As of ${d}`,
    page: "Page &P of &N",
    refunds: { net: "refunds netted", exclude: "refunds excluded" },
    basis: { revenue: "revenue", profit: "profit" },
  },
} as const;

/** Text in a header/footer: "&" starts a format code there, so a literal one is doubled. */
export function hfText(s: string): string {
  return s.replace(/&/g, "&&");
}

/** Header/footer text in 9 pt ("&9"; a space keeps a leading digit from reading as part of the size). */
function small(text: string): string {
  return `&9${/^\d/.test(text) ? " " : ""}${text}`;
}

/** The standard and its main choices in one line: "默认标准 v1 · RFM cn8 · ABC 80%/95% 销售额 · 退货冲减". */
export function standardLine(std: Standard, lang: Lang): string {
  const t = T[lang];
  const model =
    typeof std.rfm.model === "string" ? std.rfm.model : lang === "zh-CN" ? "自定义规则" : "custom rules";
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return [
    `${std.name} v${std.version}`,
    `RFM ${model}`,
    `ABC ${pct(std.abc.a)}/${pct(std.abc.b)} ${t.basis[std.abc.basis]}`,
    t.refunds[std.refunds],
  ].join(" · ");
}

export function orientationFor(widths: readonly number[]): "Portrait" | "Landscape" {
  const total = widths.reduce((a, b) => a + b, 0);
  return total <= PRINTABLE_WIDTH.Portrait ? "Portrait" : "Landscape";
}

/** Sheet points one printed page holds down, at the scale "one page wide" gives the columns. */
export function pageHeight(widths: readonly number[]): number {
  const o = orientationFor(widths);
  const total = widths.reduce((a, b) => a + b, 0);
  const scale = Math.min(1, PRINTABLE_WIDTH[o] / Math.max(1, total));
  const paper = o === "Portrait" ? A4.height : A4.width;
  return ((paper - 2 * TOP_MARGIN) / scale) * HEIGHT_SLACK;
}

/**
 * Rows to put a page break above, so that no block is split where it fits on one page: walking down
 * the sheet, a block that would cross the end of the current page starts the next one. A block taller
 * than a page flows over pages (the program breaks it where it must).
 */
export function pageBreaks(
  blocks: readonly { top: number; bottom: number }[],
  heights: readonly number[],
  page: number,
): number[] {
  const h = (r: number) => heights[r] ?? 15;
  const breaks: number[] = [];
  let start = 0;
  let used = 0;
  let cursor = 0;
  for (const b of [...blocks].sort((x, y) => x.top - y.top)) {
    if (b.top < cursor) continue;
    while (cursor < b.top) {
      used += h(cursor++);
      if (used > page) {
        start = cursor - 1;
        used = h(start);
      }
    }
    let height = 0;
    for (let r = b.top; r <= b.bottom; r++) height += h(r);
    if (used + height > page && b.top > start) {
      breaks.push(b.top);
      start = b.top;
      used = 0;
    }
    while (cursor <= b.bottom) {
      used += h(cursor++);
      if (used > page) {
        start = cursor - 1;
        used = h(start);
      }
    }
  }
  return breaks;
}

async function rowHeights(ctx: RunContext, sheet: string, rows: number): Promise<number[]> {
  return runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ranges = Array.from({ length: rows }, (_, r) => {
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, loaded below
      const format = ws.getRangeByIndexes(r, 0, 1, 1).format;
      format.load("rowHeight");
      return format;
    });
    await context.sync();
    return ranges.map((f) => f.rowHeight);
  });
}

/**
 * Sets the print layout of each sheet in one request. Without ExcelApi 1.9 nothing is set and a
 * warning says so (the sheets are written; they print with Excel's defaults).
 */
export async function applyPrintLayout(
  ctx: RunContext,
  specs: readonly PrintSpec[],
): Promise<WorkbookError[]> {
  if (specs.length === 0) return [];
  const missing = missingRequirement(
    ctx,
    "ExcelApi",
    "1.9",
    ctx.lang === "zh-CN" ? "打印设置" : "print settings",
  );
  if (missing) return [missing];
  const breaks = new Map<string, number[]>();
  for (const s of specs) {
    if (!s.blocks?.length) continue;
    const last = Math.max(...s.blocks.map((b) => b.bottom));
    breaks.set(s.sheet, pageBreaks(s.blocks, await rowHeights(ctx, s.sheet, last + 1), pageHeight(s.widths)));
  }
  await runBatch(ctx, async (context) => {
    for (const s of specs) {
      const t = T[s.lang];
      const ws = context.workbook.worksheets.getItem(s.sheet);
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- navigation properties, only written
      const p = ws.pageLayout;
      p.orientation = orientationFor(s.widths);
      p.paperSize = "A4";
      // One page wide, as many tall as the content needs.
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintMargins("Points", {
        left: SIDE_MARGIN,
        right: SIDE_MARGIN,
        top: 54,
        bottom: 54,
        header: 22,
        footer: 22,
      });
      p.centerHorizontally = true;
      p.printGridlines = false;
      if (s.printArea) p.setPrintArea(s.printArea);
      if (s.titleRows) p.setPrintTitleRows(s.titleRows);
      // Left: what and which standard; right: as of when, and the page. 9 pt (&9), so that the long
      // standard line and the page number share a portrait line without running into each other.
      const hf = p.headersFooters.defaultForAllPages;
      hf.leftHeader = small(hfText(s.title));
      hf.rightHeader = small(hfText(t.asOf(s.asOf)));
      hf.leftFooter = small(hfText(standardLine(s.standard, s.lang)));
      hf.rightFooter = small(t.page);
      const rows = breaks.get(s.sheet) ?? [];
      if (rows.length > 0) {
        ws.horizontalPageBreaks.removePageBreaks();
        for (const r of rows) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
      }
    }
    await context.sync();
  });
  return [];
}
