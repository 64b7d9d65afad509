import { detectTableKind } from "../engine/read/headers";
import type { Cell } from "../engine/types";
import { loadRegistry } from "./registry";
import { runBatch, type RunContext } from "./run";
import type { SourceSpec } from "./source";

const SCAN_ROWS = 20;
/** Rows of a worksheet in Excel 2007 and later. */
const EXCEL_ROWS = 1_048_576;

export interface DetectedSources {
  customers: SourceSpec | null;
  transactions: SourceSpec | null;
}

/**
 * Finds the customer and transaction tables of a workbook by their headers (a title row above the header
 * is normal): the first sheet of each kind wins. Sheets the add-in created are skipped.
 */
export async function detectSources(ctx: RunContext): Promise<DetectedSources> {
  const registry = await loadRegistry(ctx);
  const tops = await runBatch(ctx, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((ws) => ({ name: ws.name, used: ws.getUsedRangeOrNullObject(true) }));
    for (const u of used) u.used.load("rowIndex,columnIndex,columnCount");
    await context.sync();
    const heads = used
      .filter((u) => !u.used.isNullObject && !registry.sheets.includes(u.name))
      .map((u) => ({
        name: u.name,
        range: context.workbook.worksheets
          .getItem(u.name)
          // Never past Excel's last row: a table may end on row 1,048,576.
          .getRangeByIndexes(
            u.used.rowIndex,
            u.used.columnIndex,
            Math.min(SCAN_ROWS, EXCEL_ROWS - u.used.rowIndex),
            u.used.columnCount,
          ),
      }));
    for (const h of heads) h.range.load("values");
    await context.sync();
    return heads.map((h) => ({ name: h.name, rows: h.range.values as Cell[][] }));
  });
  let customers: SourceSpec | null = null;
  let transactions: SourceSpec | null = null;
  for (const t of tops) {
    const kind = detectTableKind(t.rows);
    if (kind === "customers" && !customers) customers = { kind: "sheet", sheet: t.name };
    if (kind === "transactions" && !transactions) transactions = { kind: "sheet", sheet: t.name };
  }
  return { customers, transactions };
}
