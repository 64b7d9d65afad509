import { classify, type ClassifyOutcome, type ClassifyRequest } from "../engine/classify";
import type { ClassificationResult } from "../engine/result";
import type { RawTable } from "../engine/types";
import { ownColumnsToMask, maskColumns } from "./mask";
import { createCustomerSheet } from "./customer-sheet";
import type { WorkbookError } from "./errors";
import { formatColumns } from "./format";
import { loadRegistry, saveRegistry, type Registry } from "./registry";
import { buildOutputColumns, formatPlan } from "./result-columns";
import { report, throwIfCancelled, type RunContext } from "./run";
import { locate, readSource, type LocatedSource, type SourceSpec } from "./source";
import { summaryContent } from "./summary-content";
import { writeSummarySheet } from "./summary-sheet";
import { saveLastRun } from "./state";
import { placeColumns, writeColumns, type TargetTable } from "./write-columns";
import { clearColumns } from "./remove";

export interface ClassifyWorkbookOptions {
  customers: SourceSpec | null;
  transactions: SourceSpec | null;
  standard?: unknown;
  asOf?: string | null;
  mapping?: ClassifyRequest["mapping"];
  /** Write the summary sheet (default true). */
  summary?: boolean;
  /** The engine to call; the task pane passes one that runs in a Web Worker. Default: in this thread. */
  engine?: (req: ClassifyRequest) => Promise<ClassifyOutcome> | ClassifyOutcome;
}

export interface ClassifyWorkbookOutcome {
  result: ClassificationResult;
  /** Where the results went. */
  target: TargetTable;
  /** Features the host lacked; the rest was written. */
  warnings: WorkbookError[];
}

/**
 * The whole run: read the tables, classify, write the result columns with their formats, the summary
 * sheet, and remember what was written. Nothing of the user's is written over: a conflict stops the run
 * before the first write.
 */
export async function classifyWorkbook(ctx: RunContext, opts: ClassifyWorkbookOptions): Promise<ClassifyWorkbookOutcome> {
  const registry = await loadRegistry(ctx);
  report(ctx, "reading", 0);
  const custSrc = opts.customers ? await locate(ctx, opts.customers) : null;
  const txSrc = opts.transactions ? await locate(ctx, opts.transactions) : null;
  const custRaw = custSrc ? await readSource(ctx, custSrc, (d, t) => report(ctx, "reading", (0.3 * d) / t)) : null;
  const txRaw = txSrc ? await readSource(ctx, txSrc, (d, t) => report(ctx, "reading", 0.3 + (0.7 * d) / t)) : null;
  // Our own columns of an earlier run are not customer data: the engine never sees them.
  const masked = custRaw ? maskColumns(custRaw, ownColumnsToMask(custRaw, registry)) : null;
  throwIfCancelled(ctx);

  report(ctx, "classifying", 0);
  const engine = opts.engine ?? classify;
  const outcome = await engine({
    customers: masked,
    transactions: txRaw,
    standard: opts.standard,
    asOf: opts.asOf ?? null,
    lang: ctx.lang,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  const { result } = outcome;
  report(ctx, "classifying", 1);
  throwIfCancelled(ctx);

  const onUserTable = custSrc !== null && masked !== null && outcome.customerHeaderRow !== null;
  const target = onUserTable
    ? targetOf(custSrc, masked, outcome.customerHeaderRow ?? 0, registry)
    : await createCustomerSheet(ctx, result, registry);

  report(ctx, "writing", 0);
  const columns = onUserTable
    ? buildOutputColumns(result, target.firstDataRow, target.dataRows, ctx.lang)
    : buildOutputColumns(result, target.firstDataRow, target.dataRows, ctx.lang, (_c, i) => target.firstDataRow + i);
  const previous = registry.columns && registry.columns.sheet === target.sheet ? registry.columns : null;
  const { placed, stale } = await placeColumns(ctx, target, columns, previous);
  const next: Registry = {
    ...registry,
    columns: { sheet: target.sheet, table: target.table, headers: Object.fromEntries(placed.map((p) => [p.key, p.header])) },
  };
  // Register before writing, so that a failed or cancelled run can still be removed cleanly.
  await saveRegistry(ctx, { ...next, columns: mergeHeaders(registry, next) });
  if (stale.length > 0) await clearColumns(ctx, target.sheet, target.headerRow, target.dataRows + 1, stale);
  await writeColumns(ctx, target, columns, placed, (f) => report(ctx, "writing", f));
  throwIfCancelled(ctx);

  report(ctx, "formatting", 0);
  await formatColumns(ctx, target, placed, formatPlan(result, columns));
  report(ctx, "formatting", 1);

  const warnings: WorkbookError[] = [];
  if (opts.summary !== false) {
    report(ctx, "summary", 0);
    const content = summaryContent(result, target, placed, ctx.lang);
    warnings.push(...(await writeSummarySheet(ctx, content)));
    if (!next.sheets.includes(content.sheetName)) next.sheets = [...next.sheets, content.sheetName];
    report(ctx, "summary", 1);
  }
  await saveRegistry(ctx, next);
  await saveLastRun(ctx, { standard: result.standard, mapping: opts.mapping ?? null, asOf: opts.asOf ?? null });
  return { result, target, warnings };
}

/** Headers of this run plus those of the last, so a half-done run's columns are still known as ours. */
function mergeHeaders(before: Registry, after: Registry): Registry["columns"] {
  if (!after.columns) return before.columns;
  if (!before.columns || before.columns.sheet !== after.columns.sheet) return after.columns;
  return { ...after.columns, headers: { ...before.columns.headers, ...after.columns.headers } };
}

function targetOf(src: LocatedSource, raw: RawTable, headerRow: number, registry: Registry): TargetTable {
  // The user's data ends at the last column that is not ours.
  let right = src.box.left + src.box.cols - 1;
  const masked = new Set(ownColumnsToMask(raw, registry));
  while (right > src.box.left && masked.has(right - src.box.left)) right--;
  const top = src.box.top + headerRow;
  // Trailing blank rows of a selection are not data rows.
  let last = raw.rows.length - 1;
  while (last > headerRow && (raw.rows[last] ?? []).every((v) => v === "" || v === null)) last--;
  return {
    sheet: src.box.sheet,
    headerRow: top,
    firstDataRow: top + 1,
    dataRows: last - headerRow,
    left: src.box.left,
    right,
    table: src.table,
  };
}
