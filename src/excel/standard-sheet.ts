/**
 * The standard as an editable sheet (客户分类标准 / Classification standard), laid out for people:
 *
 *   title, a note on how to edit
 *   Settings                       (heading)
 *   key | value | description      (header; descriptions in the user's language)
 *   abc.a | 0.8 | …                one row per setting (engine: flattenStandard's rows)
 *   (blank row)
 *   credit.grades | description    one block per rule table: its id in column A, then
 *   column descriptions            a row describing the columns,
 *   grade | minOnTimeRate | …      the header (field names, read back as keys),
 *   A | 0.95 | …                   and the rows, up to the next blank row or table id.
 *
 * Values are real numbers and booleans where the standard has them; text cells are written as text
 * ("@" first), so a label such as "=VIP" stays text. Reading back uses unflattenStandard, whose errors
 * (table / row / column indexes) become messages naming the exact cell ("客户分类标准!B12: …").
 */
import {
  flattenStandard,
  unflattenStandard,
  type FlatCell,
  type FlatTable,
  type TableId,
} from "../engine/standard/flatten";
import type { StandardError } from "../engine/standard/errors";
import type { Standard } from "../engine/standard/types";
import type { Lang } from "../engine/types";
import { cellAddress, qualified } from "./address";
import { queueBlock, type Out } from "./cells";
import { readValues } from "./blocks";
import { loadRegistry, saveRegistry } from "./registry";
import { runBatch, type RunContext } from "./run";

export const STANDARD_SHEET_NAMES: Record<Lang, string> = {
  "zh-CN": "客户分类标准",
  "en-US": "Classification standard",
};
const TABLE_IDS: readonly TableId[] = ["rfm.rules", "credit.grades", "overall.rules", "industry.aliases"];

const T = {
  "zh-CN": {
    title: "客户分类标准",
    note: "可直接修改 B 列的值和下方各规则表，然后在任务窗格中“读取标准”。留空 = 使用默认值。请保持版式：规则表之间留一空行。",
    settings: "设置",
    header: ["设置项", "值", "说明"],
  },
  "en-US": {
    title: "Classification standard",
    note: "Edit the values in column B and the rule tables below, then use “Load standard” in the task pane. Blank = the default. Keep the layout: one blank row between tables.",
    settings: "Settings",
    header: ["Setting", "Value", "Description"],
  },
} as const;

const HEADER_KEYS = new Set<string>([T["zh-CN"].header[0], T["en-US"].header[0]]);
const FILL = "#DDEBF7";
const NOTE_COLOR = "#595959";

/** A problem of the sheet, at its cell. */
export interface StandardSheetError {
  /** "客户分类标准!B12: …" in the run's language. */
  message: string;
  sheet: string;
  /** A1 address of the cell to fix, "" when the problem is not about one cell. */
  cell: string;
  error: StandardError;
}

/** Cell format: text as text; numbers, booleans and blanks General (a blank may get a number typed in). */
function formatOf(v: FlatCell): string {
  return typeof v === "string" ? "@" : "General";
}

function cellOut(v: FlatCell): Out {
  return v === null ? "" : v;
}

/** Text-only columns of the rule tables (codes, ranges like "4–5", labels): typed text must stay text. */
function columnFormat(table: FlatTable, column: string): string | null {
  if (table.id === "credit.grades") return column === "grade" || column === "terms" ? "@" : null;
  return "@";
}

/**
 * Writes the standard as the editable sheet (replacing our earlier one; a user's sheet of that name is
 * never taken) and registers it as ours. Returns the sheet's name.
 */
