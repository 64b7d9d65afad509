/**
 * Excel.Range. A range proxy resolves, at sync, to a live reference that follows inserts and
 * deletes while the proxy is tracked (Excel.run tracks ranges automatically); after
 * `untrack()` and the next sync the proxy is invalid and using it throws InvalidObjectPath.
 */
import {
  formatAddress,
  intersect,
  isEntireColumn,
  isEntireRow,
  MAX_COLS,
  MAX_ROWS,
  rect,
  rectCells,
  rectCols,
  rectRows,
  subtract,
  type Rect,
} from "./address";
import { clearRect, usedRect } from "./cells";
import { SimConditionalFormatCollection } from "./conditional-format";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import {
  method,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { SimRangeFormat } from "./range-format";
import {
  addressOf,
  checkPivotConflict,
  live,
  readFormulas,
  readNumberFormat,
  readText,
  readValues,
  readValueTypes,
  writeEntries,
  writeNumberFormat,
} from "./range-host";
import { hiddenState, setHidden } from "./range-style";
import { shiftCells } from "./shift";
import type { RangeRef, SheetState } from "./state";
import { SimWorksheet } from "./worksheet";

export type RangeBase = { sheet: SheetState; rect: Rect } | null;

function inGrid(x: Rect): boolean {
  return x.r0 >= 0 && x.c0 >= 0 && x.r1 < MAX_ROWS && x.c1 < MAX_COLS && x.r0 <= x.r1 && x.c0 <= x.c1;
}

export function gridRect(x: Rect): Rect {
  if (!inGrid(x)) throw new SimError(SimErrorCode.invalidArgument);
  return x;
}

/** Resolves a Range argument (proxy or address string) at sync time. */
export function resolveRangeArg(
  host: SimHost,
  arg: unknown,
  defaultSheet: SheetState | null,
): { sheet: SheetState; rect: Rect } {
  if (arg instanceof SimRange) {
    const r = arg._ref();
    if (!r) throw new SimError(SimErrorCode.invalidArgument);
    return live(r);
  }
  if (typeof arg === "string") {
    const r = host.resolveAddress(arg, defaultSheet);
    if (!r) throw new SimError(SimErrorCode.invalidArgument);
    return r;
  }
  throw new SimError(SimErrorCode.invalidArgument);
}

/** Excel's CurrentRegion: grow while a neighbouring row/column band holds a value. */
function surroundingRegion(sheet: SheetState, x: Rect): Rect {
  let cur = rect(x.r0, x.c0);
  const has = (r0: number, c0: number, r1: number, c1: number): boolean => {
    if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) return false;
    for (let r = r0; r <= Math.min(r1, sheet.rows.length - 1); r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = c0; c <= Math.min(c1, row.v.length - 1); c++)
        if ((row.v[c] !== undefined && row.v[c] !== "") || row.f?.[c] !== undefined) return true;
    }
    return false;
  };
  for (let guard = 0; guard < 100000; guard++) {
    const g = { ...cur };
    if (has(cur.r0 - 1, cur.c0 - 1, cur.r0 - 1, cur.c1 + 1)) g.r0 = cur.r0 - 1;
    if (has(cur.r1 + 1, cur.c0 - 1, cur.r1 + 1, cur.c1 + 1)) g.r1 = cur.r1 + 1;
    if (has(cur.r0 - 1, cur.c0 - 1, cur.r1 + 1, cur.c0 - 1)) g.c0 = cur.c0 - 1;
    if (has(cur.r0 - 1, cur.c1 + 1, cur.r1 + 1, cur.c1 + 1)) g.c1 = cur.c1 + 1;
    if (g.r0 === cur.r0 && g.r1 === cur.r1 && g.c0 === cur.c0 && g.c1 === cur.c1) break;
    cur = g;
  }
  return cur;
}

export class SimRange extends SimObject<RangeRef> {
  get _className(): string {
    return "Range";
  }

  /** Creates a range proxy whose reference is computed at sync by `resolve`. */
  static create(
    ctx: ProxyContext,
    parent: AnySimObject,
    name: string,
    resolve: () => RangeBase,
    bytes = 0,
  ): SimRange {
    const r = new SimRange(
      ctx,
      parent,
      method<RangeRef>(
        name,
        () => {
          const base = resolve();
          if (!base) return null;
          const ref: RangeRef = { sheet: base.sheet, rect: base.rect };
          base.sheet.live.add(ref);
          return ref;
        },
        bytes,
      ),
      `${parent._pathText}.${name}`,
    );
    ctx._registerRange(r);
    return r;
  }

