/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Save → load keeps what the workbook layer writes. Part names, relationship types and content
 * types are those of ECMA-376 Part 1 (§12.3 part summary; §18.10 pivot tables; §21.2 charts;
 * §22.5 custom XML); element order in pivot parts follows the CT_pivotTableDefinition and
 * CT_PivotCacheDefinition sequences.
 */
import JSZip from "jszip";
import { loadXlsx } from "./xlsx-load";
import { saveXlsx } from "./xlsx-save";
import { createSimulator } from "./simulator";
import { children, child, parseXml } from "./xml";

async function build() {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.name = "客户";
    s.getRange("A1:E5").values = [
      ["ID", "Name", "Revenue", "Since", "Share"],
      ["00123", "Acme", 1200.5, 45356, "=C2/SUM(C$2:C$5)"],
      ["00124", "Beta", 300, 45000, "=C3/SUM(C$2:C$5)"],
      ["00125", "Gamma", 0, 44000, "=C4/SUM(C$2:C$5)"],
      ["00126", "Delta", 99.5, 43000, "=C5/SUM(C$2:C$5)"],
    ];
    s.getRange("A2:A5").numberFormat = [["@"], ["@"], ["@"], ["@"]];
    s.getRange("A2:A5").values = [["00123"], ["00124"], ["00125"], ["00126"]];
    s.getRange("D2:D5").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]];
    s.getRange("E2:E5").numberFormat = [["0.0%"], ["0.0%"], ["0.0%"], ["0.0%"]];
    s.getRange("A1:E1").format.font.bold = true;
    s.getRange("A1:E1").format.fill.color = "#DDEBF7";
    s.getRange("B:B").format.columnWidth = 120;
    s.getRange("4:4").rowHidden = true;
    s.getRange("G1:H1").merge();
    s.tabColor = "#00B050";
    s.freezePanes.freezeRows(1);
    const t = s.tables.add("A1:E5", true);
    t.name = "Customers";
    t.style = "TableStyleLight9";
    const cs = s.getRange("C2:C5").conditionalFormats.add("ColorScale");
    cs.colorScale.criteria = {
      minimum: { type: "LowestValue", color: "#FFFFFF" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    };
    const ic = s.getRange("E2:E5").conditionalFormats.add("IconSet");
    ic.iconSet.style = "ThreeArrows";
    const cu = s.getRange("B2:B5").conditionalFormats.add("Custom");
    cu.custom.rule.formula = "=$C2>1000";
    cu.custom.format.fill.color = "#FFC7CE";
    cu.custom.format.font.color = "#9C0006";
    const cv = s.getRange("C2:C5").conditionalFormats.add("CellValue");
    cv.cellValue.rule = { formula1: "=0", operator: "EqualTo" };
    cv.cellValue.format.font.italic = true;
    s.getRange("C2:C5").conditionalFormats.add("DataBar");
    ctx.workbook.names.add("Revenue", s.getRange("C2:C5"));
    const hidden = ctx.workbook.worksheets.add("_state");
    hidden.visibility = "VeryHidden";
    ctx.workbook.settings.add("standard", { version: 1, abc: { a: 0.8, b: 0.95 } });
    ctx.workbook.customXmlParts.add('<run xmlns="urn:custclass:run"><asOf>2011-12-10</asOf></run>');
    const sum = ctx.workbook.worksheets.add("Summary");
    const pt = sum.pivotTables.add("RevenueByName", "客户!A1:E5", "Summary!A3");
    pt.rowHierarchies.add(pt.hierarchies.getItem("Name"));
    pt.dataHierarchies.add(pt.hierarchies.getItem("Revenue"));
    const ch = sum.charts.add("Pie", s.getRange("B1:C5"), "Columns");
    ch.title.text = "Revenue share";
    ctx.application.calculationMode = "Manual";
    s.activate();
    await ctx.sync();
  });
  return sim;
}

