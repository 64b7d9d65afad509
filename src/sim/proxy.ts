/**
 * Proxy objects, as in Office.js: creating one or calling a method queues an action; property
 * writes are kept locally and queued; property reads throw PropertyNotLoaded until `load()` +
 * `context.sync()` brought the value back (Office.js `Utility.throwIfNotLoaded`). Objects got
 * through `*OrNullObject` methods report `isNullObject` after sync; reads on a null object give
 * `undefined` and actions on it are ignored.
 */
import { ACTION_OVERHEAD_BYTES, jsonSize, RESULT_OVERHEAD_BYTES } from "./budget";
import { invalidObjectPath, propertyNotLoaded, SimError, SimErrorCode, simError } from "./errors";
import type { SimRequestContext } from "./context";
import type { SimHost } from "./host";
import { allSpec, parseLoadOption, type LoadSpec } from "./load-options";

/** What a sync collects while running load actions. */
export interface ResultAcc {
  bytes: number;
  apply: (() => void)[];
}

/** The request context seen by proxies (implemented in context.ts). */
export interface ProxyContext {
  readonly _host: SimHost;
  _enqueue(location: string, bytes: number, run: (acc: ResultAcc) => void): void;
  _registerRange(obj: AnySimObject): void;
}

export interface PropDef<R> {
  get?: (ref: R, host: SimHost) => unknown;
  set?: (ref: R, value: unknown, host: SimHost) => void;
  /** Checked on the client before queuing (Office.js validates some enums/types synchronously). */
  check?: (value: unknown) => void;
}
export type PropTable<R> = Record<string, PropDef<R>>;

type Mode<R> =
  | { kind: "bound"; ref: R | null }
  | { kind: "prop"; derive: (parentRef: never) => R | null }
  | { kind: "method"; name: string; resolve: () => R | null; bytes?: number };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- proxies of any reference type nest in each other
export type AnySimObject = SimObject<any>;

export abstract class SimObject<R = unknown> {
  /** @internal */ readonly _ctx: ProxyContext;
  /** @internal */ readonly _parent: AnySimObject | null;
  /** @internal */ private readonly _mode: Mode<R>;
  /** @internal */ _bound: R | null | undefined;
  /** @internal */ _isNull: boolean | undefined;
  /** @internal */ readonly _values = new Map<string, unknown>();
  /** @internal */ readonly _navCache = new Map<string, AnySimObject>();
  /** @internal */ _untracked = false;
  /** @internal */ _invalid = false;
  /** @internal */ readonly _pathText: string;

  abstract get _className(): string;
  /** @internal Scalar properties: how to read (load) and write them on the host. */
  protected abstract _props(): PropTable<R>;
  /** @internal Navigation properties. */
  protected _navs(): Record<string, () => AnySimObject> {
    return {};
  }

  constructor(ctx: ProxyContext, parent: AnySimObject | null, mode: Mode<R>, pathText: string) {
    this._ctx = ctx;
    this._parent = parent;
    this._mode = mode;
    this._pathText = pathText;
    if (mode.kind === "bound") {
      this._bound = mode.ref;
    } else if (mode.kind === "method") {
      parent?._checkValid();
      ctx._enqueue(
        `${parent ? parent._className : (this as { _className?: string })._className}.${mode.name}`,
        ACTION_OVERHEAD_BYTES + (mode.bytes ?? 0),
        (acc) => {
          const pref: unknown = parent ? parent._ref() : undefined;
          const ref = pref === null ? null : mode.resolve();
          this._bound = ref;
          acc.apply.push(() => {
            this._isNull = ref === null;
          });
        },
      );
    }
  }

  /** The request context the object belongs to. */
  get context(): SimRequestContext {
    return this._ctx as unknown as SimRequestContext;
  }

