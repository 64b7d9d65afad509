/**
 * PivotTables as real OOXML parts (ECMA-376 Part 1 §18.10): per PivotTable a pivot cache
 * definition (xl/pivotCache/pivotCacheDefinitionN.xml, cacheSource/worksheetSource and cacheFields
 * with sharedItems for the fields on rows/columns/filters) and a pivot table definition
 * (xl/pivotTables/pivotTableN.xml: location, pivotFields with axis and items, rowFields, colFields,
 * pageFields, dataFields), related workbook → cache, sheet → pivot table → cache, listed in
 * workbook.xml <pivotCaches>, with content-type overrides. The cache is written without records
 * (saveData="0") and with refreshOnLoad="1", so Excel and LibreOffice rebuild it from the source
 * on open — what Excel itself writes when "Save source data with file" is off.
 */
import { formatRect, parseRect, rect } from "./address";
import type { SimHost } from "./host";
import { CT, insertBefore, OoxmlPackage, REL, resolveTarget } from "./ooxml-package";
import { fieldIndex, sourceOf, uniqueItems, type PivotSource } from "./pivot-host";
import {
  CellError,
  findSheet,
  type PivotAggregation,
  type PivotState,
  type SheetState,
  type SimWorkbookState,
} from "./state";
import { findTable } from "./table-host";
import { child, children, esc, parseXml } from "./xml";
import { maxOf, minOf } from "./extremes";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const SUBTOTAL: Record<PivotAggregation, string> = {
  Sum: "sum",
  Count: "count",
  Average: "average",
  Max: "max",
  Min: "min",
  Product: "product",
  CountNumbers: "countNums",
  StandardDeviation: "stdDev",
  StandardDeviationP: "stdDevp",
  Variance: "var",
  VarianceP: "varp",
};
const FROM_SUBTOTAL: Record<string, PivotAggregation> = Object.fromEntries(
  Object.entries(SUBTOTAL).map(([k, v]) => [v, k as PivotAggregation]),
);

type Item = ReturnType<typeof uniqueItems>[number];

function sharedItemXml(v: Item): string {
  if (v === undefined) return "<m/>";
  if (typeof v === "number") return `<n v="${v}"/>`;
  if (typeof v === "boolean") return `<b v="${v ? 1 : 0}"/>`;
  if (v instanceof CellError) return `<e v="${esc(v.code)}"/>`;
  return `<s v="${esc(v)}"/>`;
}

/** sharedItems attributes per ECMA-376 §18.10.1.90 (defaults: semi-mixed/string true, number/blank false). */
function sharedItemsXml(src: PivotSource, f: number, listItems: boolean): string {
  const vals = src.records.map((r) => r[f]);
  const hasString = vals.some((v) => typeof v === "string");
  const hasNumber = vals.some((v) => typeof v === "number");
  const hasBlank = vals.some((v) => v === undefined);
  const hasOther = vals.some((v) => typeof v === "boolean" || v instanceof CellError);
  const nums = vals.filter((v): v is number => typeof v === "number");
  const types = [hasString, hasNumber, hasOther].filter(Boolean).length;
  const attrs: string[] = [];
  if (!hasString && !hasBlank && !hasOther) attrs.push('containsSemiMixedTypes="0"');
  if (!hasString) attrs.push('containsString="0"');
  if (hasBlank) attrs.push('containsBlank="1"');
  if (types > 1) attrs.push('containsMixedTypes="1"');
  if (hasNumber) {
    attrs.push('containsNumber="1"');
    if (nums.every(Number.isInteger)) attrs.push('containsInteger="1"');
    attrs.push(`minValue="${minOf(nums)}"`, `maxValue="${maxOf(nums)}"`);
  }
  if (!listItems) return `<sharedItems${attrs.length ? " " + attrs.join(" ") : ""}/>`;
  const items = uniqueItems(src, f);
  return `<sharedItems${attrs.length ? " " + attrs.join(" ") : ""} count="${items.length}">${items.map(sharedItemXml).join("")}</sharedItems>`;
}

export function cacheDefinitionXml(
  host: SimHost,
  p: PivotState,
): { xml: string; src: PivotSource; axisItems: Map<number, Item[]> } {
  const src = sourceOf(host, p);
  const onAxis = new Set([...p.rows, ...p.cols, ...p.filters].map((n) => fieldIndex(src, n)));
  const source =
    "table" in p.source
      ? `<worksheetSource name="${esc(p.source.table.name)}"/>`
      : `<worksheetSource ref="${formatRect(rect(src.rect.r0, src.rect.c0, Math.max(p.source.rect.r1, src.rect.r1), src.rect.c1))}" sheet="${esc(src.sheet.name)}"/>`;
  const axisItems = new Map<number, Item[]>();
  const fields = src.fields
    .map((name, f) => {
      if (onAxis.has(f)) axisItems.set(f, uniqueItems(src, f));
      return `<cacheField name="${esc(name)}" numFmtId="0">${sharedItemsXml(src, f, onAxis.has(f))}</cacheField>`;
    })
    .join("");
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotCacheDefinition xmlns="${NS}" xmlns:r="${NS_R}" saveData="0" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${src.records.length}">` +
    `<cacheSource type="worksheet">${source}</cacheSource>` +
    `<cacheFields count="${src.fields.length}">${fields}</cacheFields>` +
    `</pivotCacheDefinition>`;
  return { xml, src, axisItems };
}

