import { adjacentRuns } from "./write-columns";
import { EMPTY_REGISTRY, loadRegistry, saveRegistry } from "./registry";
import { runBatch, type RunContext } from "./run";
import { LAST_RUN_KEY } from "./state";

/** Clears contents, formats and conditional formats of our columns (rows top..top+rows-1). */
export async function clearColumns(
  ctx: RunContext,
  sheet: string,
  top: number,
  rows: number,
  cols: readonly number[],
): Promise<void> {
  await runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const run of adjacentRuns(cols.map((col) => ({ col })))) {
      const first = run[0]?.col ?? 0;
      const range = ws.getRangeByIndexes(top, first, rows, run.length);
      range.conditionalFormats.clearAll();
      range.clear("All");
      range.untrack();
    }
    await context.sync();
  });
}

export interface RemoveOutcome {
  columns: number;
  sheets: string[];
}

/**
 * "Remove results": takes back everything the add-in added — result columns (table columns are deleted,
 * plain columns cleared), the sheets it created — and forgets them. The user's cells are not touched.
 */
export async function removeResults(ctx: RunContext): Promise<RemoveOutcome> {
  const registry = await loadRegistry(ctx);
  let columns = 0;
  const sheets: string[] = [];
  await runBatch(ctx, async (context) => {
    const wb = context.workbook;
    const reg = registry.columns;
    if (reg && !registry.sheets.includes(reg.sheet)) {
      const ws = wb.worksheets.getItemOrNullObject(reg.sheet);
      await context.sync();
      if (!ws.isNullObject) {
        const used = ws.getUsedRangeOrNullObject(false);
        used.load("rowIndex,rowCount,columnIndex,columnCount");
        await context.sync();
        if (!used.isNullObject) {
          const height = used.rowIndex + used.rowCount;
          const width = used.columnIndex + used.columnCount;
          const scan = ws.getRangeByIndexes(0, 0, Math.min(height, 20), width);
          scan.load("values");
          const table = reg.table ? wb.tables.getItemOrNullObject(reg.table) : null;
          if (table) table.columns.load("items/name");
          await context.sync();
          const headers = new Set(Object.values(reg.headers));
          if (table && !table.isNullObject) {
            for (const col of table.columns.items) {
              if (headers.has(col.name)) {
                col.getDataBodyRange().conditionalFormats.clearAll();
                col.delete();
                columns++;
              }
            }
          } else {
            // Our columns: the rightmost column carrying each of our headers near the top.
            const hits = new Map<number, number>();
            const top = scan.values;
            for (const text of headers) {
              for (let r = 0; r < top.length; r++) {
                const row = top[r] ?? [];
                for (let c = row.length - 1; c >= 0; c--) {
                  if (row[c] === text) {
                    if ((hits.get(c) ?? -1) < r) hits.set(c, r);
                    break;
                  }
                }
              }
            }
            for (const [col, row] of hits) {
              const range = ws.getRangeByIndexes(row, col, height - row, 1);
              range.conditionalFormats.clearAll();
              range.clear("All");
              columns++;
            }
          }
        }
      }
    }
    const created = registry.sheets.map((name) => ({ name, ws: wb.worksheets.getItemOrNullObject(name) }));
    const last = wb.settings.getItemOrNullObject(LAST_RUN_KEY);
    await context.sync();
    for (const { name, ws } of created) {
      if (!ws.isNullObject) {
        ws.delete();
        sheets.push(name);
      }
    }
    if (!last.isNullObject) last.delete();
    await context.sync();
  });
  await saveRegistry(ctx, { ...EMPTY_REGISTRY });
  return { columns, sheets };
}
