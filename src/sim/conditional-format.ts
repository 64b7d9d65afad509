/** Excel.ConditionalFormatCollection / ConditionalFormat (ExcelApi 1.6); the per-type objects are in cf-rules.ts. */
import { intersect, subtract } from "./address";
import { addCf } from "./cf-host";
import { SimError, SimErrorCode } from "./errors";
import { itemOrNull } from "./lookup";
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
import { live } from "./range-host";
import { SimRange } from "./range";
import { requireApi } from "./simulator-core";
import type { CfState, CfType, RangeRef, SheetState } from "./state";
import {
  cellValueRule,
  SimColorScale,
  SimCustomCf,
  SimDataBar,
  SimIconSet,
  SimRuleCf,
  str,
} from "./cf-rules";

interface CfRef {
  sheet: SheetState;
  cf: CfState;
}

function cfAlive(c: CfRef): CfState {
  if (c.sheet.deleted || !c.sheet.cfs.includes(c.cf)) throw new SimError(SimErrorCode.itemNotFound);
  return c.cf;
}

export class SimConditionalFormat extends SimObject<CfRef> {
  get _className(): string {
    return "ConditionalFormat";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      colorScale: () => this.colorScale,
      dataBar: () => this.dataBar,
      iconSet: () => this.iconSet,
      custom: () => this.custom,
      cellValue: () => this.cellValue,
      textComparison: () => this.textComparison,
      topBottom: () => this.topBottom,
      preset: () => this.preset,
    };
  }
  protected _props(): PropTable<CfRef> {
    return {
      id: { get: (c) => cfAlive(c).id },
      type: { get: (c) => cfAlive(c).type },
      priority: {
        get: (c) => c.sheet.cfs.indexOf(cfAlive(c)),
        set: (c, v) => {
          const list = c.sheet.cfs;
          list.splice(list.indexOf(cfAlive(c)), 1);
          let p = Number(v);
          if (p < 0) p = Math.max(0, list.length + 1 + p);
          list.splice(Math.min(p, list.length), 0, c.cf);
        },
      },
      stopIfTrue: {
        get: (c) => cfAlive(c).stopIfTrue,
        set: (c, v) => void (cfAlive(c).stopIfTrue = v === true),
      },
    };
  }
  get id(): string {
    return this._get("id");
  }
  get type(): CfType {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v);
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v);
  }
  /** The type-specific object; on a different type Excel fails (…OrNullObject gives a null object). */
  private part<T extends AnySimObject>(
    key: string,
    type: CfType,
    orNull: boolean,
    make: (mode: ReturnType<typeof prop<CfRef, CfState>>, path: string) => T,
  ): T {
    return this._child(`${key}${orNull ? "OrNull" : ""}`, () =>
      make(
        prop((c: CfRef) => {
          const cf = cfAlive(c);
          if (cf.type !== type) {
            if (orNull) return null;
            throw new SimError(SimErrorCode.invalidOperation);
          }
          return cf;
        }),
        `${this._pathText}.${key}`,
      ),
    );
  }
  get colorScale(): SimColorScale {
    return this.part("colorScale", "ColorScale", false, (m, p) => new SimColorScale(this._ctx, this, m, p));
  }
  get colorScaleOrNullObject(): SimColorScale {
    return this.part("colorScale", "ColorScale", true, (m, p) => new SimColorScale(this._ctx, this, m, p));
  }
  get dataBar(): SimDataBar {
    return this.part("dataBar", "DataBar", false, (m, p) => new SimDataBar(this._ctx, this, m, p));
  }
  get dataBarOrNullObject(): SimDataBar {
    return this.part("dataBar", "DataBar", true, (m, p) => new SimDataBar(this._ctx, this, m, p));
  }
  get iconSet(): SimIconSet {
    return this.part("iconSet", "IconSet", false, (m, p) => new SimIconSet(this._ctx, this, m, p));
  }
  get iconSetOrNullObject(): SimIconSet {
    return this.part("iconSet", "IconSet", true, (m, p) => new SimIconSet(this._ctx, this, m, p));
  }
  get custom(): SimCustomCf {
    return this.part("custom", "Custom", false, (m, p) => new SimCustomCf(this._ctx, this, m, p));
  }
  get customOrNullObject(): SimCustomCf {
    return this.part("custom", "Custom", true, (m, p) => new SimCustomCf(this._ctx, this, m, p));
  }
  get cellValue(): SimRuleCf {
    return this.part(
      "cellValue",
      "CellValue",
      false,
      (m, p) => new SimRuleCf(this._ctx, this, m, p, "CellValueConditionalFormat", cellValueRule),
    );
  }
  get cellValueOrNullObject(): SimRuleCf {
    return this.part(
      "cellValue",
      "CellValue",
      true,
      (m, p) => new SimRuleCf(this._ctx, this, m, p, "CellValueConditionalFormat", cellValueRule),
    );
  }
  get textComparison(): SimRuleCf {
    return this.part(
      "textComparison",
      "ContainsText",
      false,
      (m, p) =>
        new SimRuleCf(this._ctx, this, m, p, "TextConditionalFormat", (r) => ({
          operator: str(r.operator),
          text: str(r.text),
        })),
    );
  }
  get topBottom(): SimRuleCf {
    return this.part(
      "topBottom",
      "TopBottom",
      false,
      (m, p) =>
        new SimRuleCf(this._ctx, this, m, p, "TopBottomConditionalFormat", (r) => ({
          rank: Number(r.rank),
          type: str(r.type),
        })),
    );
  }
  get preset(): SimRuleCf {
    return this.part(
      "preset",
      "PresetCriteria",
      false,
      (m, p) =>
        new SimRuleCf(this._ctx, this, m, p, "PresetCriteriaConditionalFormat", (r) => ({
          criterion: str(r.criterion),
        })),
    );
  }
  delete(): void {
    this._queue("delete", 0, (c) => {
      cfAlive(c);
      c.sheet.cfs = c.sheet.cfs.filter((x) => x !== c.cf);
    });
  }
  getRange(): SimRange {
    return SimRange.create(this._ctx, this, "getRange", () => {
      const c = this._ref()!;
      const cf = cfAlive(c);
      if (cf.rects.length !== 1) throw new SimError(SimErrorCode.invalidOperation);
      return { sheet: c.sheet, rect: cf.rects[0]! };
    });
  }
  getRangeOrNullObject(): SimRange {
    return SimRange.create(this._ctx, this, "getRangeOrNullObject", () => {
      const c = this._ref()!;
      const cf = cfAlive(c);
      return cf.rects.length === 1 ? { sheet: c.sheet, rect: cf.rects[0]! } : null;
    });
  }
}