  /** @internal The host object this proxy stands for (null for a null object). Only valid during sync. */
  _ref(): R | null {
    const m = this._mode;
    if (m.kind === "prop") {
      const p: unknown = this._parent!._ref();
      return p === null ? null : m.derive(p as never);
    }
    if (this._bound === undefined)
      throw simError(
        SimErrorCode.generalException,
        this._pathText,
        "Object used before it was instantiated.",
      );
    return this._bound;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._className, "isNullObject");
    return this._isNull;
  }

  /** @internal Office.js refuses, synchronously, to use an object whose path became invalid. */
  _checkValid(): void {
    let o: AnySimObject | null = this as AnySimObject;
    while (o) {
      if (o._invalid) throw invalidObjectPath(o._pathText);
      o = o._parent;
    }
  }

  /** @internal Queues an action on this object's host reference; null objects ignore it. */
  protected _queue(name: string, bytes: number, fn: (ref: R, host: SimHost, acc: ResultAcc) => void): void {
    this._checkValid();
    this._ctx._enqueue(`${this._className}.${name}`, ACTION_OVERHEAD_BYTES + bytes, (acc) => {
      const ref = this._ref();
      if (ref === null) return;
      fn(ref, this._ctx._host, acc);
    });
  }

  /** @internal Queues a method returning a value (OfficeExtension.ClientResult). */
  protected _invoke<T>(name: string, bytes: number, fn: (ref: R, host: SimHost) => T): SimClientResult<T> {
    const result = new SimClientResult<T>();
    this._queue(name, bytes, (ref, host, acc) => {
      const v = fn(ref, host);
      acc.bytes += RESULT_OVERHEAD_BYTES + jsonSize(v);
      acc.apply.push(() => result._resolve(v));
    });
    return result;
  }

  /** @internal Reads a scalar: loaded/set value, undefined on a null object, else PropertyNotLoaded. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed accessors return the declared property type
  protected _get<T>(name: string): T {
    if (this._values.has(name)) return this._values.get(name) as T;
    if (this._isNull === true) return undefined as T;
    throw propertyNotLoaded(this._className, name);
  }

  /** @internal Writes a scalar: kept locally (as Office.js does) and queued. */
  protected _set(name: string, value: unknown): void {
    const def = this._props()[name];
    if (!def?.set)
      throw new SimError(
        SimErrorCode.cannotUpdateReadOnlyProperty,
        `The property '${name}' is read-only and it cannot be updated.`,
        `${this._className}.${name}`,
      );
    def.check?.(value);
    this._values.set(name, value);
    this._queue(name, jsonSize(value), (ref, host) => def.set!(ref, value, host));
  }

  /** @internal The cached navigation child. */
  protected _child<T extends AnySimObject>(name: string, make: () => T): T {
    let c = this._navCache.get(name) as T | undefined;
    if (!c) {
      c = make();
      this._navCache.set(name, c);
    }
    return c;
  }

  load(option?: unknown): this {
    const spec = parseLoadOption(option);
    this._checkValid();
    this._ctx._enqueue(`${this._className}.load`, ACTION_OVERHEAD_BYTES + jsonSize(option ?? null), (acc) =>
      this._loadNow(spec, acc),
    );
    return this;
  }

  /** @internal Runs a load on the host, collecting values to apply after a successful sync. */
  _loadNow(spec: LoadSpec, acc: ResultAcc): void {
    const ref = this._ref();
    acc.apply.push(() => {
      this._isNull = ref === null;
    });
    if (ref === null) return;
    const props = this._props();
    const navs = this._navs();
    const host = this._ctx._host;
    const scalarNames =
      spec.scalars === "all" ? Object.keys(props).filter((k) => props[k]!.get) : [...spec.scalars];
    for (const name of scalarNames) {
      const def = props[name];
      if (def?.get) {
        const v = def.get(ref, host);
        acc.bytes += jsonSize(v) + name.length + 4;
        acc.apply.push(() => this._values.set(name, v));
      } else if (navs[name]) {
        navs[name]()._loadNow(allSpec(), acc);
      } else if (!this._loadOther(name, acc)) {
        throw new SimError(
          SimErrorCode.invalidArgument,
          `Property '${name}' does not exist on the object.`,
          `${this._className}.load`,
        );
      }
    }
    for (const [name, sub] of spec.navs) {
      const nav = navs[name];
      if (nav) nav()._loadNow(sub, acc);
      else if (!this._loadNavOther(name, sub, acc))
        throw new SimError(
          SimErrorCode.invalidArgument,
          `Property '${name}' does not exist on the object.`,
          `${this._className}.load`,
        );
    }
    acc.bytes += RESULT_OVERHEAD_BYTES;
  }

  /** @internal Hooks for collections ("name" meaning items/name). */
  protected _loadOther(_name: string, _acc: ResultAcc): boolean {
    return false;
  }
  protected _loadNavOther(_name: string, _spec: LoadSpec, _acc: ResultAcc): boolean {
    return false;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const props = this._props();
    for (const [k, v] of this._values) if (k in props && v !== undefined) out[k] = v;
    for (const [k, child] of this._navCache) {
      const j = child.toJSON();
      if (child instanceof SimCollection) {
        if (Array.isArray(j.items)) out[k] = j.items;
      } else if (Object.keys(j).length > 0) out[k] = j;
    }
    return out;
  }

  /** Sets several properties at once (Office.js `set`): scalars by assignment, navigation objects recursively. */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    const props = this._props();
    const navs = this._navs();
    for (const [k, v] of Object.entries(properties)) {
      if (v === undefined) continue;
      if (navs[k] && v && typeof v === "object") {
        navs[k]().set(v as Record<string, unknown>, options);
      } else if (props[k]?.set) {
        this._set(k, v);
      } else if (options?.throwOnReadOnly !== false) {
        throw new SimError(
          SimErrorCode.invalidArgument,
          `The property '${k}' is read-only and it cannot be updated.`,
          `${this._className}.set`,
        );
      }
    }
  }
}

