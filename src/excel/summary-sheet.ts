import type { Lang } from "../engine/types";
import { queueBlock, type Out } from "./cells";
import { WorkbookError } from "./errors";
import { fail, missingRequirement, runBatch, type RunContext } from "./run";

export interface SummaryTable {
  title: string;
  header: string[];
  rows: Out[][];
  formats: (string | undefined)[];
  /** A chart of the first two columns (categories, values). */
  chart?: { type: "Pie" | "ColumnClustered" | "BarClustered" | "Line"; title: string };
}

export interface PivotSpec {
  /** The classified customers: an Excel table, or a range with its header row. */
  source: { table: string } | { sheet: string; address: string };
  rowField: string;
  columnField: string;
  /** Customers are counted by this field (the customer ID column). */
  countField: string;
  sumField: string;
  countCaption: string;
  sumCaption: string;
  title: string;
}

export interface SummaryContent {
  sheetName: string;
  title: string;
  subtitle: string;
  /** Label, value, number format. */
  keyFigures: [string, Out, string][];
  tables: SummaryTable[];
  issues: { title: string; header: string[]; rows: Out[][]; empty: string };
  pivot: PivotSpec | null;
  lang: Lang;
}

const PIVOT_NAME = "CustClassPivot";
/**
 * A report one A4 page wide (portrait; Excel's default 0.7" margins leave ~490 pt, and LibreOffice draws
 * the same widths ~25 % wider with its fallback fonts): column A for labels (long ones wrap), B–D for
 * figures; each chart under its table across A–D; each data problem's details on a merged A–D line of
 * their own, so nothing runs off to a second page across.
 */
const WIDTHS = [140, 80, 80, 80];
const REPORT_COLS = WIDTHS.length;
const REPORT_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const CHART_ROWS = 15;
const ROW_HEIGHT = 15;
const HEADER_FILL = "#DDEBF7";
const NOTE_COLOR = "#404040";

/** Layout of the sheet: where each block starts (0-based rows), computed before anything is queued. */
export interface SummaryLayout {
  figuresTop: number;
  tableTops: number[];
  /** Top row of each table's chart (null = no chart). */
  chartTops: (number | null)[];
  issuesTop: number;
  pivotTop: number;
}

/** Stacks the blocks down the sheet: key figures, each table with its chart under it, the data-quality list, the PivotTable. */
export function summaryLayout(content: SummaryContent): SummaryLayout {
  const figuresTop = 3;
  let row = figuresTop + content.keyFigures.length + 1;
  const tableTops: number[] = [];
  const chartTops: (number | null)[] = [];
  for (const t of content.tables) {
    tableTops.push(row);
    row += t.rows.length + 2;
    if (t.chart && t.rows.length > 0) {
      chartTops.push(row);
      row += CHART_ROWS;
    } else chartTops.push(null);
    row += 1;
  }
  const issuesTop = row;
  // Header, then two rows per problem (where / severity / count, then the details), or one "none" row.
  const pivotTop = issuesTop + 2 + Math.max(1, 2 * content.issues.rows.length) + 1;
  // The PivotTable comes last: it grows down and right when refreshed, and nothing is there to run into.
  return { figuresTop, tableTops, chartTops, issuesTop, pivotTop };
}

/** Height in points of a wrapped line of text across the report's width (CJK ≈ 11 pt a character at 11 pt). */
function wrappedHeight(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 11 : 6;
  return Math.max(1, Math.ceil(w / (REPORT_WIDTH - 10))) * ROW_HEIGHT;
}

/**
 * Writes the summary sheet from scratch (it is ours: a rerun replaces it): key figures, one table per
 * dimension with its chart, the data-quality list with cell addresses, and a PivotTable over the
 * classified customers. Returns what could not be made (the rest is still written).
 */
