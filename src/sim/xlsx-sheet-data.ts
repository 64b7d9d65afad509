/**
 * A worksheet's <sheetData> written straight from the sheet state, with ExcelJS's own style and
 * shared-string tables: what ExcelJS's Cell objects, models and XML chunks cost per cell (most of a
 * large save's time and memory) is skipped, and the XML is what ExcelJS 4.4's RowXform/CellXform
 * write (same attributes in the same order, same escaping, styles and strings registered in the same
 * order). Rows where ExcelJS itself made cells (tables, merges) are taken from its Row.model.
 */
import ExcelJS from "exceljs";
import { colToLetters } from "./address";
import { styleIdAt } from "./cells";
import type { SimHost } from "./host";
import { CellError, type CellValue, type SheetState } from "./state";

const T = ExcelJS.ValueType;

/** A cell as ExcelJS's Cell.model gives it. */
export interface CellModel {
  address: string;
  type: ExcelJS.ValueType;
  value?: unknown;
  formula?: string;
  result?: unknown;
  style?: Partial<ExcelJS.Style>;
  master?: string;
}

/** A row as ExcelJS's Row.model gives it (cells only: height and hidden come from the state). */
export interface ExcelRowModel {
  cells: CellModel[];
  min: number;
  max: number;
}

/** ExcelJS's StylesXform and SharedStringsXform, as its prepare step uses them. */
export interface PackageTables {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: ExcelJS.ValueType): number };
  sharedStrings: { add(value: string): number };
}

export interface SheetDataSource {
  sheet: SheetState;
  host: SimHost;
  /** The one style object per style id (0: the shared default), as the ExcelJS path assigns them. */
  style(sid: number): Partial<ExcelJS.Style>;
  /** Cells under a rendered PivotTable that are not written (null: none). */
  inPivot: ((r: number, c: number) => boolean) | null;
  /** 0-based row → the cells ExcelJS holds there (tables, merges). */
  excelRows: Map<number, ExcelRowModel>;
}

export interface SheetData {
  /** <sheetData>…</sheetData>, or <sheetData/> when empty. */
  xml: string;
  /** The <dimension ref>, as ExcelJS computes it from its row models. */
  dimension: string;
  mergeCells: string[];
}

const ESC: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
// Control characters included on purpose: XML 1.0 cannot hold them, and ExcelJS drops them.
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const TO_ESCAPE_G = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** ExcelJS's xmlEncode: the five entities, control characters other than tab/LF/CR dropped. */
export function xmlEncode(text: string): string {
  return TO_ESCAPE.test(text) ? text.replace(TO_ESCAPE_G, (ch) => ESC[ch] ?? "") : text;
}

/** ExcelJS's getValueType for the values the simulator writes. */
function valueType(v: unknown): ExcelJS.ValueType {
  if (v === null || v === undefined) return T.Null;
  if (typeof v === "string") return T.String;
  if (typeof v === "number") return T.Number;
  if (typeof v === "boolean") return T.Boolean;
  if ((v as { formula?: string }).formula) return T.Formula;
  return T.Error;
}

/** The cell's value or formula as the ExcelJS path assigns it (CellError → {error}). */
export function excelValue(host: SimHost, sheet: SheetState, r: number, c: number): unknown {
  const f = sheet.rows[r]?.f?.[c];
  const v = plain(host.value(sheet, r, c));
  if (f === undefined) return v;
  return v === undefined ? { formula: f.slice(1) } : { formula: f.slice(1), result: v };
}

function plain(x: CellValue | undefined): unknown {
  return x instanceof CellError ? { error: x.code } : x;
}

