import { deleteOwnColumns, deleteSheets, setWidths, tableAt } from "./column-ops";
import { findOwnColumns, unmarkColumns } from "./own-columns";
import { deleteRegistry, EMPTY_REGISTRY, loadRegistry, saveRegistry } from "./registry";
import type { RunContext } from "./run";

export interface RemoveOutcome {
  /** Result columns taken away. */
  columns: number;
  /** Sheets deleted (summary, created customer list). */
  sheets: string[];
}

/**
 * "Remove results": takes back everything a run added — the result columns (deleted as table columns
 * in an Excel table, cleared of contents and formats on a plain range, their widths as they were), the
 * names marking them, and the sheets it created — and forgets them. The user's cells are not touched.
 * The editable standard sheet stays (the user may have edited it; it is input, not a result), and so do
 * the standard and mapping last used (state.ts), which the user expects to find again.
 */
export async function removeResults(ctx: RunContext): Promise<RemoveOutcome> {
  const registry = await loadRegistry(ctx);
  const own = await findOwnColumns(ctx);
  const created = registry.sheets.filter((s) => s !== registry.standardSheet);
  // Columns on sheets about to be deleted need no work of their own.
  const cols = own.filter((o) => !created.includes(o.sheet)).sort((a, b) => b.col - a.col);
  const widths = registry.columns?.widths ?? {};
  for (const o of cols) {
    const table = await tableAt(ctx, o);
    await deleteOwnColumns(ctx, o.sheet, table, o.row, o.rows, [o.col]);
    await setWidths(ctx, o.sheet, [{ col: o.col, width: widths[o.key] ?? null }]);
  }
  await unmarkColumns(
    ctx,
    own.map((o) => o.key),
  );
  const sheets = await deleteSheets(ctx, created);
  if (registry.standardSheet) {
    await saveRegistry(ctx, {
      ...EMPTY_REGISTRY,
      sheets: [registry.standardSheet],
      standardSheet: registry.standardSheet,
    });
  } else {
    await deleteRegistry(ctx);
  }
  return { columns: cols.length, sheets };
}
