/** Excel.Worksheet, WorksheetCollection, WorksheetFreezePanes and worksheet custom properties. */
import { MAX_COLS, MAX_ROWS, rect } from "./address";
import { usedRect } from "./cells";
import { SimChartCollection } from "./chart";
import { normalizeColor } from "./colors";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, requireItem, requireNameFree, sameName } from "./lookup";
import { SimNamedItemCollection } from "./named-items";
import { SimPageBreakCollection } from "./page-breaks";
import { SimPageLayout } from "./page-layout";
import { SimPivotTableCollection } from "./pivot";
import {
  bound,
  method,
  prop,
  SimClientResult,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { gridRect, resolveRangeArg, SimRange } from "./range";
import { requireApi } from "./simulator-core";
import { findSheet, newSheet, type SheetState } from "./state";
import { SimTableCollection } from "./table";

/** Worksheet names: 1–31 characters, none of : \ / ? * [ ], not starting/ending with an apostrophe (Excel's rule). */
export function isValidSheetName(name: unknown): name is string {
  return (
    typeof name === "string" &&
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

export function alive(sheet: SheetState): SheetState {
  if (sheet.deleted) throw new SimError(SimErrorCode.itemNotFound);
  return sheet;
}

function visibleSheets(host: SimHost): SheetState[] {
  return host.state.sheets.filter((s) => s.visibility === "Visible");
}

export class SimWorksheet extends SimObject<SheetState> {
  get _className(): string {
    return "Worksheet";
  }

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- P ties `derive` to the parent reference type at call sites
  static fromParent<P>(
    ctx: ProxyContext,
    parent: AnySimObject,
    derive: (p: P) => SheetState | null,
  ): SimWorksheet {
    return new SimWorksheet(ctx, parent, prop(derive), parent._pathText + ".worksheet");
  }
  static bound(ctx: ProxyContext, parent: AnySimObject, sheet: SheetState): SimWorksheet {
    return new SimWorksheet(ctx, parent, bound(sheet), `Worksheet(${sheet.name})`);
  }

  private get host(): SimHost {
    return this._ctx._host;
  }

  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      tables: () => this.tables,
      charts: () => this.charts,
      pivotTables: () => this.pivotTables,
      freezePanes: () => this.freezePanes,
      names: () => this.names,
      customProperties: () => this.customProperties,
      pageLayout: () => this.pageLayout,
      horizontalPageBreaks: () => this.horizontalPageBreaks,
    };
  }

  protected _props(): PropTable<SheetState> {
    return {
      id: { get: (s) => alive(s).id },
      name: {
        get: (s) => alive(s).name,
        set: (s, v, h) => {
          alive(s);
          if (!isValidSheetName(v)) throw new SimError(SimErrorCode.invalidArgument);
          requireNameFree(h.state.sheets, (x) => sameName(x.name, v) || sameName(x.id, v), s);
          renameSheetReferences(h, s.name, v);
          s.name = v;
        },
      },
      position: {
        get: (s, h) => h.state.sheets.indexOf(alive(s)),
        set: (s, v, h) => {
          const list = h.state.sheets;
          if (typeof v !== "number" || v < 0 || v >= list.length)
            throw new SimError(SimErrorCode.invalidArgument);
          list.splice(list.indexOf(alive(s)), 1);
          list.splice(v, 0, s);
        },
      },
      visibility: {
        get: (s) => alive(s).visibility,
        set: (s, v, h) => {
          if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
            throw new SimError(SimErrorCode.invalidArgument);
          alive(s);
          if (v !== "Visible" && s.visibility === "Visible" && visibleSheets(h).length === 1)
            throw new SimError(SimErrorCode.invalidOperation);
          s.visibility = v;
          if (v !== "Visible" && h.state.activeSheet === s) h.state.activeSheet = visibleSheets(h)[0] ?? null;
        },
      },
      tabColor: {
        get: (s) => alive(s).tabColor,
        set: (s, v) => {
          alive(s).tabColor = v === "" ? "" : normalizeColor(v);
        },
      },
      standardWidth: {
        get: (s) => alive(s).standardWidth,
        set: (s, v) => {
          if (typeof v !== "number" || v <= 0) throw new SimError(SimErrorCode.invalidArgument);
          alive(s).standardWidth = v;
        },
      },
      standardHeight: { get: (s) => alive(s).standardHeight },
      showGridlines: {
        get: (s) => alive(s).showGridlines,
        set: (s, v) => {
          alive(s).showGridlines = v === true;
        },
      },
      enableCalculation: { get: () => true, set: () => undefined },
      tabId: { get: (s, h) => h.state.sheets.indexOf(alive(s)) },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this._get("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this._set("visibility", v);
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    requireApi(this.host, "1.7", "Worksheet.tabColor");
    this._set("tabColor", v);
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  set standardWidth(v: number) {
    this._set("standardWidth", v);
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._set("showGridlines", v);
  }
  get enableCalculation(): boolean {
    return this._get("enableCalculation");
  }
  set enableCalculation(v: boolean) {
    this._set("enableCalculation", v);
  }

  get tables(): SimTableCollection {
    return this._child("tables", () => new SimTableCollection(this._ctx, this, "sheet"));
  }
  get charts(): SimChartCollection {
    return this._child("charts", () => new SimChartCollection(this._ctx, this));
  }
  get pivotTables(): SimPivotTableCollection {
    return this._child("pivotTables", () => new SimPivotTableCollection(this._ctx, this, "sheet"));
  }
  get freezePanes(): SimWorksheetFreezePanes {
    return this._child("freezePanes", () => new SimWorksheetFreezePanes(this._ctx, this));
  }
  get names(): SimNamedItemCollection {
    return this._child("names", () => new SimNamedItemCollection(this._ctx, this, "sheet"));
  }
  get pageLayout(): SimPageLayout {
    requireApi(this.host, "1.9", "Worksheet.pageLayout");
    return this._child("pageLayout", () => new SimPageLayout(this._ctx, this));
  }
  get horizontalPageBreaks(): SimPageBreakCollection {
    requireApi(this.host, "1.9", "Worksheet.horizontalPageBreaks");
    return this._child("horizontalPageBreaks", () => new SimPageBreakCollection(this._ctx, this));
  }
  get customProperties(): SimWorksheetCustomPropertyCollection {
    requireApi(this.host, "1.12", "Worksheet.customProperties");
    return this._child("customProperties", () => new SimWorksheetCustomPropertyCollection(this._ctx, this));
  }

  private range(
    name: string,
    fn: (s: SheetState) => { sheet: SheetState; rect: ReturnType<typeof rect> } | null,
    bytes = 0,
  ): SimRange {
    return SimRange.create(this._ctx, this, name, () => fn(alive(this._ref()!)), bytes);
  }

  /** getRange(): the whole sheet; getRange("A1:C3"), a defined name, or "Sheet1!A1" on this sheet. */
  getRange(address?: string): SimRange {
    return this.range(
      "getRange",
      (s) => {
        if (address === undefined || address === "")
          return { sheet: s, rect: rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1) };
        const r = this.host.resolveAddress(address, s);
        if (!r || r.sheet !== s) throw new SimError(SimErrorCode.invalidArgument);
        return r;
      },
      (address ?? "").length,
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.range("getRangeByIndexes", (s) => {
      if (
        ![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) ||
        rowCount < 1 ||
        columnCount < 1
      )
        throw new SimError(SimErrorCode.invalidArgument);
      return {
        sheet: s,
        rect: gridRect(rect(startRow, startColumn, startRow + rowCount - 1, startColumn + columnCount - 1)),
      };
    });
  }
  getCell(row: number, column: number): SimRange {
    return this.range("getCell", (s) => ({ sheet: s, rect: gridRect(rect(row, column)) }));
  }
  /** "If the worksheet is blank, this function will return the top left cell." */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.range("getUsedRange", (s) => ({
      sheet: s,
      rect: usedRect(s, valuesOnly === true) ?? rect(0, 0),
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this.range("getUsedRangeOrNullObject", (s) => {
      const u = usedRect(s, valuesOnly === true);
      return u ? { sheet: s, rect: u } : null;
    });
  }
  activate(): void {
    this._queue("activate", 0, (s, h) => {
      if (alive(s).visibility !== "Visible") throw new SimError(SimErrorCode.invalidOperation);
      h.state.activeSheet = s;
    });
  }
  delete(): void {
    this._queue("delete", 0, (s, h) => {
      alive(s);
      if (s.visibility === "Visible" && visibleSheets(h).length === 1)
        throw new SimError(SimErrorCode.invalidOperation);
      h.state.sheets = h.state.sheets.filter((x) => x !== s);
      s.deleted = true;
      for (const ref of s.live) ref.deleted = true;
      h.state.names = h.state.names.filter((n) => n.sheet !== s);
      if (h.state.activeSheet === s) h.state.activeSheet = visibleSheets(h)[0] ?? null;
      h.dirty();
    });
  }
  calculate(_markAllDirty: boolean): void {
    this._queue("calculate", 0, (_s, h) => h.dirty());
  }
  private sibling(
    name: string,
    step: number,
    visibleOnly: boolean | undefined,
    orNull: boolean,
  ): SimWorksheet {
    return new SimWorksheet(
      this._ctx,
      this,
      method(name, () => {
        const s = alive(this._ref()!);
        const list = this.host.state.sheets.filter(
          (x) => !visibleOnly || x.visibility === "Visible" || x === s,
        );
        const next = list[list.indexOf(s) + step];
        return itemOrNull(next && (!visibleOnly || next.visibility === "Visible") ? next : null, orNull);
      }),
      `${this._pathText}.${name}`,
    );
  }
  getNext(visibleOnly?: boolean): SimWorksheet {
    return this.sibling("getNext", 1, visibleOnly, false);
  }
  getNextOrNullObject(visibleOnly?: boolean): SimWorksheet {
    return this.sibling("getNextOrNullObject", 1, visibleOnly, true);
  }
  getPrevious(visibleOnly?: boolean): SimWorksheet {
    return this.sibling("getPrevious", -1, visibleOnly, false);
  }
  getPreviousOrNullObject(visibleOnly?: boolean): SimWorksheet {
    return this.sibling("getPreviousOrNullObject", -1, visibleOnly, true);
  }
}

/** Renaming a sheet rewrites references to it in formulas and names, as Excel does. */
function renameSheetReferences(host: SimHost, oldName: string, newName: string): void {
  const esc = oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[^\\p{L}\\p{N}_.])('${esc.replace(/'/g, "''")}'|${esc})!`, "giu");
  const quote = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(newName) ? newName : `'${newName.replace(/'/g, "''")}'`;
  const fix = (f: string): string =>
    f
      .split('"')
      .map((p, i) => (i % 2 === 0 ? p.replace(re, (_m, pre: string) => `${pre}${quote}!`) : p))
      .join('"');
  for (const s of host.state.sheets)
    for (const row of s.rows)
      if (row?.f)
        for (let c = 0; c < row.f.length; c++) if (row.f[c] !== undefined) row.f[c] = fix(row.f[c]!);
  for (const n of host.state.names) n.formula = fix(n.formula);
}

export class SimWorksheetCollection extends SimCollection<SimHost, SimWorksheet> {
  get _className(): string {
    return "WorksheetCollection";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    super(ctx, parent, bound(ctx._host), "WorksheetCollection");
  }
  protected _listItems(h: SimHost): unknown[] {
    return h.state.sheets;
  }
  protected _makeItem(s: unknown): SimWorksheet {
    return SimWorksheet.bound(this._ctx, this, s as SheetState);
  }
  private sheetBy(name: string, resolve: (h: SimHost) => SheetState | null, bytes = 0): SimWorksheet {
    return new SimWorksheet(
      this._ctx,
      this,
      method(name, () => resolve(this._ctx._host), bytes),
      `WorksheetCollection.${name}`,
    );
  }
  add(name?: string): SimWorksheet {
    return this.sheetBy(
      "add",
      (h) => {
        let n = name as string | undefined | null;
        if (n === undefined || n === null) {
          let i = h.state.sheets.length + 1;
          while (findSheet(h.state, `Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        if (!isValidSheetName(n)) throw new SimError(SimErrorCode.invalidArgument);
        if (findSheet(h.state, n)) throw new SimError(SimErrorCode.itemAlreadyExists);
        const s = newSheet(h.state, n);
        h.state.sheets.push(s);
        if (!h.state.activeSheet) h.state.activeSheet = s;
        return s;
      },
      (name ?? "").length,
    );
  }
  getItem(key: string): SimWorksheet {
    return this.sheetBy("getItem", (h) => requireItem(findSheet(h.state, key)));
  }
  getItemOrNullObject(key: string): SimWorksheet {
    requireApi(this._ctx._host, "1.4", "WorksheetCollection.getItemOrNullObject");
    return this.sheetBy("getItemOrNullObject", (h) => findSheet(h.state, key) ?? null);
  }
  getActiveWorksheet(): SimWorksheet {
    return this.sheetBy("getActiveWorksheet", (h) => {
      const s = h.state.activeSheet ?? h.state.sheets[0];
      if (!s) throw new SimError(SimErrorCode.itemNotFound);
      return s;
    });
  }
  getFirst(visibleOnly?: boolean): SimWorksheet {
    return this.sheetBy("getFirst", (h) => {
      const s = h.state.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new SimError(SimErrorCode.itemNotFound);
      return s;
    });
  }
  getLast(visibleOnly?: boolean): SimWorksheet {
    return this.sheetBy("getLast", (h) => {
      const s = [...h.state.sheets].reverse().find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new SimError(SimErrorCode.itemNotFound);
      return s;
    });
  }
  override getCount(visibleOnly?: boolean): SimClientResult<number> {
    return this._invoke(
      "getCount",
      0,
      (h) => h.state.sheets.filter((x) => !visibleOnly || x.visibility === "Visible").length,
    );
  }
}

export class SimWorksheetFreezePanes extends SimObject<SheetState> {
  get _className(): string {
    return "WorksheetFreezePanes";
  }
  constructor(ctx: ProxyContext, parent: SimWorksheet) {
    super(
      ctx,
      parent,
      prop((s: SheetState) => s),
      parent._pathText + ".freezePanes",
    );
  }
  protected _props(): PropTable<SheetState> {
    return {};
  }
  freezeRows(count = 1): void {
    this._queue("freezeRows", 0, (s) => {
      alive(s).freezeRows = count;
      s.freezeCols = 0;
    });
  }
  freezeColumns(count = 1): void {
    this._queue("freezeColumns", 0, (s) => {
      alive(s).freezeCols = count;
      s.freezeRows = 0;
    });
  }
  /** The given range is the frozen top-left pane. */
  freezeAt(frozenRange: SimRange | string): void {
    this._queue("freezeAt", 0, (s, h) => {
      const r = resolveRangeArg(h, frozenRange, alive(s));
      s.freezeRows = r.rect.r1 + 1;
      s.freezeCols = r.rect.c1 + 1;
    });
  }
  unfreeze(): void {
    this._queue("unfreeze", 0, (s) => {
      alive(s).freezeRows = 0;
      s.freezeCols = 0;
    });
  }
  getLocationOrNullObject(): SimRange {
    return SimRange.create(this._ctx, this, "getLocationOrNullObject", () => {
      const s = alive(this._ref()!);
      if (s.freezeRows === 0 && s.freezeCols === 0) return null;
      const r1 = s.freezeRows > 0 ? s.freezeRows - 1 : MAX_ROWS - 1;
      const c1 = s.freezeCols > 0 ? s.freezeCols - 1 : MAX_COLS - 1;
      return { sheet: s, rect: rect(0, 0, r1, c1) };
    });
  }
  getLocation(): SimRange {
    return SimRange.create(this._ctx, this, "getLocation", () => {
      const s = alive(this._ref()!);
      if (s.freezeRows === 0 && s.freezeCols === 0) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: s, rect: rect(0, 0, (s.freezeRows || MAX_ROWS) - 1, (s.freezeCols || MAX_COLS) - 1) };
    });
  }
}

interface PropRef {
  sheet: SheetState;
  key: string;
}

export class SimWorksheetCustomProperty extends SimObject<PropRef> {
  get _className(): string {
    return "WorksheetCustomProperty";
  }
  protected _props(): PropTable<PropRef> {
    const find = (p: PropRef) => requireItem(p.sheet.customProperties.find((x) => sameName(x.key, p.key)));
    return {
      key: { get: (p) => find(p).key },
      value: {
        get: (p) => find(p).value,
        set: (p, v) => {
          find(p).value = String(v);
        },
      },
    };
  }
  get key(): string {
    return this._get("key");
  }
  get value(): string {
    return this._get("value");
  }
  set value(v: string) {
    this._set("value", v);
  }
  delete(): void {
    this._queue("delete", 0, (p) => {
      p.sheet.customProperties = p.sheet.customProperties.filter(
        (x) => x.key.toLowerCase() !== p.key.toLowerCase(),
      );
    });
  }
}

export class SimWorksheetCustomPropertyCollection extends SimCollection<
  SheetState,
  SimWorksheetCustomProperty
> {
  get _className(): string {
    return "WorksheetCustomPropertyCollection";
  }
  constructor(ctx: ProxyContext, parent: SimWorksheet) {
    super(
      ctx,
      parent,
      prop((s: SheetState) => s),
      parent._pathText + ".customProperties",
    );
  }
  protected _listItems(s: SheetState): unknown[] {
    return s.customProperties.map((p) => ({ sheet: s, key: p.key }));
  }
  protected _makeItem(h: unknown): SimWorksheetCustomProperty {
    return new SimWorksheetCustomProperty(this._ctx, this, bound(h as PropRef), "WorksheetCustomProperty");
  }
  add(key: string, value: string): SimWorksheetCustomProperty {
    return new SimWorksheetCustomProperty(
      this._ctx,
      this,
      method("add", () => {
        const s = alive(this._ref()!);
        if (typeof key !== "string" || key.length === 0 || key.length > 255)
          throw new SimError(SimErrorCode.invalidArgument);
        const e = s.customProperties.find((x) => x.key.toLowerCase() === key.toLowerCase());
        if (e) e.value = value;
        else s.customProperties.push({ key, value });
        return { sheet: s, key };
      }),
      "WorksheetCustomProperty",
    );
  }
  getItem(key: string): SimWorksheetCustomProperty {
    return this.by("getItem", key, false);
  }
  getItemOrNullObject(key: string): SimWorksheetCustomProperty {
    return this.by("getItemOrNullObject", key, true);
  }
  private by(name: string, key: string, orNull: boolean): SimWorksheetCustomProperty {
    return new SimWorksheetCustomProperty(
      this._ctx,
      this,
      method(name, () => {
        const s = alive(this._ref()!);
        const e = s.customProperties.find((x) => sameName(x.key, key));
        return itemOrNull(e && { sheet: s, key: e.key }, orNull);
      }),
      "WorksheetCustomProperty",
    );
  }
}
