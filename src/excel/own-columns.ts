/**
 * Our result columns are marked by hidden, workbook-scoped defined names (`CustClass_col_<key>`,
 * ExcelApi 1.4) on their cells, header to last data row. Excel keeps a name on the same cells when the
 * user inserts or deletes rows or columns (rows inserted inside the table widen it), and turns it into
 * #REF! when the cells are deleted, so a rerun and "Remove results" find exactly our columns and their
 * extent — not a user column that happens to carry the same header text, and still ours after the user
 * renamed the header.
 */
import { runBatch, type RunContext } from "./run";

export const NAME_PREFIX = "CustClass_col_";

export function columnName(key: string): string {
  return `${NAME_PREFIX}${key}`;
}

/** One of our columns as it is in the workbook now: the cells its name points at. */
export interface OwnColumn {
  key: string;
  sheet: string;
  /** 0-based sheet row and column of the header cell. */
  row: number;
  col: number;
  /** Header and data rows. */
  rows: number;
}

/** Every column marked as ours, wherever it is now (names whose cells were deleted are skipped). */
export async function findOwnColumns(ctx: RunContext): Promise<OwnColumn[]> {
  return runBatch(ctx, async (context) => {
    const names = context.workbook.names;
    names.load("items/name");
    await context.sync();
    const ours = names.items
      .filter((n) => n.name.startsWith(NAME_PREFIX))
      .map((n) => ({ key: n.name.slice(NAME_PREFIX.length), range: n.getRangeOrNullObject() }));
    for (const o of ours) {
      o.range.load("rowIndex,columnIndex,rowCount");
      o.range.worksheet.load("name");
    }
    await context.sync();
    return ours
      .filter((o) => !o.range.isNullObject)
      .map((o) => ({
        key: o.key,
        sheet: o.range.worksheet.name,
        row: o.range.rowIndex,
        col: o.range.columnIndex,
        rows: o.range.rowCount,
      }));
  });
}

/**
 * (Re)marks columns as ours, header row plus `rows − 1` data rows: an existing name of the key is
 * deleted first (it may point at deleted cells or an older extent), then added, hidden.
 */
export async function markColumns(
  ctx: RunContext,
  sheet: string,
  headerRow: number,
  rows: number,
  columns: readonly { key: string; col: number }[],
): Promise<void> {
  if (columns.length === 0) return;
  await runBatch(ctx, async (context) => {
    const names = context.workbook.names;
    const existing = columns.map((c) => names.getItemOrNullObject(columnName(c.key)));
    await context.sync();
    for (const e of existing) if (!e.isNullObject) e.delete();
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const c of columns) {
      const item = names.add(columnName(c.key), ws.getRangeByIndexes(headerRow, c.col, Math.max(1, rows), 1));
      item.visible = false;
    }
    await context.sync();
  });
}

/** Deletes the names of the given keys (the columns are no longer ours). */
export async function unmarkColumns(ctx: RunContext, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await runBatch(ctx, async (context) => {
    const items = keys.map((k) => context.workbook.names.getItemOrNullObject(columnName(k)));
    await context.sync();
    for (const i of items) if (!i.isNullObject) i.delete();
    await context.sync();
  });
}

/**
 * Puts the names back as they were (an undone run): names of `keys` go, then each column of `own` (the
 * columns found before the run) is marked again where it was.
 */
export async function restoreMarks(
  ctx: RunContext,
  own: readonly OwnColumn[],
  keys: readonly string[],
): Promise<void> {
  const all = [...new Set([...keys, ...own.map((o) => o.key)])];
  if (all.length === 0) return;
  await runBatch(ctx, async (context) => {
    const names = context.workbook.names;
    const items = all.map((k) => names.getItemOrNullObject(columnName(k)));
    const sheets = [...new Set(own.map((o) => o.sheet))].map((n) => ({
      n,
      ws: context.workbook.worksheets.getItemOrNullObject(n),
    }));
    await context.sync();
    for (const i of items) if (!i.isNullObject) i.delete();
    for (const o of own) {
      const ws = sheets.find((s) => s.n === o.sheet)?.ws;
      if (!ws || ws.isNullObject) continue;
      names.add(columnName(o.key), ws.getRangeByIndexes(o.row, o.col, Math.max(1, o.rows), 1)).visible =
        false;
    }
    await context.sync();
  });
}
