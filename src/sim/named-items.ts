/** Excel.NamedItemCollection / NamedItem: defined names (workbook- or worksheet-scoped). */
import { formatAddress, parseAddress } from "./address";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, sameName } from "./lookup";
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
import { SimRange } from "./range";
import { findSheet, type NamedItemState, type SheetState } from "./state";
import { isValidTableName, nameTaken } from "./table-host";
import { alive } from "./worksheet";

function itemAlive(h: SimHost, n: NamedItemState): NamedItemState {
  if (!h.state.names.includes(n)) throw new SimError(SimErrorCode.itemNotFound);
  return n;
}

/** The sheet and rectangle a name refers to, or null when it is a constant or formula. */
function target(
  h: SimHost,
  n: NamedItemState,
): {
  sheet: SheetState;
  rect: ReturnType<typeof parseAddress> extends infer T ? (T extends { rect: infer R } ? R : never) : never;
} | null {
  const p = parseAddress(n.formula.replace(/^=/, "").replace(/\$/g, ""));
  if (!p) return null;
  const sheet = p.sheet !== undefined ? findSheet(h.state, p.sheet) : n.sheet;
  return sheet ? { sheet, rect: p.rect } : null;
}

function typeOf(h: SimHost, n: NamedItemState): string {
  if (target(h, n)) return "Range";
  const f = n.formula.replace(/^=/, "");
  if (/^".*"$/.test(f)) return "String";
  if (/^(TRUE|FALSE)$/i.test(f)) return "Boolean";
  if (/^#/.test(f)) return "Error";
  if (Number.isFinite(Number(f))) return Number.isInteger(Number(f)) ? "Integer" : "Double";
  return "Range";
}

export class SimNamedItem extends SimObject<NamedItemState> {
  get _className(): string {
    return "NamedItem";
  }
  protected _props(): PropTable<NamedItemState> {
    return {
      name: { get: (n, h) => itemAlive(h, n).name },
      type: { get: (n, h) => typeOf(h, itemAlive(h, n)) },
      value: {
        get: (n, h) => {
          itemAlive(h, n);
          const f = n.formula.replace(/^=/, "");
          const t = typeOf(h, n);
          if (t === "String") return f.slice(1, -1);
          if (t === "Integer" || t === "Double") return Number(f);
          if (t === "Boolean") return f.toUpperCase() === "TRUE";
          return f;
        },
      },
      formula: {
        get: (n, h) => itemAlive(h, n).formula,
        set: (n, v, h) =>
          void (itemAlive(h, n).formula = String(v).startsWith("=") ? String(v) : `=${String(v)}`),
      },
      comment: {
        get: (n, h) => itemAlive(h, n).comment,
        set: (n, v, h) => void (itemAlive(h, n).comment = String(v)),
      },
      visible: {
        get: (n, h) => itemAlive(h, n).visible,
        set: (n, v, h) => void (itemAlive(h, n).visible = v === true),
      },
      scope: { get: (n, h) => (itemAlive(h, n).sheet ? "Worksheet" : "Workbook") },
    };
  }
  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v);
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(v: string) {
    this._set("comment", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
  get scope(): "Worksheet" | "Workbook" {
    return this._get("scope");
  }
  getRange(): SimRange {
    return SimRange.create(this._ctx, this, "getRange", () => {
      const t = target(this._ctx._host, itemAlive(this._ctx._host, this._ref()!));
      if (!t) throw new SimError(SimErrorCode.invalidOperation);
      return t;
    });
  }
  getRangeOrNullObject(): SimRange {
    return SimRange.create(this._ctx, this, "getRangeOrNullObject", () =>
      target(this._ctx._host, itemAlive(this._ctx._host, this._ref()!)),
    );
  }
  delete(): void {
    this._queue("delete", 0, (n, h) => {
      itemAlive(h, n);
      h.state.names = h.state.names.filter((x) => x !== n);
      h.dirty();
    });
  }
}

export class SimNamedItemCollection extends SimCollection<SheetState | SimHost, SimNamedItem> {
  get _className(): string {
    return "NamedItemCollection";
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
      parent._pathText + ".names",
    );
  }
  private list(ref: SheetState | SimHost): NamedItemState[] {
    const h = this._ctx._host;
    return this.scope === "sheet"
      ? h.state.names.filter((n) => n.sheet === alive(ref as SheetState))
      : h.state.names.filter((n) => !n.sheet);
  }
  protected _listItems(ref: SheetState | SimHost): unknown[] {
    return this.list(ref);
  }
  protected _makeItem(n: unknown): SimNamedItem {
    return new SimNamedItem(this._ctx, this, bound(n as NamedItemState), "NamedItem");
  }
  add(name: string, reference: SimRange | string, comment = ""): SimNamedItem {
    return new SimNamedItem(
      this._ctx,
      this,
      method("add", () => {
        const ref = this._ref()!;
        const h = this._ctx._host;
        if (typeof name !== "string" || !isValidTableName(name))
          throw new SimError(SimErrorCode.invalidArgument);
        if (
          this.list(ref).some((n) => n.name.toLowerCase() === name.toLowerCase()) ||
          (this.scope === "workbook" && nameTaken(h.state, name))
        ) {
          throw new SimError(SimErrorCode.itemAlreadyExists);
        }
        let formula: string;
        if (reference instanceof SimRange) {
          const r = reference._ref();
          if (!r) throw new SimError(SimErrorCode.invalidArgument);
          formula = `=${formatAddress(r.sheet.name, r.rect, true)}`;
        } else if (typeof reference === "string")
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        else throw new SimError(SimErrorCode.invalidArgument);
        const item: NamedItemState = {
          name,
          formula,
          comment,
          visible: true,
          ...(this.scope === "sheet" ? { sheet: alive(ref as SheetState) } : {}),
        };
        h.state.names.push(item);
        h.dirty();
        return item;
      }),
      "NamedItemCollection.add",
    );
  }
  private by(name: string, key: string, orNull: boolean): SimNamedItem {
    return new SimNamedItem(
      this._ctx,
      this,
      method(name, () => {
        const n = this.list(this._ref()!).find((x) => sameName(x.name, key));
        return itemOrNull(n, orNull);
      }),
      `NamedItemCollection.${name}`,
    );
  }
  getItem(name: string): SimNamedItem {
    return this.by("getItem", name, false);
  }
  getItemOrNullObject(name: string): SimNamedItem {
    return this.by("getItemOrNullObject", name, true);
  }
}
