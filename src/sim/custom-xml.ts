/**
 * Excel.CustomXmlPartCollection / CustomXmlPart (ExcelApi 1.5). A part's namespace is its root
 * element's namespace; `add`/`setXml` reject XML that is not well formed (InvalidArgument).
 */
import { jsonSize } from "./budget";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { itemOrNull, requireItem } from "./lookup";
import {
  bound,
  method,
  SimClientResult,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { requireApi } from "./simulator-core";
import { namespaceOf, parseXml, XmlError } from "./xml";

export function xmlNamespace(xml: string): string {
  try {
    return namespaceOf(parseXml(xml));
  } catch (e) {
    if (e instanceof XmlError) throw new SimError(SimErrorCode.invalidArgument);
    throw e;
  }
}

interface PartRef {
  id: string;
}

function part(h: SimHost, id: string): { id: string; xml: string } {
  return requireItem(h.state.customXmlParts.find((x) => x.id === id));
}

export class SimCustomXmlPart extends SimObject<PartRef> {
  get _className(): string {
    return "CustomXmlPart";
  }
  protected _props(): PropTable<PartRef> {
    return {
      id: { get: (r, h) => part(h, r.id).id },
      namespaceUri: { get: (r, h) => xmlNamespace(part(h, r.id).xml) },
    };
  }
  get id(): string {
    return this._get("id");
  }
  get namespaceUri(): string {
    return this._get("namespaceUri");
  }
  getXml(): SimClientResult<string> {
    return this._invoke("getXml", 0, (r, h) => part(h, r.id).xml);
  }
  setXml(xml: string): void {
    this._queue("setXml", jsonSize(xml), (r, h) => {
      xmlNamespace(xml);
      part(h, r.id).xml = xml;
    });
  }
  delete(): void {
    this._queue("delete", 0, (r, h) => {
      part(h, r.id);
      h.state.customXmlParts = h.state.customXmlParts.filter((p) => p.id !== r.id);
    });
  }
}

abstract class PartsBase extends SimCollection<SimHost, SimCustomXmlPart> {
  protected abstract filter(h: SimHost): { id: string; xml: string }[];
  protected _listItems(h: SimHost): unknown[] {
    return this.filter(h).map((p) => ({ id: p.id }));
  }
  protected _makeItem(x: unknown): SimCustomXmlPart {
    return new SimCustomXmlPart(this._ctx, this, bound(x as PartRef), "CustomXmlPart");
  }
  protected by(
    name: string,
    pick: (list: { id: string; xml: string }[]) => { id: string } | undefined | "many",
    orNull: boolean,
  ): SimCustomXmlPart {
    return new SimCustomXmlPart(
      this._ctx,
      this,
      method(name, () => {
        const found = pick(this.filter(this._ctx._host));
        if (found === "many") throw new SimError(SimErrorCode.invalidOperation);
        return itemOrNull(found && { id: found.id }, orNull);
      }),
      `${this._className}.${name}`,
    );
  }
  getItem(id: string): SimCustomXmlPart {
    return this.by("getItem", (l) => l.find((p) => p.id === id), false);
  }
  getItemOrNullObject(id: string): SimCustomXmlPart {
    return this.by("getItemOrNullObject", (l) => l.find((p) => p.id === id), true);
  }
}

export class SimCustomXmlPartScopedCollection extends PartsBase {
  constructor(
    ctx: ProxyContext,
    parent: AnySimObject,
    private readonly ns: string,
  ) {
    super(ctx, parent, bound(ctx._host), "CustomXmlPartScopedCollection");
  }
  get _className(): string {
    return "CustomXmlPartScopedCollection";
  }
  protected filter(h: SimHost): { id: string; xml: string }[] {
    return h.state.customXmlParts.filter((p) => xmlNamespace(p.xml) === this.ns);
  }
  /** The single part in the collection; InvalidOperation when there is more than one. */
  getOnlyItem(): SimCustomXmlPart {
    return this.by("getOnlyItem", (l) => (l.length > 1 ? "many" : l[0]), false);
  }
  getOnlyItemOrNullObject(): SimCustomXmlPart {
    return this.by("getOnlyItemOrNullObject", (l) => (l.length > 1 ? "many" : l[0]), true);
  }
}

export class SimCustomXmlPartCollection extends PartsBase {
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    requireApi(ctx._host, "1.5", "Workbook.customXmlParts");
    super(ctx, parent, bound(ctx._host), "CustomXmlPartCollection");
  }
  get _className(): string {
    return "CustomXmlPartCollection";
  }
  protected filter(h: SimHost): { id: string; xml: string }[] {
    return h.state.customXmlParts;
  }
  add(xml: string): SimCustomXmlPart {
    return new SimCustomXmlPart(
      this._ctx,
      this,
      method(
        "add",
        () => {
          const h = this._ctx._host;
          xmlNamespace(xml);
          h.state.seq.xml += 1;
          const id = `{${String(h.state.seq.xml).padStart(8, "0")}-5C1A-4E2B-9D3F-000000000000}`;
          h.state.customXmlParts.push({ id, xml });
          return { id };
        },
        jsonSize(xml),
      ),
      "CustomXmlPartCollection.add",
    );
  }
  getByNamespace(namespaceUri: string): SimCustomXmlPartScopedCollection {
    return new SimCustomXmlPartScopedCollection(this._ctx, this, namespaceUri);
  }
}
