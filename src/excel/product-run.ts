/**
 * The product step of a run: analyse sales by product (engine/products) when the transactions have a
 * product column, write the two product sheets under names that are not the user's, and drop product
 * sheets of an earlier run that this run does not write (no product column any more, products turned
 * off, the other language). Only sheets in the registry are ever deleted.
 */
import { analyseProducts, type ProductAnalysis } from "../engine/products";
import { normaliseId } from "../engine/read/cells";
import type { RawTable } from "../engine/types";
import type { WorkbookError } from "./errors";
import type { EngineOutcome } from "./classify-workbook";
import { deleteSheets } from "./column-ops";
import { PRODUCT_SHEET_NAMES, productContent } from "./product-content";
import { writeProductSheets } from "./product-sheet";
import { runBatch, type RunContext } from "./run";

export interface ProductStep {
  /** False: no product sheets (earlier ones go). */
  enabled: boolean;
  outcome: EngineOutcome;
  /** Gives the analysis when the outcome has no internals (the engine ran in a worker). */
  analyse?: (outcome: EngineOutcome) => Promise<ProductAnalysis | null> | ProductAnalysis | null;
  /** The transactions as read (product names are taken from them when the analysis has none). */
  transactions: RawTable | null;
  /** Product code → name, given instead (the engine read other transactions than `transactions`). */
  names?: () => ReadonlyMap<string, string>;
  /** Sheets the add-in owns (registry). */
  registered: readonly string[];
  /** Called with each sheet this run creates (a failed run deletes it again). */
  onNewSheet: (name: string) => void;
}

export interface ProductStepOutcome {
  warnings: WorkbookError[];
  /** The registry's sheet list after the step. */
  sheets: string[];
  /** The analysis written (null: none). */
  analysis: ProductAnalysis | null;
}

const BASES: readonly string[] = Object.values(PRODUCT_SHEET_NAMES).flatMap((n) => [n.overview, n.list]);

/** A product sheet name of either language, with the " (2)" a clash with a user's sheet adds. */
export function isProductSheetName(name: string): boolean {
  const m = /^(.*?)(?: \((\d+)\))?$/.exec(name);
  return m !== null && BASES.includes(m[1] ?? "");
}

/** `base`, or "base (2)", "base (3)"… when a sheet of that name is the user's (not in the registry). */
function freeName(base: string, existing: ReadonlySet<string>, registered: readonly string[]): string {
  const ours = new Set(registered.map((n) => n.toLowerCase()));
  let name = base;
  for (let k = 2; existing.has(name.toLowerCase()) && !ours.has(name.toLowerCase()); k++)
    name = `${base} (${k})`;
  return name;
}

/**
 * Product code → name from the transactions' name column (the first non-empty name of each code), for
 * an analysis whose rows carry codes only. Codes are normalised as the reader normalises them.
 */
export function productNamesOf(raw: RawTable | null, outcome: EngineOutcome): Map<string, string> {
  const names = new Map<string, string>();
  const m = outcome.mappings.transactions;
  const code = m?.fields.product?.col;
  const name = m?.fields.productName?.col;
  if (!raw || !m || code === undefined || name === undefined || code === name) return names;
  for (let r = m.headerRow + 1; r < raw.rows.length; r++) {
    const row = raw.rows[r];
    if (!row) continue;
    const key = normaliseId(row[code]);
    const v = row[name];
    if (key === null || names.has(key) || v === null || v === undefined) continue;
    const text = String(v).trim();
    if (text !== "") names.set(key, text);
  }
  return names;
}

/** Fills in missing product names (abc and trend rows) from `names`. */
function withNames(a: ProductAnalysis, names: ReadonlyMap<string, string>): ProductAnalysis {
  if (names.size === 0) return a;
  const fill = <T extends { code: string; name: string | null }>(r: T): T =>
    r.name === null ? { ...r, name: names.get(r.code) ?? null } : r;
  const t = a.trends;
  return {
    ...a,
    abc: { ...a.abc, rows: a.abc.rows.map(fill) },
    trends: t
      ? { ...t, rising: t.rising.map(fill), falling: t.falling.map(fill), new: t.new.map(fill) }
      : null,
  };
}

async function sheetNames(ctx: RunContext): Promise<Set<string>> {
  return runBatch(ctx, async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return new Set(sheets.items.map((s) => s.name.toLowerCase()));
  });
}

export async function runProductStep(ctx: RunContext, step: ProductStep): Promise<ProductStepOutcome> {
  const { outcome } = step;
  let analysis: ProductAnalysis | null = null;
  if (step.enabled) {
    if (outcome.details) analysis = analyseProducts(outcome.details.tx, outcome.result);
    else if (step.analyse) analysis = await step.analyse(outcome);
  }
  const ours = step.registered.filter(isProductSheetName);
  const rest = step.registered.filter((n) => !isProductSheetName(n));
  if (!analysis?.available || analysis.abc.rows.length === 0) {
    await deleteSheets(ctx, ours);
    return { warnings: [], sheets: rest, analysis: null };
  }
  const existing = await sheetNames(ctx);
  const base = PRODUCT_SHEET_NAMES[ctx.lang];
  const overview = freeName(base.overview, existing, ours);
  const list = freeName(base.list, existing, ours);
  for (const n of [overview, list]) if (!ours.includes(n)) step.onNewSheet(n);
  if (analysis.abc.rows.some((r) => r.name === null))
    analysis = withNames(analysis, step.names?.() ?? productNamesOf(step.transactions, outcome));
  const content = productContent(analysis, outcome.result, ctx.lang);
  content.overviewName = overview;
  content.list.sheetName = list;
  await deleteSheets(
    ctx,
    ours.filter((n) => n !== overview && n !== list),
  );
  const warnings = await writeProductSheets(ctx, content, outcome.result.standard);
  return { warnings, sheets: [...rest, overview, list], analysis };
}