/** ExcelJS's Range.expand/range, with its 0 → 1 getters (so an empty sheet is "A1:A1"). */
class Dimension {
  private t = 0;
  private l = 0;
  private b = 0;
  private r = 0;
  expand(row: number, min: number, max: number): void {
    if (!this.t || row < (this.t || 1)) this.t = row;
    if (!this.l || min < (this.l || 1)) this.l = min;
    if (!this.b || row > (this.b || 1)) this.b = row;
    if (!this.r || max > (this.r || 1)) this.r = max;
  }
  get ref(): string {
    return `${colToLetters((this.l || 1) - 1)}${this.t || 1}:${colToLetters((this.r || 1) - 1)}${this.b || 1}`;
  }
}

/** ExcelJS's Merges: one range per master, grown by each merged cell in row order. */
class Merges {
  private readonly byMaster = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
  add(master: string, r: number, c: number): void {
    const m = this.byMaster.get(master);
    if (m) {
      m.r0 = Math.min(m.r0, r);
      m.c0 = Math.min(m.c0, c);
      m.r1 = Math.max(m.r1, r);
      m.c1 = Math.max(m.c1, c);
    } else {
      const [mr, mc] = decodeRef(master);
      this.byMaster.set(master, {
        r0: Math.min(mr, r),
        c0: Math.min(mc, c),
        r1: Math.max(mr, r),
        c1: Math.max(mc, c),
      });
    }
  }
  get ranges(): string[] {
    return [...this.byMaster.values()].map(
      (m) => `${colToLetters(m.c0)}${m.r0 + 1}:${colToLetters(m.c1)}${m.r1 + 1}`,
    );
  }
}

/** "B12" → [11, 1]. */
function decodeRef(ref: string): [number, number] {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + (code - 64);
  }
  return [Number(ref.slice(i)) - 1, c - 1];
}

