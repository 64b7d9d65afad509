/**
 * PivotTable hierarchies (ExcelApi 1.8): the source fields (PivotHierarchyCollection), the fields
 * on rows/columns/filters (RowColumnPivotHierarchy; adding a field to one axis moves it off the
 * others, as in Excel) and the data fields (DataPivotHierarchy: caption "Sum of X"/"Count of X",
 * summarizeBy, numberFormat, position). Every change re-renders the report.
 */
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, requireItem, sameName } from "./lookup";
import { captionFor, defaultAggregation, fieldIndex, renderPivot, sourceOf } from "./pivot-host";
import {
  bound,
  method,
  prop,
  SimCollection,
  SimObject,
  type AnySimObject,
  type PropTable,
  type ProxyContext,
} from "./proxy";
import type { PivotAggregation, PivotDataField, PivotState } from "./state";

export const AGGREGATIONS: PivotAggregation[] = [
  "Sum",
  "Count",
  "Average",
  "Max",
  "Min",
  "Product",
  "CountNumbers",
  "StandardDeviation",
  "StandardDeviationP",
  "Variance",
  "VarianceP",
];

export function pivotAlive(p: PivotState): PivotState {
  if (p.sheet.deleted || !p.sheet.pivots.includes(p)) throw new SimError(SimErrorCode.itemNotFound);
  return p;
}

export function rerender(host: SimHost, p: PivotState): void {
  renderPivot(host, p);
}

interface FieldRef {
  pivot: PivotState;
  field: string;
}

export class SimPivotHierarchy extends SimObject<FieldRef> {
  get _className(): string {
    return "PivotHierarchy";
  }
  protected _props(): PropTable<FieldRef> {
    return { name: { get: (f) => f.field }, id: { get: (f) => f.field } };
  }
  get name(): string {
    return this._get("name");
  }
  get id(): string {
    return this._get("id");
  }
}

export class SimPivotHierarchyCollection extends SimCollection<PivotState, SimPivotHierarchy> {
  get _className(): string {
    return "PivotHierarchyCollection";
  }
  protected _listItems(p: PivotState, h: SimHost): unknown[] {
    return sourceOf(h, pivotAlive(p)).fields.map((field) => ({ pivot: p, field }));
  }
  protected _makeItem(x: unknown): SimPivotHierarchy {
    return new SimPivotHierarchy(this._ctx, this, bound(x as FieldRef), "PivotHierarchy");
  }
  private by(name: string, key: string, orNull: boolean): SimPivotHierarchy {
    return new SimPivotHierarchy(
      this._ctx,
      this,
      method(name, () => {
        const p = pivotAlive(this._ref()!);
        const field = sourceOf(this._ctx._host, p).fields.find((f) => sameName(f, key));
        return itemOrNull(field === undefined ? null : { pivot: p, field }, orNull);
      }),
      `PivotHierarchyCollection.${name}`,
    );
  }
  getItem(name: string): SimPivotHierarchy {
    return this.by("getItem", name, false);
  }
  getItemOrNullObject(name: string): SimPivotHierarchy {
    return this.by("getItemOrNullObject", name, true);
  }
}

type Axis = "rows" | "cols" | "filters";
interface AxisRef {
  pivot: PivotState;
  axis: Axis;
  field: string;
}

function axisList(p: PivotState, a: Axis): string[] {
  return a === "rows" ? p.rows : a === "cols" ? p.cols : p.filters;
}

function axisPos(r: AxisRef): number {
  const i = axisList(pivotAlive(r.pivot), r.axis).findIndex((f) => f.toLowerCase() === r.field.toLowerCase());
  if (i < 0) throw new SimError(SimErrorCode.itemNotFound);
  return i;
}

export class SimRowColumnPivotHierarchy extends SimObject<AxisRef> {
  get _className(): string {
    return this._pathText.startsWith("Filter") ? "FilterPivotHierarchy" : "RowColumnPivotHierarchy";
  }
  protected _props(): PropTable<AxisRef> {
    return {
      name: { get: (r) => (axisPos(r), r.field) },
      id: { get: (r) => (axisPos(r), r.field) },
      position: {
        get: (r) => axisPos(r),
        set: (r, v, h) => {
          const list = axisList(r.pivot, r.axis);
          const i = axisPos(r);
          list.splice(i, 1);
          list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, r.field);
          rerender(h, r.pivot);
        },
      },
    };
  }
  get name(): string {
    return this._get("name");
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  setToDefault(): void {
    this._queue("setToDefault", 0, () => undefined);
  }
}

