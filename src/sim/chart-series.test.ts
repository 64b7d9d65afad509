/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- values are read after an explicit load + sync */
/**
 * ChartSeries.chartType / axisGroup (ExcelApi 1.7 / 1.8): a Pareto chart — columns of values with the
 * cumulative share as a line on the secondary axis — written as one plot area with a barChart on the
 * primary axes and a lineChart on secondary ones (ECMA-376 Part 1 §21.2.2: plotArea holds several chart
 * elements, each naming its two axes), and read back.
 */
import JSZip from "jszip";
import { createSimulator } from "./simulator";
import { loadXlsx } from "./xlsx-load";
import { saveXlsx } from "./xlsx-save";

async function pareto() {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.getRange("A1:C4").values = [
      ["Product", "Revenue", "Cumulative"],
      ["P1", 600, 0.6],
      ["P2", 300, 0.9],
      ["P3", 100, 1],
    ];
    const chart = s.charts.add("ColumnClustered", s.getRange("A1:C4"), "Columns");
    const cum = chart.series.getItemAt(1);
    cum.chartType = "Line";
    cum.axisGroup = "Secondary";
    await ctx.sync();
  });
  return sim;
}

test("series read back their type and axis group; the collection counts the source's series", async () => {
  const sim = await pareto();
  await sim.run(async (ctx) => {
    const series = ctx.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).series;
    series.load("count");
    const first = series.getItemAt(0);
    const second = series.getItemAt(1);
    first.load("chartType, axisGroup");
    second.load("chartType, axisGroup");
    await ctx.sync();
    expect(series.count).toBe(2);
    expect([first.chartType, first.axisGroup]).toEqual(["ColumnClustered", "Primary"]);
    expect([second.chartType, second.axisGroup]).toEqual(["Line", "Secondary"]);
  });
});

test("getItemAt beyond the series fails", async () => {
  const sim = await pareto();
  await expect(
    sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).series.getItemAt(2).chartType = "Line";
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("written as a barChart (primary axes) and a lineChart (secondary axes, value axis on the right)", async () => {
  const bytes = await saveXlsx((await pareto()).workbook.state);
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/charts/chart1.xml")!.async("string");
  const bar = /<c:barChart>.*?<\/c:barChart>/.exec(xml)?.[0] ?? "";
  const line = /<c:lineChart>.*?<\/c:lineChart>/.exec(xml)?.[0] ?? "";
  expect(bar.match(/<c:ser>/g)).toHaveLength(1);
  expect(bar).toContain("Sheet1!$B$2:$B$4");
  expect(bar).toContain('<c:axId val="500000001"/><c:axId val="500000002"/>');
  expect(line.match(/<c:ser>/g)).toHaveLength(1);
  expect(line).toContain("Sheet1!$C$2:$C$4");
  expect(line).toContain('<c:axId val="500000003"/><c:axId val="500000004"/>');
  expect(xml).toMatch(
    /<c:valAx><c:axId val="500000004"\/>.*?<c:axPos val="r"\/>.*?<c:crosses val="max"\/><\/c:valAx>/,
  );
  expect(xml).toMatch(
    /<c:catAx><c:axId val="500000003"\/><c:scaling><c:orientation val="minMax"\/><\/c:scaling><c:delete val="1"\/>/,
  );
});

test("save → load keeps the source range and the series overrides", async () => {
  const state = await loadXlsx(await saveXlsx((await pareto()).workbook.state));
  const ch = state.sheets[0]!.charts[0]!;
  expect(ch.type).toBe("ColumnClustered");
  expect(ch.source.rect).toEqual({ r0: 0, c0: 0, r1: 3, c1: 2 });
  expect(ch.series).toEqual([undefined, { chartType: "Line", axisGroup: "Secondary" }]);
});
