/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Conditional formats (ExcelApi 1.6), following the shapes in the reference and in
 * docs/excel/excel-add-ins-conditional-formatting.md: colorScale.criteria {minimum, midpoint?,
 * maximum}, dataBar bounds/colours, iconSet style/criteria (criteria[0] is ignored),
 * custom.rule.formula + custom.format, cellValue.rule {formula1, formula2?, operator} + format.
 */
import { createSimulator } from "./simulator";

test("each type stores its rule; the range's collection lists what intersects it, newest first", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B10");
    const cs = r.conditionalFormats.add("ColorScale");
    cs.colorScale.criteria = {
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "green" },
    };
    const db = r.conditionalFormats.add("DataBar");
    db.dataBar.barDirection = "LeftToRight";
    db.dataBar.positiveFormat.fillColor = "#4472C4";
    const ic = r.conditionalFormats.add("IconSet");
    ic.iconSet.style = "ThreeSymbols";
    ic.iconSet.criteria = [
      {} as never,
      { type: "Number", operator: "GreaterThanOrEqual", formula: "=700" },
      { type: "Number", operator: "GreaterThanOrEqual", formula: "=1000" },
    ];
    const cu = r.conditionalFormats.add("Custom");
    cu.custom.rule.formula = '=$C2="VIP"';
    cu.custom.format.fill.color = "#FFC7CE";
    cu.custom.format.font.color = "#9C0006";
    const cv = r.conditionalFormats.add("CellValue");
    cv.cellValue.format.font.bold = true;
    cv.cellValue.rule = { formula1: "=10", formula2: "=20", operator: "Between" };
    r.conditionalFormats.load("type");
    const count = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.getCount();
    cs.colorScale.load("criteria, threeColorScale");
    ic.iconSet.load("style, criteria");
    cu.custom.rule.load("formula");
    cu.custom.format.fill.load("color");
    cv.cellValue.load("rule");
    await ctx.sync();
    expect(r.conditionalFormats.items.map((c) => c.type)).toEqual([
      "CellValue",
      "Custom",
      "IconSet",
      "DataBar",
      "ColorScale",
    ]);
    expect(count.value).toBe(0);
    expect(cs.colorScale.threeColorScale).toBe(true);
    expect(cs.colorScale.criteria.maximum).toEqual({ type: "HighestValue", color: "#008000" });
    expect(ic.iconSet.criteria[1]).toEqual({
      type: "Number",
      operator: "GreaterThanOrEqual",
      formula: "=700",
    });
    expect([cu.custom.rule.formula, cu.custom.format.fill.color]).toEqual(['=$C2="VIP"', "#FFC7CE"]);
    expect(cv.cellValue.rule).toEqual({ formula1: "=10", formula2: "=20", operator: "Between" });
  });
});

test("a rule formula that does not parse is InvalidArgument; Between without formula2 too", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
    r.conditionalFormats.add("Custom").custom.rule.formula = "=(1+";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    r.conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=1", operator: "Between" };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("reading another type's object fails; the …OrNullObject variant is a null object", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const cf = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").conditionalFormats.add("DataBar");
    const isNull = cf.iconSetOrNullObject.load("style");
    await ctx.sync();
    expect(isNull.isNullObject).toBe(true);
    cf.iconSet.load("style");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

test("clearAll removes formats from the range's cells only; priority can be changed", async () => {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.getRange("A1:A10").conditionalFormats.add("DataBar");
    const second = s.getRange("C1:C3").conditionalFormats.add("ColorScale");
    second.priority = 1;
    s.getRange("A1:A5").conditionalFormats.clearAll();
    await ctx.sync();
  });
  const cfs = sim.workbook.state.sheets[0]!.cfs;
  expect(cfs.map((c) => c.type)).toEqual(["DataBar", "ColorScale"]);
  expect(cfs[0]!.rects).toEqual([{ r0: 5, c0: 0, r1: 9, c1: 0 }]);
});