export class SimConditionalFormatCollection extends SimCollection<RangeRef, SimConditionalFormat> {
  get _className(): string {
    return "ConditionalFormatCollection";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    super(
      ctx,
      parent,
      prop((r: RangeRef) => r),
      parent._pathText + ".conditionalFormats",
    );
  }
  /** Conditional formats that intersect the range, in priority order. */
  protected _listItems(r: RangeRef): unknown[] {
    const { sheet, rect } = live(r);
    return sheet.cfs.filter((cf) => cf.rects.some((x) => intersect(x, rect))).map((cf) => ({ sheet, cf }));
  }
  protected _makeItem(h: unknown): SimConditionalFormat {
    return new SimConditionalFormat(this._ctx, this, bound(h as CfRef), "ConditionalFormat");
  }
  add(type: CfType): SimConditionalFormat {
    requireApi(this._ctx._host, "1.6", "ConditionalFormatCollection.add");
    return new SimConditionalFormat(
      this._ctx,
      this,
      method("add", () => {
        const r = live(this._ref()!);
        return { sheet: r.sheet, cf: addCf(this._ctx._host, r.sheet, r.rect, type) };
      }),
      "ConditionalFormatCollection.add",
    );
  }
  /** Removes the range's cells from every conditional format (formats that end up empty go). */
  clearAll(): void {
    this._queue("clearAll", 0, (r) => {
      const { sheet, rect } = live(r);
      sheet.cfs = sheet.cfs.filter((cf) => {
        cf.rects = cf.rects.flatMap((x) => subtract(x, rect));
        return cf.rects.length > 0;
      });
    });
  }
  private by(name: string, fn: (list: CfRef[]) => CfRef | undefined, orNull: boolean): SimConditionalFormat {
    return new SimConditionalFormat(
      this._ctx,
      this,
      method(name, () => itemOrNull(fn(this._listItems(this._ref()!) as CfRef[]), orNull)),
      `ConditionalFormatCollection.${name}`,
    );
  }
  getItem(id: string): SimConditionalFormat {
    return this.by("getItem", (l) => l.find((c) => c.cf.id === id), false);
  }
  getItemOrNullObject(id: string): SimConditionalFormat {
    return this.by("getItemOrNullObject", (l) => l.find((c) => c.cf.id === id), true);
  }
  getItemAt(index: number): SimConditionalFormat {
    return this.by("getItemAt", (l) => l[index], false);
  }
}