export function pivotTableXml(
  p: PivotState,
  cacheId: number,
  src: PivotSource,
  axisItems: Map<number, Item[]>,
): string {
  const rowF = p.rows.map((n) => fieldIndex(src, n));
  const colF = p.cols.map((n) => fieldIndex(src, n));
  const pageF = p.filters.map((n) => fieldIndex(src, n));
  const dataF = new Set(p.data.map((d) => fieldIndex(src, d.field)));
  const compact = p.layoutType === "Compact";
  const pivotFields = src.fields
    .map((_n, f) => {
      const axis = rowF.includes(f)
        ? "axisRow"
        : colF.includes(f)
          ? "axisCol"
          : pageF.includes(f)
            ? "axisPage"
            : null;
      const attrs = [
        axis ? `axis="${axis}"` : "",
        dataF.has(f) ? 'dataField="1"' : "",
        compact ? "" : 'compact="0" outline="0"',
        'showAll="0"',
      ]
        .filter(Boolean)
        .join(" ");
      if (!axis) return `<pivotField ${attrs}/>`;
      const items = axisItems.get(f) ?? [];
      // x indexes the cache field's sharedItems, which are written in the same order.
      return `<pivotField ${attrs}><items count="${items.length + 1}">${items.map((_v, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField>`;
    })
    .join("");
  const loc = p.rendered ?? rect(p.dest.r, p.dest.c, p.dest.r + 17, p.dest.c + 2);
  const colFieldList = [...colF, ...(p.data.length > 1 ? [-2] : [])];
  const parts = [
    `<location ref="${formatRect(loc)}" firstHeaderRow="${p.layout.firstHeaderRow}" firstDataRow="${p.layout.firstDataRow}" firstDataCol="${p.layout.firstDataCol}"${pageF.length ? ` rowPageCount="${pageF.length}" colPageCount="1"` : ""}/>`,
    `<pivotFields count="${src.fields.length}">${pivotFields}</pivotFields>`,
    rowF.length
      ? `<rowFields count="${rowF.length}">${rowF.map((f) => `<field x="${f}"/>`).join("")}</rowFields>`
      : "",
    colFieldList.length
      ? `<colFields count="${colFieldList.length}">${colFieldList.map((f) => `<field x="${f}"/>`).join("")}</colFields>`
      : "",
    pageF.length
      ? `<pageFields count="${pageF.length}">${pageF.map((f) => `<pageField fld="${f}" hier="-1"/>`).join("")}</pageFields>`
      : "",
    p.data.length
      ? `<dataFields count="${p.data.length}">${p.data.map((d) => `<dataField name="${esc(d.name)}" fld="${fieldIndex(src, d.field)}" subtotal="${SUBTOTAL[d.summarizeBy]}" baseField="0" baseItem="0"/>`).join("")}</dataFields>`
      : "",
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>`,
  ];
  const layoutAttrs = compact
    ? 'outline="1" outlineData="1"'
    : 'compact="0" compactData="0" outline="0" outlineData="0"';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotTableDefinition xmlns="${NS}" name="${esc(p.name)}" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" ${layoutAttrs} multipleFieldFilters="0"${p.showRowGrandTotals ? "" : ' rowGrandTotals="0"'}${p.showColumnGrandTotals ? "" : ' colGrandTotals="0"'}>` +
    parts.join("") +
    `</pivotTableDefinition>`
  );
}

/** Adds every PivotTable of the workbook to the package. */
export async function writePivotParts(
  pkg: OoxmlPackage,
  host: SimHost,
  sheetParts: Map<string, string>,
): Promise<void> {
  let n = 0;
  const caches: string[] = [];
  for (const sheet of host.state.sheets) {
    const sheetPart = sheetParts.get(sheet.name);
    if (!sheetPart) continue;
    for (const p of sheet.pivots) {
      n += 1;
      const cacheId = n;
      const { xml: cacheXml, src, axisItems } = cacheDefinitionXml(host, p);
      const cachePart = `xl/pivotCache/pivotCacheDefinition${n}.xml`;
      const tablePart = `xl/pivotTables/pivotTable${n}.xml`;
      pkg.set(cachePart, cacheXml);
      pkg.set(tablePart, pivotTableXml(p, cacheId, src, axisItems));
      await pkg.addOverride(cachePart, CT.pivotCacheDefinition);
      await pkg.addOverride(tablePart, CT.pivotTable);
      const wbRel = await pkg.addRel(
        "xl/workbook.xml",
        REL.pivotCacheDefinition,
        `pivotCache/pivotCacheDefinition${n}.xml`,
      );
      await pkg.addRel(sheetPart, REL.pivotTable, `../pivotTables/pivotTable${n}.xml`);
      await pkg.addRel(tablePart, REL.pivotCacheDefinition, `../pivotCache/pivotCacheDefinition${n}.xml`);
      caches.push(`<pivotCache cacheId="${cacheId}" r:id="${wbRel}"/>`);
    }
  }
  if (!caches.length) return;
  const wb = (await pkg.text("xl/workbook.xml"))!;
  // CT_Workbook order: … definedNames, calcPr, oleSize, customWorkbookViews, pivotCaches, smartTagPr, …
  pkg.set(
    "xl/workbook.xml",
    insertBefore(
      wb,
      `<pivotCaches>${caches.join("")}</pivotCaches>`,
      ["smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"],
      "</workbook>",
    ),
  );
}

