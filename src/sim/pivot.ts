/** Excel.PivotTable and its hierarchies and layout (ExcelApi 1.8). */
import { rect, type Rect } from "./address";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, requireNameFree, sameName } from "./lookup";
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
import { renderPivot, sourceOf } from "./pivot-host";
import { resolveRangeArg, SimRange } from "./range";
import { requireApi } from "./simulator-core";
import { allPivots, type PivotState, type SheetState } from "./state";
import { SimTable, tableAlive } from "./table";
import { findTable } from "./table-host";
import { alive, SimWorksheet } from "./worksheet";

import {
  pivotAlive,
  rerender,
  SimDataPivotHierarchyCollection,
  SimPivotHierarchyCollection,
  SimRowColumnPivotHierarchyCollection,
} from "./pivot-hierarchies";

export class SimPivotLayout extends SimObject<PivotState> {
  get _className(): string {
    return "PivotLayout";
  }
  protected _props(): PropTable<PivotState> {
    const b = (k: "showRowGrandTotals" | "showColumnGrandTotals") => ({
      get: (p: PivotState) => pivotAlive(p)[k],
      set: (p: PivotState, v: unknown, h: SimHost) => {
        pivotAlive(p)[k] = v === true;
        rerender(h, p);
      },
    });
    return {
      layoutType: {
        get: (p) => pivotAlive(p).layoutType,
        set: (p, v, h) => {
          if (v !== "Compact" && v !== "Tabular" && v !== "Outline")
            throw new SimError(SimErrorCode.invalidArgument);
          pivotAlive(p).layoutType = v;
          rerender(h, p);
        },
      },
      showRowGrandTotals: b("showRowGrandTotals"),
      showColumnGrandTotals: b("showColumnGrandTotals"),
      subtotalLocation: {
        get: (p) => pivotAlive(p).subtotalLocation,
        set: (p, v, h) => {
          if (v !== "AtTop" && v !== "AtBottom" && v !== "Off")
            throw new SimError(SimErrorCode.invalidArgument);
          pivotAlive(p).subtotalLocation = v;
          rerender(h, p);
        },
      },
      showFieldHeaders: { get: () => true, set: () => undefined },
      enableFieldList: { get: () => true, set: () => undefined },
      autoFormat: { get: () => true, set: () => undefined },
      preserveFormatting: { get: () => true, set: () => undefined },
    };
  }
  get layoutType(): "Compact" | "Tabular" | "Outline" {
    return this._get("layoutType");
  }
  set layoutType(v: "Compact" | "Tabular" | "Outline") {
    this._set("layoutType", v);
  }
  get showRowGrandTotals(): boolean {
    return this._get("showRowGrandTotals");
  }
  set showRowGrandTotals(v: boolean) {
    this._set("showRowGrandTotals", v);
  }
  get showColumnGrandTotals(): boolean {
    return this._get("showColumnGrandTotals");
  }
  set showColumnGrandTotals(v: boolean) {
    this._set("showColumnGrandTotals", v);
  }
  get subtotalLocation(): "AtTop" | "AtBottom" | "Off" {
    return this._get("subtotalLocation");
  }
  set subtotalLocation(v: "AtTop" | "AtBottom" | "Off") {
    this._set("subtotalLocation", v);
  }
  private area(name: string, pick: (p: PivotState, r: Rect) => Rect | null): SimRange {
    return SimRange.create(this._ctx, this, name, () => {
      const p = pivotAlive(this._ref()!);
      if (!p.rendered) throw new SimError(SimErrorCode.itemNotFound);
      const x = pick(p, p.rendered);
      if (!x) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: p.sheet, rect: x };
    });
  }
  getRange(): SimRange {
    return this.area("getRange", (_p, r) => r);
  }
  getDataBodyRange(): SimRange {
    return this.area("getDataBodyRange", (p, r) =>
      p.data.length ? rect(r.r0 + p.layout.firstDataRow, r.c0 + p.layout.firstDataCol, r.r1, r.c1) : null,
    );
  }
  getRowLabelRange(): SimRange {
    return this.area("getRowLabelRange", (p, r) =>
      p.layout.firstDataCol > 0
        ? rect(
            r.r0 + p.layout.firstDataRow - (p.cols.length ? 1 : 0),
            r.c0,
            r.r1,
            r.c0 + p.layout.firstDataCol - 1,
          )
        : null,
    );
  }
  getColumnLabelRange(): SimRange {
    return this.area("getColumnLabelRange", (p, r) =>
      p.cols.length ? rect(r.r0, r.c0 + p.layout.firstDataCol, r.r0 + p.layout.firstDataRow - 1, r.c1) : null,
    );
  }
}