function hierarchyField(h: unknown): string {
  if (
    !(h instanceof SimPivotHierarchy) &&
    !(h instanceof SimRowColumnPivotHierarchy) &&
    !(h instanceof SimDataPivotHierarchy)
  )
    throw new SimError(SimErrorCode.invalidArgument);
  const ref = h._ref();
  if (!ref) throw new SimError(SimErrorCode.invalidArgument);
  return "field" in ref && typeof ref.field === "string"
    ? ref.field
    : (ref as unknown as DataRef).pivot.data.find((d) => d.id === (ref as unknown as DataRef).id)!.field;
}

export class SimRowColumnPivotHierarchyCollection extends SimCollection<
  PivotState,
  SimRowColumnPivotHierarchy
> {
  constructor(
    ctx: ProxyContext,
    parent: AnySimObject,
    private readonly axis: Axis,
  ) {
    super(
      ctx,
      parent,
      prop((p: PivotState) => p),
      `${parent._pathText}.${axis}`,
    );
  }
  get _className(): string {
    return this.axis === "filters" ? "FilterPivotHierarchyCollection" : "RowColumnPivotHierarchyCollection";
  }
  protected _listItems(p: PivotState): unknown[] {
    return axisList(pivotAlive(p), this.axis).map((field) => ({ pivot: p, axis: this.axis, field }));
  }
  protected _makeItem(x: unknown): SimRowColumnPivotHierarchy {
    return new SimRowColumnPivotHierarchy(
      this._ctx,
      this,
      bound(x as AxisRef),
      this.axis === "filters" ? "FilterPivotHierarchy" : "RowColumnPivotHierarchy",
    );
  }
  /** Adding a field to rows/columns/filters moves it off the other two axes, as in Excel. */
  add(pivotHierarchy: SimPivotHierarchy): SimRowColumnPivotHierarchy {
    return new SimRowColumnPivotHierarchy(
      this._ctx,
      this,
      method("add", () => {
        const p = pivotAlive(this._ref()!);
        const field = hierarchyField(pivotHierarchy);
        const h = this._ctx._host;
        fieldIndex(sourceOf(h, p), field);
        if (axisList(p, this.axis).some((f) => f.toLowerCase() === field.toLowerCase()))
          throw new SimError(SimErrorCode.invalidArgument);
        for (const a of ["rows", "cols", "filters"] as Axis[]) {
          const l = axisList(p, a);
          const i = l.findIndex((f) => f.toLowerCase() === field.toLowerCase());
          if (i >= 0) l.splice(i, 1);
        }
        axisList(p, this.axis).push(field);
        rerender(h, p);
        return { pivot: p, axis: this.axis, field };
      }),
      `${this._className}.add`,
    );
  }
  remove(hierarchy: SimRowColumnPivotHierarchy): void {
    this._queue("remove", 0, (p, h) => {
      const field = hierarchyField(hierarchy);
      const l = axisList(pivotAlive(p), this.axis);
      const i = l.findIndex((f) => f.toLowerCase() === field.toLowerCase());
      if (i < 0) throw new SimError(SimErrorCode.itemNotFound);
      l.splice(i, 1);
      rerender(h, p);
    });
  }
  private by(name: string, key: string, orNull: boolean): SimRowColumnPivotHierarchy {
    return new SimRowColumnPivotHierarchy(
      this._ctx,
      this,
      method(name, () => {
        const p = pivotAlive(this._ref()!);
        const field = axisList(p, this.axis).find((x) => sameName(x, key));
        return itemOrNull(field === undefined ? null : { pivot: p, axis: this.axis, field }, orNull);
      }),
      `${this._className}.${name}`,
    );
  }
  getItem(name: string): SimRowColumnPivotHierarchy {
    return this.by("getItem", name, false);
  }
  getItemOrNullObject(name: string): SimRowColumnPivotHierarchy {
    return this.by("getItemOrNullObject", name, true);
  }
}

interface DataRef {
  pivot: PivotState;
  id: string;
}

function dataField(r: DataRef): PivotDataField {
  return requireItem(pivotAlive(r.pivot).data.find((x) => x.id === r.id));
}

