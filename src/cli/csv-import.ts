import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCsv } from "../engine/read/csv";
import type { Lang } from "../engine/types";
import { writeBlocks } from "../excel/blocks";
import { runBatch, type RunContext } from "../excel/run";
import { InputError } from "./errors";

/** Plain decimal numbers become numbers, as when Excel opens a CSV; leading zeros stay text (IDs). */
const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

export function csvCell(text: string): string | number {
  return NUMERIC.test(text) && text.length < 16 ? Number(text) : text;
}

/**
 * Text Excel would turn into a formula (= + - @) or a number it would lose digits of (leading zeros).
 * Dates and other text may be parsed as Excel parses typed input: the engine reads either form.
 */
export function needsTextFormat(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64) return true;
  return c === 48 && /^0\d/.test(text);
}

/** Reads a .csv (or .csv.gz) file, UTF-8 with or without BOM. */
export async function readCsvText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (path.toLowerCase().endsWith(".gz")) bytes = gunzipSync(bytes);
  // Not UTF-8: a CSV saved by Excel on Chinese Windows is GBK (GB18030 is its superset).
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * Puts a CSV file into the workbook as a sheet of its own (named after the file), so the rest of the
 * run reads it like any sheet. Text cells get the "@" format first: a CSV cell "=…" stays text.
 */
export async function importCsvSheet(ctx: RunContext, path: string, which: string, lang: Lang): Promise<string> {
  const rows = parseCsv(await readCsvText(path));
  if (rows.length === 0) {
    throw new InputError(lang === "zh-CN" ? `${path} 是空文件（${which}）。` : `${path} is empty (${which}).`);
  }
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => csvCell(String(r[i] ?? ""))));
  const base = basename(path).replace(/\.csv(\.gz)?$/i, "").replace(/[\\/?*[\]:]/g, "_").slice(0, 28) || which;
  const name = await runBatch(ctx, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let candidate = base;
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 26)} ${i}`;
    sheets.add(candidate);
    await context.sync();
    return candidate;
  });
  await writeBlocks(ctx, { sheet: name, top: 0, left: 0, cols: width }, values, (range, first, count) => {
    // Only text that Excel would turn into something else (a formula, a number, a date) needs the text
    // format; formatting every cell would bloat the workbook's styles for nothing.
    for (let r = 0; r < count; r++) {
      const row = values[first + r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "string" && needsTextFormat(v)) range.getCell(r, c).numberFormat = [["@"]];
      }
    }
  });
  return name;
}