  private get host(): SimHost {
    return this._ctx._host;
  }

  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      format: () => this.format,
      worksheet: () => this.worksheet,
      conditionalFormats: () => this.conditionalFormats,
    };
  }

  protected _props(): PropTable<RangeRef> {
    return {
      address: { get: (r) => addressOf(r) },
      addressLocal: { get: (r) => addressOf(r) },
      cellCount: { get: (r) => rectCells(live(r).rect) },
      rowCount: { get: (r) => rectRows(live(r).rect) },
      columnCount: { get: (r) => rectCols(live(r).rect) },
      rowIndex: { get: (r) => live(r).rect.r0 },
      columnIndex: { get: (r) => live(r).rect.c0 },
      isEntireColumn: { get: (r) => isEntireColumn(live(r).rect) },
      isEntireRow: { get: (r) => isEntireRow(live(r).rect) },
      values: { get: (r, h) => readValues(h, r), set: (r, v, h) => writeEntries(h, r, v) },
      formulas: { get: (r, h) => readFormulas(h, r), set: (r, v, h) => writeEntries(h, r, v) },
      formulasLocal: { get: (r, h) => readFormulas(h, r), set: (r, v, h) => writeEntries(h, r, v) },
      numberFormat: { get: (r, h) => readNumberFormat(h, r), set: (r, v, h) => writeNumberFormat(h, r, v) },
      numberFormatLocal: {
        get: (r, h) => readNumberFormat(h, r),
        set: (r, v, h) => writeNumberFormat(h, r, v),
      },
      text: { get: (r, h) => readText(h, r) },
      valueTypes: { get: (r, h) => readValueTypes(h, r) },
      rowHidden: {
        get: (r) => hiddenState(live(r).sheet, r.rect, "row"),
        set: (r, v) => setHidden(live(r).sheet, r.rect, "row", v === true),
      },
      columnHidden: {
        get: (r) => hiddenState(live(r).sheet, r.rect, "col"),
        set: (r, v) => setHidden(live(r).sheet, r.rect, "col", v === true),
      },
      hidden: {
        get: (r) => {
          const a = hiddenState(live(r).sheet, r.rect, "row");
          const b = hiddenState(live(r).sheet, r.rect, "col");
          return a === true || b === true ? true : a === false && b === false ? false : null;
        },
      },
      style: { get: () => "Normal" },
      hasSpill: { get: () => false },
      savedAsArray: { get: () => false },
    };
  }

  // ---- scalar properties ----
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  // Cell grids are `any[][]` in Excel's typings; the same type keeps the proxies interchangeable.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  get values(): any[][] {
    return this._get("values");
  }
  set values(v: any[][]) {
    this._set("values", v);
  }
  get formulas(): any[][] {
    return this._get("formulas");
  }
  set formulas(v: any[][]) {
    this._set("formulas", v);
  }
  get formulasLocal(): any[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: any[][]) {
    this._set("formulasLocal", v);
  }
  get numberFormat(): any[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this._set("numberFormat", v);
  }
  get numberFormatLocal(): any[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: any[][]) {
    this._set("numberFormatLocal", v);
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): (
    "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue"
  )[][] {
    return this._get("valueTypes");
  }
  get rowHidden(): boolean {
    return this._get("rowHidden");
  }
  set rowHidden(v: boolean) {
    this._set("rowHidden", v);
  }
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v);
  }
  get hidden(): boolean {
    return this._get("hidden");
  }
  get style(): string {
    return this._get("style");
  }
  get hasSpill(): boolean {
    return this._get("hasSpill");
  }

  // ---- navigation ----
  get format(): SimRangeFormat {
    return this._child("format", () => new SimRangeFormat(this._ctx, this));
  }
  get worksheet(): SimWorksheet {
    return this._child("worksheet", () => SimWorksheet.fromParent(this._ctx, this, (r: RangeRef) => r.sheet));
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child("conditionalFormats", () => new SimConditionalFormatCollection(this._ctx, this));
  }

  // ---- derived ranges ----
  private derive(name: string, fn: (ref: RangeRef) => RangeBase, bytes = 0): SimRange {
    return SimRange.create(this._ctx, this, name, () => fn(live(this._ref()!)), bytes);
  }
  getCell(row: number, column: number): SimRange {
    return this.derive("getCell", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0 + row, r.rect.c0 + column)),
    }));
  }
  getRow(row: number): SimRange {
    return this.derive("getRow", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0 + row, r.rect.c0, r.rect.r0 + row, r.rect.c1)),
    }));
  }
  getColumn(column: number): SimRange {
    return this.derive("getColumn", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0, r.rect.c0 + column, r.rect.r1, r.rect.c0 + column)),
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive("getResizedRange", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0, r.rect.c0, r.rect.r1 + deltaRows, r.rect.c1 + deltaColumns)),
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this.derive("getAbsoluteResizedRange", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0, r.rect.c0, r.rect.r0 + numRows - 1, r.rect.c0 + numColumns - 1)),
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive("getOffsetRange", (r) => ({
      sheet: r.sheet,
      rect: gridRect(
        rect(
          r.rect.r0 + rowOffset,
          r.rect.c0 + columnOffset,
          r.rect.r1 + rowOffset,
          r.rect.c1 + columnOffset,
        ),
      ),
    }));
  }
  getEntireColumn(): SimRange {
    return this.derive("getEntireColumn", (r) => ({
      sheet: r.sheet,
      rect: rect(0, r.rect.c0, MAX_ROWS - 1, r.rect.c1),
    }));
  }
  getEntireRow(): SimRange {
    return this.derive("getEntireRow", (r) => ({
      sheet: r.sheet,
      rect: rect(r.rect.r0, 0, r.rect.r1, MAX_COLS - 1),
    }));
  }
  getLastRow(): SimRange {
    return this.derive("getLastRow", (r) => ({
      sheet: r.sheet,
      rect: rect(r.rect.r1, r.rect.c0, r.rect.r1, r.rect.c1),
    }));
  }
  getLastColumn(): SimRange {
    return this.derive("getLastColumn", (r) => ({
      sheet: r.sheet,
      rect: rect(r.rect.r0, r.rect.c1, r.rect.r1, r.rect.c1),
    }));
  }
  getLastCell(): SimRange {
    return this.derive("getLastCell", (r) => ({ sheet: r.sheet, rect: rect(r.rect.r1, r.rect.c1) }));
  }
  getRowsAbove(count = 1): SimRange {
    return this.derive("getRowsAbove", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0 - count, r.rect.c0, r.rect.r0 - 1, r.rect.c1)),
    }));
  }
  getRowsBelow(count = 1): SimRange {
    return this.derive("getRowsBelow", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r1 + 1, r.rect.c0, r.rect.r1 + count, r.rect.c1)),
    }));
  }
  getColumnsBefore(count = 1): SimRange {
    return this.derive("getColumnsBefore", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0, r.rect.c0 - count, r.rect.r1, r.rect.c0 - 1)),
    }));
  }
  getColumnsAfter(count = 1): SimRange {
    return this.derive("getColumnsAfter", (r) => ({
      sheet: r.sheet,
      rect: gridRect(rect(r.rect.r0, r.rect.c1 + 1, r.rect.r1, r.rect.c1 + count)),
    }));
  }
  getIntersection(anotherRange: SimRange | string): SimRange {
    return this.derive("getIntersection", (r) => {
      const o = resolveRangeArg(this.host, anotherRange, r.sheet);
      const i = o.sheet === r.sheet ? intersect(r.rect, o.rect) : null;
      if (!i) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: r.sheet, rect: i };
    });
  }
  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return this.derive("getIntersectionOrNullObject", (r) => {
      const o = resolveRangeArg(this.host, anotherRange, r.sheet);
      const i = o.sheet === r.sheet ? intersect(r.rect, o.rect) : null;
      return i ? { sheet: r.sheet, rect: i } : null;
    });
  }
  getBoundingRect(anotherRange: SimRange | string): SimRange {
    return this.derive("getBoundingRect", (r) => {
      const o = resolveRangeArg(this.host, anotherRange, r.sheet);
      if (o.sheet !== r.sheet) throw new SimError(SimErrorCode.invalidArgument);
      return {
        sheet: r.sheet,
        rect: rect(
          Math.min(r.rect.r0, o.rect.r0),
          Math.min(r.rect.c0, o.rect.c0),
          Math.max(r.rect.r1, o.rect.r1),
          Math.max(r.rect.c1, o.rect.c1),
        ),
      };
    });
  }
  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.derive("getUsedRange", (r) => {
      const u = usedRect(r.sheet, valuesOnly === true, r.rect);
      if (!u) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: r.sheet, rect: u };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this.derive("getUsedRangeOrNullObject", (r) => {
      const u = usedRect(r.sheet, valuesOnly === true, r.rect);
      return u ? { sheet: r.sheet, rect: u } : null;
    });
  }
  getSurroundingRegion(): SimRange {
    return this.derive("getSurroundingRegion", (r) => ({
      sheet: r.sheet,
      rect: surroundingRegion(r.sheet, r.rect),
    }));
  }

  // ---- actions ----
  /** Inserts cells in place of this range; returns the range at the now blank space. */
  insert(shift: "Down" | "Right"): SimRange {
    if ((shift as string) !== "Down" && (shift as string) !== "Right")
      throw new SimError(SimErrorCode.invalidArgument, undefined, "Range.insert");
    return this.derive("insert", (r) => {
      const x = { ...r.rect };
      shiftCells(this.host, r.sheet, x, shift);
      return { sheet: r.sheet, rect: x };
    });
  }
  delete(shift: "Up" | "Left"): void {
    if ((shift as string) !== "Up" && (shift as string) !== "Left")
      throw new SimError(SimErrorCode.invalidArgument, undefined, "Range.delete");
    this._queue("delete", 8, (ref) => shiftCells(this.host, live(ref).sheet, { ...ref.rect }, shift));
  }
  clear(
    applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All",
  ): void {
    this._queue("clear", 8, (ref, host) => {
      const { sheet, rect: x } = live(ref);
      const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
      const formats = applyTo === "All" || applyTo === "Formats";
      if (contents) checkPivotConflict(sheet, x);
      clearRect(sheet, x, contents, formats);
      if (formats) {
        // Clearing formats also removes conditional formats and merges on those cells.
        sheet.cfs = sheet.cfs.filter((cf) => {
          cf.rects = cf.rects.flatMap((cr) => subtract(cr, x));
          return cf.rects.length > 0;
        });
        sheet.merges = sheet.merges.filter((m) => !intersect(m, x));
      }
      host.dirty();
    });
  }
  merge(across = false): void {
    this._queue("merge", 8, (ref, host) => {
      const { sheet, rect: x } = live(ref);
      for (const t of sheet.tables)
        if (intersect(t.rect, x)) throw new SimError(SimErrorCode.mergedRangeConflict);
      const parts = across
        ? Array.from({ length: rectRows(x) }, (_, i) => rect(x.r0 + i, x.c0, x.r0 + i, x.c1))
        : [x];
      sheet.merges = sheet.merges.filter((m) => !intersect(m, x));
      for (const p of parts) {
        if (rectCells(p) < 2) continue;
        sheet.merges.push(p);
        // Excel keeps the upper-left value only.
        const keep = { r: p.r0, c: p.c0 };
        for (let r = p.r0; r <= p.r1; r++)
          for (let c = p.c0; c <= p.c1; c++)
            if (r !== keep.r || c !== keep.c) {
              const row = sheet.rows[r];
              if (row) {
                row.v[c] = undefined;
                if (row.f) row.f[c] = undefined;
              }
            }
      }
      host.dirty();
    });
  }
  unmerge(): void {
    this._queue("unmerge", 8, (ref) => {
      const { sheet, rect: x } = live(ref);
      sheet.merges = sheet.merges.filter((m) => !intersect(m, x));
    });
  }
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(
      this._ctx,
      this,
      method("getMergedAreasOrNullObject", () => {
        const ref = live(this._ref()!);
        const areas = ref.sheet.merges.filter((m) => intersect(m, ref.rect));
        return areas.length ? { sheet: ref.sheet, rects: areas } : null;
      }),
    );
  }
  select(): void {
    this._queue("select", 0, (ref, host) => {
      const { sheet, rect: x } = live(ref);
      sheet.selection = { ...x };
      host.state.activeSheet = sheet;
    });
  }
  calculate(): void {
    this._queue("calculate", 0, (_r, host) => host.dirty());
  }
  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }
  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }
}

