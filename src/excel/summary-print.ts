/**
 * Print settings of the summary sheet (report-layout.ts), and widths for the PivotTable's columns
 * right of the report's four: left at the default 48 pt, its sums show as "####" (and looked narrow
 * in LibreOffice's rendering).
 *
 * The printed report is columns A–D down to the PivotTable, portrait at 100 %: the PivotTable (a
 * column pair per value class, ~940 pt wide) is left out of the print area, because fitting it on the
 * page would shrink every page of the report to about half size; it is the interactive view (the user
 * pivots and refreshes it, so it has no fixed size to print), and its figures are in the RFM and
 * value-class tables above.
 */
import type { ClassificationResult } from "../engine/result";
import type { WorkbookError } from "./errors";
import { cellAddress } from "./address";
import { applyPrintLayout } from "./report-layout";
import { runBatch, type RunContext } from "./run";
import { summaryLayout, type SummaryContent } from "./summary-sheet";

/** The summary's own column widths (summary-sheet.ts WIDTHS) and the width given to pivot columns beyond. */
const SUMMARY_WIDTHS = [140, 80, 80, 80];
const PIVOT_COL_WIDTH = 80;

export async function printSummary(
  ctx: RunContext,
  content: SummaryContent,
  result: ClassificationResult,
): Promise<WorkbookError[]> {
  const layout = summaryLayout(content);
  // Blocks kept on one page: the key figures, each table with its chart, the data-quality heading with
  // its first problem (the list flows on).
  const blocks = [
    { top: 0, bottom: (layout.tableTops[0] ?? layout.issuesTop) - 2 },
    ...layout.tableTops.map((top, i) => ({ top, bottom: (layout.tableTops[i + 1] ?? layout.issuesTop) - 2 })),
    { top: layout.issuesTop, bottom: layout.issuesTop + 3 },
  ];
  if (content.pivot && ctx.host.isSetSupported("ExcelApi", "1.8")) {
    await runBatch(ctx, async (context) => {
      const ws = context.workbook.worksheets.getItem(content.sheetName);
      const pivots = ws.pivotTables.load("items/name");
      await context.sync();
      const pt = pivots.items[0];
      if (!pt) return;
      const range = pt.layout.getRange();
      range.load("columnIndex, columnCount");
      await context.sync();
      // The PivotTable's columns right of the summary's own, in one range.
      const first = SUMMARY_WIDTHS.length;
      const count = range.columnIndex + range.columnCount - first;
      if (count <= 0) return;
      ws.getRangeByIndexes(0, first, 1, count).getEntireColumn().format.columnWidth = PIVOT_COL_WIDTH;
      await context.sync();
    });
  }
  return applyPrintLayout(ctx, [
    {
      sheet: content.sheetName,
      widths: SUMMARY_WIDTHS,
      printArea: `${cellAddress(0, 0)}:${cellAddress(layout.pivotTop - 2, SUMMARY_WIDTHS.length - 1)}`,
      title: content.title,
      asOf: result.asOf,
      standard: result.standard,
      lang: content.lang,
      blocks,
    },
  ]);
}