describe("round trip", () => {
  let saved: Uint8Array;
  let sim: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    sim = await build();
    saved = await saveXlsx(sim.workbook.state);
  });

  test("cells: values, formulas with results, text stays text, formats and widths", async () => {
    const back = createSimulator(await loadXlsx(saved));
    const wb = back.workbook;
    expect(wb.sheetNames()).toEqual(["客户", "_state", "Summary"]);
    expect(wb.getValues("客户!A2:D2")).toEqual([["00123", "Acme", 1200.5, 45356]]);
    expect(wb.getFormulas("客户!E2")).toEqual([["=C2/SUM(C$2:C$5)"]]);
    // 1200.5 / (1200.5 + 300 + 0 + 99.5) = 0.75 → "75.0%"
    expect(wb.getText("客户!D2:E2")).toEqual([["2024-03-05", "75.0%"]]);
    expect(wb.getNumberFormats("客户!A2")).toEqual([["@"]]);
    await back.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("客户");
      const h = s.getRange("A1").load("format/font/bold, format/fill/color");
      const b = s.getRange("B1").load("format/columnWidth");
      const r4 = s.getRange("A4").load("rowHidden");
      const merged = s.getRange("G1:H1").getMergedAreasOrNullObject().load("address");
      s.load("tabColor, visibility");
      const st = ctx.workbook.worksheets.getItem("_state").load("visibility");
      await ctx.sync();
      expect([h.format.font.bold, h.format.fill.color]).toEqual([true, "#DDEBF7"]);
      expect(b.format.columnWidth).toBeCloseTo(120, 0);
      expect([r4.rowHidden, merged.address, s.tabColor, st.visibility]).toEqual([
        true,
        "客户!G1:H1",
        "#00B050",
        "VeryHidden",
      ]);
    });
  });

  test("tables, conditional formats, names, freeze panes, calculation mode, active sheet", async () => {
    const state = await loadXlsx(saved);
    const s = state.sheets[0]!;
    expect(s.tables.map((t) => [t.name, t.style, t.columns.map((c) => c.name)])).toEqual([
      ["Customers", "TableStyleLight9", ["ID", "Name", "Revenue", "Since", "Share"]],
    ]);
    expect(s.cfs.map((c) => c.type)).toEqual(["DataBar", "CellValue", "Custom", "IconSet", "ColorScale"]);
    const custom = s.cfs.find((c) => c.type === "Custom")!;
    expect([custom.rule?.formula, custom.format?.fillColor, custom.format?.fontColor]).toEqual([
      "=$C2>1000",
      "#FFC7CE",
      "#9C0006",
    ]);
    expect(s.cfs.find((c) => c.type === "IconSet")!.iconSet!.style).toBe("ThreeArrows");
    expect(s.cfs.find((c) => c.type === "CellValue")!.rule).toEqual({ operator: "EqualTo", formula1: "=0" });
    expect(state.names.map((n) => [n.name, n.formula])).toEqual([["Revenue", "=客户!$C$2:$C$5"]]);
    expect([s.freezeRows, state.calculationMode, state.activeSheet?.name]).toEqual([1, "Manual", "客户"]);
  });

  test("settings and custom XML parts come back; the package holds them as customXml parts", async () => {
    const state = await loadXlsx(saved);
    expect(createSimulator(state).workbook.settings()).toEqual({
      standard: { version: 1, abc: { a: 0.8, b: 0.95 } },
    });
    expect(state.customXmlParts.map((p) => p.xml)).toEqual([
      '<run xmlns="urn:custclass:run"><asOf>2011-12-10</asOf></run>',
    ]);
    const zip = await JSZip.loadAsync(saved);
    const items = Object.keys(zip.files).filter((f) => /^customXml\/item\d+\.xml$/.test(f));
    expect(items).toHaveLength(2);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels.match(/relationships\/customXml"/g)).toHaveLength(2);
  });

  test("the PivotTable is written as real, well-formed OOXML parts wired to the workbook", async () => {
    const zip = await JSZip.loadAsync(saved);
    const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
    const def = parseXml(await text("xl/pivotTables/pivotTable1.xml"));
    const cache = parseXml(await text("xl/pivotCache/pivotCacheDefinition1.xml"));
    const wb = parseXml(await text("xl/workbook.xml"));
    expect(def.attrs.name).toBe("RevenueByName");
    expect(child(def, "location")!.attrs).toMatchObject({
      ref: "A3:B8",
      firstHeaderRow: "1",
      firstDataRow: "1",
      firstDataCol: "1",
    });
    // Sequence per CT_pivotTableDefinition: location, pivotFields, rowFields, …, dataFields, …, pivotTableStyleInfo
    expect(def.children.map((c) => c.name)).toEqual([
      "location",
      "pivotFields",
      "rowFields",
      "dataFields",
      "pivotTableStyleInfo",
    ]);
    const fields = children(child(def, "pivotFields")!, "pivotField");
    expect(fields.map((f) => f.attrs.axis ?? "")).toEqual(["", "axisRow", "", "", ""]);
    // Items: one per distinct Name (4) plus the default subtotal item.
    expect(children(child(fields[1]!, "items")!, "item")).toHaveLength(5);
    expect(children(child(def, "dataFields")!, "dataField")[0]!.attrs).toMatchObject({
      name: "Sum of Revenue",
      fld: "2",
      subtotal: "sum",
    });
    expect(cache.attrs).toMatchObject({ refreshOnLoad: "1", saveData: "0" });
    expect(child(child(cache, "cacheSource")!, "worksheetSource")!.attrs).toEqual({
      ref: "A1:E5",
      sheet: "客户",
    });
    const nameField = children(child(cache, "cacheFields")!, "cacheField")[1]!;
    expect(children(child(nameField, "sharedItems")!, "s").map((s) => s.attrs.v)).toEqual([
      "Acme",
      "Beta",
      "Delta",
      "Gamma",
    ]);
    const pc = child(child(wb, "pivotCaches")!, "pivotCache")!;
    const wbRels = await text("xl/_rels/workbook.xml.rels");
    expect(wbRels).toContain(
      `Id="${pc.attrs["r:id"]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"`,
    );
    expect(await text("xl/pivotTables/_rels/pivotTable1.xml.rels")).toContain(
      'Target="../pivotCache/pivotCacheDefinition1.xml"',
    );
    expect(await text("xl/worksheets/_rels/sheet3.xml.rels")).toContain(
      'relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"',
    );
    const ct = await text("[Content_Types].xml");
    expect(ct).toContain(
      'PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"',
    );
    expect(ct).toContain(
      'PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"',
    );
    // CT_Workbook: definedNames before calcPr before pivotCaches
    const order = wb.children.map((c) => c.name);
    expect(order.indexOf("definedNames")).toBeLessThan(order.indexOf("calcPr"));
    expect(order.indexOf("calcPr")).toBeLessThan(order.indexOf("pivotCaches"));
  });

  test("the PivotTable and chart load back with their fields and positions", async () => {
    const state = await loadXlsx(saved);
    const sum = state.sheets.find((s) => s.name === "Summary")!;
    const p = sum.pivots[0]!;
    expect([p.name, p.rows, p.cols, p.data.map((d) => [d.name, d.field, d.summarizeBy])]).toEqual([
      "RevenueByName",
      ["Name"],
      [],
      [["Sum of Revenue", "Revenue", "Sum"]],
    ]);
    const back = createSimulator(state);
    expect(back.workbook.getValues("Summary!A3:B8")).toEqual([
      ["Row Labels", "Sum of Revenue"],
      ["Acme", 1200.5],
      ["Beta", 300],
      ["Delta", 99.5],
      ["Gamma", 0],
      ["Grand Total", 1600], // 1200.5 + 300 + 99.5 + 0
    ]);
    const ch = sum.charts[0]!;
    expect([ch.type, ch.title.text, ch.source.sheet.name, ch.source.rect]).toEqual([
      "Pie",
      "Revenue share",
      "客户",
      { r0: 0, c0: 1, r1: 4, c1: 2 },
    ]);
  });

  test("a saved, loaded and saved-again workbook is stable", async () => {
    const once = await loadXlsx(saved);
    const twice = await loadXlsx(await saveXlsx(once));
    const a = createSimulator(once).workbook;
    const b = createSimulator(twice).workbook;
    expect(b.getValues("客户!A1:E5")).toEqual(a.getValues("客户!A1:E5"));
    expect(b.getValues("Summary!A3:B8")).toEqual(a.getValues("Summary!A3:B8"));
    expect(
      twice.sheets.map((s) => [s.tables.length, s.cfs.length, s.pivots.length, s.charts.length]),
    ).toEqual(once.sheets.map((s) => [s.tables.length, s.cfs.length, s.pivots.length, s.charts.length]));
  });
});

describe("add-in settings in the web extension part", () => {
  test("with the add-in's identity, settings are saved as we:property entries and read back", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      ctx.workbook.settings.add("mapping", { id: "客户编号" });
      await ctx.sync();
    });
    const id = "9b6c1f0e-7f1a-4d8e-9a55-0c1d2e3f4a5b";
    const bytes = await saveXlsx(sim.workbook.state, { addin: { id } });
    const zip = await JSZip.loadAsync(bytes);
    const we = parseXml(await zip.file("xl/webextensions/webextension1.xml")!.async("string"));
    expect(child(we, "reference")!.attrs).toMatchObject({ id, store: "developer", storeType: "Registry" });
    expect(children(child(we, "properties")!, "property").map((p) => p.attrs)).toEqual([
      { name: "mapping", value: '{"id":"客户编号"}' },
    ]);
    expect(await zip.file("_rels/.rels")!.async("string")).toContain("relationships/webextensiontaskpanes");
    expect(Object.keys(zip.files).some((f) => f.startsWith("customXml/"))).toBe(false);
    expect(createSimulator(await loadXlsx(bytes)).workbook.settings()).toEqual({
      mapping: { id: "客户编号" },
    });
  });
});