interface AreasRef {
  sheet: SheetState;
  rects: Rect[];
}

/** Excel.RangeAreas (only what getMergedAreasOrNullObject needs). */
export class SimRangeAreas extends SimObject<AreasRef> {
  get _className(): string {
    return "RangeAreas";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject, mode: ReturnType<typeof method<AreasRef>>) {
    super(ctx, parent, mode, parent._pathText + ".areas");
  }
  protected _props(): PropTable<AreasRef> {
    return {
      address: { get: (a) => a.rects.map((x) => formatAddress(a.sheet.name, x)).join(",") },
      addressLocal: { get: (a) => a.rects.map((x) => formatAddress(a.sheet.name, x)).join(",") },
      areaCount: { get: (a) => a.rects.length },
      cellCount: { get: (a) => a.rects.reduce((s, x) => s + rectCells(x), 0) },
    };
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { areas: () => this.areas };
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get areas(): SimRangeCollection {
    return this._child("areas", () => new SimRangeCollection(this._ctx, this));
  }
}

export class SimRangeCollection extends SimCollection<AreasRef, SimRange> {
  get _className(): string {
    return "RangeCollection";
  }
  constructor(ctx: ProxyContext, parent: SimRangeAreas) {
    super(ctx, parent, { kind: "prop", derive: (a: AreasRef) => a }, parent._pathText + ".areas");
  }
  protected _listItems(ref: AreasRef): unknown[] {
    return ref.rects.map((x) => ({ sheet: ref.sheet, rect: x }));
  }
  protected _makeItem(h: unknown): SimRange {
    const base = h as { sheet: SheetState; rect: Rect };
    const ref: RangeRef = { sheet: base.sheet, rect: base.rect };
    base.sheet.live.add(ref);
    const r = new SimRange(this._ctx, this, { kind: "bound", ref }, this._pathText + ".item");
    this._ctx._registerRange(r);
    return r;
  }
}
