/**
 * SimWorkbookState → .xlsx. ExcelJS writes cells (values, formulas with their computed results),
 * formats, column widths, row heights, hidden rows/columns, merges, tables, conditional formats,
 * freeze panes, sheet order/visibility/tab colours and document properties; the package is then
 * completed here with what ExcelJS cannot write: defined names (incl. constants and sheet scope),
 * calculation mode, custom XML parts and settings (custom-xml-ooxml.ts), PivotTables
 * (pivot-ooxml.ts) and charts (chart-ooxml.ts).
 * Not written: quotePrefix flags and row-level default formats (ExcelJS has no model for them).
 * The cells themselves bypass ExcelJS's cell objects (xlsx-sheet-data.ts writes <sheetData> with
 * ExcelJS's style and string tables) except in rows where ExcelJS makes cells: tables and merges.
 */
import ExcelJS from "exceljs";
import { cellRef } from "./address";
import { toExcelCf } from "./cf-map";
import { writeChartParts } from "./chart-ooxml";
import { writeCustomXmlParts } from "./custom-xml-ooxml";
import { SimHost } from "./host";
import { insertBefore, OoxmlPackage } from "./ooxml-package";
import { printNamesXml, writePageSetup } from "./page-layout-ooxml";
import { writePivotParts } from "./pivot-ooxml";
import type { SheetState, SimWorkbookState } from "./state";
import { hexToArgb, pointsToChars, toExcelStyle } from "./style-map";
import { bodyRect } from "./table-host";
import { writeWebExtension, type AddinIdentity } from "./webextension-ooxml";
import {
  eachWrittenCell,
  excelValue,
  renderSheetData,
  type ExcelRowModel,
  type PackageTables,
  type SheetData,
  type SheetDataSource,
} from "./xlsx-sheet-data";
import { esc } from "./xml";

export interface SaveOptions {
  /** Write the PivotTables' rendered output into the cells too (default true, as Excel does). */
  pivotCellCache?: boolean;
  /**
   * The add-in the settings belong to: settings are then saved in its web extension part (where
   * Office keeps add-in settings) and its task pane opens with the workbook. Without it they are
   * saved as a custom XML part.
   */
  addin?: AddinIdentity;
}

