/**
 * Editing an .xlsx package (ECMA-376 Part 2, Open Packaging Conventions) after ExcelJS wrote it:
 * parts, relationships and content types.
 */
import JSZip from "jszip";
import { esc, parseXml, children, local } from "./xml";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  pivotCacheDefinition:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition",
  pivotTable: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
};

export const CT = {
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCacheDefinition:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathFor(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relationship target relative to its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  }
  return base.join("/");
}

export class OoxmlPackage {
  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Uint8Array | ArrayBuffer): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(bytes));
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  async text(path: string): Promise<string | null> {
    const f = this.zip.file(path);
    return f ? f.async("string") : null;
  }

  set(path: string, text: string): void {
    this.zip.file(path, text);
  }

  paths(prefix = ""): string[] {
    return Object.keys(this.zip.files).filter((p) => p.startsWith(prefix) && !this.zip.files[p]!.dir);
  }

  async rels(part: string): Promise<Relationship[]> {
    const t = await this.text(relsPathFor(part));
    if (!t) return [];
    return children(parseXml(t), "Relationship").map((r) => ({
      id: r.attrs.Id ?? "",
      type: r.attrs.Type ?? "",
      target: r.attrs.Target ?? "",
    }));
  }

  /** Adds a relationship from `part` and returns its id. */
  async addRel(part: string, type: string, target: string): Promise<string> {
    const path = relsPathFor(part);
    const existing = await this.text(path);
    const rels = existing ? children(parseXml(existing), "Relationship") : [];
    let n = rels.length + 1;
    const ids = new Set(rels.map((r) => r.attrs.Id));
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${esc(type)}" Target="${esc(target)}"/>`;
    const xml = existing
      ? existing.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
    this.set(path, xml);
    return id;
  }

  async addOverride(partName: string, contentType: string): Promise<void> {
    const ct = (await this.text("[Content_Types].xml")) ?? "";
    if (ct.includes(`PartName="/${partName}"`)) return;
    this.set(
      "[Content_Types].xml",
      ct.replace(
        /<\/Types>\s*$/,
        `<Override PartName="/${esc(partName)}" ContentType="${esc(contentType)}"/></Types>`,
      ),
    );
  }

  /** Worksheet part path for each sheet name, from xl/workbook.xml and its relationships. */
  async sheetParts(): Promise<Map<string, string>> {
    const wb = await this.text("xl/workbook.xml");
    const out = new Map<string, string>();
    if (!wb) return out;
    const rels = await this.rels("xl/workbook.xml");
    const root = parseXml(wb);
    const sheets = root.children.find((c) => local(c.name) === "sheets");
    for (const s of sheets ? children(sheets, "sheet") : []) {
      const rid = s.attrs["r:id"] ?? Object.entries(s.attrs).find(([k]) => k.endsWith(":id"))?.[1];
      const rel = rels.find((r) => r.id === rid);
      if (rel && s.attrs.name !== undefined)
        out.set(s.attrs.name, resolveTarget("xl/workbook.xml", rel.target));
    }
    return out;
  }

  /**
   * Makes packages written by other tools readable by ExcelJS: strips byte-order marks from XML
   * parts and turns absolute relationship targets ("/xl/worksheets/sheet.xml") into relative ones.
   * Returns true when something changed.
   */
  async normalize(): Promise<boolean> {
    let changed = false;
    for (const path of this.paths()) {
      if (!/\.(xml|rels)$/.test(path)) continue;
      let t = (await this.text(path))!;
      const before = t;
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      if (path.endsWith(".rels")) {
        const source = path.replace(/_rels\/([^/]*)\.rels$/, "$1");
        const dir = source.split("/").slice(0, -1);
        t = t.replace(/Target="\/([^"]*)"/g, (_m, abs: string) => {
          const parts = abs.split("/");
          let i = 0;
          while (i < dir.length && i < parts.length - 1 && dir[i] === parts[i]) i++;
          return `Target="${[...new Array<string>(dir.length - i).fill(".."), ...parts.slice(i)].join("/")}"`;
        });
      }
      if (t !== before) {
        this.set(path, t);
        changed = true;
      }
    }
    return changed;
  }

  async bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}

/**
 * Inserts `element` into a parent's XML before the first of `before` (element local names, in
 * schema order) that is present, else before the closing tag `close`.
 */
export function insertBefore(xml: string, element: string, before: string[], close: string): string {
  let at = -1;
  for (const name of before) {
    const re = new RegExp(`<(?:\\w+:)?${name}[\\s/>]`);
    const m = re.exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(close);
  return xml.slice(0, at) + element + xml.slice(at);
}
