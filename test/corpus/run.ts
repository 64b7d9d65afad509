/**
 * Running a corpus case (or any generated input) the two ways a user can: the workbook layer on the
 * simulator (what the task pane does in Excel), and the real CLI as a child process (`node
 * bin/custclass.js classify …`, the built dist/cli bundle) with a hang guard.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { importCsvSheet } from "../../src/cli/csv-import";
import type { Lang } from "../../src/engine/types";
import { classifyWorkbook, type ClassifyWorkbookOutcome } from "../../src/excel/classify-workbook";
import { WorkbookError } from "../../src/excel/errors";
import type { SourceSpec } from "../../src/excel/source";
import { createSimulator, createWorkbookState, loadXlsx, type Simulator } from "../../src/sim";
import { contextOf, snapshotSheets, type SheetsSnapshot } from "../workbook/helpers";
import type { CaseFiles, CaseSource } from "./cases";

export const ROOT = resolve(__dirname, "../..");
export const CLI = join(ROOT, "bin", "custclass.js");

export interface WorkbookRun {
  sim: Simulator;
  /** The user's sheets as they were before the run (every sheet of the input). */
  before: Record<string, SheetsSnapshot>;
  userSheets: string[];
  outcome: ClassifyWorkbookOutcome | null;
  error: WorkbookError | null;
}

function spec(s: CaseSource | null): SourceSpec | null {
  return s;
}

/** Writes the case's files into a fresh folder and returns it. */
export function writeCase(files: CaseFiles["files"]): string {
  const dir = mkdtempSync(join(tmpdir(), "custclass-corpus-"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

/**
 * The workbook layer on the simulator: the workbook loaded (or the CSV files imported as sheets, as
 * the CLI does), the selection made, classifyWorkbook run. A WorkbookError is the run's answer; any
 * other exception propagates (and fails the test).
 */
export async function runWorkbook(c: CaseFiles, lang: Lang = "en-US"): Promise<WorkbookRun> {
  const book = c.files["book.xlsx"];
  const sim = createSimulator(book ? await loadXlsx(book) : createWorkbookState([]));
  const ctx = contextOf(sim, lang);
  if (!book) {
    const dir = writeCase(c.files);
    for (const name of Object.keys(c.files).sort())
      await importCsvSheet(ctx, join(dir, name), name.replace(/\.csv$/, ""), lang);
  }
  if (c.select) sim.workbook.select(c.select);
  const userSheets = sim.workbook.state.sheets.map((s) => s.name);
  const before = snapshotSheets(sim.workbook.state, userSheets);
  try {
    const outcome = await classifyWorkbook(ctx, {
      customers: spec(c.customers),
      transactions: spec(c.transactions),
      ...(c.asOf ? { asOf: c.asOf } : {}),
    });
    return { sim, before, userSheets, outcome, error: null };
  } catch (e) {
    if (e instanceof WorkbookError) return { sim, before, userSheets, outcome: null, error: e };
    throw e;
  }
}

export interface CliRun {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** The --json result, when the run wrote one. */
  json: CliJson | null;
  /** The --out workbook's path, when written. */
  out: string | null;
  dir: string;
}

export interface CliJson {
  asOf: string;
  customers: {
    id: string;
    name: string | null;
    metrics: Record<string, number | null>;
    scores: { r: number; f: number; m: number } | null;
    classes: Record<string, string | null>;
  }[];
  issues: {
    severity: string;
    code: string;
    sheet: string;
    cell: string;
    cells: string[];
    count: number;
    message: string;
  }[];
}

/** Generous: a hang guard, not a speed check (a cold CLI start on a busy 2-core machine takes seconds). */
export const CLI_TIMEOUT_MS = 90_000;

/** `node bin/custclass.js classify <args> --json r.json --out o.xlsx -q` in the case's folder. */
export function runCli(dir: string, args: readonly string[], lang: Lang = "en-US"): Promise<CliRun> {
  const json = join(dir, "r.json");
  const out = join(dir, "o.xlsx");
  const argv = [CLI, "classify", ...args, "--json", json, "--out", out, "--lang", lang, "-q"];
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, argv, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `the CLI hung (no exit in ${CLI_TIMEOUT_MS / 1000} s): ${argv.slice(1).join(" ")}\n${stderr}`,
        ),
      );
    }, CLI_TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({
        code,
        signal,
        stdout,
        stderr,
        json: existsSync(json) ? (JSON.parse(readFileSync(json, "utf8")) as CliJson) : null,
        out: existsSync(out) ? out : null,
        dir,
      });
    });
  });
}

export function cliMissing(): string | null {
  return existsSync(join(ROOT, "dist", "cli", "custclass.js"))
    ? null
    : "dist/cli/custclass.js is missing: run `npm run build:cli` first (npm test's pretest does)";
}
