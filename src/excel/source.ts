import type { RawTable } from "../engine/types";
import { readValues, type RangeBox } from "./blocks";
import { fail, runBatch, type RunContext } from "./run";

/** Where a table of data lives: the selection, a named Excel table, a sheet's used range, or an address. */
export type SourceSpec =
  | { kind: "selection" }
  | { kind: "table"; name: string }
  | { kind: "sheet"; sheet: string }
  | { kind: "range"; sheet: string; address: string };

export interface LocatedSource {
  box: RangeBox;
  /** The Excel table the data is in, if any (results then go in as table columns). */
  table: string | null;
}

function boxOf(range: Excel.Range, sheet: string): RangeBox {
  return {
    sheet,
    top: range.rowIndex,
    left: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}

/** Whether rectangle `inner` lies within `outer` (both loaded with their indexes and counts). */
function contains(outer: Excel.Range, inner: Excel.Range): boolean {
  return (
    inner.rowIndex >= outer.rowIndex &&
    inner.columnIndex >= outer.columnIndex &&
    inner.rowIndex + inner.rowCount <= outer.rowIndex + outer.rowCount &&
    inner.columnIndex + inner.columnCount <= outer.columnIndex + outer.columnCount
  );
}

/** Resolves a source to its rectangle in one request. A selection inside a table means the whole table. */
export async function locate(ctx: RunContext, spec: SourceSpec): Promise<LocatedSource> {
  return runBatch(ctx, async (context) => {
    const wb = context.workbook;
    let range: Excel.Range;
    let tableName: string | null = null;
    let totalsOf: Excel.Table | null = null;
    if (spec.kind === "table") {
      const table = wb.tables.getItemOrNullObject(spec.name);
      await context.sync();
      if (table.isNullObject) throw fail(ctx, "no_data", { where: spec.name });
      range = table.getRange();
      tableName = spec.name;
      table.load("showTotals");
      totalsOf = table;
    } else if (spec.kind === "sheet") {
      const ws = wb.worksheets.getItemOrNullObject(spec.sheet);
      await context.sync();
      if (ws.isNullObject) throw fail(ctx, "no_data", { where: spec.sheet }, { sheet: spec.sheet });
      const used = ws.getUsedRangeOrNullObject(true);
      await context.sync();
      if (used.isNullObject) throw fail(ctx, "no_data", { where: spec.sheet }, { sheet: spec.sheet });
      range = used;
    } else if (spec.kind === "range") {
      range = wb.worksheets.getItem(spec.sheet).getRange(spec.address);
    } else {
      const selected = wb.getSelectedRange();
      // A whole-column selection (A:H) is cut down to the used rows, so we never read a million blanks.
      const used = selected.getUsedRangeOrNullObject(true);
      selected.load("rowIndex,columnIndex,rowCount,columnCount,address");
      // The selection is on the active sheet: its tables and where they are (ExcelApi 1.1; Range.getTables needs 1.9).
      const tables = wb.worksheets.getActiveWorksheet().tables;
      tables.load("items/name");
      await context.sync();
      const boxes = tables.items.map((t) => ({ name: t.name, range: t.getRange(), table: t }));
      for (const b of boxes) {
        b.range.load("rowIndex,columnIndex,rowCount,columnCount");
        b.table.load("showTotals");
      }
      await context.sync();
      const inside = boxes.find((b) => contains(b.range, selected));
      if (inside) {
        tableName = inside.name;
        range = inside.range;
        totalsOf = inside.table;
      } else {
        if (used.isNullObject) {
          // Name the selection ("销售!H10:K20") so the user sees which cells were empty.
          const where = selected.address;
          const bang = where.lastIndexOf("!");
          throw fail(
            ctx,
            "no_data",
            { where: ctx.lang === "zh-CN" ? `所选区域 ${where}` : `the selection ${where}` },
            {
              sheet: where
                .slice(0, Math.max(bang, 0))
                .replace(/^'(.*)'$/, "$1")
                .replace(/''/g, "'"),
              cell: where.slice(bang + 1),
            },
          );
        }
        range = used;
      }
    }
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    range.worksheet.load("name");
    await context.sync();
    const box = boxOf(range, range.worksheet.name);
    // A table's totals row (SUBTOTAL formulas under a label) is not a line of data.
    if (totalsOf?.showTotals && box.rows > 1) box.rows -= 1;
    return { box, table: tableName };
  });
}

/** Reads a located source into a RawTable for the engine. */
export async function readSource(
  ctx: RunContext,
  source: LocatedSource,
  onBlock?: (done: number, total: number) => void,
): Promise<RawTable> {
  const rows = await readValues(ctx, source.box, onBlock);
  return { sheet: source.box.sheet, top: source.box.top, left: source.box.left, rows };
}
