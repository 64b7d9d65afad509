/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these heuristics target add-in code; here values are read after an explicit load + sync */
/**
 * Worksheet.pageLayout (ExcelApi 1.9, Excel.PageLayout in @types/office-js) in the simulator, and its
 * round trip through .xlsx: pageSetup / printOptions / pageMargins / headerFooter elements and the
 * _xlnm.Print_Area / _xlnm.Print_Titles defined names (ECMA-376 Part 1 §18.3.1, §18.2.5).
 */
import JSZip from "jszip";
import { joinSections, splitSections } from "./page-layout-ooxml";
import { createSimulator } from "./simulator";
import { loadXlsx } from "./xlsx-load";
import { saveXlsx } from "./xlsx-save";

async function laidOut() {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem("Sheet1");
    s.name = "客户分类汇总";
    s.getRange("A1:C3").values = [
      ["title", "", ""],
      ["a", "b", "c"],
      [1, 2, 3],
    ];
    // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, not a read
    const p = s.pageLayout;
    p.orientation = "Landscape";
    p.paperSize = "A4";
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    p.setPrintMargins("Inches", { top: 1, bottom: 0.75, left: 0.5, right: 0.5, header: 0.4, footer: 0.3 });
    p.centerHorizontally = true;
    p.setPrintArea("A1:C3");
    p.setPrintTitleRows("$2:$2");
    p.headersFooters.defaultForAllPages.centerHeader = "客户分类汇总 && 报告";
    p.headersFooters.defaultForAllPages.leftFooter = "截止日 2024-06-30";
    p.headersFooters.defaultForAllPages.rightFooter = "第 &P 页，共 &N 页";
    await ctx.sync();
  });
  return sim;
}

describe("Worksheet.pageLayout", () => {
  test("properties read back after load + sync, margins in points", async () => {
    const sim = await laidOut();
    await sim.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("客户分类汇总").pageLayout;
      p.load("orientation, paperSize, zoom, topMargin, leftMargin, centerHorizontally");
      const titles = p.getPrintTitleRowsOrNullObject();
      titles.load("address");
      const hf = p.headersFooters.defaultForAllPages;
      hf.load("centerHeader, rightFooter");
      await ctx.sync();
      expect(p.orientation).toBe("Landscape");
      expect(p.paperSize).toBe("A4");
      expect(p.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      // 1 inch = 72 points.
      expect(p.topMargin).toBe(72);
      expect(p.leftMargin).toBe(36);
      expect(p.centerHorizontally).toBe(true);
      expect(titles.address).toBe("客户分类汇总!2:2");
      expect(hf.rightFooter).toBe("第 &P 页，共 &N 页");
    });
  });

  test("print titles must be whole rows; a scale outside 10–400 is refused", async () => {
    const sim = createSimulator();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleRows("A1:B2");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 5 };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("needs ExcelApi 1.9", () => {
    const sim = createSimulator(undefined, { requirementSets: { ExcelApi: "1.8" } });
    return expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("page layout in .xlsx", () => {
  test("written as the OOXML elements and _xlnm names Excel reads", async () => {
    const bytes = await saveXlsx((await laidOut()).workbook.state);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheet).toMatch(/<sheetPr[^>]*>.*<pageSetUpPr fitToPage="1"/);
    expect(sheet).toMatch(/<printOptions [^>]*horizontalCentered="1"/);
    expect(sheet).toMatch(
      /<pageMargins left="0.5" right="0.5" top="1" bottom="0.75" header="0.4" footer="0.3"/,
    );
    expect(sheet).toContain("<oddHeader>&amp;C客户分类汇总 &amp;&amp; 报告</oddHeader>");
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">客户分类汇总!$A$1:$C$3</definedName>',
    );
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">客户分类汇总!$2:$2</definedName>',
    );
    // One definedNames element (a second one makes the package invalid).
    expect(wb.match(/<definedNames>/g)).toHaveLength(1);
  });

  test("save → load gives back the same page layout", async () => {
    const before = (await laidOut()).workbook.state.sheets[0]!.pageLayout;
    const after = (await loadXlsx(await saveXlsx((await laidOut()).workbook.state))).sheets[0]!.pageLayout;
    expect(after).toEqual(before);
    // The print names are page layout, not user names.
    const state = await loadXlsx(await saveXlsx((await laidOut()).workbook.state));
    expect(state.names).toEqual([]);
  });

  test("a sheet without page setup stays without one", async () => {
    const sim = createSimulator();
    const state = await loadXlsx(await saveXlsx(sim.workbook.state));
    expect(state.sheets[0]!.pageLayout).toBeUndefined();
  });

  test("horizontal page breaks: above a row, written as rowBreaks (brk id = last row of the page), read back", async () => {
    const sim = await laidOut();
    await sim.run(async (ctx) => {
      const breaks = ctx.workbook.worksheets.getItem("客户分类汇总").horizontalPageBreaks;
      breaks.add("A3");
      breaks.add("B10:C12");
      await ctx.sync();
    });
    const state = sim.workbook.state;
    expect(state.sheets[0]!.rowBreaks).toEqual([2, 9]);
    const bytes = await saveXlsx(state);
    const sheet = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(
      /<rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"\/><brk id="9" max="16383" man="1"\/><\/rowBreaks>/,
    );
    expect((await loadXlsx(bytes)).sheets[0]!.rowBreaks).toEqual([2, 9]);
  });

  test("header/footer sections split and join (&& stays a literal ampersand)", () => {
    expect(joinSections("a", "b && c", "&P")).toBe("&La&Cb && c&R&P");
    expect(splitSections("&La&Cb && c&R&P / &N")).toEqual(["a", "b && c", "&P / &N"]);
    expect(splitSections("plain")).toEqual(["", "plain", ""]);
  });
});
