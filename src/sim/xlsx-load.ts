/**
 * .xlsx → SimWorkbookState. ExcelJS reads cells, formats, sheets, tables, conditional formats,
 * merges, widths/heights and views; defined names, calculation mode, custom XML parts/settings,
 * PivotTables and charts are read from the package parts directly. Dates (ExcelJS gives JS Dates)
 * become serials again with the inverse of ExcelJS's conversion, so serials < 61 (around the
 * fictitious 1900-02-29) survive unchanged.
 */
import ExcelJS from "exceljs";
import { parseRect } from "./address";
import { fromExcelCf } from "./cf-map";
import { readChartParts } from "./chart-ooxml";
import { readCustomXmlParts } from "./custom-xml-ooxml";
import { jsDateToSerial } from "./dates";
import { OoxmlPackage } from "./ooxml-package";
import { readPageSetup, readPrintName, readRowBreaks } from "./page-layout-ooxml";
import { readPivotParts } from "./pivot-ooxml";
import { readWebExtensionSettings } from "./webextension-ooxml";
import {
  CellError,
  createWorkbookState,
  newSheet,
  type CellValue,
  type Row,
  type SheetState,
  type SimWorkbookState,
  type TableState,
} from "./state";
import { charsToPoints, colorToHex, fromExcelStyle } from "./style-map";
import { child, children, local, parseXml } from "./xml";

function toCellValue(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return jsDateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return new CellError(o.error);
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if (typeof o.text === "string") return o.text; // hyperlink
    if ("result" in o) return toCellValue(o.result);
  }
  return undefined;
}

function isEmpty(o: object): boolean {
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return false;
  return true;
}

function readSheet(
  state: SimWorkbookState,
  ws: ExcelJS.Worksheet,
  styleIds: Map<string, number>,
  byObject: WeakMap<object, number>,
): SheetState {
  const sheet = newSheet(state, ws.name);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const tab = colorToHex((ws.properties as { tabColor?: Partial<ExcelJS.Color> }).tabColor, null);
  if (tab) sheet.tabColor = tab;
  const view = (ws.views as unknown[] | undefined)?.[0] as
    (Partial<ExcelJS.WorksheetViewFrozen> & { showGridLines?: boolean; activeCell?: string }) | undefined;
  if (view?.state === "frozen") {
    sheet.freezeRows = view.ySplit ?? 0;
    sheet.freezeCols = view.xSplit ?? 0;
  }
  if (view?.showGridLines === false) sheet.showGridlines = false;
  const sel = view?.activeCell ? parseRect(view.activeCell) : null;
  if (sel) sheet.selection = sel;
  const layout = readPageSetup(ws);
  if (layout) sheet.pageLayout = layout;
  const intern = (style: Partial<ExcelJS.Style> | undefined): number | undefined => {
    if (!style || isEmpty(style)) return undefined;
    // ExcelJS shares one style object per xf index among the cells it reads: look the object up
    // first, so the JSON key is built once per xf rather than once per cell.
    let id = byObject.get(style);
    if (id !== undefined) return id || undefined;
    const key = JSON.stringify(style);
    id = styleIds.get(key);
    if (id === undefined) {
      id = state.styles.intern(fromExcelStyle(style));
      styleIds.set(key, id);
    }
    byObject.set(style, id);
    return id || undefined;
  };
  const colCount = ws.columnCount;
  for (let c = 1; c <= colCount; c++) {
    // An ExcelJS column (not an Office.js proxy: the office-addins load rules do not apply).
    const col = ws.getColumn(c) as unknown as {
      width?: number;
      hidden?: boolean;
      style?: Partial<ExcelJS.Style>;
    };
    const info: { width?: number; hidden?: boolean; style?: number } = {};
    if (col.width !== undefined) info.width = charsToPoints(col.width);
    if (col.hidden) info.hidden = true;
    const sid = intern(col.style);
    if (sid) info.style = sid;
    if (Object.keys(info).length) sheet.cols[c - 1] = info;
  }
  // Only the rows the file has: eachRow with includeEmpty would create every row up to the last one —
  // a million rows (and hundreds of MB) for a 7 kB workbook with a note on row 1,048,576. `_rows` is
  // ExcelJS's sparse array of the rows read from the sheet XML (values, heights, hidden or styles).
  const present = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  const eachPresentRow = (fn: (r: ExcelJS.Row, rn: number) => void) =>
    Array.isArray(present)
      ? present.forEach((r) => r && fn(r, r.number))
      : ws.eachRow({ includeEmpty: true }, fn);
  eachPresentRow((exRow, rn) => {
    const row: Row = { v: [] };
    const height = exRow.height as number | undefined | null;
    if (height !== undefined && height !== null) row.height = height;
    if (exRow.hidden) row.hidden = true;
    exRow.eachCell({ includeEmpty: false }, (cell, cn) => {
      const c = cn - 1;
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const raw = cell.value as unknown;
      if (cell.type === ExcelJS.ValueType.Formula) {
        const f = cell.formula;
        if (!row.f) row.f = [];
        row.f[c] = `=${f}`;
        row.v[c] = toCellValue((raw as { result?: unknown }).result);
      } else {
        row.v[c] = toCellValue(raw);
      }
      const sid = intern(cell.style);
      if (sid) {
        if (!row.s) row.s = [];
        row.s[c] = sid;
      }
    });
    sheet.rows[rn - 1] = row;
  });
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const r = parseRect(m);
    if (r) sheet.merges.push(r);
  }
  for (const t of ws.getTables() as unknown as {
    table?: Record<string, unknown>;
    model?: Record<string, unknown>;
  }[]) {
    const m = (t.table ?? t.model ?? t) as {
      name?: string;
      tableRef?: string;
      ref?: string;
      headerRow?: boolean;
      totalsRow?: boolean;
      columns?: { name: string; filterButton?: boolean }[];
      style?: {
        theme?: string;
        showRowStripes?: boolean;
        showColumnStripes?: boolean;
        showFirstColumn?: boolean;
        showLastColumn?: boolean;
      };
    };
    const ref = parseRect(m.tableRef ?? m.ref ?? "");
    if (!ref || !m.name) continue;
    state.seq.table += 1;
    const cols = m.columns ?? [];
    const table: TableState = {
      id: state.seq.table,
      name: m.name,
      sheet,
      rect: ref,
      showHeaders: m.headerRow !== false,
      showTotals: m.totalsRow === true,
      style: m.style?.theme ?? "TableStyleMedium2",
      columns: cols.map((c, i) => ({ id: i + 1, name: c.name })),
      nextColumnId: cols.length + 1,
      showBandedRows: m.style?.showRowStripes !== false,
      showBandedColumns: m.style?.showColumnStripes === true,
      showFilterButton: cols.some((c) => c.filterButton !== false),
      highlightFirstColumn: m.style?.showFirstColumn === true,
      highlightLastColumn: m.style?.showLastColumn === true,
    };
    sheet.tables.push(table);
  }
  const cfs =
    (
      ws as unknown as {
        conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
      }
    ).conditionalFormattings ?? [];
  const withPriority: { p: number; cf: NonNullable<ReturnType<typeof fromExcelCf>> }[] = [];
  for (const block of cfs)
    for (const rule of block.rules) {
      state.seq.cf += 1;
      const cf = fromExcelCf(block.ref, rule, String(state.seq.cf));
      if (cf) withPriority.push({ p: (rule as { priority?: number }).priority ?? 0, cf });
    }
  withPriority.sort((a, b) => a.p - b.p);
  sheet.cfs = withPriority.map((x) => x.cf);
  return sheet;
}