/** Reads PivotTables back from a package into the state (fields by name, report location). */
export async function readPivotParts(
  pkg: OoxmlPackage,
  state: SimWorkbookState,
  sheetParts: Map<string, string>,
): Promise<void> {
  for (const [sheetName, sheetPart] of sheetParts) {
    const sheet = findSheet(state, sheetName);
    if (!sheet) continue;
    for (const rel of await pkg.rels(sheetPart)) {
      if (rel.type !== REL.pivotTable) continue;
      const tablePart = resolveTarget(sheetPart, rel.target);
      const tableXml = await pkg.text(tablePart);
      const cacheRel = (await pkg.rels(tablePart)).find((r) => r.type === REL.pivotCacheDefinition);
      if (!tableXml || !cacheRel) continue;
      const cacheXml = await pkg.text(resolveTarget(tablePart, cacheRel.target));
      if (!cacheXml) continue;
      const p = parsePivot(state, sheet, parseXml(tableXml), parseXml(cacheXml));
      if (p) sheet.pivots.push(p);
    }
  }
}

function parsePivot(
  state: SimWorkbookState,
  sheet: SheetState,
  def: ReturnType<typeof parseXml>,
  cache: ReturnType<typeof parseXml>,
): PivotState | null {
  const srcNode = child(child(cache, "cacheSource") ?? cache, "worksheetSource");
  const fields = children(child(cache, "cacheFields") ?? cache, "cacheField").map((f) => f.attrs.name ?? "");
  let source: PivotState["source"] | null = null;
  if (srcNode?.attrs.name) {
    const t = findTable(state, srcNode.attrs.name);
    if (t) source = { table: t };
  } else if (srcNode?.attrs.ref) {
    const s = srcNode.attrs.sheet ? findSheet(state, srcNode.attrs.sheet) : sheet;
    const r = parseRect(srcNode.attrs.ref);
    if (s && r) source = { sheet: s, rect: r };
  }
  const locNode = child(def, "location");
  const loc = locNode?.attrs.ref ? parseRect(locNode.attrs.ref) : null;
  if (!source || !loc) return null;
  const fieldList = (name: string, attr: string): string[] =>
    children(
      child(def, name) ?? { name: "", attrs: {}, children: [], text: "" },
      name === "pageFields" ? "pageField" : "field",
    )
      .map((f) => Number(f.attrs[attr]))
      .filter((i) => i >= 0 && fields[i] !== undefined)
      .map((i) => fields[i]!);
  state.seq.pivot += 1;
  const data = children(
    child(def, "dataFields") ?? { name: "", attrs: {}, children: [], text: "" },
    "dataField",
  ).map((d, i) => ({
    id: `D${state.seq.pivot}_${i}`,
    name: d.attrs.name ?? "",
    field: fields[Number(d.attrs.fld)] ?? "",
    summarizeBy: FROM_SUBTOTAL[d.attrs.subtotal ?? "sum"] ?? "Sum",
    numberFormat: "General",
  }));
  const compact = def.attrs.compact !== "0";
  return {
    id: `{${String(state.seq.pivot).padStart(8, "0")}-9A7E-0000-0000-000000000000}`,
    name: def.attrs.name ?? `PivotTable${state.seq.pivot}`,
    sheet,
    dest: { r: loc.r0, c: loc.c0 },
    source,
    rows: fieldList("rowFields", "x"),
    cols: fieldList("colFields", "x"),
    filters: fieldList("pageFields", "fld"),
    data,
    layoutType: compact ? "Compact" : def.attrs.outline === "1" ? "Outline" : "Tabular",
    showRowGrandTotals: def.attrs.rowGrandTotals !== "0",
    showColumnGrandTotals: def.attrs.colGrandTotals !== "0",
    subtotalLocation: "AtTop",
    refreshOnOpen: cache.attrs.refreshOnLoad === "1",
    rendered: loc,
    layout: {
      firstHeaderRow: Number(locNode?.attrs.firstHeaderRow ?? 1),
      firstDataRow: Number(locNode?.attrs.firstDataRow ?? 1),
      firstDataCol: Number(locNode?.attrs.firstDataCol ?? 0),
    },
  };
}
