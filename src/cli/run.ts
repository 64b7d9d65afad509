/**
 * `custclass classify`: the add-in's own workbook layer run against the simulated workbook, so the
 * columns, formats and summary it writes are the ones Excel gets. Exit 0 ran, 1 input unusable, 2 usage.
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { classify, type ClassifyRequest } from "../engine/classify";
import { explainAll } from "../engine/explain/explain";
import type { Lang, RawTable } from "../engine/types";
import { classifyWorkbook } from "../excel/classify-workbook";
import { detectSources } from "../excel/detect";
import { WorkbookError } from "../excel/errors";
import type { ExcelHost } from "../excel/host";
import { productNamesOf } from "../excel/product-run";
import type { RunContext } from "../excel/run";
import type { SourceSpec } from "../excel/source";
import { createSimulator, createWorkbookState, loadXlsx, PAYLOAD_LIMIT_BYTES, saveXlsx } from "../sim";
import { parseCli, USAGE, UsageError, type CliOptions } from "./args";
import { importCsvSheet, importCsvTable } from "./csv-import";
import { InputError } from "./errors";
import { printSummary } from "./print";
import { progressPrinter } from "./progress";
import { loadStandardFile } from "./standard-file";

function sourceSpec(src: string, book: string | null): SourceSpec | "csv" {
  if (/\.csv(\.gz)?$/i.test(src)) return "csv";
  if (!book) throw new UsageError(`"${src}" names a sheet or range, which needs a workbook argument`);
  const bang = src.lastIndexOf("!");
  if (bang > 0) {
    const sheet = src
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    return { kind: "range", sheet, address: src.slice(bang + 1) };
  }
  return { kind: "sheet", sheet: src };
}

function defaultOut(opts: CliOptions): string | null {
  if (opts.out) return opts.out;
  if (!opts.book) return null;
  const ext = extname(opts.book);
  return resolve(dirname(opts.book), `${basename(opts.book, ext)}.classified.xlsx`);
}

export async function run(
  argv: readonly string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  let opts: CliOptions | "help";
  try {
    opts = parseCli(argv);
  } catch (e) {
    io.err.write(`custclass: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts === "help") {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  try {
    return await classifyCommand(opts, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err.write(`custclass: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof WorkbookError) {
      const where = e instanceof WorkbookError && e.sheet ? ` [${e.sheet}${e.cell ? `!${e.cell}` : ""}]` : "";
      io.err.write(`custclass: ${e.message}${where}\n`);
      return 1;
    }
    throw e;
  }
}

/**
 * Imports a transactions CSV; its table goes into `into` only. A local of classifyCommand would keep
 * it: a suspended async function holds its locals, and so a million rows through the .xlsx save.
 */
async function importTransactionsCsv(
  ctx: RunContext,
  src: string,
  lang: Lang,
  into: { raw: RawTable | null },
): Promise<string> {
  const { sheet, raw } = await importCsvTable(ctx, src, "transactions", lang);
  into.raw = raw;
  return sheet;
}

async function classifyCommand(
  opts: CliOptions,
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream },
): Promise<number> {
  const lang = opts.lang;
  const standard = opts.standard ? await loadStandardFile(opts.standard, lang) : undefined;

  let state;
  if (opts.book) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(opts.book));
    } catch (e) {
      throw new InputError(`cannot read ${opts.book}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    try {
      state = await loadXlsx(bytes);
    } catch (e) {
      throw new InputError(
        `${opts.book} is not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  } else {
    state = createWorkbookState([]);
  }
  const sim = createSimulator(state);
  const host: ExcelHost = {
    run: (batch) => sim.run(batch),
    isSetSupported: () => true,
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
  const progress = opts.quiet ? undefined : progressPrinter(io.err, lang);
  const ctx: RunContext = { host, lang, ...(progress ? { onProgress: progress } : {}) };

  let customers: SourceSpec | null = null;
  let transactions: SourceSpec | null = null;
  let importedTransactions: string | null = null;
  // The transactions CSV's table, handed to the engine once (see below).
  const direct: { raw: RawTable | null } = { raw: null };
  for (const [which, src] of [
    ["customers", opts.customers],
    ["transactions", opts.transactions],
  ] as const) {
    if (!src) continue;
    const spec = sourceSpec(src, opts.book);
    let resolved: SourceSpec = spec === "csv" ? { kind: "sheet", sheet: "" } : spec;
    if (spec === "csv" && which === "transactions") {
      // The transactions stay in their CSV file: the result workbook holds the customers and the results.
      // So they go to the engine directly, not through the workbook (see importCsvTable).
      const sheet = await importTransactionsCsv(ctx, src, lang, direct);
      resolved = { kind: "sheet", sheet };
      importedTransactions = sheet;
    } else if (spec === "csv") {
      // The customer table gets the result columns beside it, so it is a sheet of the result workbook.
      resolved = { kind: "sheet", sheet: await importCsvSheet(ctx, src, which, lang) };
    }
    if (which === "customers") customers = resolved;
    else transactions = resolved;
  }
  if (opts.book && !opts.customers && !opts.transactions) {
    const found = await detectSources(ctx);
    customers = found.customers;
    transactions = found.transactions;
    if (!customers && !transactions) {
      throw new InputError(
        lang === "zh-CN"
          ? `${opts.book} 中没有找到客户表或交易明细表（表头需含"客户编号""日期""金额"等）。可用 --customers / --transactions 指定工作表。`
          : `No customer or transaction table found in ${opts.book} (headers such as Customer ID, Date, Amount). ` +
              `Name them with --customers / --transactions.`,
      );
    }
  }

  // The run reads the stand-in sheet; the engine gets the CSV's own table in its place, handed over
  // once, so that a million rows are garbage before the result workbook is saved.
  let productNames = new Map<string, string>();
  const engine = (req: ClassifyRequest) => {
    const raw = direct.raw;
    direct.raw = null;
    const out = classify(raw ? { ...req, transactions: raw } : req);
    // The product sheets' names come from the CSV's rows (the stand-in sheet has none), before they go.
    if (raw && opts.products) productNames = productNamesOf(raw, out);
    return out;
  };
  const outcome = await classifyWorkbook(ctx, {
    customers,
    transactions,
    standard,
    asOf: opts.asOf,
    products: opts.products,
    ...(direct.raw ? { engine, productNames: () => productNames } : {}),
  });
  progress?.done();

  const outPath = defaultOut(opts);
  if (outPath) {
    await mkdir(dirname(resolve(outPath)), { recursive: true });
    if (importedTransactions !== null) {
      const name = importedTransactions;
      await sim.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
    }
    await writeFile(outPath, await saveXlsx(sim.workbook.state));
  }
  if (opts.json) {
    await mkdir(dirname(resolve(opts.json)), { recursive: true });
    const { result } = outcome;
    const explanations =
      opts.explain && outcome.engine.details
        ? explainAll({ ...outcome.engine, details: outcome.engine.details }, lang)
        : null;
    const json = {
      asOf: result.asOf,
      standard: result.standard,
      customers: explanations
        ? result.customers.map((c, i) => ({ ...c, explain: explanations[i] }))
        : result.customers,
      issues: result.issues,
      summary: result.summary,
    };
    await writeFile(opts.json, JSON.stringify(json, null, 1));
  }
  if (!opts.quiet) printSummary(io.out, outcome, { out: outPath, json: opts.json, lang });
  return 0;
}