async function readWorkbookXml(pkg: OoxmlPackage, state: SimWorkbookState): Promise<void> {
  const xml = await pkg.text("xl/workbook.xml");
  if (!xml) return;
  const root = parseXml(xml);
  const calc = child(root, "calcPr");
  if (calc?.attrs.calcMode === "manual") state.calculationMode = "Manual";
  const names = child(root, "definedNames");
  for (const n of names ? children(names, "definedName") : []) {
    const name = n.attrs.name ?? "";
    const local = n.attrs.localSheetId !== undefined ? state.sheets[Number(n.attrs.localSheetId)] : undefined;
    if (readPrintName(name, local, n.text)) continue;
    if (!name || name.startsWith("_xlnm.")) continue;
    state.names.push({
      name,
      formula: `=${n.text}`,
      comment: n.attrs.comment ?? "",
      visible: n.attrs.hidden !== "1",
      ...(local ? { sheet: local } : {}),
    });
  }
  const views = child(root, "bookViews");
  const wv = views?.children.find((c) => local(c.name) === "workbookView");
  const activeTab = Number(wv?.attrs.activeTab ?? 0);
  state.activeSheet = state.sheets[activeTab] ?? state.sheets[0] ?? null;
}

export async function loadXlsx(bytes: ArrayBuffer | Uint8Array): Promise<SimWorkbookState> {
  let data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const pre = await OoxmlPackage.open(data);
  if (await pre.normalize()) data = await pre.bytes();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new Error(
      `The file could not be read as an .xlsx workbook: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const state = createWorkbookState([]);
  // ExcelJS leaves absent document properties undefined, whatever its typings say.
  const meta = wb as unknown as Partial<
    Record<
      | "creator"
      | "lastModifiedBy"
      | "title"
      | "subject"
      | "keywords"
      | "description"
      | "category"
      | "company"
      | "manager",
      string
    >
  > & {
    properties?: { date1904?: boolean };
  };
  state.date1904 = meta.properties?.date1904 === true;
  const p = state.properties;
  p.author = meta.creator ?? "";
  p.lastAuthor = meta.lastModifiedBy ?? "";
  p.title = meta.title ?? "";
  p.subject = meta.subject ?? "";
  p.keywords = meta.keywords ?? "";
  p.comments = meta.description ?? "";
  p.category = meta.category ?? "";
  p.company = meta.company ?? "";
  p.manager = meta.manager ?? "";
  if (wb.created instanceof Date) p.creationDate = wb.created;
  const styleIds = new Map<string, number>();
  const order = (w: ExcelJS.Worksheet): number => (w as unknown as { orderNo?: number }).orderNo ?? 0;
  const sheets = [...wb.worksheets].sort((a, b) => order(a) - order(b));
  const byObject = new WeakMap<object, number>();
  for (const ws of sheets) state.sheets.push(readSheet(state, ws, styleIds, byObject));
  if (state.sheets.length === 0) state.sheets.push(newSheet(state, "Sheet1"));
  const pkg = await OoxmlPackage.open(data);
  await readWorkbookXml(pkg, state);
  const sheetParts = await pkg.sheetParts();
  await readWebExtensionSettings(pkg, state);
  await readCustomXmlParts(pkg, state);
  await readRowBreaks(pkg, state, sheetParts);
  await readPivotParts(pkg, state, sheetParts);
  await readChartParts(pkg, state, sheetParts);
  return state;
}