export async function writeSummarySheet(ctx: RunContext, content: SummaryContent): Promise<WorkbookError[]> {
  const missing: WorkbookError[] = [];
  const pivotFeature = content.lang === "zh-CN" ? "数据透视表" : "PivotTables";
  const pivotMissing = content.pivot ? missingRequirement(ctx, "ExcelApi", "1.8", pivotFeature) : null;
  if (pivotMissing) missing.push(pivotMissing);
  const layout = summaryLayout(content);

  await runBatch(ctx, async (context) => {
    const old = context.workbook.worksheets.getItemOrNullObject(content.sheetName);
    await context.sync();
    if (!old.isNullObject) old.delete();
    const ws = context.workbook.worksheets.add(content.sheetName);
    // Widths first: a chart's size is taken from the cells it is placed over.
    WIDTHS.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w));

    const title = queueBlock(ws, { top: 0, left: 0, rows: [[content.title], [content.subtitle]] });
    title.getRow(0).format.font.size = 16;
    title.getRow(0).format.font.bold = true;
    title.getRow(1).format.font.color = NOTE_COLOR;

    const figures = queueBlock(ws, {
      top: layout.figuresTop,
      left: 0,
      rows: content.keyFigures.map(([k, v]) => [k, v]),
      formats: ["@", undefined],
    });
    content.keyFigures.forEach(([, v, fmt], i) => {
      if (typeof v === "number") figures.getCell(i, 1).numberFormat = [[fmt]];
    });
    figures.getColumn(0).format.font.bold = true;

    content.tables.forEach((t, i) => {
      const top = layout.tableTops[i] ?? 0;
      heading(queueBlock(ws, { top, left: 0, rows: [[t.title]] }));
      const table = queueBlock(ws, {
        top: top + 1,
        left: 0,
        rows: [t.header, ...t.rows],
        formats: t.formats,
      });
      headerRow(table.getRow(0));
      // Long class names (industry sections) wrap rather than vanish behind the figures.
      table.getColumn(0).format.wrapText = true;
      const chartTop = layout.chartTops[i];
      if (t.chart && chartTop !== null && chartTop !== undefined) {
        // Categories in column A and the charted values in column B: one contiguous source range.
        const source = ws.getRangeByIndexes(top + 1, 0, t.rows.length + 1, 2);
        const chart = ws.charts.add(t.chart.type, source, "Columns");
        chart.title.text = t.chart.title;
        chart.legend.visible = t.chart.type === "Pie";
        const anchor = ws.getRangeByIndexes(chartTop, 0, CHART_ROWS, REPORT_COLS);
        chart.setPosition(anchor.getCell(0, 0), anchor.getCell(CHART_ROWS - 1, REPORT_COLS - 1));
      }
    });

    const dq = content.issues;
    heading(queueBlock(ws, { top: layout.issuesTop, left: 0, rows: [[dq.title]] }));
    headerRow(
      queueBlock(ws, { top: layout.issuesTop + 1, left: 0, rows: [dq.header], formats: ["@", "@", "@"] }),
    );
    if (dq.rows.length === 0) queueBlock(ws, { top: layout.issuesTop + 2, left: 0, rows: [[dq.empty]] });
    dq.rows.forEach((r, i) => {
      const top = layout.issuesTop + 2 + 2 * i;
      queueBlock(ws, { top, left: 0, rows: [r.slice(0, 3)], formats: ["@", "@", "#,##0"] }).format.font.bold =
        true;
      const details = String(r[3] ?? "");
      const line = ws.getRangeByIndexes(top + 1, 0, 1, REPORT_COLS);
      line.merge(false);
      queueBlock(ws, { top: top + 1, left: 0, rows: [[details]] });
      line.format.wrapText = true;
      line.format.verticalAlignment = "Top";
      line.format.font.color = NOTE_COLOR;
      // Excel does not fit a merged cell's height to wrapped text: the lines are counted here.
      line.format.rowHeight = wrappedHeight(details);
    });

    await context.sync();
  });

  if (content.pivot && !pivotMissing) {
    const p = content.pivot;
    try {
      await runBatch(ctx, async (context) => {
        const ws = context.workbook.worksheets.getItem(content.sheetName);
        heading(queueBlock(ws, { top: layout.pivotTop, left: 0, rows: [[p.title]] }));
        const source =
          "table" in p.source
            ? context.workbook.tables.getItem(p.source.table)
            : context.workbook.worksheets.getItem(p.source.sheet).getRange(p.source.address);
        const pt = ws.pivotTables.add(PIVOT_NAME, source, ws.getRangeByIndexes(layout.pivotTop + 1, 0, 1, 1));
        pt.rowHierarchies.add(pt.hierarchies.getItem(p.rowField));
        pt.columnHierarchies.add(pt.hierarchies.getItem(p.columnField));
        const count = pt.dataHierarchies.add(pt.hierarchies.getItem(p.countField));
        count.summarizeBy = "Count";
        count.name = p.countCaption;
        count.numberFormat = "#,##0";
        const sum = pt.dataHierarchies.add(pt.hierarchies.getItem(p.sumField));
        sum.summarizeBy = "Sum";
        sum.name = p.sumCaption;
        sum.numberFormat = "#,##0.00";
        await context.sync();
      });
    } catch (e) {
      // The summary is written; a PivotTable Excel refuses (a blank header in the customer table, …) is a warning.
      if (!(e instanceof WorkbookError) || e.code !== "excel_error") throw e;
      await runBatch(ctx, async (context) => {
        // Excel runs a failed request's actions up to the failing one: take back a half-made PivotTable.
        const ws = context.workbook.worksheets.getItem(content.sheetName);
        const pt = ws.pivotTables.getItemOrNullObject(PIVOT_NAME);
        await context.sync();
        if (!pt.isNullObject) pt.delete();
        ws.getRangeByIndexes(layout.pivotTop, 0, 1, 1).clear("All");
        await context.sync();
      });
      missing.push(fail(ctx, "pivot_failed", { detail: e.params.detail ?? e.message }, { cause: e }));
    }
  }
  return missing;
}

function heading(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.font.size = 12;
}

function headerRow(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.fill.color = HEADER_FILL;
}
