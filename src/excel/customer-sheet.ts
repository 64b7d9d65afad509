import type { ClassificationResult } from "../engine/result";
import { writeBlocks } from "./blocks";
import { queueBlock } from "./cells";
import type { Registry } from "./registry";
import { runBatch, type RunContext } from "./run";
import type { TargetTable } from "./write-columns";

const NAMES = { "zh-CN": "客户分类结果", "en-US": "Classified customers" } as const;
const HEADERS = { "zh-CN": ["客户编号", "客户名称"], "en-US": ["Customer ID", "Customer name"] } as const;

/**
 * With transactions but no customer table: a sheet listing every customer found, ID and name (user text,
 * written as text), with the result columns beside them like on a user's own table.
 */
export async function createCustomerSheet(
  ctx: RunContext,
  result: ClassificationResult,
  registry: Registry,
): Promise<TargetTable> {
  const base = NAMES[ctx.lang];
  const name = await runBatch(ctx, async (context) => {
    // Reuse our own sheet from an earlier run; never take over a sheet of the user's with that name.
    const candidates = [base, ...Array.from({ length: 8 }, (_, i) => `${base} (${i + 2})`)];
    const sheets = candidates.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    const ours = registry.createdCustomerSheet;
    const i = candidates.findIndex((n, k) => n === ours || sheets[k]?.isNullObject === true);
    const chosen = candidates[i >= 0 ? i : candidates.length - 1] ?? base;
    const existing = sheets[i];
    if (existing && !existing.isNullObject) existing.delete();
    const ws = context.workbook.worksheets.add(chosen);
    const head = queueBlock(ws, { top: 0, left: 0, rows: [[...HEADERS[ctx.lang]]], formats: ["@", "@"] });
    head.format.font.bold = true;
    ws.getRange("A:A").format.columnWidth = 90;
    ws.getRange("B:B").format.columnWidth = 200;
    ws.freezePanes.freezeRows(1);
    await context.sync();
    return chosen;
  });
  const rows = result.customers.map((c) => [c.id, c.name ?? ""]);
  // IDs and names are the user's text: "@" first, so "=…" stays text.
  await writeBlocks(ctx, { sheet: name, top: 1, left: 0, cols: 2 }, rows, (range, _first, count) => {
    range.numberFormat = Array.from({ length: count }, () => ["@", "@"]);
  });
  registry.createdCustomerSheet = name;
  if (!registry.sheets.includes(name)) registry.sheets = [...registry.sheets, name];
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
