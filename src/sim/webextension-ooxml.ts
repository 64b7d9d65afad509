/**
 * Add-in settings where Office keeps them: the add-in's web extension part
 * (xl/webextensions/webextensionN.xml, [MS-OWEXML] 2.3.x `we:webextension` with
 * `we:reference id=… store=… storeType=…` and `we:properties/we:property name value`), shown in a
 * task pane (xl/webextensions/taskpanes.xml, related from the package root). A property's value is
 * the setting's JSON text — what Office.js's Settings serialise. Written only when the add-in's
 * identity is given (SaveOptions.addin), since the reference must name the add-in's manifest id;
 * otherwise settings go to a custom XML part (custom-xml-ooxml.ts).
 */
import { OoxmlPackage, resolveTarget } from "./ooxml-package";
import type { SimWorkbookState } from "./state";
import { child, children, esc, local, parseXml, type XmlNode } from "./xml";

export interface AddinIdentity {
  /** The manifest's <Id> GUID. */
  id: string;
  version?: string;
  /** e.g. "developer" / "OMEX"; default "developer". */
  store?: string;
  /** e.g. "Registry", "Filesystem", "OMEX"; default "Registry". */
  storeType?: string;
  /** Open the task pane when the workbook is opened (default true). */
  showTaskpane?: boolean;
}

const REL_TASKPANES = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const REL_WEBEXT = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const CT_WEBEXT = "application/vnd.ms-office.webextension+xml";
const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";

export async function writeWebExtension(
  pkg: OoxmlPackage,
  state: SimWorkbookState,
  addin: AddinIdentity,
): Promise<void> {
  const props = state.settings
    .map((s) => `<we:property name="${esc(s.key)}" value="${esc(s.json)}"/>`)
    .join("");
  const weXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${esc(addin.id.replace(/[{}]/g, "").toUpperCase())}}">` +
    `<we:reference id="${esc(addin.id.replace(/[{}]/g, ""))}" version="${esc(addin.version ?? "1.0.0.0")}" store="${esc(addin.store ?? "developer")}" storeType="${esc(addin.storeType ?? "Registry")}"/>` +
    `<we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`;
  pkg.set("xl/webextensions/webextension1.xml", weXml);
  await pkg.addOverride("xl/webextensions/webextension1.xml", CT_WEBEXT);
  const rid = await pkg.addRel("xl/webextensions/taskpanes.xml", REL_WEBEXT, "webextension1.xml");
  pkg.set(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
      `<wetp:taskpane dockstate="right" visibility="${addin.showTaskpane === false ? 0 : 1}" width="350" row="1"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rid}"/></wetp:taskpane></wetp:taskpanes>`,
  );
  await pkg.addOverride("xl/webextensions/taskpanes.xml", CT_TASKPANES);
  await pkg.addRel("", REL_TASKPANES, "xl/webextensions/taskpanes.xml");
}

function findAll(n: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (local(c.name) === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** Reads settings from the first web extension part (or the one whose reference id is `addinId`). */
export async function readWebExtensionSettings(
  pkg: OoxmlPackage,
  state: SimWorkbookState,
  addinId?: string,
): Promise<boolean> {
  const panes = (await pkg.rels("")).find((r) => r.type === REL_TASKPANES);
  const candidates: string[] = [];
  if (panes) {
    const panesPart = resolveTarget("", panes.target);
    for (const r of await pkg.rels(panesPart))
      if (r.type === REL_WEBEXT) candidates.push(resolveTarget(panesPart, r.target));
  }
  for (const p of pkg.paths("xl/webextensions/"))
    if (/webextension\d*\.xml$/.test(p) && !candidates.includes(p)) candidates.push(p);
  for (const part of candidates) {
    const xml = await pkg.text(part);
    if (!xml) continue;
    const root = parseXml(xml);
    const ref = child(root, "reference");
    const id = (ref?.attrs.id ?? "").replace(/[{}]/g, "").toLowerCase();
    if (addinId && id !== addinId.replace(/[{}]/g, "").toLowerCase()) continue;
    const propsNode = child(root, "properties");
    const props = propsNode ? children(propsNode, "property") : findAll(root, "property");
    for (const p of props)
      if (p.attrs.name !== undefined && p.attrs.value !== undefined)
        state.settings.push({ key: p.attrs.name, json: p.attrs.value });
    return true;
  }
  return false;
}
