/** Excel.RangeFormat and its font, fill and borders, over a range's cells. */
import { normalizeColor } from "./colors";
import { SimError, SimErrorCode } from "./errors";
import {
  prop,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { live } from "./range-host";
import {
  autofitColumns,
  autofitRows,
  columnWidth,
  readBorder,
  rowHeight,
  setColumnWidth,
  setRowHeight,
  setStyle,
  uniform,
  writeBorder,
} from "./range-style";
import type { RangeRef } from "./state";
import { BORDER_SIDES, DEFAULT_STYLE, type Style } from "./styles";
import type { SimHost } from "./host";

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

function oneOf(list: string[]) {
  return (v: unknown): void => {
    if (typeof v !== "string" || !list.includes(v)) throw new SimError(SimErrorCode.invalidArgument);
  };
}

/** A style-backed scalar: read uniformly over the range, written to every cell. */
function styleProp<T>(
  get: (s: Style) => T,
  put: (s: Style, v: T) => void,
  validate?: (v: unknown) => T,
): { get: (r: RangeRef, h: SimHost) => unknown; set: (r: RangeRef, v: unknown, h: SimHost) => void } {
  return {
    get: (ref, host) => uniform(host.state.styles, live(ref).sheet, ref.rect, get),
    set: (ref, v, host) => {
      const val = validate ? validate(v) : (v as T);
      setStyle(host, live(ref).sheet, ref.rect, (s) => put(s, val));
    },
  };
}

const bool = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw new SimError(SimErrorCode.invalidArgument);
  return v;
};

export class SimRangeFont extends SimObject<RangeRef> {
  get _className(): string {
    return "RangeFont";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    super(
      ctx,
      parent,
      prop((r: RangeRef) => r),
      parent._pathText + ".font",
    );
  }
  protected _props(): PropTable<RangeRef> {
    return {
      bold: styleProp(
        (s) => s.bold,
        (s, v) => (s.bold = v),
        bool,
      ),
      italic: styleProp(
        (s) => s.italic,
        (s, v) => (s.italic = v),
        bool,
      ),
      strikethrough: styleProp(
        (s) => s.strikethrough,
        (s, v) => (s.strikethrough = v),
        bool,
      ),
      color: styleProp(
        (s) => s.fontColor,
        (s, v) => (s.fontColor = v),
        normalizeColor,
      ),
      name: styleProp(
        (s) => s.fontName,
        (s, v) => (s.fontName = v),
        (v) => String(v),
      ),
      size: styleProp(
        (s) => s.fontSize,
        (s, v) => (s.fontSize = v),
        (v) => {
          if (typeof v !== "number" || !(v >= 1 && v <= 409))
            throw new SimError(SimErrorCode.invalidArgument);
          return v;
        },
      ),
      underline: styleProp(
        (s) => s.underline,
        (s, v) => (s.underline = v),
        (v) => {
          oneOf(UNDERLINE)(v);
          return v as string;
        },
      ),
      subscript: { get: () => false },
      superscript: { get: () => false },
      tintAndShade: { get: () => 0 },
    };
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._set("strikethrough", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v);
  }
  get underline(): "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant" {
    return this._get("underline");
  }
  set underline(v: "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant") {
    this._set("underline", v);
  }
}

