/**
 * Excel.PageLayout, HeaderFooterGroup and HeaderFooter (ExcelApi 1.9): print settings of a worksheet,
 * kept on the sheet (state.ts PageLayoutState) and written to .xlsx by page-layout-ooxml.ts.
 * Not reproduced: getPrintArea (it returns RangeAreas, which the simulator lacks; the OrNullObject
 * form neither), header/footer pictures, printQuality, printComments/printErrors beyond storing them.
 */
import { formatRect, isEntireColumn, isEntireRow, MAX_COLS, MAX_ROWS, rect } from "./address";
import { SimError, SimErrorCode } from "./errors";
import { itemOrNull } from "./lookup";
import { prop, SimObject, type AnySimObject, type PropTable, type ProxyContext } from "./proxy";
import { resolveRangeArg, SimRange } from "./range";
import type { HeaderFooterTexts, PageLayoutState, SheetState } from "./state";
import { alive } from "./worksheet";

const POINTS_PER_INCH = 72;

export function emptyHeaderFooter(): HeaderFooterTexts {
  return {
    leftHeader: "",
    centerHeader: "",
    rightHeader: "",
    leftFooter: "",
    centerFooter: "",
    rightFooter: "",
  };
}

/** Excel's defaults for a new sheet ("Normal" margins: 0.75" top/bottom, 0.7" sides, 0.3" header/footer). */
export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printOrder: "DownThenOver",
    printArea: null,
    titleRows: null,
    titleCols: null,
    headersFooters: {
      state: "Default",
      useSheetMargins: true,
      useSheetScale: true,
      defaultForAllPages: emptyHeaderFooter(),
      firstPage: emptyHeaderFooter(),
      evenPages: emptyHeaderFooter(),
      oddPages: emptyHeaderFooter(),
    },
  };
}

/** The sheet's page layout, made with the defaults on first use. */
export function layoutOf(sheet: SheetState): PageLayoutState {
  const s = alive(sheet);
  s.pageLayout ??= defaultPageLayout();
  return s.pageLayout;
}

function invalid(): SimError {
  return new SimError(SimErrorCode.invalidArgument);
}

const bool = (get: (l: PageLayoutState) => boolean, set: (l: PageLayoutState, v: boolean) => void) => ({
  get: (s: SheetState) => get(layoutOf(s)),
  set: (s: SheetState, v: unknown) => {
    if (typeof v !== "boolean") throw invalid();
    set(layoutOf(s), v);
  },
});

const margin = (k: keyof PageLayoutState["margins"]) => ({
  get: (s: SheetState) => layoutOf(s).margins[k],
  set: (s: SheetState, v: unknown) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw invalid();
    layoutOf(s).margins[k] = v;
  },
});

function checkZoom(v: unknown): PageLayoutState["zoom"] {
  if (typeof v !== "object" || v === null) throw invalid();
  const z = v as Record<string, unknown>;
  const out: PageLayoutState["zoom"] = {};
  if (z.scale !== undefined && z.scale !== null) {
    if (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400) throw invalid();
    out.scale = z.scale;
  }
  for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
    const n = z[k];
    if (n === undefined || n === null) continue;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw invalid();
    out[k] = n;
  }
  // A scale and fit-to-pages exclude each other: fit wins, as in Excel's Page Setup dialog.
  if (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined) delete out.scale;
  return out;
}

