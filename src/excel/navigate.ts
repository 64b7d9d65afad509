/**
 * Moving around the workbook for the task pane: select a customer's row (its sheet activated first, so
 * Excel scrolls to it), and read where the user's selection is (to explain the customer in that row).
 */
import type { ClassificationResult } from "../engine/result";
import { runBatch, type RunContext } from "./run";
import type { PlacedColumn, TargetTable } from "./write-columns";

/** A row of the customer table: 0-based sheet row, and the columns from `left` to `right` (inclusive). */
export interface RowTarget {
  sheet: string;
  row: number;
  left: number;
  right: number;
}

/**
 * Where a run left its customers. On the user's customer table each customer is on its own row
 * (CustomerResult.row; -1 for a customer seen only in the transactions). Without one, the run listed the
 * customers on a sheet of its own, in result order from `firstDataRow` (excel/customer-sheet.ts).
 */
export interface CustomerRows {
  sheet: string;
  listed: boolean;
  firstDataRow: number;
  /** The table's first column and the last one with data or results. */
  left: number;
  right: number;
}

/** What customerRowsOf reads of a run (ClassifyWorkbookOutcome has it). */
export interface RunPlacement {
  target: TargetTable;
  placed: readonly PlacedColumn[];
  engine: { customerHeaderRow: number | null };
}

/**
 * The rows of a run's customers. `customersGiven`: whether the run had a customer source — the results
 * go beside it exactly when its header was recognised (classify-workbook.ts, onUserTable).
 */
export function customerRowsOf(run: RunPlacement, customersGiven: boolean): CustomerRows {
  const t = run.target;
  return {
    sheet: t.sheet,
    listed: !(customersGiven && run.engine.customerHeaderRow !== null),
    firstDataRow: t.firstDataRow,
    left: t.left,
    right: Math.max(t.right, ...run.placed.map((p) => p.col)),
  };
}

/** The row of customer `index`; null when it has none (only in the transactions). */
export function rowOfCustomer(
  rows: CustomerRows,
  result: ClassificationResult,
  index: number,
): RowTarget | null {
  const c = result.customers[index];
  if (c === undefined) return null;
  const row = rows.listed ? rows.firstDataRow + index : c.row;
  return row < 0 ? null : { sheet: rows.sheet, row, left: rows.left, right: rows.right };
}

/** The customer on a sheet row (the inverse of rowOfCustomer); -1 when none is there. */
export function customerAtRow(
  rows: CustomerRows,
  result: ClassificationResult,
  sheet: string,
  row: number,
): number {
  if (sheet !== rows.sheet) return -1;
  if (rows.listed) {
    const i = row - rows.firstDataRow;
    return i >= 0 && i < result.customers.length ? i : -1;
  }
  return result.customers.findIndex((c) => c.row === row);
}

/**
 * Activates the row's sheet and selects the row across the table's columns (the user's and the result
 * columns). False, with nothing changed, when the sheet is not there any more (renamed or deleted).
 */
export async function selectRow(ctx: RunContext, at: RowTarget): Promise<boolean> {
  return runBatch(ctx, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(at.sheet);
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.activate();
    sheet.getRangeByIndexes(at.row, at.left, 1, Math.max(1, at.right - at.left + 1)).select();
    await context.sync();
    return true;
  });
}

/** The sheet and 0-based row of the selection's first cell (the active sheet's). */
export async function selectedRow(ctx: RunContext): Promise<{ sheet: string; row: number }> {
  return runBatch(ctx, async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("rowIndex");
    // The selection is on the active sheet (as actions.selection reads it).
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    return { sheet: sheet.name, row: range.rowIndex };
  });
}
