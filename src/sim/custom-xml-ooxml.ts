/**
 * Custom XML parts as real package parts (ECMA-376 Part 1 §22.5): customXml/itemN.xml with
 * customXml/itemPropsN.xml (ds:datastoreItem carrying the part id), related from the workbook.
 *
 * Workbook settings (Excel.SettingCollection) are saved the same way, as one custom XML part in
 * the namespace SETTINGS_NS, and read back into settings (not listed as a custom XML part). Excel
 * itself keeps add-in settings in the web extension part of the add-in (xl/webextensions), which
 * needs the add-in's id; a workbook saved here and opened in Excel shows the settings part as a
 * custom XML part, and the add-in's own settings start empty (documented limitation).
 */
import { CT, OoxmlPackage, REL, resolveTarget } from "./ooxml-package";
import type { SimWorkbookState } from "./state";
import { children, esc, namespaceOf, parseXml } from "./xml";

export const SETTINGS_NS = "urn:custclass:sim:settings";
const SETTINGS_ID = "{5E771465-0000-4000-8000-000000005E77}";

function settingsXml(state: SimWorkbookState): string {
  const items = state.settings.map((s) => `<setting key="${esc(s.key)}">${esc(s.json)}</setting>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="${SETTINGS_NS}">${items}</settings>`;
}

export async function writeCustomXmlParts(
  pkg: OoxmlPackage,
  state: SimWorkbookState,
  includeSettings = true,
): Promise<void> {
  const parts = [...state.customXmlParts];
  if (includeSettings && state.settings.length) parts.push({ id: SETTINGS_ID, xml: settingsXml(state) });
  let n = 0;
  for (const p of parts) {
    n += 1;
    const item = `customXml/item${n}.xml`;
    const props = `customXml/itemProps${n}.xml`;
    pkg.set(item, p.xml);
    pkg.set(
      props,
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${esc(p.id)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    );
    await pkg.addOverride(props, CT.customXmlProps);
    await pkg.addRel(item, REL.customXmlProps, `itemProps${n}.xml`);
    await pkg.addRel("xl/workbook.xml", REL.customXml, `../customXml/item${n}.xml`);
  }
}

export async function readCustomXmlParts(pkg: OoxmlPackage, state: SimWorkbookState): Promise<void> {
  for (const rel of await pkg.rels("xl/workbook.xml")) {
    if (rel.type !== REL.customXml) continue;
    const item = resolveTarget("xl/workbook.xml", rel.target);
    const xml = await pkg.text(item);
    if (xml === null) continue;
    const propsRel = (await pkg.rels(item)).find((r) => r.type === REL.customXmlProps);
    const propsXml = propsRel ? await pkg.text(resolveTarget(item, propsRel.target)) : null;
    let id = `{${String(state.customXmlParts.length + 1).padStart(8, "0")}-0000-0000-0000-000000000000}`;
    if (propsXml) {
      const root = parseXml(propsXml);
      id =
        root.attrs["ds:itemID"] ?? Object.entries(root.attrs).find(([k]) => k.endsWith("itemID"))?.[1] ?? id;
    }
    let root;
    try {
      root = parseXml(xml);
    } catch {
      continue;
    }
    if (namespaceOf(root) === SETTINGS_NS) {
      for (const s of children(root, "setting"))
        if (s.attrs.key !== undefined && !state.settings.some((x) => x.key === s.attrs.key))
          state.settings.push({ key: s.attrs.key, json: s.text });
      continue;
    }
    state.customXmlParts.push({ id, xml: xml.replace(/^\uFEFF/, "") });
  }
}
