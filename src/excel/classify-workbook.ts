import { classify, type ClassifyOutcome, type ClassifyRequest } from "../engine/classify";
import type { ProductAnalysis } from "../engine/products";
import type { ClassificationResult } from "../engine/result";
import { cellAddress, qualifiedAddress } from "../engine/read/issues";
import type { Cell, Issue, RawTable } from "../engine/types";
import { createCustomerSheet } from "./customer-sheet";
import type { WorkbookError } from "./errors";
import { formatColumns } from "./format";
import { maskColumns, ownColumnsToMask } from "./mask";
import { findOwnColumns, markColumns, unmarkColumns, type OwnColumn } from "./own-columns";
import { loadRegistrySetting, saveRegistry, type Registry } from "./registry";
import {
  clearOwnCells,
  deleteOwnColumns,
  deleteSheets,
  readHeaderTexts,
  readWidths,
  tableAt,
} from "./column-ops";
import { runProductStep } from "./product-run";
import { buildOutputColumns, formatPlan } from "./result-columns";
import { fail, missingRequirement, report, throwIfCancelled, type RunContext } from "./run";
import { locate, readSource, type LocatedSource, type SourceSpec } from "./source";
import { saveLastRun } from "./state";
import { summaryContent } from "./summary-content";
import { printSummary } from "./summary-print";
import { writeSummarySheet } from "./summary-sheet";
import {
  addTableColumns,
  placeColumns,
  writeColumns,
  type OutputColumn,
  type PlacedColumn,
  type TargetTable,
} from "./write-columns";
import { previousValues, Undo } from "./undo";

export interface ClassifyWorkbookOptions {
  customers: SourceSpec | null;
  transactions: SourceSpec | null;
  standard?: unknown;
  asOf?: string | null;
  /** "YYYY-MM-DD"; default: today by this machine's clock (lines dated later are reported). */
  today?: string;
  mapping?: ClassifyRequest["mapping"];
  /** Write the summary sheet (default true). */
  summary?: boolean;
  /** Write the product sheets when the transactions have a product column (default true). */
  products?: boolean;
  /** The product analysis when the engine keeps its internals (a worker): without it, no product sheets. */
  productAnalysis?: (outcome: EngineOutcome) => Promise<ProductAnalysis | null> | ProductAnalysis | null;
  /** Product code → name when the engine read other transactions than the sheet (the CLI's CSV). */
  productNames?: () => ReadonlyMap<string, string>;
  /** The engine to call; the task pane passes one that runs in a Web Worker. Default: in this thread. */
  engine?: (req: ClassifyRequest) => Promise<EngineOutcome> | EngineOutcome;
}

/** What the workbook layer needs from the engine (a worker keeps the internals to itself). */
export type EngineOutcome = Omit<ClassifyOutcome, "details"> & { details?: ClassifyOutcome["details"] };

export interface ClassifyWorkbookOutcome {
  result: ClassificationResult;
  /** The engine's full outcome (mappings, standard errors, details for what-if). */
  engine: EngineOutcome;
  /** Where the results went. */
  target: TargetTable;
  /** The result columns as written (sheet columns, headers as they are in the header row). */
  placed: PlacedColumn[];
  /** Features the host lacked or that could not be made; the rest was written. */
  warnings: WorkbookError[];
  /** The product analysis on the product sheets (null: none written). */
  products: ProductAnalysis | null;
}

/**
 * The whole run: read the tables, classify, write the result columns with their formats, the summary
 * sheet, and remember what was written. Nothing of the user's is written over: a conflict stops the run
 * before the first write. A cancelled or failed run takes back what it wrote (new columns and sheets go,
 * columns of an earlier run get their earlier values back), then reports why it stopped.
 */