export class SimPivotTable extends SimObject<PivotState> {
  get _className(): string {
    return "PivotTable";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      layout: () => this.layout,
      worksheet: () => this.worksheet,
      hierarchies: () => this.hierarchies,
      rowHierarchies: () => this.rowHierarchies,
      columnHierarchies: () => this.columnHierarchies,
      dataHierarchies: () => this.dataHierarchies,
      filterHierarchies: () => this.filterHierarchies,
    };
  }
  protected _props(): PropTable<PivotState> {
    return {
      id: { get: (p) => pivotAlive(p).id },
      name: {
        get: (p) => pivotAlive(p).name,
        set: (p, v, h) => {
          pivotAlive(p);
          if (typeof v !== "string" || v === "") throw new SimError(SimErrorCode.invalidArgument);
          requireNameFree(allPivots(h.state), (x) => sameName(x.name, v), p);
          p.name = v;
        },
      },
      refreshOnOpen: {
        get: (p) => pivotAlive(p).refreshOnOpen,
        set: (p, v) => void (pivotAlive(p).refreshOnOpen = v === true),
      },
      enableDataValueEditing: { get: () => false, set: () => undefined },
      useCustomSortLists: { get: () => true, set: () => undefined },
      allowMultipleFiltersPerField: { get: () => false, set: () => undefined },
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
  get refreshOnOpen(): boolean {
    return this._get("refreshOnOpen");
  }
  set refreshOnOpen(v: boolean) {
    this._set("refreshOnOpen", v);
  }
  private sub<T extends AnySimObject>(name: string, make: () => T): T {
    return this._child(name, make);
  }
  get layout(): SimPivotLayout {
    return this.sub(
      "layout",
      () =>
        new SimPivotLayout(
          this._ctx,
          this,
          prop((p: PivotState) => p),
          this._pathText + ".layout",
        ),
    );
  }
  get worksheet(): SimWorksheet {
    return this.sub("worksheet", () => SimWorksheet.fromParent(this._ctx, this, (p: PivotState) => p.sheet));
  }
  get hierarchies(): SimPivotHierarchyCollection {
    return this.sub(
      "hierarchies",
      () =>
        new SimPivotHierarchyCollection(
          this._ctx,
          this,
          prop((p: PivotState) => p),
          this._pathText + ".hierarchies",
        ),
    );
  }
  get rowHierarchies(): SimRowColumnPivotHierarchyCollection {
    return this.sub(
      "rowHierarchies",
      () => new SimRowColumnPivotHierarchyCollection(this._ctx, this, "rows"),
    );
  }
  get columnHierarchies(): SimRowColumnPivotHierarchyCollection {
    return this.sub(
      "columnHierarchies",
      () => new SimRowColumnPivotHierarchyCollection(this._ctx, this, "cols"),
    );
  }
  get filterHierarchies(): SimRowColumnPivotHierarchyCollection {
    return this.sub(
      "filterHierarchies",
      () => new SimRowColumnPivotHierarchyCollection(this._ctx, this, "filters"),
    );
  }
  get dataHierarchies(): SimDataPivotHierarchyCollection {
    return this.sub(
      "dataHierarchies",
      () =>
        new SimDataPivotHierarchyCollection(
          this._ctx,
          this,
          prop((p: PivotState) => p),
          this._pathText + ".dataHierarchies",
        ),
    );
  }
  delete(): void {
    this._queue("delete", 0, (p, h) => {
      pivotAlive(p);
      if (p.rendered) {
        const r = p.rendered;
        p.rendered = null;
        for (let i = r.r0; i <= r.r1; i++)
          for (let j = r.c0; j <= r.c1; j++) if (p.sheet.rows[i]) p.sheet.rows[i]!.v[j] = undefined;
      }
      p.sheet.pivots = p.sheet.pivots.filter((x) => x !== p);
      h.dirty();
    });
  }
  refresh(): void {
    this._queue("refresh", 0, (p, h) => rerender(h, pivotAlive(p)));
  }
  getDataSourceString(): SimClientResult<string> {
    return this._invoke("getDataSourceString", 0, (p) => {
      pivotAlive(p);
      if ("table" in p.source) return p.source.table.name;
      const s = p.source.sheet;
      return `${s.name}!${formatAbs(p.source.rect)}`;
    });
  }
  getDataSourceType(): SimClientResult<string> {
    return this._invoke("getDataSourceType", 0, (p) =>
      "table" in pivotAlive(p).source ? "Table" : "LocalRange",
    );
  }
}

function formatAbs(x: Rect): string {
  const col = (c: number) => {
    let n = c + 1;
    let s = "";
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  return `$${col(x.c0)}$${x.r0 + 1}:$${col(x.c1)}$${x.r1 + 1}`;
}

export class SimPivotTableCollection extends SimCollection<SheetState | SimHost, SimPivotTable> {
  get _className(): string {
    return "PivotTableCollection";
  }
  constructor(
    ctx: ProxyContext,
    parent: AnySimObject,
    private readonly scope: "workbook" | "sheet",
  ) {
    super(
      ctx,
      parent,
      scope === "sheet" ? prop((s: SheetState) => s) : bound(ctx._host),
      parent._pathText + ".pivotTables",
    );
  }
  private list(ref: SheetState | SimHost): PivotState[] {
    return this.scope === "sheet" ? alive(ref as SheetState).pivots : allPivots((ref as SimHost).state);
  }
  protected _listItems(ref: SheetState | SimHost): unknown[] {
    return this.list(ref);
  }
  protected _makeItem(p: unknown): SimPivotTable {
    return new SimPivotTable(
      this._ctx,
      this,
      bound(p as PivotState),
      `PivotTable(${(p as PivotState).name})`,
    );
  }
  /** add(name, source: Range | address | table name | Table, destination: Range | address). */
  add(name: string, source: SimRange | string | SimTable, destination: SimRange | string): SimPivotTable {
    requireApi(this._ctx._host, "1.8", "PivotTableCollection.add");
    return new SimPivotTable(
      this._ctx,
      this,
      method(
        "add",
        () => {
          const ref = this._ref()!;
          const h = this._ctx._host;
          if (typeof name !== "string" || name === "") throw new SimError(SimErrorCode.invalidArgument);
          requireNameFree(allPivots(h.state), (p) => sameName(p.name, name));
          const defSheet = this.scope === "sheet" ? alive(ref as SheetState) : h.state.activeSheet;
          let src: PivotState["source"];
          if (source instanceof SimTable) src = { table: tableAlive(source._ref()!) };
          else if (
            typeof source === "string" &&
            findTable(h.state, source) &&
            !h.resolveAddress(source, null)
          )
            src = { table: findTable(h.state, source)! };
          else {
            const r = resolveRangeArg(h, source, defSheet);
            src = { sheet: r.sheet, rect: r.rect };
          }
          const dest = resolveRangeArg(h, destination, defSheet);
          if (this.scope === "sheet" && dest.sheet !== ref) throw new SimError(SimErrorCode.invalidArgument);
          h.state.seq.pivot += 1;
          const p: PivotState = {
            id: `{${String(h.state.seq.pivot).padStart(8, "0")}-9A7E-0000-0000-000000000000}`,
            name,
            sheet: alive(dest.sheet),
            dest: { r: dest.rect.r0, c: dest.rect.c0 },
            source: src,
            rows: [],
            cols: [],
            filters: [],
            data: [],
            layoutType: "Compact",
            showRowGrandTotals: true,
            showColumnGrandTotals: true,
            subtotalLocation: "AtTop",
            refreshOnOpen: false,
            rendered: null,
            layout: { firstHeaderRow: 1, firstDataRow: 1, firstDataCol: 0 },
          };
          sourceOf(h, p); // validates the source headers
          dest.sheet.pivots.push(p);
          renderPivot(h, p);
          return p;
        },
        name.length,
      ),
      "PivotTableCollection.add",
    );
  }
  private by(name: string, key: string, orNull: boolean): SimPivotTable {
    return new SimPivotTable(
      this._ctx,
      this,
      method(name, () => {
        const p = this.list(this._ref()!).find((x) => sameName(x.name, key));
        return itemOrNull(p, orNull);
      }),
      `PivotTableCollection.${name}`,
    );
  }
  getItem(name: string): SimPivotTable {
    return this.by("getItem", name, false);
  }
  getItemOrNullObject(name: string): SimPivotTable {
    return this.by("getItemOrNullObject", name, true);
  }
  refreshAll(): void {
    this._queue("refreshAll", 0, (ref, h) => {
      for (const p of this.list(ref)) renderPivot(h, p);
    });
  }
}
