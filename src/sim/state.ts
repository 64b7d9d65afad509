/**
 * The in-memory workbook the simulator acts on (what Excel holds; the proxies only see it through
 * sync()). Plain structures, no Office types. Rows/columns are 0-based.
 */
import type { Rect } from "./address";
import { StyleTable } from "./styles";

/** An Excel error value; `values` reports it as its code string ("#N/A"), `valueTypes` as "Error". */
export class CellError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
];

export type CellValue = number | string | boolean | CellError;

/** One worksheet row. `v` holds constants and, for formula cells, the last computed result. */
export interface Row {
  v: (CellValue | undefined)[];
  f?: (string | undefined)[];
  s?: (number | undefined)[];
  style?: number;
  height?: number;
  hidden?: boolean;
}

export interface ColInfo {
  /** Width in points (the unit Range.format.columnWidth uses). */
  width?: number;
  hidden?: boolean;
  style?: number;
}

export interface TableColumnState {
  id: number;
  name: string;
}

export interface TableState {
  id: number;
  name: string;
  sheet: SheetState;
  /** Whole table: header row (when shown), data body, totals row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: TableColumnState[];
  nextColumnId: number;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export type CfType =
  | "Custom"
  | "DataBar"
  | "ColorScale"
  | "IconSet"
  | "TopBottom"
  | "PresetCriteria"
  | "ContainsText"
  | "CellValue";

export interface CfFormat {
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: string;
  fillColor?: string;
  numberFormat?: string;
}

export interface ColorScaleCriterion {
  type: string;
  formula?: string;
  color?: string;
}

export interface CfState {
  id: string;
  type: CfType;
  rects: Rect[];
  stopIfTrue: boolean;
  colorScale?: { minimum: ColorScaleCriterion; midpoint?: ColorScaleCriterion; maximum: ColorScaleCriterion };
  dataBar?: {
    lowerBoundRule: { type: string; formula?: string };
    upperBoundRule: { type: string; formula?: string };
    positiveFillColor: string;
    positiveBorderColor: string;
    gradientFill: boolean;
    negativeFillColor: string;
    barDirection: string;
    axisFormat: string;
    axisColor: string;
    showDataBarOnly: boolean;
  };
  iconSet?: {
    style: string;
    criteria: {
      type: string;
      operator: string;
      formula: string;
      customIcon?: { set: string; index: number };
    }[];
    reverseIconOrder: boolean;
    showIconOnly: boolean;
  };
  /** Custom: formula; CellValue: formula1/formula2/operator; ContainsText: operator/text; TopBottom: rank/type; PresetCriteria: criterion. */
  rule?: Record<string, string | number | undefined>;
  format?: CfFormat;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  source: { sheet: SheetState; rect: Rect };
  seriesBy: "Auto" | "Columns" | "Rows";
  /** Per series (by index): a chart type and axis group of its own (ChartSeries, combo charts). */
  series?: ({ chartType?: string; axisGroup?: "Primary" | "Secondary" } | undefined)[];
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  /** Points from the sheet's top-left corner. */
  top: number;
  left: number;
  width: number;
  height: number;
}

export type PivotAggregation =
  | "Sum"
  | "Count"
  | "Average"
  | "Max"
  | "Min"
  | "Product"
  | "CountNumbers"
  | "StandardDeviation"
  | "StandardDeviationP"
  | "Variance"
  | "VarianceP";

export interface PivotDataField {
  id: string;
  name: string;
  field: string;
  summarizeBy: PivotAggregation;
  numberFormat: string;
}

export interface PivotState {
  id: string;
  name: string;
  sheet: SheetState;
  /** Top-left cell of the report. */
  dest: { r: number; c: number };
  source: { sheet: SheetState; rect: Rect } | { table: TableState };
  rows: string[];
  cols: string[];
  filters: string[];
  data: PivotDataField[];
  layoutType: "Compact" | "Tabular" | "Outline";
  showRowGrandTotals: boolean;
  showColumnGrandTotals: boolean;
  subtotalLocation: "AtTop" | "AtBottom" | "Off";
  refreshOnOpen: boolean;
  /** Cells the report currently occupies (its rendered output). */
  rendered: Rect | null;
  /** Layout facts for the OOXML location element. */
  layout: { firstHeaderRow: number; firstDataRow: number; firstDataCol: number };
}

export interface NamedItemState {
  name: string;
  /** The reference or constant, with "=" (e.g. "=Sheet1!$A$1:$B$3"). */
  formula: string;
  comment: string;
  visible: boolean;
  /** Set for worksheet-scoped names. */
  sheet?: SheetState;
}

