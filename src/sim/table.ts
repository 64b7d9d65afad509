/** Excel.Table, TableCollection, table columns and rows. */
import { rect, rectRows } from "./address";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, requireItem, sameName } from "./lookup";
import {
  bound,
  method,
  prop,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { resolveRangeArg, SimRange, type RangeBase } from "./range";
import { readValues, writeEntries } from "./range-host";
import { allTables, type SheetState, type TableState } from "./state";
import {
  addTableColumn,
  addTableRows,
  bodyRect,
  bodyRowCount,
  convertToRange,
  createTable,
  deleteTable,
  deleteTableColumn,
  deleteTableRows,
  findTable,
  isValidTableName,
  nameTaken,
  renameColumn,
  setShowHeaders,
  setShowTotals,
} from "./table-host";
import { alive, SimWorksheet } from "./worksheet";

/** Throws ItemNotFound when the table was deleted. */
export function tableAlive(t: TableState): TableState {
  if (t.sheet.deleted || !t.sheet.tables.includes(t)) throw new SimError(SimErrorCode.itemNotFound);
  return t;
}

function boolProp(
  key:
    | "showBandedRows"
    | "showBandedColumns"
    | "showFilterButton"
    | "highlightFirstColumn"
    | "highlightLastColumn",
) {
  return {
    get: (t: TableState) => tableAlive(t)[key],
    set: (t: TableState, v: unknown) => {
      tableAlive(t)[key] = v === true;
    },
  };
}

export class SimTable extends SimObject<TableState> {
  get _className(): string {
    return "Table";
  }
  private get host(): SimHost {
    return this._ctx._host;
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { columns: () => this.columns, rows: () => this.rows, worksheet: () => this.worksheet };
  }
  protected _props(): PropTable<TableState> {
    return {
      id: { get: (t) => String(tableAlive(t).id) },
      legacyId: { get: (t) => String(tableAlive(t).id) },
      name: {
        get: (t) => tableAlive(t).name,
        set: (t, v, h) => {
          tableAlive(t);
          if (typeof v !== "string" || !isValidTableName(v)) throw new SimError(SimErrorCode.invalidArgument);
          if (nameTaken(h.state, v, t)) throw new SimError(SimErrorCode.itemAlreadyExists);
          t.name = v;
        },
      },
      showHeaders: {
        get: (t) => tableAlive(t).showHeaders,
        set: (t, v, h) => setShowHeaders(h, tableAlive(t), v === true),
      },
      showTotals: {
        get: (t) => tableAlive(t).showTotals,
        set: (t, v, h) => setShowTotals(h, tableAlive(t), v === true),
      },
      style: {
        get: (t) => tableAlive(t).style,
        set: (t, v) => {
          if (typeof v !== "string" || v === "") throw new SimError(SimErrorCode.invalidArgument);
          tableAlive(t).style = v;
        },
      },
      showBandedRows: boolProp("showBandedRows"),
      showBandedColumns: boolProp("showBandedColumns"),
      showFilterButton: boolProp("showFilterButton"),
      highlightFirstColumn: boolProp("highlightFirstColumn"),
      highlightLastColumn: boolProp("highlightLastColumn"),
    };
  }
  get id(): string {
    return this._get("id");
  }
  get legacyId(): string {
    return this._get("legacyId");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  set showHeaders(v: boolean) {
    this._set("showHeaders", v);
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v);
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v);
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this._set("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this._get("showBandedColumns");
  }
  set showBandedColumns(v: boolean) {
    this._set("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this._set("showFilterButton", v);
  }
  get highlightFirstColumn(): boolean {
    return this._get("highlightFirstColumn");
  }
  set highlightFirstColumn(v: boolean) {
    this._set("highlightFirstColumn", v);
  }
  get highlightLastColumn(): boolean {
    return this._get("highlightLastColumn");
  }
  set highlightLastColumn(v: boolean) {
    this._set("highlightLastColumn", v);
  }
  get columns(): SimTableColumnCollection {
    return this._child("columns", () => new SimTableColumnCollection(this._ctx, this));
  }
  get rows(): SimTableRowCollection {
    return this._child("rows", () => new SimTableRowCollection(this._ctx, this));
  }
  get worksheet(): SimWorksheet {
    return this._child("worksheet", () =>
      SimWorksheet.fromParent(this._ctx, this, (t: TableState) => t.sheet),
    );
  }
  private range(name: string, fn: (t: TableState) => RangeBase): SimRange {
    return SimRange.create(this._ctx, this, name, () => fn(tableAlive(this._ref()!)));
  }
  getRange(): SimRange {
    return this.range("getRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }
  getHeaderRowRange(): SimRange {
    return this.range("getHeaderRowRange", (t) => {
      if (!t.showHeaders) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: t.sheet, rect: rect(t.rect.r0, t.rect.c0, t.rect.r0, t.rect.c1) };
    });
  }
  getDataBodyRange(): SimRange {
    return this.range("getDataBodyRange", (t) => ({ sheet: t.sheet, rect: bodyRect(t) }));
  }
  getTotalRowRange(): SimRange {
    return this.range("getTotalRowRange", (t) => {
      if (!t.showTotals) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: t.sheet, rect: rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1) };
    });
  }
  convertToRange(): SimRange {
    return this.range("convertToRange", (t) => ({ sheet: t.sheet, rect: convertToRange(this.host, t) }));
  }
  delete(): void {
    this._queue("delete", 0, (t, h) => deleteTable(h, tableAlive(t)));
  }
  /** The new range must keep the header row where it is and overlap the table. */
  resize(newRange: SimRange | string): void {
    this._queue("resize", 16, (t, h) => {
      tableAlive(t);
      const r = resolveRangeArg(h, newRange, t.sheet);
      if (r.sheet !== t.sheet || r.rect.r0 !== t.rect.r0 || r.rect.c0 !== t.rect.c0)
        throw new SimError(SimErrorCode.invalidArgument);
      const n = r.rect.c1 - r.rect.c0 + 1;
      while (t.columns.length < n)
        t.columns.push({ id: t.nextColumnId++, name: `Column${t.columns.length + 1}` });
      t.columns.length = n;
      t.rect = { ...r.rect };
      h.dirty();
    });
  }
  clearFilters(): void {
    this._queue("clearFilters", 0, () => undefined);
  }
  reapplyFilters(): void {
    this._queue("reapplyFilters", 0, () => undefined);
  }
}

type Scope = "workbook" | "sheet";

export class SimTableCollection extends SimCollection<SheetState | SimHost, SimTable> {
  get _className(): string {
    return "TableCollection";
  }
  constructor(
    ctx: ProxyContext,
    parent: AnySimObject,
    private readonly scope: Scope,
  ) {
    super(
      ctx,
      parent,
      scope === "sheet" ? prop((s: SheetState) => s) : bound(ctx._host),
      parent._pathText + ".tables",
    );
  }
  private list(ref: SheetState | SimHost): TableState[] {
    return this.scope === "sheet" ? alive(ref as SheetState).tables : allTables((ref as SimHost).state);
  }
  protected override _props(): PropTable<SheetState | SimHost> {
    return { count: { get: (r) => this.list(r).length } };
  }
  protected _listItems(ref: SheetState | SimHost): unknown[] {
    return this.list(ref);
  }
  protected _makeItem(t: unknown): SimTable {
    return new SimTable(this._ctx, this, bound(t as TableState), `Table(${(t as TableState).name})`);
  }
  get count(): number {
    return this._get("count");
  }
  private table(
    name: string,
    fn: (ref: SheetState | SimHost, h: SimHost) => TableState | null,
    bytes = 0,
  ): SimTable {
    return new SimTable(
      this._ctx,
      this,
      method(name, () => fn(this._ref()!, this._ctx._host), bytes),
      `TableCollection.${name}`,
    );
  }
  /** add("Sheet1!A1:D5", true) or add(range, hasHeaders). */
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    return this.table(
      "add",
      (ref, h) => {
        const defaultSheet = this.scope === "sheet" ? alive(ref as SheetState) : h.state.activeSheet;
        const r = resolveRangeArg(h, address, defaultSheet);
        if (this.scope === "sheet" && r.sheet !== ref) throw new SimError(SimErrorCode.invalidArgument);
        return createTable(h, alive(r.sheet), r.rect, hasHeaders);
      },
      typeof address === "string" ? address.length : 0,
    );
  }
  /** By name or id, among this collection's tables. */
  private byKey(name: string, key: string, orNull: boolean): SimTable {
    return this.table(name, (ref, h) => {
      const t = findTable(h.state, key);
      return itemOrNull(t && this.list(ref).includes(t) ? t : null, orNull);
    });
  }
  getItem(key: string): SimTable {
    return this.byKey("getItem", key, false);
  }
  getItemOrNullObject(key: string): SimTable {
    return this.byKey("getItemOrNullObject", key, true);
  }
  getItemAt(index: number): SimTable {
    return this.table("getItemAt", (ref) => requireItem(this.list(ref)[index]));
  }
}