export class SimDataPivotHierarchy extends SimObject<DataRef> {
  get _className(): string {
    return "DataPivotHierarchy";
  }
  protected _props(): PropTable<DataRef> {
    return {
      id: { get: (r) => dataField(r).id },
      name: {
        get: (r) => dataField(r).name,
        set: (r, v, h) => {
          const d = dataField(r);
          if (typeof v !== "string" || v === "") throw new SimError(SimErrorCode.invalidArgument);
          // Excel refuses a data caption equal to a source field name ("PivotTable field name already exists").
          if (sourceOf(h, r.pivot).fields.some((f) => f.toLowerCase() === v.toLowerCase()))
            throw new SimError(SimErrorCode.invalidArgument);
          d.name = v;
          rerender(h, r.pivot);
        },
      },
      summarizeBy: {
        get: (r) => dataField(r).summarizeBy,
        set: (r, v, h) => {
          const d = dataField(r);
          if (!AGGREGATIONS.includes(v as PivotAggregation)) throw new SimError(SimErrorCode.invalidArgument);
          // A default caption follows the aggregation ("Sum of X" → "Count of X").
          if (d.name === captionFor(d.summarizeBy, d.field))
            d.name = captionFor(v as PivotAggregation, d.field);
          d.summarizeBy = v as PivotAggregation;
          rerender(h, r.pivot);
        },
      },
      numberFormat: {
        get: (r) => dataField(r).numberFormat,
        set: (r, v, h) => {
          dataField(r).numberFormat = String(v);
          rerender(h, r.pivot);
        },
      },
      position: {
        get: (r) => r.pivot.data.indexOf(dataField(r)),
        set: (r, v, h) => {
          const d = dataField(r);
          const l = r.pivot.data;
          l.splice(l.indexOf(d), 1);
          l.splice(Math.max(0, Math.min(Number(v), l.length)), 0, d);
          rerender(h, r.pivot);
        },
      },
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
  get summarizeBy(): PivotAggregation {
    return this._get("summarizeBy");
  }
  set summarizeBy(v: PivotAggregation) {
    this._set("summarizeBy", v);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v);
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v);
  }
  setToDefault(): void {
    this._queue("setToDefault", 0, (r, h) => {
      const d = dataField(r);
      const how = defaultAggregation(sourceOf(h, r.pivot), fieldIndex(sourceOf(h, r.pivot), d.field));
      d.summarizeBy = how;
      d.name = captionFor(how, d.field);
      rerender(h, r.pivot);
    });
  }
}

export class SimDataPivotHierarchyCollection extends SimCollection<PivotState, SimDataPivotHierarchy> {
  get _className(): string {
    return "DataPivotHierarchyCollection";
  }
  protected _listItems(p: PivotState): unknown[] {
    return pivotAlive(p).data.map((d) => ({ pivot: p, id: d.id }));
  }
  protected _makeItem(x: unknown): SimDataPivotHierarchy {
    return new SimDataPivotHierarchy(this._ctx, this, bound(x as DataRef), "DataPivotHierarchy");
  }
  add(pivotHierarchy: SimPivotHierarchy): SimDataPivotHierarchy {
    return new SimDataPivotHierarchy(
      this._ctx,
      this,
      method("add", () => {
        const p = pivotAlive(this._ref()!);
        const h = this._ctx._host;
        const field = hierarchyField(pivotHierarchy);
        const src = sourceOf(h, p);
        const how = defaultAggregation(src, fieldIndex(src, field));
        let name = captionFor(how, field);
        for (let k = 2; p.data.some((d) => d.name.toLowerCase() === name.toLowerCase()); k++)
          name = `${captionFor(how, field)}${k}`;
        h.state.seq.pivot += 1;
        const d: PivotDataField = {
          id: `D${h.state.seq.pivot}`,
          name,
          field,
          summarizeBy: how,
          numberFormat: "General",
        };
        p.data.push(d);
        rerender(h, p);
        return { pivot: p, id: d.id };
      }),
      "DataPivotHierarchyCollection.add",
    );
  }
  remove(hierarchy: SimDataPivotHierarchy): void {
    this._queue("remove", 0, (p, h) => {
      const ref = hierarchy._ref();
      if (!ref) throw new SimError(SimErrorCode.invalidArgument);
      pivotAlive(p).data = p.data.filter((d) => d.id !== ref.id);
      rerender(h, p);
    });
  }
  private by(name: string, key: string, orNull: boolean): SimDataPivotHierarchy {
    return new SimDataPivotHierarchy(
      this._ctx,
      this,
      method(name, () => {
        const p = pivotAlive(this._ref()!);
        const d = p.data.find((x) => sameName(x.name, key));
        return itemOrNull(d && { pivot: p, id: d.id }, orNull);
      }),
      `DataPivotHierarchyCollection.${name}`,
    );
  }
  getItem(name: string): SimDataPivotHierarchy {
    return this.by("getItem", name, false);
  }
  getItemOrNullObject(name: string): SimDataPivotHierarchy {
    return this.by("getItemOrNullObject", name, true);
  }
}
