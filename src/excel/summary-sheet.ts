import type { Lang } from "../engine/types";
import { columnLetter } from "./address";
import { queueBlock, type Out } from "./cells";
import { missingRequirement, runBatch, type RunContext } from "./run";
import type { WorkbookError } from "./errors";

export interface SummaryTable {
  title: string;
  header: string[];
  rows: Out[][];
  formats: (string | undefined)[];
  /** A chart of the first two columns (categories, values). */
  chart?: { type: "Pie" | "ColumnClustered" | "BarClustered" | "Line"; title: string };
}

export interface SummaryContent {
  sheetName: string;
  title: string;
  subtitle: string;
  keyFigures: [string, Out, string?][];
  tables: SummaryTable[];
  issues: { header: string[]; rows: Out[][] };
  pivot: {
    /** The classified customer table, header row included. */
    sheet: string;
    address: string;
    rowField: string;
    columnField: string;
    countField: string;
    sumField: string;
    title: string;
  } | null;
  lang: Lang;
}

const PIVOT_NAME = "CustClassPivot";

/**
 * Writes the summary sheet from scratch (it is ours: a rerun replaces it): key figures, one table per
 * dimension with a chart, a PivotTable over the classified customers and the data-quality list.
 * Returns the features the host lacked (the rest is still written).
 */
export async function writeSummarySheet(ctx: RunContext, content: SummaryContent): Promise<WorkbookError[]> {
  const missing: WorkbookError[] = [];
  const pivotMissing = content.pivot ? missingRequirement(ctx, "ExcelApi", "1.8", content.lang === "zh-CN" ? "数据透视表" : "PivotTables") : null;
  if (pivotMissing) missing.push(pivotMissing);

  await runBatch(ctx, async (context) => {
    const old = context.workbook.worksheets.getItemOrNullObject(content.sheetName);
    await context.sync();
    if (!old.isNullObject) old.delete();
    const ws = context.workbook.worksheets.add(content.sheetName);

    const title = queueBlock(ws, { top: 0, left: 0, rows: [[content.title], [content.subtitle]] });
    title.getRow(0).format.font.size = 16;
    title.getRow(0).format.font.bold = true;
    title.getRow(1).format.font.color = "#595959";

    let row = 3;
    const figures = queueBlock(ws, {
      top: row,
      left: 0,
      rows: content.keyFigures.map(([k, v]) => [k, v]),
      formats: ["@", undefined],
    });
    content.keyFigures.forEach(([, v, fmt], i) => {
      if (fmt && typeof v === "number") figures.getCell(i, 1).numberFormat = [[fmt]];
    });
    figures.getColumn(0).format.font.bold = true;
    row += content.keyFigures.length + 2;

    const chartLeft = 7; // charts to the right of the tables (column H on)
    let chartTop = 3;
    for (const t of content.tables) {
      const head = queueBlock(ws, { top: row, left: 0, rows: [[t.title]] });
      head.format.font.bold = true;
      head.format.font.size = 12;
      const table = queueBlock(ws, { top: row + 1, left: 0, rows: [t.header, ...t.rows], formats: t.formats });
      const headerRow = table.getRow(0);
      headerRow.numberFormat = [t.header.map(() => "@")];
      headerRow.format.font.bold = true;
      headerRow.format.fill.color = "#DDEBF7";
      if (t.chart && t.rows.length > 0) {
        // Categories in column A and the charted values in column B: one contiguous source range.
        const source = ws.getRangeByIndexes(row + 1, 0, t.rows.length + 1, 2);
        const chart = ws.charts.add(t.chart.type, source, "Columns");
        chart.title.text = t.chart.title;
        chart.legend.visible = t.chart.type === "Pie";
        chart.setPosition(`${columnLetter(chartLeft)}${chartTop + 1}`, `${columnLetter(chartLeft + 7)}${chartTop + 16}`);
        chartTop += 17;
      }
      row += t.rows.length + 3;
    }

    const dq = queueBlock(ws, { top: row, left: 0, rows: [[content.lang === "zh-CN" ? "数据质量" : "Data quality"]] });
    dq.format.font.bold = true;
    dq.format.font.size = 12;
    const list = queueBlock(ws, { top: row + 1, left: 0, rows: [content.issues.header, ...content.issues.rows] });
    list.getRow(0).format.font.bold = true;
    list.getRow(0).format.fill.color = "#DDEBF7";
    row += content.issues.rows.length + 3;

    ws.getRangeByIndexes(0, 0, 1, 6).format.columnWidth = 90;
    ws.getRange("A:A").format.columnWidth = 150;
    ws.freezePanes.freezeRows(0);
    await context.sync();

    if (content.pivot && !pivotMissing) {
      const p = content.pivot;
      const pivotTop = Math.max(row + 1, chartTop + 1);
      const label = queueBlock(ws, { top: pivotTop, left: 0, rows: [[p.title]] });
      label.format.font.bold = true;
      label.format.font.size = 12;
      const source = context.workbook.worksheets.getItem(p.sheet).getRange(p.address);
      const pt = ws.pivotTables.add(PIVOT_NAME, source, ws.getRangeByIndexes(pivotTop + 1, 0, 1, 1));
      pt.rowHierarchies.add(pt.hierarchies.getItem(p.rowField));
      pt.columnHierarchies.add(pt.hierarchies.getItem(p.columnField));
      const count = pt.dataHierarchies.add(pt.hierarchies.getItem(p.countField));
      count.summarizeBy = "Count";
      const sum = pt.dataHierarchies.add(pt.hierarchies.getItem(p.sumField));
      sum.summarizeBy = "Sum";
      sum.numberFormat = "#,##0.00";
      await context.sync();
    }
  });
  return missing;
}

