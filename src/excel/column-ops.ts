/** Small operations on our result columns and sheets, shared by the run, its undo and "Remove results". */
import type { OwnColumn } from "./own-columns";
import { runBatch, type RunContext } from "./run";

/**
 * Takes our columns away: in an Excel table they are deleted as table columns (the table shrinks back);
 * on a plain range their cells (rows top … top+rows−1) lose contents, formats and conditional formats.
 */
export async function deleteOwnColumns(
  ctx: RunContext,
  sheet: string,
  table: string | null,
  top: number,
  rows: number,
  cols: readonly number[],
): Promise<void> {
  if (cols.length === 0) return;
  await runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    const t = table ? context.workbook.tables.getItemOrNullObject(table) : null;
    await context.sync();
    if (ws.isNullObject) return;
    let tableLeft: number | null = null;
    let tableWidth = 0;
    if (t && !t.isNullObject) {
      const r = t.getRange();
      r.load("columnIndex,columnCount");
      await context.sync();
      tableLeft = r.columnIndex;
      tableWidth = r.columnCount;
    }
    // Right to left, so that deleting a table column does not move the ones still to delete.
    for (const col of [...cols].sort((a, b) => b - a)) {
      if (t && tableLeft !== null && col >= tableLeft && col < tableLeft + tableWidth) {
        const column = t.columns.getItemAt(col - tableLeft);
        column.getRange().conditionalFormats.clearAll();
        column.delete();
      } else {
        const range = ws.getRangeByIndexes(top, col, Math.max(1, rows), 1);
        range.conditionalFormats.clearAll();
        range.clear("All");
        range.untrack();
      }
    }
    await context.sync();
  });
}

/** Deletes sheets by name (those that exist). */
export async function deleteSheets(ctx: RunContext, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  return runBatch(ctx, async (context) => {
    const sheets = names.map((name) => ({ name, ws: context.workbook.worksheets.getItemOrNullObject(name) }));
    await context.sync();
    const gone: string[] = [];
    for (const s of sheets) {
      if (!s.ws.isNullObject) {
        s.ws.delete();
        gone.push(s.name);
      }
    }
    await context.sync();
    return gone;
  });
}

/** Texts of `count` cells of a row from column `left`, as Excel shows them (header names). */
export async function readHeaderTexts(
  ctx: RunContext,
  sheet: string,
  row: number,
  left: number,
  count: number,
): Promise<string[]> {
  if (count < 1) return [];
  return runBatch(ctx, async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, left, 1, count);
    range.load("text");
    await context.sync();
    return range.text[0] ?? [];
  });
}

/** Widths (points) of whole columns, to give them back when our columns go. */
export async function readWidths(ctx: RunContext, sheet: string, cols: readonly number[]): Promise<number[]> {
  if (cols.length === 0) return [];
  return runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const cells = cols.map((c) => ws.getRangeByIndexes(0, c, 1, 1));
    for (const c of cells) c.load("format/columnWidth");
    await context.sync();
    return cells.map((c) => c.format.columnWidth);
  });
}

export async function setWidths(
  ctx: RunContext,
  sheet: string,
  widths: readonly { col: number; width: number | null }[],
): Promise<void> {
  const known = widths.filter((w): w is { col: number; width: number } => w.width !== null);
  if (known.length === 0) return;
  await runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) return;
    for (const w of known) ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.width;
    await context.sync();
  });
}

/** The Excel table whose header row holds an own column's header cell, if any. */
export async function tableAt(
  ctx: RunContext,
  col: Pick<OwnColumn, "sheet" | "row" | "col">,
): Promise<string | null> {
  return runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(col.sheet);
    await context.sync();
    if (ws.isNullObject) return null;
    ws.tables.load("items/name");
    await context.sync();
    const ranges = ws.tables.items.map((t) => ({ name: t.name, range: t.getRange() }));
    for (const r of ranges) r.range.load("rowIndex,columnIndex,columnCount");
    await context.sync();
    const hit = ranges.find(
      (r) =>
        r.range.rowIndex === col.row &&
        col.col >= r.range.columnIndex &&
        col.col < r.range.columnIndex + r.range.columnCount,
    );
    return hit ? hit.name : null;
  });
}

/**
 * Clears cells of our columns that lie below their new extent: the table ended higher than at the last
 * run (customers gone from its end), and results left there would be stale. The cells are ours.
 */
export async function clearOwnCells(
  ctx: RunContext,
  sheet: string,
  spans: readonly { top: number; col: number; rows: number }[],
): Promise<void> {
  if (spans.length === 0) return;
  await runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const s of spans) {
      const range = ws.getRangeByIndexes(s.top, s.col, s.rows, 1);
      range.conditionalFormats.clearAll();
      range.clear("All");
    }
    await context.sync();
  });
}
