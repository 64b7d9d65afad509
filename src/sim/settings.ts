/**
 * Excel.SettingCollection / Setting (ExcelApi 1.4): values are stored as JSON text; Dates travel
 * as "Date(<ms>)" strings and come back as Date objects, as Office.js does
 * (Excel._CC._replaceDateWithStringDate / Setting_HandleResult in the runtime). `add` replaces an
 * existing key ("Sets or adds the specified setting to the workbook").
 */
import { jsonSize } from "./budget";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, requireItem } from "./lookup";
import {
  bound,
  method,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { requireApi } from "./simulator-core";

const DATE_PREFIX = "Date(";

export function toSettingJson(value: unknown): string {
  const json = JSON.stringify(value, function (this: Record<string, unknown>, k: string, v: unknown) {
    const raw = this[k];
    return raw instanceof Date ? `${DATE_PREFIX}${raw.getTime()})` : v;
  });
  // JSON.stringify(undefined) and functions give undefined at run time despite the typings.
  if ((json as string | undefined) === undefined) throw new SimError(SimErrorCode.invalidArgument);
  return json;
}

export function fromSettingJson(json: string): unknown {
  return JSON.parse(json, (_k, v: unknown) => {
    if (typeof v === "string" && v.length > 6 && v.startsWith(DATE_PREFIX) && v.endsWith(")")) {
      const d = new Date(parseInt(v.slice(5, -1), 10));
      if (!Number.isNaN(d.getTime())) return d;
    }
    return v;
  });
}

interface SettingRef {
  key: string;
}

function entry(h: SimHost, key: string): { key: string; json: string } {
  return requireItem(h.state.settings.find((s) => s.key === key));
}

export class SimSetting extends SimObject<SettingRef> {
  get _className(): string {
    return "Setting";
  }
  protected _props(): PropTable<SettingRef> {
    return {
      key: { get: (s, h) => entry(h, s.key).key },
      value: {
        get: (s, h) => fromSettingJson(entry(h, s.key).json),
        set: (s, v, h) => void (entry(h, s.key).json = toSettingJson(v)),
      },
    };
  }
  get key(): string {
    return this._get("key");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Setting.value is `any` in Excel's typings
  get value(): any {
    return this._get<unknown>("value");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  set value(v: any) {
    this._set("value", v);
  }
  delete(): void {
    this._queue("delete", 0, (s, h) => {
      entry(h, s.key);
      h.state.settings = h.state.settings.filter((x) => x.key !== s.key);
    });
  }
}

export class SimSettingCollection extends SimCollection<SimHost, SimSetting> {
  get _className(): string {
    return "SettingCollection";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    requireApi(ctx._host, "1.4", "Workbook.settings");
    super(ctx, parent, bound(ctx._host), "SettingCollection");
  }
  protected _listItems(h: SimHost): unknown[] {
    return h.state.settings.map((s) => ({ key: s.key }));
  }
  protected _makeItem(x: unknown): SimSetting {
    return new SimSetting(this._ctx, this, bound(x as SettingRef), "Setting");
  }
  add(key: string, value: unknown): SimSetting {
    const json = toSettingJson(value);
    return new SimSetting(
      this._ctx,
      this,
      method(
        "add",
        () => {
          const h = this._ctx._host;
          if (typeof key !== "string" || key === "") throw new SimError(SimErrorCode.invalidArgument);
          const e = h.state.settings.find((s) => s.key === key);
          if (e) e.json = json;
          else h.state.settings.push({ key, json });
          return { key };
        },
        jsonSize(key) + json.length,
      ),
      "SettingCollection.add",
    );
  }
  private by(name: string, key: string, orNull: boolean): SimSetting {
    return new SimSetting(
      this._ctx,
      this,
      method(name, () =>
        itemOrNull(this._ctx._host.state.settings.find((s) => s.key === key) && { key }, orNull),
      ),
      `SettingCollection.${name}`,
    );
  }
  getItem(key: string): SimSetting {
    return this.by("getItem", key, false);
  }
  getItemOrNullObject(key: string): SimSetting {
    return this.by("getItemOrNullObject", key, true);
  }
}
