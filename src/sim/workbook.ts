/** Excel.Workbook and Excel.DocumentProperties. */
import { rect } from "./address";
import type { SimApplication } from "./application";
import { SimCustomXmlPartCollection } from "./custom-xml";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { SimNamedItemCollection } from "./named-items";
import { SimPivotTableCollection } from "./pivot";
import { bound, prop, SimObject, type PropTable, type ProxyContext, type AnySimObject } from "./proxy";
import { SimRange } from "./range";
import { SimSettingCollection } from "./settings";
import type { DocumentPropertiesState } from "./state";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet";

export class SimDocumentProperties extends SimObject<DocumentPropertiesState> {
  get _className(): string {
    return "DocumentProperties";
  }
  protected _props(): PropTable<DocumentPropertiesState> {
    const str = (
      k: "title" | "subject" | "author" | "keywords" | "comments" | "category" | "company" | "manager",
    ) => ({
      get: (p: DocumentPropertiesState) => p[k],
      set: (p: DocumentPropertiesState, v: unknown) => void (p[k] = String(v)),
    });
    return {
      title: str("title"),
      subject: str("subject"),
      author: str("author"),
      keywords: str("keywords"),
      comments: str("comments"),
      category: str("category"),
      company: str("company"),
      manager: str("manager"),
      lastAuthor: { get: (p) => p.lastAuthor },
      revisionNumber: { get: (p) => p.revisionNumber, set: (p, v) => void (p.revisionNumber = Number(v)) },
      creationDate: { get: (p) => p.creationDate },
    };
  }
  get title(): string {
    return this._get("title");
  }
  set title(v: string) {
    this._set("title", v);
  }
  get subject(): string {
    return this._get("subject");
  }
  set subject(v: string) {
    this._set("subject", v);
  }
  get author(): string {
    return this._get("author");
  }
  set author(v: string) {
    this._set("author", v);
  }
  get keywords(): string {
    return this._get("keywords");
  }
  set keywords(v: string) {
    this._set("keywords", v);
  }
  get comments(): string {
    return this._get("comments");
  }
  set comments(v: string) {
    this._set("comments", v);
  }
  get category(): string {
    return this._get("category");
  }
  set category(v: string) {
    this._set("category", v);
  }
  get company(): string {
    return this._get("company");
  }
  set company(v: string) {
    this._set("company", v);
  }
  get manager(): string {
    return this._get("manager");
  }
  set manager(v: string) {
    this._set("manager", v);
  }
  get lastAuthor(): string {
    return this._get("lastAuthor");
  }
  get revisionNumber(): number {
    return this._get("revisionNumber");
  }
  set revisionNumber(v: number) {
    this._set("revisionNumber", v);
  }
  get creationDate(): Date {
    return this._get("creationDate");
  }
}

export class SimWorkbookProxy extends SimObject<SimHost> {
  get _className(): string {
    return "Workbook";
  }
  constructor(
    ctx: ProxyContext,
    readonly application: SimApplication,
  ) {
    super(ctx, null, bound(ctx._host), "Workbook");
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      worksheets: () => this.worksheets,
      tables: () => this.tables,
      names: () => this.names,
      pivotTables: () => this.pivotTables,
      properties: () => this.properties,
      application: () => this.application,
    };
  }
  protected _props(): PropTable<SimHost> {
    return {
      name: { get: () => "Book1.xlsx" },
      readOnly: { get: () => false },
      isDirty: { get: () => true, set: () => undefined },
      calculationEngineVersion: { get: () => 0x0e0000 },
    };
  }
  get name(): string {
    return this._get("name");
  }
  get readOnly(): boolean {
    return this._get("readOnly");
  }
  get worksheets(): SimWorksheetCollection {
    return this._child("worksheets", () => new SimWorksheetCollection(this._ctx, this));
  }
  get tables(): SimTableCollection {
    return this._child("tables", () => new SimTableCollection(this._ctx, this, "workbook"));
  }
  get names(): SimNamedItemCollection {
    return this._child("names", () => new SimNamedItemCollection(this._ctx, this, "workbook"));
  }
  get pivotTables(): SimPivotTableCollection {
    return this._child("pivotTables", () => new SimPivotTableCollection(this._ctx, this, "workbook"));
  }
  get settings(): SimSettingCollection {
    return this._child("settings", () => new SimSettingCollection(this._ctx, this));
  }
  get customXmlParts(): SimCustomXmlPartCollection {
    return this._child("customXmlParts", () => new SimCustomXmlPartCollection(this._ctx, this));
  }
  get properties(): SimDocumentProperties {
    return this._child(
      "properties",
      () =>
        new SimDocumentProperties(
          this._ctx,
          this,
          prop((h: SimHost) => h.state.properties),
          "Workbook.properties",
        ),
    );
  }
  /** The active sheet's selection. */
  getSelectedRange(): SimRange {
    return SimRange.create(this._ctx, this, "getSelectedRange", () => {
      const s = this._ctx._host.state.activeSheet;
      if (!s) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: s, rect: { ...s.selection } };
    });
  }
  getActiveCell(): SimRange {
    return SimRange.create(this._ctx, this, "getActiveCell", () => {
      const s = this._ctx._host.state.activeSheet;
      if (!s) throw new SimError(SimErrorCode.itemNotFound);
      return { sheet: s, rect: rect(s.selection.r0, s.selection.c0) };
    });
  }
}
