import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCsv } from "../engine/read/csv";
import type { Cell, Lang, RawTable } from "../engine/types";
import { writeBlocks } from "../excel/blocks";
import { runBatch, type RunContext } from "../excel/run";
import { parseInput } from "../sim/value-input";
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
 * A CSV cell as the simulated workbook would hold it after importCsvSheet wrote it and it was read
 * back: plain numbers as numbers, text that needs the text format as is, the rest as Excel parses
 * typed input (dates → serials, "1,234" → 1234, TRUE → true, 'x → x), "" empty.
 */
export function sheetCell(text: string): SheetCell {
  if (text === "") return "";
  if (plainText(text.charCodeAt(0))) return text;
  if (plainDecimal(text)) return Number(text);
  const v = csvCell(text);
  if (typeof v === "number" || needsTextFormat(v)) return v;
  const p = parseInput(v, "General");
  // Typed text never parses to an error value; a formula cannot start the text (needsTextFormat).
  return p.kind === "value" && typeof p.value !== "object" ? p.value : p.kind === "clear" ? "" : v;
}

type SheetCell = string | number | boolean;

/**
 * A first character that no typed-input rule starts with: an ASCII letter other than t/f (TRUE,
 * FALSE) or a CJK ideograph. Such text stays text; most IDs, order numbers and names take this path.
 */
function plainText(c: number): boolean {
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122 && lower !== 116 && lower !== 102;
}

/** csvCell's NUMERIC without the regex: -?(0|[1-9]\d*)(\.\d+)?, under 16 characters. */
function plainDecimal(s: string): boolean {
  const n = s.length;
  if (n >= 16) return false;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const first = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  const int = i - first;
  if (int === 0 || (int > 1 && s.charCodeAt(first) === 48)) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const dot = ++i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  return i === n && i > dot;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The file's rows (parseCsv sniffs the separator: comma, else semicolon or tab); an empty file is an
 *  input error. */
async function parseCsvFile(path: string, which: string, lang: Lang): Promise<Cell[][]> {
  const rows = parseCsv(await readCsvText(path));
  if (rows.length === 0) {
    throw new InputError(
      lang === "zh-CN" ? `${path} 是空文件（${which}）。` : `${path} is empty (${which}).`,
    );
  }
  return rows;
}

/** Parses the CSV and converts its cells in place (no second copy of a million rows). */
async function readCsvRows(path: string, which: string, lang: Lang): Promise<SheetCell[][]> {
  const rows = (await parseCsvFile(path, which, lang)) as SheetCell[][];
  // Repeated texts (dates, products, countries) are parsed once; the cache stops growing at a limit
  // (order numbers would otherwise fill it).
  const seen = new Map<string, SheetCell>();
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const text = row[c] as string;
      if (text === "" || plainText(text.charCodeAt(0))) continue;
      if (plainDecimal(text)) {
        row[c] = Number(text);
        continue;
      }
      let v = seen.get(text);
      if (v === undefined) {
        v = sheetCell(text);
        if (seen.size < CELL_CACHE_LIMIT) seen.set(text, v);
      }
      row[c] = v;
    }
  }
  return rows;
}

const CELL_CACHE_LIMIT = 100_000;

function sheetBase(path: string, which: string): string {
  return (
    basename(path)
      .replace(/\.csv(\.gz)?$/i, "")
      .replace(/[\\/?*[\]:]/g, "_")
      .slice(0, 28) || which
  );
}

/** Adds a sheet named after the file (a free name: "big", "big 2", …) and returns its name. */
async function addSheet(ctx: RunContext, base: string): Promise<string> {
  return runBatch(ctx, async (context) => {
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
}

/**
 * Transactions from a CSV straight into the engine's RawTable: the same cells the workbook round trip
 * gives (sheetCell; the used range: the box around the non-empty cells), without a million rows going
 * through the simulated workbook and back (that took most of a 1M-line run's time and memory). The
 * sheet is still added, holding the box's first row only, so the run finds it by name as before and
 * the result workbook, which drops it, comes out the same.
 */
export async function importCsvTable(
  ctx: RunContext,
  path: string,
  which: string,
  lang: Lang,
): Promise<{ sheet: string; raw: RawTable | null }> {
  const rows = await readCsvRows(path, which, lang);
  const sheet = await addSheet(ctx, sheetBase(path, which));
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    let first = -1;
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === "") continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    if (top < 0) top = r;
    bottom = r;
    if (first < left) left = first;
    if (last > right) right = last;
  }
  // Nothing but blanks: the sheet stays empty and the run says so, as it does for an empty sheet.
  if (top < 0) return { sheet, raw: null };
  const width = right - left + 1;
  const box = rows.slice(top, bottom + 1);
  for (let r = 0; r < box.length; r++) {
    const row = box[r] ?? [];
    const cells = left === 0 && row.length === width ? row : row.slice(left, right + 1);
    while (cells.length < width) cells.push("");
    box[r] = cells;
  }
  const head = box[0] ?? [];
  await writeBlocks(ctx, { sheet, top, left, cols: width }, [head], (range) => {
    for (let c = 0; c < head.length; c++) {
      const v = head[c];
      if (typeof v === "string" && needsTextFormat(v)) range.getCell(0, c).numberFormat = [["@"]];
    }
  });
  return { sheet, raw: { sheet, top, left, rows: box } };
}

/**
 * Puts a CSV file into the workbook as a sheet of its own (named after the file), so the rest of the
 * run reads it like any sheet. Text cells get the "@" format first: a CSV cell "=…" stays text.
 */
export async function importCsvSheet(
  ctx: RunContext,
  path: string,
  which: string,
  lang: Lang,
): Promise<string> {
  const rows = await parseCsvFile(path, which, lang);
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => csvCell(String(r[i] ?? ""))));
  const name = await addSheet(ctx, sheetBase(path, which));
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