export async function classifyWorkbook(
  ctx: RunContext,
  opts: ClassifyWorkbookOptions,
): Promise<ClassifyWorkbookOutcome> {
  // Settings, names and *OrNullObject (ExcelApi 1.4) are how a rerun and "Remove results" find our work.
  if (!ctx.host.isSetSupported("ExcelApi", "1.4"))
    throw fail(ctx, "unsupported_host", { set: "ExcelApi", version: "1.4" });
  const { registry, exists: registryExisted } = await loadRegistrySetting(ctx);
  const own = await findOwnColumns(ctx);
  report(ctx, "reading", 0);
  const custSrc = opts.customers ? await locate(ctx, opts.customers) : null;
  const txSrc = opts.transactions ? await locate(ctx, opts.transactions) : null;
  const custRaw = custSrc
    ? await readSource(ctx, custSrc, (d, t) => report(ctx, "reading", (0.3 * d) / t))
    : null;
  const txRaw = txSrc
    ? await readSource(ctx, txSrc, (d, t) => report(ctx, "reading", 0.3 + (0.7 * d) / t))
    : null;
  // Our own columns of an earlier run are not customer data: the engine never sees them.
  const masked = custRaw ? maskColumns(custRaw, ownColumnsToMask(custRaw, own)) : null;
  throwIfCancelled(ctx);

  report(ctx, "classifying", 0);
  const engine = opts.engine ?? classify;
  const outcome = await engine({
    customers: masked,
    transactions: txRaw,
    standard: opts.standard,
    asOf: opts.asOf ?? null,
    today: opts.today ?? localToday(),
    lang: ctx.lang,
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  const { result } = outcome;
  report(ctx, "classifying", 1);
  throwIfCancelled(ctx);
  // No customer at all (no header, no data rows, every line unusable): writing an empty result sheet and
  // summary would only litter the workbook. Stop, with the engine's first error (it names the cell).
  if (result.customers.length === 0) throw nothingToClassify(ctx, result.issues, custSrc ?? txSrc);

  const onUserTable = custSrc !== null && masked !== null && outcome.customerHeaderRow !== null;
  const undo = new Undo(ctx, registry, registryExisted, own);
  try {
    let target: TargetTable;
    let columns: OutputColumn[];
    let idHeaderCol: number | null;
    if (onUserTable) {
      const mapped = Object.values(outcome.mappings.customers?.fields ?? {}).map((f) => f.col);
      const lastCustomer = result.customers.reduce((m, c) => Math.max(m, c.row), -1);
      target = targetOf(
        custSrc,
        masked,
        outcome.customerHeaderRow ?? 0,
        Math.max(0, ...mapped),
        lastCustomer,
      );
      columns = buildOutputColumns(result, target.firstDataRow, target.dataRows, ctx.lang);
      const idCol = outcome.mappings.customers?.fields.id?.col;
      idHeaderCol = idCol === undefined ? null : custSrc.box.left + idCol;
    } else {
      const existed = registry.createdCustomerSheet;
      target = await createCustomerSheet(ctx, result, existed);
      if (existed !== target.sheet) undo.sheets.push(target.sheet);
      columns = buildOutputColumns(
        result,
        target.firstDataRow,
        target.dataRows,
        ctx.lang,
        (_c, i) => target.firstDataRow + i,
      );
      idHeaderCol = 0;
    }

    report(ctx, "writing", 0);
    const { placed, fresh, stale } = await placeColumns(ctx, target, columns, own);
    const widths = await readWidths(
      ctx,
      target.sheet,
      fresh.map((p) => p.col),
    );
    const created = onUserTable ? null : target.sheet;
    const next: Registry = {
      ...registry,
      createdCustomerSheet: created,
      sheets: [
        ...registry.sheets.filter((n) => n !== registry.createdCustomerSheet),
        ...(created ? [created] : []),
      ],
      columns: {
        sheet: target.sheet,
        table: target.table,
        headers: Object.fromEntries(placed.map((p) => [p.key, p.header])),
        widths: {
          ...(registry.columns?.sheet === target.sheet ? registry.columns.widths : {}),
          ...Object.fromEntries(fresh.map((p, i) => [p.key, widths[i] ?? null])),
        },
      },
    };
    undo.fresh = fresh;
    undo.target = target;
    undo.freshWidths = widths;
    undo.previous =
      custSrc && custSrc.box.sheet === target.sheet
        ? previousValues(custRaw, custSrc, target, placed, fresh)
        : [];
    // Register (and mark the columns) before writing, so that a run that dies half-way can still be removed.
    await saveRegistry(ctx, next);
    if (target.table) await addTableColumns(ctx, target.table, fresh);
    await markColumns(ctx, target.sheet, target.headerRow, target.dataRows + 1, placed);
    await writeColumns(ctx, target, columns, placed, (f) => report(ctx, "writing", f));
    if (!target.table) await clearOwnCells(ctx, target.sheet, belowTarget(target, placed, own));
    throwIfCancelled(ctx);

    report(ctx, "formatting", 0);
    const warnings: WorkbookError[] = [];
    const cfMissing = missingRequirement(
      ctx,
      "ExcelApi",
      "1.6",
      ctx.lang === "zh-CN" ? "条件格式" : "conditional formatting",
    );
    if (cfMissing) warnings.push(cfMissing);
    else await formatColumns(ctx, target, placed, formatPlan(result, columns));
    report(ctx, "formatting", 1);
    throwIfCancelled(ctx);

    // Columns of an earlier run that this run has no values for go now that the new ones are in.
    const kept = await dropStale(ctx, stale, placed, target);
    // The header texts as Excel has them (a table renames a column whose name is taken: "销售额2").
    const lastCol = Math.max(target.right, ...kept.map((p) => p.col));
    const headers = await readHeaderTexts(
      ctx,
      target.sheet,
      target.headerRow,
      target.left,
      lastCol - target.left + 1,
    );
    const headerAt = (col: number) => headers[col - target.left] ?? "";
    const final = kept.map((p) => ({ ...p, header: headerAt(p.col) || p.header }));
    const idHeader = idHeaderCol === null ? null : headerAt(idHeaderCol) || null;

    // Results now live in the user's table: the customer sheet an earlier run created is out of date.
    if (onUserTable && registry.createdCustomerSheet)
      await deleteSheets(ctx, [registry.createdCustomerSheet]);

    if (opts.summary !== false) {
      report(ctx, "summary", 0);
      const content = summaryContent(result, target, final, idHeader, headers, ctx.lang);
      warnings.push(...(await writeSummarySheet(ctx, content)));
      warnings.push(...(await printSummary(ctx, content, result)));
      if (!next.sheets.includes(content.sheetName)) next.sheets = [...next.sheets, content.sheetName];
      report(ctx, "summary", 1);
    }
    const products = await runProductStep(ctx, {
      enabled: opts.products !== false,
      outcome,
      ...(opts.productAnalysis ? { analyse: opts.productAnalysis } : {}),
      transactions: txRaw,
      ...(opts.productNames ? { names: opts.productNames } : {}),
      registered: next.sheets,
      onNewSheet: (n) => undo.sheets.push(n),
    });
    next.sheets = products.sheets;
    warnings.push(...products.warnings);
    undo.done = true;
    await saveRegistry(ctx, next);
    await saveLastRun(ctx, {
      standard: result.standard,
      mapping: opts.mapping ?? null,
      asOf: opts.asOf ?? null,
      sources: { customers: opts.customers, transactions: opts.transactions },
    });
    // One warning per missing feature, however many sheets lacked it (print settings of each report sheet).
    const unique = warnings.filter((w, i) => warnings.findIndex((x) => x.message === w.message) === i);
    return { result, engine: outcome, target, placed: final, warnings: unique, products: products.analysis };
  } catch (e) {
    if (!undo.done) await undo.run();
    throw e;
  }
}

/** Cells of reused columns below the new last row that the last run wrote (an Excel table shrinks itself). */
function belowTarget(
  target: TargetTable,
  placed: readonly PlacedColumn[],
  own: readonly OwnColumn[],
): { top: number; col: number; rows: number }[] {
  const end = target.headerRow + target.dataRows + 1;
  return placed.flatMap((p) => {
    const o = own.find((x) => x.key === p.key && x.sheet === target.sheet && x.col === p.col);
    return o && o.row + o.rows > end ? [{ top: end, col: p.col, rows: o.row + o.rows - end }] : [];
  });
}

/** Removes stale columns (table columns are deleted, which moves later columns left: placed are adjusted). */
async function dropStale(
  ctx: RunContext,
  stale: readonly OwnColumn[],
  placed: readonly PlacedColumn[],
  target: TargetTable,
): Promise<PlacedColumn[]> {
  let out = [...placed];
  // Right to left, so that a deleted table column does not move the stale ones still to go.
  for (const o of [...stale].sort((a, b) => b.col - a.col)) {
    const onTarget = o.sheet === target.sheet && o.row === target.headerRow;
    const table = onTarget ? target.table : await tableAt(ctx, o);
    await deleteOwnColumns(ctx, o.sheet, table, o.row, o.rows, [o.col]);
    if (onTarget && table) out = out.map((p) => (p.col > o.col ? { ...p, col: p.col - 1 } : p));
  }
  await unmarkColumns(
    ctx,
    stale.filter((s) => !placed.some((p) => p.key === s.key)).map((s) => s.key),
  );
  return out;
}

/** Today's date on the user's clock, "YYYY-MM-DD". */
function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function nothingToClassify(
  ctx: RunContext,
  issues: readonly Issue[],
  src: LocatedSource | null,
): WorkbookError {
  const first = issues.find((i) => i.severity === "error") ?? issues[0];
  if (first) {
    const reason = first.message;
    return fail(ctx, "no_customers", { reason }, { sheet: first.sheet, cell: first.cell || undefined });
  }
  const where = src ? qualifiedAddress(src.box.sheet, boxAddress(src)) : "";
  return fail(ctx, "no_data", { where });
}

function boxAddress(src: LocatedSource): string {
  const { top, left, rows, cols } = src.box;
  const a = cellAddress(top, left);
  return rows <= 1 && cols <= 1
    ? a
    : `${a}:${cellAddress(top + Math.max(rows, 1) - 1, left + Math.max(cols, 1) - 1)}`;
}

function blank(v: Cell | undefined): boolean {
  return v === null || v === undefined || v === "";
}

/** `lastCustomer`: the sheet row (0-based) of the table's last customer, -1 when it has none. */
function targetOf(
  src: LocatedSource,
  raw: RawTable,
  headerRow: number,
  lastMapped: number,
  lastCustomer: number,
): TargetTable {
  // Trailing blank rows of a selection or used range are not data rows; an Excel table's rows are all
  // its own (new table columns span them, and whatever is right of them would move).
  let last = raw.rows.length - 1;
  while (!src.table && last > headerRow && (raw.rows[last] ?? []).every(blank)) last--;
  // Nor are rows below the last customer (a total line, a stray note on row 1,048,576): results stop
  // there rather than fill blank cells down to it.
  if (!src.table && lastCustomer >= 0) last = Math.max(headerRow, Math.min(last, lastCustomer - raw.top));
  // The user's table ends before its first entirely blank column (in its rows), as Excel's current
  // region does: a note further right is not part of it. Our own columns are masked, so they are blank.
  // A column the classification read is part of it whatever lies between (an empty column inside an
  // export must not put our columns on top of the user's 行业 or 地区).
  const width = raw.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const filled = new Uint8Array(width);
  for (let r = headerRow; r <= last; r++) {
    const row = raw.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (!blank(row[c])) filled[c] = 1;
  }
  let right = 0;
  for (;;) {
    while (right + 1 < width && filled[right + 1] === 1) right++;
    if (right >= lastMapped) break;
    right++;
  }
  const top = src.box.top + headerRow;
  return {
    sheet: src.box.sheet,
    headerRow: top,
    firstDataRow: top + 1,
    dataRows: last - headerRow,
    left: src.box.left,
    right: src.box.left + right,
    table: src.table,
  };
}
