/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Charts (ExcelApi 1.1): ChartCollection.add(type, sourceData, seriesBy) with a name "Chart <n>",
 * the default 360 × 216 pt size (Excel's 5 × 3 in chart), title text, setPosition(start, end).
 */
import { createSimulator } from "./simulator";

test("add, title, setPosition, getItem, delete", async () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:B4", [
    ["Class", "Count"],
    ["A", 3],
    ["B", 2],
    ["C", 1],
  ]);
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    const ch = s.charts.add("ColumnClustered", s.getRange("A1:B4"), "Auto");
    ch.title.text = "Customers per class";
    ch.setPosition("D2", "J15");
    ch.load("name, width, height, top, left, chartType");
    ch.title.load("text, visible");
    await ctx.sync();
    expect([ch.name, ch.chartType, ch.title.text, ch.title.visible]).toEqual([
      "Chart 1",
      "ColumnClustered",
      "Customers per class",
      true,
    ]);
    // D2 is 3 columns × 48 pt right and 1 row × 15 pt down; D2:J15 spans 7 columns and 14 rows.
    expect([ch.left, ch.top, ch.width, ch.height]).toEqual([144, 15, 336, 210]);
    const again = s.charts.getItem("Chart 1").load("id");
    await ctx.sync();
    expect(again.id).toBeTruthy();
    again.delete();
    const n = s.charts.getCount();
    await ctx.sync();
    expect(n.value).toBe(0);
  });
});
