/**
 * Writes the two product sheets (product-content.ts) from scratch — they are the add-in's, a rerun
 * replaces them: the overview (stacked blocks, each table with its chart beside or under it, for
 * paper: one landscape page wide) and the full product ABC list (header row frozen and repeated on every printed
 * page). Print settings go on both (report-layout.ts).
 */
import type { Standard } from "../engine/standard/types";
import { cellAddress } from "./address";
import { writeBlocks, rowBytes } from "./blocks";
import { queueBlock } from "./cells";
import type { WorkbookError } from "./errors";
import type { ProductBlock, ProductSheetContent } from "./product-content";
import { applyPrintLayout, type PrintSpec } from "./report-layout";
import { runBatch, type RunContext } from "./run";

/**
 * Overview columns: A the code / month / class, B–F figures, G the product name (wide: names run to
 * 35 characters), H… more figures (the month × class table can be wider than the product tables).
 */
const OVERVIEW_WIDTHS = [95, 80, 80, 80, 80, 80, 220];
const EXTRA_WIDTH = 80;
/** List columns: rank, code, name, value, share, cumulative share, class, lines, customers. */
export const LIST_WIDTHS = [40, 75, 230, 90, 55, 65, 105, 50, 55];
const CHART_ROWS = 16;
/** A chart beside its table: at least this many rows tall. */
const BESIDE_ROWS = 10;
/** Charts across A–F (495 pt); the line chart of many classes across A–G. */
const CHART_COLS = 6;
const HEADER_FILL = "#DDEBF7";
const NOTE_COLOR = "#404040";
/** First row of the list's table (title, subtitle, a blank row above it). */
export const LIST_HEADER_ROW = 3;

export interface ChartBox {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface ProductLayout {
  /** Top row of each block's title. */
  tops: number[];
  /** Row of each block's header row. */
  headerRows: number[];
  /** Where each block's chart goes (cells it covers), or null. */
  charts: (ChartBox | null)[];
  /** Last row of each block (table or chart). */
  bottoms: number[];
  /** Rows and columns the overview uses (for the print area). */
  lastRow: number;
  lastCol: number;
}

function chartCols(b: ProductBlock): number {
  return b.chart?.type === "Line" ? Math.max(CHART_COLS + 1, Math.min(b.header.length, 10)) : CHART_COLS;
}

export function productLayout(content: ProductSheetContent): ProductLayout {
  let row = 3;
  const tops: number[] = [];
  const headerRows: number[] = [];
  const charts: (ChartBox | null)[] = [];
  const bottoms: number[] = [];
  let lastCol = OVERVIEW_WIDTHS.length - 1;
  for (const b of content.blocks) {
    tops.push(row);
    row += b.note ? 2 : 1;
    headerRows.push(row);
    const header = row;
    if (b.header.length > 0) row += 1 + b.rows.length;
    lastCol = Math.max(lastCol, b.header.length - 1);
    if (b.chart && b.rows.length > 0 && b.chart.beside) {
      // One empty column between the table and the chart; a pie three columns wide, columns four.
      const box = {
        top: header,
        left: b.header.length + 1,
        rows: Math.max(BESIDE_ROWS, row - header),
        cols: b.chart.type === "Pie" ? 3 : 4,
      };
      charts.push(box);
      row = Math.max(row, header + box.rows);
      lastCol = Math.max(lastCol, box.left + box.cols - 1);
    } else if (b.chart && b.rows.length > 0) {
      charts.push({ top: row + 1, left: 0, rows: CHART_ROWS, cols: chartCols(b) });
      row += 1 + CHART_ROWS;
      lastCol = Math.max(lastCol, chartCols(b) - 1);
    } else charts.push(null);
    bottoms.push(row - 1);
    row += 1;
  }
  return { tops, headerRows, charts, bottoms, lastRow: row - 1, lastCol };
}

export function overviewWidths(layout: ProductLayout): number[] {
  return Array.from({ length: layout.lastCol + 1 }, (_, c) => OVERVIEW_WIDTHS[c] ?? EXTRA_WIDTH);
}

function headerRow(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.fill.color = HEADER_FILL;
  range.format.wrapText = true;
  range.format.verticalAlignment = "Center";
}

async function replaceSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const old = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!old.isNullObject) old.delete();
  return context.workbook.worksheets.add(name);
}