export async function writeStandardSheet(ctx: RunContext, standard: Standard): Promise<string> {
  const registry = await loadRegistry(ctx);
  const flat = flattenStandard(standard);
  const t = T[ctx.lang];
  const base = STANDARD_SHEET_NAMES[ctx.lang];
  const name = await runBatch(ctx, async (context) => {
    const sheets = context.workbook.worksheets;
    const previous = registry.standardSheet;
    const candidates = [
      ...new Set([
        ...(previous ? [previous] : []),
        base,
        ...Array.from({ length: 30 }, (_, i) => `${base} (${i + 2})`),
      ]),
    ];
    const found = candidates.map((n) => sheets.getItemOrNullObject(n));
    await context.sync();
    const i = candidates.findIndex((n, k) => n === previous || found[k]?.isNullObject === true);
    const existing = found[i];
    if (existing && !existing.isNullObject) existing.delete();
    const ws = sheets.add(candidates[i]);
    ws.load("name");

    const title = queueBlock(ws, { top: 0, left: 0, rows: [[t.title], [t.note]] });
    title.getRow(0).format.font.size = 16;
    title.getRow(0).format.font.bold = true;
    title.getRow(1).format.font.color = NOTE_COLOR;

    let row = 3;
    heading(queueBlock(ws, { top: row, left: 0, rows: [[t.settings]] }));
    row++;
    header(queueBlock(ws, { top: row, left: 0, rows: [[...t.header]] }));
    row++;
    // Per cell in the value column: text as text, numbers and booleans as they are (queueBlock's default).
    const settings = flat.rows.map((r) => [r.path, cellOut(r.value), r.description[ctx.lang]]);
    const values = queueBlock(ws, { top: row, left: 0, rows: settings });
    values.getColumn(2).format.font.color = NOTE_COLOR;
    values.getColumn(2).format.wrapText = true;
    row += settings.length + 1;

    for (const table of flat.tables) {
      const head = queueBlock(ws, { top: row, left: 0, rows: [[table.id, table.description[ctx.lang]]] });
      heading(head);
      const docs = queueBlock(ws, {
        top: row + 1,
        left: 0,
        rows: [table.columnDescriptions.map((d) => d[ctx.lang])],
      });
      docs.format.font.color = NOTE_COLOR;
      docs.format.font.italic = true;
      docs.format.wrapText = true;
      docs.format.verticalAlignment = "Top";
      header(queueBlock(ws, { top: row + 2, left: 0, rows: [table.columns] }));
      if (table.rows.length > 0) {
        const formats = table.columns.map((c) => columnFormat(table, c));
        const body = ws.getRangeByIndexes(row + 3, 0, table.rows.length, table.columns.length);
        body.numberFormat = table.rows.map((r) => r.map((v, j) => formats[j] ?? formatOf(v)));
        body.values = table.rows.map((r) => table.columns.map((_c, j) => cellOut(r[j] ?? null)));
      }
      row += 3 + table.rows.length + 1;
    }
    ws.getRange("A:A").format.columnWidth = 190;
    ws.getRange("B:B").format.columnWidth = 110;
    ws.getRange("C:C").format.columnWidth = 320;
    ws.getRange("D:Z").format.columnWidth = 110;
    await context.sync();
    return ws.name;
  });
  const sheets = registry.sheets.filter((s) => s !== registry.standardSheet);
  await saveRegistry(ctx, { ...registry, sheets: [...sheets, name], standardSheet: name });
  return name;
}

function heading(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.font.size = 12;
}

function header(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.fill.color = FILL;
}

