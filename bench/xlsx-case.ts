/**
 * The .xlsx write, in a bench child: the CLI's own pipeline run in-process to get the workbook state the
 * CLI saves — the synthetic transactions put straight into a simulated sheet (the values a CSV import
 * gives: ISO date text, numbers; the import itself is timed by the CLI case), then classifyWorkbook — and
 *   1. saveXlsx of a workbook holding only the classified customer sheet, written to a file,
 *   2. ExcelJS's streaming writer (stream.xlsx.WorkbookWriter) writing the same customer table's values —
 *      the peer for 1 (values only: our sheet also carries number formats, a table and conditional formats).
 * The whole workbook's save (transactions sheet included) is what the CLI case's last phase times.
 */
import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateSynthetic } from "../src/fixtures/synthetic";
import { classifyWorkbook } from "../src/excel/classify-workbook";
import type { ExcelHost } from "../src/excel/host";
import type { RunContext } from "../src/excel/run";
import {
  CellError,
  createSimulator,
  createWorkbookState,
  PAYLOAD_LIMIT_BYTES,
  saveXlsx,
  type SheetState,
  type SimWorkbookState,
} from "../src/sim";
import type { CellValue } from "../src/sim/state";
import { SEED, type BenchSize } from "./data";
import { markBaseline, measureStep, type StepMemory } from "./memory";
import { nowMs } from "./stats";

export interface XlsxSpec {
  size: BenchSize;
  dir: string;
}

export interface WriteStep {
  ms: number;
  bytes: number;
  memory: StepMemory;
}

export interface XlsxResult {
  kind: "xlsx";
  /** ms of import + classifyWorkbook (not compared; it builds the state to save). */
  setupMs: number;
  customerRows: number;
  customerCols: number;
  sheets: { name: string; rows: number }[];
  customerSheetOurs: WriteStep;
  customerSheetExcelJsStream: WriteStep;
}

async function timed(write: () => Promise<number>): Promise<WriteStep> {
  const base = markBaseline();
  const t0 = nowMs();
  const bytes = await write();
  const ms = nowMs() - t0;
  return { ms, bytes, memory: measureStep(base) };
}

/** The synthetic transactions as sheet cells, header first (blank cells stay undefined, as in a sheet). */
function fillSheet(sheet: SheetState, size: BenchSize): void {
  const t = generateSynthetic({
    customers: size.customers,
    transactions: size.transactions,
    seed: SEED,
    dates: "iso",
  }).transactions;
  const toRow = (values: readonly (string | number | null)[]) => ({
    v: values.map((x): CellValue | undefined => x ?? undefined),
  });
  sheet.rows.push(toRow(t.header));
  for (const r of t.rows) sheet.rows.push(toRow(r));
}

/** The state with one sheet only (shallow: nothing of the original is changed). */
function onlySheet(state: SimWorkbookState, sheet: SheetState): SimWorkbookState {
  return { ...state, sheets: [sheet], activeSheet: sheet, names: [] };
}

function streamValue(v: unknown): ExcelJS.CellValue {
  if (v instanceof CellError) return { error: v.code as ExcelJS.CellErrorValue["error"] };
  return (v ?? null) as ExcelJS.CellValue;
}

async function excelJsStream(sheet: SheetState, path: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.rows) {
    const vals: ExcelJS.CellValue[] = [];
    if (row) for (let c = 0; c < row.v.length; c++) vals[c + 1] = streamValue(row.v[c]);
    ws.addRow(vals).commit();
  }
  ws.commit();
  await wb.commit();
  return (await stat(path)).size;
}

export async function xlsxWriteCase(spec: XlsxSpec): Promise<XlsxResult> {
  const lang = "en-US";
  const t0 = nowMs();
  const txSheet = "big";
  const state = createWorkbookState([txSheet]);
  fillSheet(state.sheets[0]!, spec.size);
  const sim = createSimulator(state);
  const host: ExcelHost = {
    run: (batch) => sim.run(batch),
    isSetSupported: () => true,
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
  const ctx: RunContext = { host, lang };
  const outcome = await classifyWorkbook(ctx, {
    customers: null,
    transactions: { kind: "sheet", sheet: txSheet },
  });
  const setupMs = nowMs() - t0;
  const saved = sim.workbook.state;
  const custSheet = saved.sheets.find((s) => s.name === outcome.target.sheet);
  if (!custSheet) throw new Error(`no customer sheet "${outcome.target.sheet}" in the simulated workbook`);

  const customerSheetOurs = await timed(async () => {
    const bytes = await saveXlsx(onlySheet(saved, custSheet));
    await writeFile(join(spec.dir, "customers-ours.xlsx"), bytes);
    return bytes.length;
  });
  const customerSheetExcelJsStream = await timed(() =>
    excelJsStream(custSheet, join(spec.dir, "customers-exceljs-stream.xlsx")),
  );
  let cols = 0;
  for (const r of custSheet.rows) if (r && r.v.length > cols) cols = r.v.length;
  return {
    kind: "xlsx",
    setupMs,
    customerRows: custSheet.rows.length,
    customerCols: cols,
    sheets: saved.sheets.map((s) => ({ name: s.name, rows: s.rows.length })),
    customerSheetOurs,
    customerSheetExcelJsStream,
  };
}