/** CellXform.render for a formula cell: the t attribute follows the result's type. */
function formulaCell(open: string, formula: string, result: unknown): string {
  const f = `<f>${xmlEncode(formula)}</f>`;
  switch (valueType(result)) {
    case T.Null:
      return `${open}>${f}</c>`;
    case T.String:
      return `${open} t="str">${f}<v>${xmlEncode(String(result))}</v></c>`;
    case T.Number:
      return `${open}>${f}<v>${xmlEncode(String(result))}</v></c>`;
    case T.Boolean:
      return `${open} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    default:
      return `${open} t="e">${f}<v>${xmlEncode((result as { error: string }).error)}</v></c>`;
  }
}

class SheetDataWriter {
  private readonly rows: string[] = [];
  readonly dimension = new Dimension();
  readonly merges = new Merges();
  private rowStyleSeen = false;

  constructor(private readonly tables: PackageTables) {}

  /** CellXform.prepare + render of one cell; "" when ExcelJS writes nothing for it. */
  cell(
    ref: string,
    type: ExcelJS.ValueType,
    value: unknown,
    style: Partial<ExcelJS.Style>,
    master?: string,
    r = 0,
    c = 0,
  ): string {
    const formula = type === T.Formula ? (value as { formula: string; result?: unknown }) : null;
    const effective = formula ? valueType(formula.result) : type;
    const sid = this.tables.styles.addStyleModel(style, effective);
    if (type === T.Merge && master !== undefined) this.merges.add(master, r, c);
    if (type === T.Null && !sid) return "";
    const open = sid ? `<c r="${ref}" s="${sid}"` : `<c r="${ref}"`;
    switch (type) {
      case T.Null:
      case T.Merge:
        return `${open}/>`;
      case T.Number:
        return `${open}><v>${xmlEncode(String(value))}</v></c>`;
      case T.String:
        return `${open} t="s"><v>${this.tables.sharedStrings.add(value as string)}</v></c>`;
      case T.Boolean:
        return `${open} t="b"><v>${value ? "1" : "0"}</v></c>`;
      case T.Error:
        return `${open} t="e"><v>${xmlEncode((value as { error: string }).error)}</v></c>`;
      case T.Formula:
        return formulaCell(open, formula!.formula, formula!.result);
      default:
        throw new Error(`cell ${ref}: value type ${type} is not written by the sheet data writer`);
    }
  }

  /** RowXform.prepare + render (a row is written when it has cells or a height). */
  row(
    r: number,
    cells: string,
    min: number,
    max: number,
    count: number,
    height?: number,
    hidden?: boolean,
  ): void {
    if (!height && !count) return;
    // RowXform registers each row's (empty) style before its cells: once is enough to do the same.
    if (!this.rowStyleSeen) {
      this.rowStyleSeen = true;
      if (this.tables.styles.addStyleModel({})) throw new Error("ExcelJS gave an empty row style an id");
    }
    this.dimension.expand(r + 1, min, max);
    let open = `<row r="${r + 1}"`;
    if (height) open += ` ht="${height}" customHeight="1"`;
    if (hidden) open += ' hidden="1"';
    if (min > 0 && max > 0 && min <= max) open += ` spans="${min}:${max}"`;
    open += ' x14ac:dyDescent="0.25"';
    this.rows.push(cells ? `${open}>${cells}</row>` : `${open}/>`);
  }

  get xml(): string {
    return this.rows.length ? `<sheetData>${this.rows.join("")}</sheetData>` : "<sheetData/>";
  }
}

/** The cells the ExcelJS path wrote for a state row: content, own styles, styled blanks. */
/**
 * The cells a state row puts in the file, in column order: those with content (`write`; not under a
 * rendered PivotTable when its cells are left out) and styled blanks; `sid` is the style id.
 */
export function eachWrittenCell(
  sheet: SheetState,
  r: number,
  inPivot: ((r: number, c: number) => boolean) | null,
  visit: (c: number, sid: number, write: boolean) => void,
): void {
  const row = sheet.rows[r];
  if (!row) return;
  const { v, f, s } = row;
  const width = Math.max(v.length, f?.length ?? 0, s?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const has = v[c] !== undefined || f?.[c] !== undefined;
    const sid = s?.[c] ?? (has ? styleIdAt(sheet, r, c) : 0);
    const write = has && !(inPivot && inPivot(r, c));
    if (write || sid) visit(c, sid, write);
  }
}

function directRow(w: SheetDataWriter, src: SheetDataSource, r: number): void {
  const { sheet, host } = src;
  let cells = "";
  let min = 0;
  let max = 0;
  let count = 0;
  eachWrittenCell(sheet, r, src.inPivot, (c, sid, write) => {
    const value = write ? excelValue(host, sheet, r, c) : null;
    cells += w.cell(`${colToLetters(c)}${r + 1}`, valueType(value), value, src.style(sid));
    if (!min) min = c + 1;
    max = c + 1;
    count++;
  });
  const row = sheet.rows[r]!;
  w.row(r, cells, min, max, count, row.height, row.hidden);
}

function excelRow(w: SheetDataWriter, src: SheetDataSource, r: number, ex: ExcelRowModel): void {
  let cells = "";
  for (const m of ex.cells) {
    const [, c] = decodeRef(m.address);
    const value = m.type === T.Formula ? { formula: m.formula, result: m.result } : m.value;
    cells += w.cell(m.address, m.type, value, m.style ?? {}, m.master, r, c);
  }
  const row = src.sheet.rows[r];
  w.row(r, cells, ex.min, ex.max, ex.cells.length, row?.height, row?.hidden);
}

/** Registers the sheet's styles and strings (in ExcelJS's order) and writes its <sheetData>. */
export function renderSheetData(src: SheetDataSource, tables: PackageTables): SheetData {
  const w = new SheetDataWriter(tables);
  let last = src.sheet.rows.length - 1;
  for (const r of src.excelRows.keys()) last = Math.max(last, r);
  for (let r = 0; r <= last; r++) {
    const ex = src.excelRows.get(r);
    if (ex) excelRow(w, src, r, ex);
    else if (src.sheet.rows[r]) directRow(w, src, r);
  }
  return { xml: w.xml, dimension: w.dimension.ref, mergeCells: w.merges.ranges };
}