interface ColumnRef {
  table: TableState;
  id: number;
}

function columnIndex(c: ColumnRef): number {
  tableAlive(c.table);
  const i = c.table.columns.findIndex((x) => x.id === c.id);
  if (i < 0) throw new SimError(SimErrorCode.itemNotFound);
  return i;
}

export class SimTableColumn extends SimObject<ColumnRef> {
  get _className(): string {
    return "TableColumn";
  }
  protected _props(): PropTable<ColumnRef> {
    const colRect = (c: ColumnRef) => {
      const i = columnIndex(c);
      return rect(c.table.rect.r0, c.table.rect.c0 + i, c.table.rect.r1, c.table.rect.c0 + i);
    };
    return {
      id: { get: (c) => (columnIndex(c), c.id) },
      index: { get: (c) => columnIndex(c) },
      name: {
        get: (c) => c.table.columns[columnIndex(c)]!.name,
        set: (c, v, h) => renameColumn(h, c.table, columnIndex(c), String(v)),
      },
      values: {
        get: (c, h) => readValues(h, { sheet: c.table.sheet, rect: colRect(c) }),
        set: (c, v, h) => writeEntries(h, { sheet: c.table.sheet, rect: colRect(c) }, v),
      },
    };
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel's typings use any[][] for cell grids
  get values(): any[][] {
    return this._get("values");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  set values(v: any[][]) {
    this._set("values", v);
  }
  private range(name: string, rows: (t: TableState) => [number, number] | null): SimRange {
    return SimRange.create(this._ctx, this, name, () => {
      const c = this._ref()!;
      const i = columnIndex(c);
      const rr = rows(c.table);
      if (!rr) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: c.table.sheet, rect: rect(rr[0], c.table.rect.c0 + i, rr[1], c.table.rect.c0 + i) };
    });
  }
  getRange(): SimRange {
    return this.range("getRange", (t) => [t.rect.r0, t.rect.r1]);
  }
  getDataBodyRange(): SimRange {
    return this.range("getDataBodyRange", (t) => [bodyRect(t).r0, bodyRect(t).r1]);
  }
  getHeaderRowRange(): SimRange {
    return this.range("getHeaderRowRange", (t) => (t.showHeaders ? [t.rect.r0, t.rect.r0] : null));
  }
  getTotalRowRange(): SimRange {
    return this.range("getTotalRowRange", (t) => (t.showTotals ? [t.rect.r1, t.rect.r1] : null));
  }
  delete(): void {
    this._queue("delete", 0, (c, h) => deleteTableColumn(h, c.table, columnIndex(c)));
  }
}

export class SimTableColumnCollection extends SimCollection<TableState, SimTableColumn> {
  get _className(): string {
    return "TableColumnCollection";
  }
  constructor(ctx: ProxyContext, parent: SimTable) {
    super(
      ctx,
      parent,
      prop((t: TableState) => t),
      parent._pathText + ".columns",
    );
  }
  protected override _props(): PropTable<TableState> {
    return { count: { get: (t) => tableAlive(t).columns.length } };
  }
  protected _listItems(t: TableState): unknown[] {
    return tableAlive(t).columns.map((c) => ({ table: t, id: c.id }));
  }
  protected _makeItem(h: unknown): SimTableColumn {
    return new SimTableColumn(this._ctx, this, bound(h as ColumnRef), "TableColumn");
  }
  get count(): number {
    return this._get("count");
  }
  private col(name: string, fn: (t: TableState, h: SimHost) => ColumnRef | null, bytes = 0): SimTableColumn {
    return new SimTableColumn(
      this._ctx,
      this,
      method(name, () => fn(tableAlive(this._ref()!), this._ctx._host), bytes),
      `TableColumnCollection.${name}`,
    );
  }
  add(index?: number | null, values?: unknown, name?: string | null): SimTableColumn {
    return this.col(
      "add",
      (t, h) => ({ table: t, id: addTableColumn(h, t, index, values, name) }),
      JSON.stringify(values ?? null).length,
    );
  }
  /** By name or id. */
  private byKey(name: string, key: number | string, orNull: boolean): SimTableColumn {
    return this.col(name, (t) => {
      const c =
        typeof key === "number"
          ? t.columns.find((x) => x.id === key)
          : t.columns.find((x) => sameName(x.name, key) || String(x.id) === key);
      return itemOrNull(c && { table: t, id: c.id }, orNull);
    });
  }
  getItem(key: number | string): SimTableColumn {
    return this.byKey("getItem", key, false);
  }
  getItemOrNullObject(key: number | string): SimTableColumn {
    return this.byKey("getItemOrNullObject", key, true);
  }
  getItemAt(index: number): SimTableColumn {
    return this.col("getItemAt", (t) => {
      const c = requireItem(t.columns[index]);
      return { table: t, id: c.id };
    });
  }
}

interface RowRef {
  table: TableState;
  index: number;
}

function rowRect(r: RowRef) {
  const t = tableAlive(r.table);
  if (r.index < 0 || r.index >= bodyRowCount(t)) throw new SimError(SimErrorCode.itemNotFound);
  const b = bodyRect(t);
  return rect(b.r0 + r.index, t.rect.c0, b.r0 + r.index, t.rect.c1);
}

export class SimTableRow extends SimObject<RowRef> {
  get _className(): string {
    return "TableRow";
  }
  protected _props(): PropTable<RowRef> {
    return {
      index: { get: (r) => (rowRect(r), r.index) },
      values: {
        get: (r, h) => readValues(h, { sheet: r.table.sheet, rect: rowRect(r) }),
        set: (r, v, h) => writeEntries(h, { sheet: r.table.sheet, rect: rowRect(r) }, v),
      },
    };
  }
  get index(): number {
    return this._get("index");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel's typings use any[][] for cell grids
  get values(): any[][] {
    return this._get("values");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  set values(v: any[][]) {
    this._set("values", v);
  }
  getRange(): SimRange {
    return SimRange.create(this._ctx, this, "getRange", () => {
      const r = this._ref()!;
      return { sheet: r.table.sheet, rect: rowRect(r) };
    });
  }
  delete(): void {
    this._queue("delete", 0, (r, h) => {
      rowRect(r);
      deleteTableRows(h, r.table, r.index, 1);
    });
  }
}

export class SimTableRowCollection extends SimCollection<TableState, SimTableRow> {
  get _className(): string {
    return "TableRowCollection";
  }
  constructor(ctx: ProxyContext, parent: SimTable) {
    super(
      ctx,
      parent,
      prop((t: TableState) => t),
      parent._pathText + ".rows",
    );
  }
  protected override _props(): PropTable<TableState> {
    return { count: { get: (t) => bodyRowCount(tableAlive(t)) } };
  }
  protected _listItems(t: TableState): unknown[] {
    return Array.from({ length: bodyRowCount(tableAlive(t)) }, (_, index) => ({ table: t, index }));
  }
  protected _makeItem(h: unknown): SimTableRow {
    return new SimTableRow(this._ctx, this, bound(h as RowRef), "TableRow");
  }
  get count(): number {
    return this._get("count");
  }
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): SimTableRow {
    return new SimTableRow(
      this._ctx,
      this,
      method(
        "add",
        () => {
          const t = tableAlive(this._ref()!);
          return { table: t, index: addTableRows(this._ctx._host, t, index, values) };
        },
        JSON.stringify(values ?? null).length,
      ),
      "TableRowCollection.add",
    );
  }
  getItemAt(index: number): SimTableRow {
    return new SimTableRow(
      this._ctx,
      this,
      method("getItemAt", () => {
        const t = tableAlive(this._ref()!);
        if (index < 0 || index >= bodyRowCount(t)) throw new SimError(SimErrorCode.itemNotFound);
        return { table: t, index };
      }),
      "TableRowCollection.getItemAt",
    );
  }
  deleteRowsAt(index: number, count = 1): void {
    this._queue("deleteRowsAt", 0, (t, h) => deleteTableRows(h, tableAlive(t), index, count));
  }
}

export { rectRows };
