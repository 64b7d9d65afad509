/** The enum shim carries Office.js's member names/values, so layer code using Excel.X.y runs in Node. */
import { excelEnums, installExcelGlobals } from "./excel-enums";
import { createSimulator } from "./simulator";

test("enum values are the strings Excel uses", () => {
  expect(excelEnums.ConditionalFormatType.colorScale).toBe("ColorScale");
  expect(excelEnums.AggregationFunction.sum).toBe("Sum");
  expect(excelEnums.ErrorCodes.itemNotFound).toBe("ItemNotFound");
});

test("installExcelGlobals gives layer code an Excel.run and enums, and restores afterwards", async () => {
  const sim = createSimulator();
  const restore = installExcelGlobals(sim);
  try {
    const X = (globalThis as unknown as { Excel: typeof Excel }).Excel;
    await X.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      r.conditionalFormats.add(X.ConditionalFormatType.dataBar);
      await ctx.sync();
    });
    expect(sim.workbook.state.sheets[0]!.cfs.map((c) => c.type)).toEqual(["DataBar"]);
  } finally {
    restore();
  }
  expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
});