async function writeOverview(
  ctx: RunContext,
  content: ProductSheetContent,
  layout: ProductLayout,
): Promise<void> {
  await runBatch(ctx, async (context) => {
    const ws = await replaceSheet(context, content.overviewName);
    // Widths first: a chart's size is taken from the cells it is placed over.
    overviewWidths(layout).forEach(
      (w, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w),
    );
    const title = queueBlock(ws, { top: 0, left: 0, rows: [[content.title], [content.subtitle]] });
    title.getRow(0).format.font.size = 16;
    title.getRow(0).format.font.bold = true;
    title.getRow(1).format.font.color = NOTE_COLOR;

    content.blocks.forEach((b, i) => {
      const top = layout.tops[i] ?? 0;
      const heading = queueBlock(ws, { top, left: 0, rows: [[b.title]] });
      heading.format.font.bold = true;
      heading.format.font.size = 12;
      if (b.note) {
        const note = queueBlock(ws, { top: top + 1, left: 0, rows: [[b.note]] });
        note.format.font.color = NOTE_COLOR;
        note.format.font.italic = true;
      }
      if (b.header.length === 0) return;
      const hr = layout.headerRows[i] ?? top + 1;
      const table = queueBlock(ws, { top: hr, left: 0, rows: [b.header, ...b.rows], formats: b.formats });
      headerRow(table.getRow(0));
      // Product tables (7 columns, the name last): the class letter centred between figures, the name
      // indented off the right-aligned count before it.
      if (b.header.length === 7) {
        if (b.formats[4] === "@") table.getColumn(4).format.horizontalAlignment = "Center";
        table.getColumn(6).format.indentLevel = 1;
      }
      // Header texts are numbers' titles: they wrap in their column instead of spilling over.
      table.getRow(0).format.rowHeight = 30;
      const box = layout.charts[i];
      if (b.chart && box) {
        // ChartSeries.chartType 1.7, axisGroup 1.8: without them a Pareto chart is its columns only.
        const combo = b.chart.pareto === true && ctx.host.isSetSupported("ExcelApi", "1.8");
        const cols = b.chart.pareto && !combo ? 2 : b.chart.seriesCols;
        const source = ws.getRangeByIndexes(hr, 0, b.rows.length + 1, cols);
        const chart = ws.charts.add(b.chart.type, source, "Columns");
        chart.title.text = b.chart.title;
        chart.legend.visible = b.chart.legend;
        if (b.chart.legend)
          chart.legend.position = b.chart.type === "Line" || b.chart.pareto ? "Bottom" : "Right";
        if (combo) {
          const cumulative = chart.series.getItemAt(1);
          cumulative.chartType = "Line";
          cumulative.axisGroup = "Secondary";
        }
        chart.setPosition(
          ws.getRangeByIndexes(box.top, box.left, 1, 1),
          ws.getRangeByIndexes(box.top + box.rows - 1, box.left + box.cols - 1, 1, 1),
        );
      }
    });
    ws.showGridlines = false;
    await context.sync();
  });
}

async function writeList(ctx: RunContext, content: ProductSheetContent): Promise<void> {
  const list = content.list;
  await runBatch(ctx, async (context) => {
    const ws = await replaceSheet(context, list.sheetName);
    LIST_WIDTHS.forEach(
      (w, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w),
    );
    const title = queueBlock(ws, { top: 0, left: 0, rows: [[list.title], [list.subtitle]] });
    title.getRow(0).format.font.size = 16;
    title.getRow(0).format.font.bold = true;
    title.getRow(1).format.font.color = NOTE_COLOR;
    const header = queueBlock(ws, { top: LIST_HEADER_ROW, left: 0, rows: [list.header] });
    headerRow(header);
    header.format.rowHeight = 30;
    // Rank and class centred: each sits between a right-aligned and a left-aligned neighbour.
    for (const c of [0, 6])
      ws.getRangeByIndexes(LIST_HEADER_ROW, c, list.rows.length + 1, 1).format.horizontalAlignment = "Center";
    ws.getRangeByIndexes(LIST_HEADER_ROW, 2, list.rows.length + 1, 1).format.indentLevel = 1;
    ws.freezePanes.freezeRows(LIST_HEADER_ROW + 1);
    ws.showGridlines = false;
    await context.sync();
  });
  const formats = list.formats;
  const values = list.rows.map((r) => formats.map((_f, c) => r[c] ?? ""));
  // Thousands of products: written in payload-sized blocks, each with its number formats.
  await writeBlocks(
    ctx,
    { sheet: list.sheetName, top: LIST_HEADER_ROW + 1, left: 0, cols: formats.length },
    values,
    (range, _first, count) => {
      range.numberFormat = Array.from({ length: count }, () => [...formats]);
    },
    undefined,
    rowBytes(formats),
  );
}

/** Writes both product sheets and their print settings; returns what the host could not do. */
export async function writeProductSheets(
  ctx: RunContext,
  content: ProductSheetContent,
  standard: Standard,
): Promise<WorkbookError[]> {
  const layout = productLayout(content);
  await writeOverview(ctx, content, layout);
  await writeList(ctx, content);
  const widths = overviewWidths(layout);
  const common = { asOf: content.asOf, standard, lang: content.lang };
  const specs: PrintSpec[] = [
    {
      sheet: content.overviewName,
      widths,
      title: content.title,
      printArea: `${cellAddress(0, 0)}:${cellAddress(layout.lastRow, layout.lastCol)}`,
      // Each table with its chart on one page.
      blocks: layout.tops.map((top, i) => ({ top, bottom: layout.bottoms[i] ?? top })),
      ...common,
    },
    {
      sheet: content.list.sheetName,
      widths: LIST_WIDTHS,
      title: content.list.title,
      titleRows: `$${LIST_HEADER_ROW + 1}:$${LIST_HEADER_ROW + 1}`,
      ...common,
    },
  ];
  return applyPrintLayout(ctx, specs);
}