export class SimRangeFill extends SimObject<RangeRef> {
  get _className(): string {
    return "RangeFill";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    super(
      ctx,
      parent,
      prop((r: RangeRef) => r),
      parent._pathText + ".fill",
    );
  }
  protected _props(): PropTable<RangeRef> {
    return {
      // An unfilled cell reports white, as Excel does.
      color: styleProp(
        (s) => s.fillColor ?? "#FFFFFF",
        (s, v) => (s.fillColor = v),
        normalizeColor,
      ),
      pattern: {
        get: (ref, host) =>
          uniform(host.state.styles, live(ref).sheet, ref.rect, (s) =>
            s.fillColor === null ? "None" : "Solid",
          ),
      },
      patternColor: { get: () => null },
      tintAndShade: { get: () => 0 },
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get pattern(): "None" | "Solid" {
    return this._get("pattern");
  }
  clear(): void {
    this._queue("clear", 0, (ref, host) =>
      setStyle(host, live(ref).sheet, ref.rect, (s) => (s.fillColor = null)),
    );
  }
}

interface BorderRef {
  ref: RangeRef;
  side: string;
}

export class SimRangeBorder extends SimObject<BorderRef> {
  get _className(): string {
    return "RangeBorder";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject, side: string) {
    super(
      ctx,
      parent,
      prop((r: RangeRef) => ({ ref: r, side })),
      `${parent._pathText}.borders(${side})`,
    );
  }
  protected _props(): PropTable<BorderRef> {
    const p = (key: "style" | "color" | "weight", norm: (v: unknown) => string) => ({
      get: (b: BorderRef, h: SimHost) =>
        readBorder(h.state.styles, live(b.ref).sheet, b.ref.rect, b.side, key),
      set: (b: BorderRef, v: unknown, h: SimHost) =>
        writeBorder(h, live(b.ref).sheet, b.ref.rect, b.side, key, norm(v)),
    });
    return {
      sideIndex: { get: (b) => b.side },
      style: p("style", (v) => {
        oneOf(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"])(v);
        return v as string;
      }),
      color: p("color", normalizeColor),
      weight: p("weight", (v) => {
        oneOf(["Hairline", "Thin", "Medium", "Thick"])(v);
        return v as string;
      }),
      tintAndShade: { get: () => 0 },
    };
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._set("weight", v);
  }
}

export class SimRangeBorderCollection extends SimCollection<RangeRef, SimRangeBorder> {
  get _className(): string {
    return "RangeBorderCollection";
  }
  constructor(
    ctx: ProxyContext,
    private readonly owner: AnySimObject,
  ) {
    super(
      ctx,
      owner,
      prop((r: RangeRef) => r),
      owner._pathText + ".borders",
    );
  }
  protected override _props(): PropTable<RangeRef> {
    return { count: { get: () => BORDER_SIDES.length } };
  }
  protected _listItems(): unknown[] {
    return BORDER_SIDES;
  }
  protected _makeItem(side: unknown): SimRangeBorder {
    return new SimRangeBorder(this._ctx, this.owner, String(side));
  }
  get count(): number {
    return this._get("count");
  }
  getItem(index: string): SimRangeBorder {
    if (!BORDER_SIDES.includes(index as never))
      throw new SimError(SimErrorCode.invalidArgument, undefined, "RangeBorderCollection.getItem");
    return this._child(`side:${index}`, () => new SimRangeBorder(this._ctx, this.owner, index));
  }
  getItemAt(index: number): SimRangeBorder {
    const side = BORDER_SIDES[index];
    if (!side) throw new SimError(SimErrorCode.invalidArgument, undefined, "RangeBorderCollection.getItemAt");
    return this.getItem(side);
  }
}

export class SimRangeFormat extends SimObject<RangeRef> {
  get _className(): string {
    return "RangeFormat";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    super(
      ctx,
      parent,
      prop((r: RangeRef) => r),
      parent._pathText + ".format",
    );
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { font: () => this.font, fill: () => this.fill, borders: () => this.borders };
  }
  protected _props(): PropTable<RangeRef> {
    return {
      horizontalAlignment: styleProp(
        (s) => s.hAlign,
        (s, v) => (s.hAlign = v),
        (v) => (oneOf(H_ALIGN)(v), v as string),
      ),
      verticalAlignment: styleProp(
        (s) => s.vAlign,
        (s, v) => (s.vAlign = v),
        (v) => (oneOf(V_ALIGN)(v), v as string),
      ),
      wrapText: styleProp(
        (s) => s.wrapText,
        (s, v) => (s.wrapText = v),
        bool,
      ),
      indentLevel: styleProp(
        (s) => s.indent,
        (s, v) => (s.indent = v),
        (v) => {
          if (typeof v !== "number" || v < 0 || v > 250) throw new SimError(SimErrorCode.invalidArgument);
          return v;
        },
      ),
      columnWidth: {
        get: (ref) => columnWidth(live(ref).sheet, ref.rect),
        set: (ref, v) => {
          if (typeof v !== "number" || v < 0) throw new SimError(SimErrorCode.invalidArgument);
          setColumnWidth(live(ref).sheet, ref.rect, v);
        },
      },
      rowHeight: {
        get: (ref) => rowHeight(live(ref).sheet, ref.rect),
        set: (ref, v) => {
          if (typeof v !== "number" || v < 0 || v > 409) throw new SimError(SimErrorCode.invalidArgument);
          setRowHeight(live(ref).sheet, ref.rect, v);
        },
      },
      useStandardWidth: { get: (ref) => columnWidth(live(ref).sheet, ref.rect) === ref.sheet.standardWidth },
      useStandardHeight: { get: (ref) => rowHeight(live(ref).sheet, ref.rect) === ref.sheet.standardHeight },
      shrinkToFit: { get: () => false },
      textOrientation: { get: () => 0 },
      readingOrder: { get: () => "Context" },
      autoIndent: { get: () => false },
    };
  }
  get font(): SimRangeFont {
    return this._child("font", () => new SimRangeFont(this._ctx, this));
  }
  get fill(): SimRangeFill {
    return this._child("fill", () => new SimRangeFill(this._ctx, this));
  }
  get borders(): SimRangeBorderCollection {
    return this._child("borders", () => new SimRangeBorderCollection(this._ctx, this));
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this._set("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this._set("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v);
  }
  get indentLevel(): number {
    return this._get("indentLevel");
  }
  set indentLevel(v: number) {
    this._set("indentLevel", v);
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v);
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v);
  }
  get useStandardWidth(): boolean {
    return this._get("useStandardWidth");
  }
  get useStandardHeight(): boolean {
    return this._get("useStandardHeight");
  }
  autofitColumns(): void {
    this._queue("autofitColumns", 0, (ref, host) => autofitColumns(host, live(ref).sheet, ref.rect));
  }
  autofitRows(): void {
    this._queue("autofitRows", 0, (ref) => autofitRows(live(ref).sheet, ref.rect));
  }
}

export { DEFAULT_STYLE };