/** A proxy collection: `items` after load, `getCount()`, and loads that apply to items. */
export abstract class SimCollection<R, Item extends AnySimObject> extends SimObject<R> {
  /** @internal */ _items: Item[] | undefined;

  /** @internal Host items in collection order. */
  protected abstract _listItems(ref: R, host: SimHost): unknown[];
  /** @internal A bound proxy for a host item. */
  protected abstract _makeItem(hostItem: unknown): Item;

  protected _props(): PropTable<R> {
    return {};
  }

  get items(): Item[] {
    if (this._items !== undefined) return this._items;
    if (this._isNull === true) return undefined as unknown as Item[];
    throw propertyNotLoaded(this._className, "items");
  }

  getCount(): SimClientResult<number> {
    return this._invoke("getCount", 0, (ref, host) => this._listItems(ref, host).length);
  }

  override _loadNow(spec: LoadSpec, acc: ResultAcc): void {
    const ref = this._ref();
    acc.apply.push(() => {
      this._isNull = ref === null;
    });
    if (ref === null) return;
    const own = this._props();
    // Split: the collection's own scalars vs. what applies to each item.
    const itemSpec: LoadSpec = { scalars: spec.scalars === "all" ? "all" : new Set(), navs: new Map() };
    const host = this._ctx._host;
    if (spec.scalars !== "all") {
      for (const n of spec.scalars) {
        if (own[n]?.get) {
          const v = own[n].get(ref, host);
          acc.bytes += jsonSize(v) + n.length + 4;
          acc.apply.push(() => this._values.set(n, v));
        } else if (n !== "items") (itemSpec.scalars as Set<string>).add(n);
        else itemSpec.scalars = "all";
      }
    }
    for (const [n, sub] of spec.navs) {
      if (n === "items") {
        if (sub.scalars === "all") itemSpec.scalars = "all";
        else if (itemSpec.scalars !== "all") for (const s of sub.scalars) itemSpec.scalars.add(s);
        for (const [k, v] of sub.navs) itemSpec.navs.set(k, v);
      } else itemSpec.navs.set(n, sub);
    }
    let list = this._listItems(ref, host);
    if (spec.skip) list = list.slice(spec.skip);
    if (spec.top !== undefined) list = list.slice(0, spec.top);
    const items = list.map((h) => this._makeItem(h));
    for (const it of items) it._loadNow(itemSpec, acc);
    acc.bytes += RESULT_OVERHEAD_BYTES;
    acc.apply.push(() => {
      this._items = items;
    });
  }

  override toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this._items) out.items = this._items.map((i) => i.toJSON());
    return out;
  }
}

/** OfficeExtension.ClientResult: `value` is available after sync. */
export class SimClientResult<T> {
  private _has = false;
  private _v: T | undefined;
  /** @internal */
  _resolve(v: T): void {
    this._v = v;
    this._has = true;
  }
  get value(): T {
    if (!this._has) throw new SimError(SimErrorCode.valueNotLoaded, undefined, "ClientResult.value");
    return this._v as T;
  }
  toJSON(): unknown {
    return { value: this._v };
  }
}

/** Creation helpers (keep call sites short). */
export function bound<R>(ref: R | null): Mode<R> {
  return { kind: "bound", ref };
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- P documents the parent's reference type at call sites
export function prop<P, R>(derive: (parentRef: P) => R | null): Mode<R> {
  return { kind: "prop", derive: derive };
}
export function method<R>(name: string, resolve: () => R | null, bytes = 0): Mode<R> {
  return { kind: "method", name, resolve, bytes };
}
