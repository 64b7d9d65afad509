import type { ClassificationResult } from "../engine/result";
import { writeBlocks } from "./blocks";
import { queueBlock } from "./cells";
import { runBatch, type RunContext } from "./run";
import type { TargetTable } from "./write-columns";

const NAMES = { "zh-CN": "客户分类结果", "en-US": "Classified customers" } as const;
const HEADERS = { "zh-CN": ["客户编号", "客户名称"], "en-US": ["Customer ID", "Customer name"] } as const;

/**
 * With transactions but no customer table: a sheet listing every customer found, ID and name (user text,
 * written as text), with the result columns beside them like on a user's own table. `previous` is the
 * sheet an earlier run created: it is ours, so it is replaced; a user's sheet of that name is never taken.
 */
export async function createCustomerSheet(
  ctx: RunContext,
  result: ClassificationResult,
  previous: string | null,
): Promise<TargetTable> {
  const base = NAMES[ctx.lang];
  const name = await runBatch(ctx, async (context) => {
    const candidates = [
      ...new Set([
        ...(previous ? [previous] : []),
        base,
        ...Array.from({ length: 30 }, (_, i) => `${base} (${i + 2})`),
      ]),
    ];
    const sheets = candidates.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    const i = candidates.findIndex((n, k) => n === previous || sheets[k]?.isNullObject === true);
    const existing = sheets[i];
    if (existing && !existing.isNullObject) existing.delete();
    // Every candidate name is a sheet of the user's: Excel names the new sheet itself.
    const ws = context.workbook.worksheets.add(candidates[i]);
    ws.load("name");
    const head = queueBlock(ws, { top: 0, left: 0, rows: [[...HEADERS[ctx.lang]]], formats: ["@", "@"] });
    head.format.font.bold = true;
    head.format.wrapText = true;
    head.format.verticalAlignment = "Top";
    ws.getRange("A:A").format.columnWidth = 90;
    ws.getRange("B:B").format.columnWidth = 200;
    ws.freezePanes.freezeRows(1);
    await context.sync();
    return ws.name;
  });
  const rows = result.customers.map((c) => [c.id, c.name ?? ""]);
  // IDs and names are the user's text: "@" first, so "=…" stays text.
  await writeBlocks(
    ctx,
    { sheet: name, top: 1, left: 0, cols: 2 },
    rows,
    (range, _first, count) => {
      range.numberFormat = Array.from({ length: count }, () => ["@", "@"]);
    },
    undefined,
    10,
  );
  return {
    sheet: name,
    headerRow: 0,
    firstDataRow: 1,
    dataRows: result.customers.length,
    left: 0,
    right: 1,
    table: null,
  };
}