/** Where each value of the flat standard came from on the sheet (0-based rows). */
interface Origins {
  settingsRows: number[];
  tables: Map<string, { headerRow: number; rows: number[] }>;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const flatCell = (v: unknown): FlatCell =>
  typeof v === "number" || typeof v === "boolean" ? v : typeof v === "string" ? (v === "" ? null : v) : null;

/**
 * Reads the standard sheet back (the registered one, else the default name in either language): the
 * standard (defaults where a value is blank or wrong) and every problem at its cell.
 */
export async function readStandardSheet(
  ctx: RunContext,
  sheet?: string,
): Promise<{ sheet: string; standard: Standard; errors: StandardSheetError[] } | null> {
  const registry = await loadRegistry(ctx);
  const names = sheet
    ? [sheet]
    : [
        ...new Set([
          registry.standardSheet,
          STANDARD_SHEET_NAMES[ctx.lang],
          ...Object.values(STANDARD_SHEET_NAMES),
        ]),
      ].filter((n): n is string => !!n);
  const found = await runBatch(ctx, async (context) => {
    const items = names.map((n) => ({ name: n, ws: context.workbook.worksheets.getItemOrNullObject(n) }));
    await context.sync();
    const hit = items.find((i) => !i.ws.isNullObject);
    if (!hit) return null;
    const used = hit.ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount,columnIndex,columnCount");
    await context.sync();
    if (used.isNullObject) return { name: hit.name, rows: 0, cols: 0 };
    // Read from A1, so that row and column indexes are sheet indexes.
    return { name: hit.name, rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
  });
  if (!found) return null;
  const cells =
    found.rows > 0
      ? await readValues(ctx, { sheet: found.name, top: 0, left: 0, rows: found.rows, cols: found.cols })
      : [];
  const { input, origins } = parseSheet(cells);
  const { standard, errors } = unflattenStandard(input);
  return {
    sheet: found.name,
    standard,
    errors: errors.map((e) => locateError(e, origins, found.name, ctx.lang)),
  };
}

function parseSheet(cells: readonly (readonly unknown[])[]): {
  input: {
    rows: { path: FlatCell; value: FlatCell }[];
    tables: { id: string; columns: FlatCell[]; rows: FlatCell[][] }[];
  };
  origins: Origins;
} {
  const rows: { path: FlatCell; value: FlatCell }[] = [];
  const tables: { id: string; columns: FlatCell[]; rows: FlatCell[][] }[] = [];
  const origins: Origins = { settingsRows: [], tables: new Map() };
  const at = (r: number, c: number): unknown => cells[r]?.[c];
  const textAt = (r: number, c: number): string => {
    const v = at(r, c);
    return typeof v === "string"
      ? v.trim()
      : typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : "";
  };
  const isTableId = (r: number) => (TABLE_IDS as readonly string[]).includes(textAt(r, 0));
  const rowBlank = (r: number) => (cells[r] ?? []).every(blank);

  let r = 0;
  while (r < cells.length && !HEADER_KEYS.has(textAt(r, 0))) r++;
  for (r++; r < cells.length && !rowBlank(r) && !isTableId(r); r++) {
    rows.push({ path: flatCell(at(r, 0)), value: flatCell(at(r, 1)) });
    origins.settingsRows.push(r);
  }
  for (; r < cells.length; r++) {
    if (!isTableId(r)) continue;
    const id = textAt(r, 0);
    const headerRow = r + 2;
    const header = (cells[headerRow] ?? []).map(flatCell);
    while (header.length > 0 && header[header.length - 1] === null) header.pop();
    const data: FlatCell[][] = [];
    const dataRows: number[] = [];
    let k = headerRow + 1;
    for (; k < cells.length && !rowBlank(k) && !isTableId(k); k++) {
      data.push(header.map((_h, j) => flatCell(at(k, j))));
      dataRows.push(k);
    }
    tables.push({ id, columns: header, rows: data });
    origins.tables.set(id, { headerRow, rows: dataRows });
    r = k - 1;
  }
  return { input: { rows, tables }, origins };
}

/** The cell an error is about: a setting's value (its key for unknown or repeated keys), or a table cell. */
function locateError(e: StandardError, origins: Origins, sheet: string, lang: Lang): StandardSheetError {
  let row: number | undefined;
  let col = 0;
  if (e.table === "" && e.row !== undefined) {
    row = origins.settingsRows[e.row];
    col = e.code === "unknown_key" || e.code === "duplicate" ? 0 : 1;
  } else if (e.table) {
    const t = origins.tables.get(e.table);
    if (t) {
      row = e.row === undefined || e.row < 0 ? t.headerRow : t.rows[e.row];
      col = e.column ?? 0;
    }
  }
  const cell = row === undefined ? "" : cellAddress(row, col);
  const where = cell ? qualified(sheet, cell) : sheet;
  return { message: `${where}: ${e.message[lang]}`, sheet, cell, error: e };
}