/** Everything but the cells goes to ExcelJS; the cells are described for renderSheetData. */
function writeSheet(
  host: SimHost,
  wb: ExcelJS.Workbook,
  sheet: SheetState,
  skipPivotCells: boolean,
): SheetDataSource {
  const styles = host.state.styles;
  const frozen = sheet.freezeRows > 0 || sheet.freezeCols > 0;
  const ws = wb.addWorksheet(sheet.name, {
    state:
      sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden",
    properties: sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : {},
    views: [
      frozen
        ? {
            state: "frozen",
            xSplit: sheet.freezeCols,
            ySplit: sheet.freezeRows,
            topLeftCell: cellRef(sheet.freezeRows, sheet.freezeCols),
            showGridLines: sheet.showGridlines,
            activeCell: cellRef(sheet.selection.r0, sheet.selection.c0),
          }
        : {
            state: "normal",
            showGridLines: sheet.showGridlines,
            activeCell: cellRef(sheet.selection.r0, sheet.selection.c0),
          },
    ],
  });
  if (sheet.pageLayout) writePageSetup(ws, sheet.pageLayout);
  const styleCache = new Map<number, Partial<ExcelJS.Style>>();
  const excelStyle = (id: number): Partial<ExcelJS.Style> => {
    let s = styleCache.get(id);
    if (!s) {
      s = toExcelStyle(styles.get(id));
      styleCache.set(id, s);
    }
    return s;
  };
  sheet.cols.forEach((info, c) => {
    if (!info) return;
    const col = ws.getColumn(c + 1);
    if (info.width !== undefined) col.width = pointsToChars(info.width);
    if (info.hidden) col.hidden = true;
    if (info.style) col.style = excelStyle(info.style);
  });
  // Tables first: ExcelJS's addTable writes header/body cells, which the cell pass then overwrites.
  for (const t of sheet.tables) {
    const body = bodyRect(t);
    const rows: unknown[][] = [];
    for (let r = body.r0; r <= body.r1; r++)
      rows.push(t.columns.map((_c, j) => excelValue(host, sheet, r, t.rect.c0 + j) ?? null));
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: cellRef(t.rect.r0, t.rect.c0),
      headerRow: t.showHeaders,
      totalsRow: t.showTotals,
      style: {
        theme: t.style as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: t.showBandedRows,
        showColumnStripes: t.showBandedColumns,
        showFirstColumn: t.highlightFirstColumn,
        showLastColumn: t.highlightLastColumn,
      },
      columns: t.columns.map((c) => ({ name: c.name, filterButton: t.showFilterButton })),
      rows,
    });
  }
  const pivotRects = skipPivotCells ? sheet.pivots.map((p) => p.rendered).filter((x) => x !== null) : [];
  const inPivot = (r: number, c: number): boolean =>
    pivotRects.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1);
  // Rows where ExcelJS makes cells itself (table headers/bodies, merged cells) go through its cell
  // model as before, so that what it does there stays its own; all other rows are written by
  // renderSheetData without ExcelJS cells.
  const held = new Set<number>();
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.model) held.add(n - 1);
  });
  for (const m of sheet.merges) for (let r = m.r0; r <= m.r1; r++) held.add(r);
  // ExcelJS gives every new cell a fresh style object and its styles writer dedupes by object
  // identity first (WeakMap), then by JSON.stringify: one shared object per style id, and one
  // shared empty object for default-styled cells, make that a map lookup instead of a stringify
  // per cell (22 s of 30 s on 541,909 × 8 cells).
  const defaultStyle: Partial<ExcelJS.Style> = {};
  const style = (sid: number): Partial<ExcelJS.Style> => (sid ? excelStyle(sid) : defaultStyle);
  for (const r of [...held].sort((a, b) => a - b))
    writeExcelRow(host, ws, sheet, r, style, pivotRects.length ? inPivot : null);
  // A break above row r ends the page after (1-based) row r: ExcelJS writes brk id = that row's number.
  // (max = the last column, 0-based 16383: ExcelJS's own default is off.)
  for (const r of sheet.rowBreaks ?? []) ws.getRow(r).addPageBreak(0, 16_384);
  for (const m of sheet.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  sheet.cfs.forEach((cf, i) => {
    const opt = toExcelCf(cf, i + 1);
    if (opt) ws.addConditionalFormatting(opt);
  });
  return { sheet, host, style, inPivot: pivotRects.length ? inPivot : null, excelRows: takeExcelRows(ws) };
}

/** The ExcelJS cell pass for one row (values and styles; height and hidden are renderSheetData's). */
function writeExcelRow(
  host: SimHost,
  ws: ExcelJS.Worksheet,
  sheet: SheetState,
  r: number,
  style: (sid: number) => Partial<ExcelJS.Style>,
  inPivot: ((r: number, c: number) => boolean) | null,
): void {
  if (!sheet.rows[r]) return;
  const ex = ws.getRow(r + 1);
  eachWrittenCell(sheet, r, inPivot, (c, sid, write) => {
    const cell = ex.getCell(c + 1);
    if (write) cell.value = excelValue(host, sheet, r, c) as ExcelJS.CellValue;
    cell.style = style(sid);
  });
}

/** Takes the cells out of ExcelJS's rows (so that its writer registers nothing for them) as models. */
function takeExcelRows(ws: ExcelJS.Worksheet): Map<number, ExcelRowModel> {
  const out = new Map<number, ExcelRowModel>();
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const m = row.model;
    if (m?.cells?.length) out.set(n - 1, m as unknown as ExcelRowModel);
    row.values = [];
  });
  return out;
}

/** What ExcelJS 4.4's XLSX.prepareModel leaves on the workbook model that renderSheetData needs. */
interface PreparedModel extends PackageTables {
  worksheets: { name: string; dimensions: unknown; mergeCells: string[] }[];
}
type Prepare = (model: PreparedModel, options: unknown) => void;

/**
 * Runs `then` right after ExcelJS's prepare step (which creates the style and shared-string tables
 * and registers the sheets' column styles and conditional formats) and before it renders anything:
 * the cells are registered there in the order ExcelJS's own cell pass would.
 */
function afterPrepare(
  wb: ExcelJS.Workbook,
  then: (tables: PackageTables, worksheets: PreparedModel["worksheets"]) => void,
): void {
  const xlsx = wb.xlsx as unknown as { prepareModel?: Prepare };
  const prepare = xlsx.prepareModel;
  if (typeof prepare !== "function") throw new Error("this ExcelJS has no XLSX.prepareModel");
  xlsx.prepareModel = (model, options) => {
    prepare.call(xlsx, model, options);
    then(model, model.worksheets);
  };
}