export class SimHeaderFooter extends SimObject<HeaderFooterTexts> {
  get _className(): string {
    return "HeaderFooter";
  }
  protected _props(): PropTable<HeaderFooterTexts> {
    const text = (k: keyof HeaderFooterTexts) => ({
      get: (h: HeaderFooterTexts) => h[k],
      set: (h: HeaderFooterTexts, v: unknown) => {
        if (typeof v !== "string") throw invalid();
        h[k] = v;
      },
    });
    return {
      leftHeader: text("leftHeader"),
      centerHeader: text("centerHeader"),
      rightHeader: text("rightHeader"),
      leftFooter: text("leftFooter"),
      centerFooter: text("centerFooter"),
      rightFooter: text("rightFooter"),
    };
  }
  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(v: string) {
    this._set("leftHeader", v);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(v: string) {
    this._set("centerHeader", v);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(v: string) {
    this._set("rightHeader", v);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this._set("leftFooter", v);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._set("centerFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this._set("rightFooter", v);
  }
}

type HfKey = "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages";
const HF_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];

export class SimHeaderFooterGroup extends SimObject<SheetState> {
  get _className(): string {
    return "HeaderFooterGroup";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      defaultForAllPages: () => this.defaultForAllPages,
      firstPage: () => this.firstPage,
      evenPages: () => this.evenPages,
      oddPages: () => this.oddPages,
    };
  }
  protected _props(): PropTable<SheetState> {
    return {
      state: {
        get: (s) => layoutOf(s).headersFooters.state,
        set: (s, v) => {
          if (!HF_STATES.includes(String(v))) throw invalid();
          layoutOf(s).headersFooters.state = v as PageLayoutState["headersFooters"]["state"];
        },
      },
      useSheetMargins: bool(
        (l) => l.headersFooters.useSheetMargins,
        (l, v) => (l.headersFooters.useSheetMargins = v),
      ),
      useSheetScale: bool(
        (l) => l.headersFooters.useSheetScale,
        (l, v) => (l.headersFooters.useSheetScale = v),
      ),
    };
  }
  private part(k: HfKey): SimHeaderFooter {
    return this._child(
      k,
      () =>
        new SimHeaderFooter(
          this._ctx,
          this,
          prop((s: SheetState) => layoutOf(s).headersFooters[k]),
          `${this._pathText}.${k}`,
        ),
    );
  }
  get defaultForAllPages(): SimHeaderFooter {
    return this.part("defaultForAllPages");
  }
  get firstPage(): SimHeaderFooter {
    return this.part("firstPage");
  }
  get evenPages(): SimHeaderFooter {
    return this.part("evenPages");
  }
  get oddPages(): SimHeaderFooter {
    return this.part("oddPages");
  }
  get state(): string {
    return this._get("state");
  }
  set state(v: string) {
    this._set("state", v);
  }
  get useSheetMargins(): boolean {
    return this._get("useSheetMargins");
  }
  set useSheetMargins(v: boolean) {
    this._set("useSheetMargins", v);
  }
  get useSheetScale(): boolean {
    return this._get("useSheetScale");
  }
  set useSheetScale(v: boolean) {
    this._set("useSheetScale", v);
  }
}

export class SimPageLayout extends SimObject<SheetState> {
  get _className(): string {
    return "PageLayout";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    super(
      ctx,
      parent,
      prop((s: SheetState) => s),
      parent._pathText + ".pageLayout",
    );
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { headersFooters: () => this.headersFooters };
  }
  protected _props(): PropTable<SheetState> {
    return {
      orientation: {
        get: (s) => layoutOf(s).orientation,
        set: (s, v) => {
          if (v !== "Portrait" && v !== "Landscape") throw invalid();
          layoutOf(s).orientation = v;
        },
      },
      paperSize: {
        get: (s) => layoutOf(s).paperSize,
        set: (s, v) => {
          if (typeof v !== "string" || v === "") throw invalid();
          layoutOf(s).paperSize = v;
        },
      },
      zoom: {
        get: (s) => ({ ...layoutOf(s).zoom }),
        set: (s, v) => void (layoutOf(s).zoom = checkZoom(v)),
      },
      topMargin: margin("top"),
      bottomMargin: margin("bottom"),
      leftMargin: margin("left"),
      rightMargin: margin("right"),
      headerMargin: margin("header"),
      footerMargin: margin("footer"),
      centerHorizontally: bool(
        (l) => l.centerHorizontally,
        (l, v) => (l.centerHorizontally = v),
      ),
      centerVertically: bool(
        (l) => l.centerVertically,
        (l, v) => (l.centerVertically = v),
      ),
      printGridlines: bool(
        (l) => l.printGridlines,
        (l, v) => (l.printGridlines = v),
      ),
      printHeadings: bool(
        (l) => l.printHeadings,
        (l, v) => (l.printHeadings = v),
      ),
      blackAndWhite: bool(
        (l) => l.blackAndWhite,
        (l, v) => (l.blackAndWhite = v),
      ),
      draftMode: bool(
        (l) => l.draftMode,
        (l, v) => (l.draftMode = v),
      ),
      alignMarginsHeaderFooter: bool(
        (l) => l.headersFooters.useSheetMargins,
        (l, v) => (l.headersFooters.useSheetMargins = v),
      ),
      firstPageNumber: {
        get: (s) => layoutOf(s).firstPageNumber,
        set: (s, v) => {
          if (v !== "" && v !== null && (typeof v !== "number" || !Number.isInteger(v))) throw invalid();
          layoutOf(s).firstPageNumber = v === null ? "" : v;
        },
      },
      printOrder: {
        get: (s) => layoutOf(s).printOrder,
        set: (s, v) => {
          if (v !== "DownThenOver" && v !== "OverThenDown") throw invalid();
          layoutOf(s).printOrder = v;
        },
      },
    };
  }