/** A live range reference held by a tracked Range proxy; adjusted on insert/delete (Excel's tracked objects). */
export interface RangeRef {
  sheet: SheetState;
  rect: Rect;
  /** Set when the cells were deleted: using the range then fails with InvalidReference. */
  deleted?: boolean;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One header/footer set (Excel.HeaderFooter): format codes as Excel takes them (&P, &N, &D, &&). */
export interface HeaderFooterTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9): print settings; margins in points. */
export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  /** Fit to pages wide/tall (0 = as many as needed) or a percentage scale. */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  /** "" = automatic. */
  firstPageNumber: number | "";
  printOrder: "DownThenOver" | "OverThenDown";
  printArea: Rect[] | null;
  /** Rows / columns repeated on every page (0-based, inclusive). */
  titleRows: { r0: number; r1: number } | null;
  titleCols: { c0: number; c1: number } | null;
  headersFooters: {
    state: "Default" | "FirstAndDefault" | "OddAndEven" | "FirstOddAndEven";
    useSheetMargins: boolean;
    useSheetScale: boolean;
    defaultForAllPages: HeaderFooterTexts;
    firstPage: HeaderFooterTexts;
    evenPages: HeaderFooterTexts;
    oddPages: HeaderFooterTexts;
  };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: SheetVisibility;
  tabColor: string;
  rows: (Row | undefined)[];
  cols: (ColInfo | undefined)[];
  merges: Rect[];
  freezeRows: number;
  freezeCols: number;
  selection: Rect;
  tables: TableState[];
  cfs: CfState[];
  charts: ChartState[];
  pivots: PivotState[];
  showGridlines: boolean;
  /** Default column width in points (8.43 characters of Calibri 11 = 64 px = 48 pt). */
  standardWidth: number;
  /** Default row height in points. */
  standardHeight: number;
  customProperties: { key: string; value: string }[];
  /** Print settings; absent = Excel's defaults (page-layout.ts). */
  pageLayout?: PageLayoutState;
  /** Manual page breaks: 0-based rows that start a new printed page (page-breaks.ts), ascending. */
  rowBreaks?: number[];
  /** Live references (tracked proxies); runtime only. */
  live: Set<RangeRef>;
  deleted?: boolean;
}

export interface DocumentPropertiesState {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  comments: string;
  category: string;
  company: string;
  manager: string;
  lastAuthor: string;
  revisionNumber: number;
  creationDate: Date;
}

export interface SimWorkbookState {
  sheets: SheetState[];
  activeSheet: SheetState | null;
  styles: StyleTable;
  names: NamedItemState[];
  /** Workbook.settings: key and JSON text of the value, in insertion order. */
  settings: { key: string; json: string }[];
  customXmlParts: { id: string; xml: string }[];
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
  properties: DocumentPropertiesState;
  date1904: boolean;
  /** Counters for generated ids. */
  seq: { sheet: number; table: number; chart: number; pivot: number; cf: number; xml: number };
}

export function newSheet(state: SimWorkbookState, name: string): SheetState {
  state.seq.sheet += 1;
  const n = state.seq.sheet;
  return {
    id: `{${String(n).padStart(8, "0")}-0001-0000-0000-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    rows: [],
    cols: [],
    merges: [],
    freezeRows: 0,
    freezeCols: 0,
    selection: { r0: 0, c0: 0, r1: 0, c1: 0 },
    tables: [],
    cfs: [],
    charts: [],
    pivots: [],
    showGridlines: true,
    standardWidth: 48,
    standardHeight: 15,
    customProperties: [],
    live: new Set(),
  };
}

export function createWorkbookState(sheetNames: string[] = ["Sheet1"]): SimWorkbookState {
  const state: SimWorkbookState = {
    sheets: [],
    activeSheet: null,
    styles: new StyleTable(),
    names: [],
    settings: [],
    customXmlParts: [],
    calculationMode: "Automatic",
    properties: {
      title: "",
      subject: "",
      author: "",
      keywords: "",
      comments: "",
      category: "",
      company: "",
      manager: "",
      lastAuthor: "",
      revisionNumber: 0,
      creationDate: new Date(0),
    },
    date1904: false,
    seq: { sheet: 0, table: 0, chart: 0, pivot: 0, cf: 0, xml: 0 },
  };
  for (const n of sheetNames) state.sheets.push(newSheet(state, n));
  state.activeSheet = state.sheets[0] ?? null;
  return state;
}

export function findSheet(state: SimWorkbookState, nameOrId: string): SheetState | undefined {
  const k = nameOrId.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === k || s.id.toLowerCase() === k);
}

export function allTables(state: SimWorkbookState): TableState[] {
  const out: TableState[] = [];
  for (const s of state.sheets) for (const t of s.tables) out.push(t);
  return out;
}

export function allPivots(state: SimWorkbookState): PivotState[] {
  const out: PivotState[] = [];
  for (const s of state.sheets) for (const p of s.pivots) out.push(p);
  return out;
}