/** Puts the rendered cells in place of the empty <sheetData/> ExcelJS wrote. */
async function spliceSheetData(pkg: OoxmlPackage, part: string, data: SheetData | undefined): Promise<void> {
  if (!data) return;
  const xml = (await pkg.text(part))!;
  const at = xml.indexOf("<sheetData/>");
  if (at < 0 || xml.indexOf("<sheetData", at + 1) >= 0)
    throw new Error(`${part}: no empty <sheetData/> to fill`);
  pkg.set(part, xml.slice(0, at) + data.xml + xml.slice(at + "<sheetData/>".length));
}

function definedNamesXml(state: SimWorkbookState): string {
  const print = printNamesXml(state);
  if (!state.names.length && !print) return "";
  const items = state.names.map((n) => {
    const local = n.sheet ? ` localSheetId="${state.sheets.indexOf(n.sheet)}"` : "";
    const hidden = n.visible ? "" : ' hidden="1"';
    const comment = n.comment ? ` comment="${esc(n.comment)}"` : "";
    return `<definedName name="${esc(n.name)}"${local}${hidden}${comment}>${esc(n.formula.replace(/^=/, ""))}</definedName>`;
  });
  return `<definedNames>${print}${items.join("")}</definedNames>`;
}

export async function saveXlsx(state: SimWorkbookState, options: SaveOptions = {}): Promise<Uint8Array> {
  const host = new SimHost(state, { requirementSets: {} });
  const wb = new ExcelJS.Workbook();
  const p = state.properties;
  wb.creator = p.author;
  wb.lastModifiedBy = p.lastAuthor;
  wb.title = p.title;
  wb.subject = p.subject;
  wb.keywords = p.keywords;
  wb.description = p.comments;
  wb.category = p.category;
  wb.company = p.company;
  wb.manager = p.manager;
  wb.created = p.creationDate.getTime() > 0 ? p.creationDate : new Date();
  wb.properties.date1904 = state.date1904;
  // Formulas the simulator could not compute are recalculated by Excel on open.
  wb.calcProperties.fullCalcOnLoad = true;
  const active = state.activeSheet ? Math.max(0, state.sheets.indexOf(state.activeSheet)) : 0;
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: "visible" },
  ];
  const sources = state.sheets.map((sheet) => writeSheet(host, wb, sheet, options.pivotCellCache === false));
  const sheetData = new Map<string, SheetData>();
  afterPrepare(wb, (tables, models) => {
    sources.forEach((src, i) => {
      const data = renderSheetData(src, tables);
      const model = models[i];
      if (model?.name !== src.sheet.name)
        throw new Error(`ExcelJS's sheet ${i + 1} is not "${src.sheet.name}"`);
      model.dimensions = data.dimension;
      model.mergeCells = data.mergeCells;
      sheetData.set(src.sheet.name, data);
    });
  });
  // Stored, not deflated: the package is reopened and compressed once, by pkg.bytes() below.
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const pkg = await OoxmlPackage.open(new Uint8Array(stored));
  let wbXml = (await pkg.text("xl/workbook.xml"))!;
  const names = definedNamesXml(state);
  // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames, calcPr, …
  if (names)
    wbXml = insertBefore(
      wbXml,
      names,
      ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "extLst"],
      "</workbook>",
    );
  if (state.calculationMode === "Manual") wbXml = wbXml.replace(/<calcPr\b/, '<calcPr calcMode="manual"');
  pkg.set("xl/workbook.xml", wbXml);
  const sheetParts = await pkg.sheetParts();
  for (const [name, part] of sheetParts) {
    // ExcelJS writes an x14 reference with an empty id on gradient data bars (no x14 rule exists): drop it.
    if (!state.sheets.find((s) => s.name === name)?.cfs.some((c) => c.type === "DataBar")) continue;
    const xml = (await pkg.text(part))!;
    const fixed = xml.replace(
      /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g,
      "",
    );
    if (fixed !== xml) pkg.set(part, fixed);
  }
  if (options.addin) await writeWebExtension(pkg, state, options.addin);
  await writeCustomXmlParts(pkg, state, options.addin === undefined);
  await writePivotParts(pkg, host, sheetParts);
  await writeChartParts(pkg, host, sheetParts);
  // Last, so that the parts edited above stay small strings.
  for (const [name, part] of sheetParts) await spliceSheetData(pkg, part, sheetData.get(name));
  return pkg.bytes();
}