  get headersFooters(): SimHeaderFooterGroup {
    return this._child(
      "headersFooters",
      () =>
        new SimHeaderFooterGroup(
          this._ctx,
          this,
          prop((s: SheetState) => s),
          `${this._pathText}.headersFooters`,
        ),
    );
  }
  get orientation(): "Portrait" | "Landscape" {
    return this._get("orientation");
  }
  set orientation(v: "Portrait" | "Landscape") {
    this._set("orientation", v);
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v);
  }
  get zoom(): PageLayoutState["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: PageLayoutState["zoom"]) {
    this._set("zoom", v);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(v: number) {
    this._set("topMargin", v);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this._set("bottomMargin", v);
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this._set("leftMargin", v);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this._set("rightMargin", v);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(v: number) {
    this._set("headerMargin", v);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(v: number) {
    this._set("footerMargin", v);
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this._set("centerHorizontally", v);
  }
  get centerVertically(): boolean {
    return this._get("centerVertically");
  }
  set centerVertically(v: boolean) {
    this._set("centerVertically", v);
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(v: boolean) {
    this._set("printGridlines", v);
  }
  get printHeadings(): boolean {
    return this._get("printHeadings");
  }
  set printHeadings(v: boolean) {
    this._set("printHeadings", v);
  }
  get blackAndWhite(): boolean {
    return this._get("blackAndWhite");
  }
  set blackAndWhite(v: boolean) {
    this._set("blackAndWhite", v);
  }
  get draftMode(): boolean {
    return this._get("draftMode");
  }
  set draftMode(v: boolean) {
    this._set("draftMode", v);
  }
  get alignMarginsHeaderFooter(): boolean {
    return this._get("alignMarginsHeaderFooter");
  }
  set alignMarginsHeaderFooter(v: boolean) {
    this._set("alignMarginsHeaderFooter", v);
  }
  get firstPageNumber(): number | "" {
    return this._get("firstPageNumber");
  }
  set firstPageNumber(v: number | "") {
    this._set("firstPageNumber", v);
  }
  get printOrder(): string {
    return this._get("printOrder");
  }
  set printOrder(v: string) {
    this._set("printOrder", v);
  }

  /** A range, or an address with areas separated by commas ("A1:D20, F1:H20"). */
  setPrintArea(printArea: SimRange | string): void {
    this._queue("setPrintArea", typeof printArea === "string" ? printArea.length : 0, (s, h) => {
      const parts = typeof printArea === "string" ? printArea.split(",") : [printArea];
      layoutOf(s).printArea = parts.map((p) => {
        const r = resolveRangeArg(h, typeof p === "string" ? p.trim() : p, s);
        if (r.sheet !== s) throw invalid();
        return r.rect;
      });
    });
  }
  /** "The range must span the entire row to be valid." */
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    this._queue("setPrintTitleRows", 0, (s, h) => {
      const r = resolveRangeArg(h, printTitleRows, s);
      if (r.sheet !== s || !isEntireRow(r.rect)) throw invalid();
      layoutOf(s).titleRows = { r0: r.rect.r0, r1: r.rect.r1 };
    });
  }
  /** "The range must span the entire column to be valid." */
  setPrintTitleColumns(printTitleColumns: SimRange | string): void {
    this._queue("setPrintTitleColumns", 0, (s, h) => {
      const r = resolveRangeArg(h, printTitleColumns, s);
      if (r.sheet !== s || !isEntireColumn(r.rect)) throw invalid();
      layoutOf(s).titleCols = { c0: r.rect.c0, c1: r.rect.c1 };
    });
  }
  setPrintMargins(
    unit: "Points" | "Inches" | "Centimeters",
    marginOptions: Partial<Record<keyof PageLayoutState["margins"], number>>,
  ): void {
    this._queue("setPrintMargins", 0, (s) => {
      const k = (
        { Points: 1, Inches: POINTS_PER_INCH, Centimeters: POINTS_PER_INCH / 2.54 } as Record<string, number>
      )[unit];
      if (k === undefined) throw invalid();
      const m = layoutOf(s).margins;
      for (const key of ["top", "bottom", "left", "right", "header", "footer"] as const) {
        const v = marginOptions[key];
        if (v === undefined) continue;
        if (typeof v !== "number" || v < 0) throw invalid();
        // To 1/100 pt, as a stored margin in inches reads back (0.3 × 72 is not 21.6 in floating point).
        m[key] = Math.round(v * k * 100) / 100;
      }
    });
  }
  private titles(
    name: string,
    orNull: boolean,
    pick: (l: PageLayoutState) => ReturnType<typeof rect> | null,
  ): SimRange {
    return SimRange.create(this._ctx, this, name, () => {
      const s = alive(this._ref()!);
      const x = pick(layoutOf(s));
      return itemOrNull(x && { sheet: s, rect: x }, orNull);
    });
  }
  getPrintTitleRows(): SimRange {
    return this.titles("getPrintTitleRows", false, (l) => titleRowsRect(l));
  }
  getPrintTitleRowsOrNullObject(): SimRange {
    return this.titles("getPrintTitleRowsOrNullObject", true, (l) => titleRowsRect(l));
  }
  getPrintTitleColumns(): SimRange {
    return this.titles("getPrintTitleColumns", false, (l) => titleColsRect(l));
  }
  getPrintTitleColumnsOrNullObject(): SimRange {
    return this.titles("getPrintTitleColumnsOrNullObject", true, (l) => titleColsRect(l));
  }
}

function titleRowsRect(l: PageLayoutState): ReturnType<typeof rect> | null {
  return l.titleRows ? rect(l.titleRows.r0, 0, l.titleRows.r1, MAX_COLS - 1) : null;
}
function titleColsRect(l: PageLayoutState): ReturnType<typeof rect> | null {
  return l.titleCols ? rect(0, l.titleCols.c0, MAX_ROWS - 1, l.titleCols.c1) : null;
}

/** "A1:D20,F1:H20" of a print area (for messages and tests). */
export function printAreaText(l: PageLayoutState): string | null {
  return l.printArea ? l.printArea.map((x) => formatRect(x)).join(",") : null;
}
