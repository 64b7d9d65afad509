/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Range navigation, insert/delete, clear, merge, hidden rows/columns and formats.
 * Expected addresses follow the Range reference (learn.microsoft.com/javascript/api/excel/excel.range):
 * e.g. "if the current range represents cells B4:E11, its getEntireColumn is a range that represents
 * columns B:E"; "the last row of B2:D5 is B5:D5"; insert "shifts the other cells to make space".
 */
import { createSimulator } from "./simulator";

type Ctx = Excel.RequestContext;

async function addresses(build: (ctx: Ctx) => Excel.Range[]): Promise<string[]> {
  const sim = createSimulator();
  return sim.run(async (ctx) => {
    const rs = build(ctx);
    rs.forEach((r) => r.load("address"));
    await ctx.sync();
    return rs.map((r) => r.address);
  });
}

describe("navigation", () => {
  test("derived ranges have Excel's addresses", async () => {
    const got = await addresses((ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("B4:E11");
      return [
        r.getEntireColumn(),
        r.getEntireRow(),
        s.getRange("B2:D5").getLastRow(),
        s.getRange("B2:D5").getLastColumn(),
        s.getRange("B2:D5").getLastCell(),
        r.getCell(1, 2),
        r.getRow(0),
        r.getColumn(3),
        r.getResizedRange(1, -1),
        r.getOffsetRange(2, 1),
        r.getIntersection("D1:Z5"),
        s.getRange("B2:C5").getBoundingRect("D10:E15"),
        s.getRangeByIndexes(0, 0, 2, 3),
        s.getRange("$C$3"),
        r.getRowsAbove(2),
        r.getColumnsAfter(),
      ];
    });
    expect(got).toEqual([
      "Sheet1!B:E",
      "Sheet1!4:11",
      "Sheet1!B5:D5",
      "Sheet1!D2:D5",
      "Sheet1!D5",
      "Sheet1!D5",
      "Sheet1!B4:E4",
      "Sheet1!E4:E11",
      "Sheet1!B4:D12",
      "Sheet1!C6:F13",
      "Sheet1!D4:E5",
      "Sheet1!B2:E15", // the docs' getBoundingRect example
      "Sheet1!A1:C2",
      "Sheet1!C3",
      "Sheet1!B2:E3",
      "Sheet1!F4:F11",
    ]);
  });

  test("sheet names that need quotes are quoted in addresses; CJK names are not", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.add("My Sheet");
      ctx.workbook.worksheets.add("销售明细");
      const a = ctx.workbook.worksheets.getItem("My Sheet").getRange("A1:B2").load("address");
      const b = ctx.workbook.worksheets.getItem("销售明细").getRange("C3").load("address");
      await ctx.sync();
      expect([a.address, b.address]).toEqual(["'My Sheet'!A1:B2", "销售明细!C3"]);
    });
  });

  test("moving off the grid is InvalidArgument; an empty intersection is a null object", async () => {
    const sim = createSimulator();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:B2")
        .getIntersectionOrNullObject("D4:E5");
      await ctx.sync();
      expect(r.isNullObject).toBe(true);
    });
  });

  test("used range: values only vs. formats too; empty range → ItemNotFound / null object", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!B2:C3", [
      [1, 2],
      [3, ""],
    ]);
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("E7").format.fill.color = "yellow";
      const all = s.getUsedRange().load("address");
      const vals = s.getUsedRange(true).load("address");
      const none = s.getRange("H1:J3").getUsedRangeOrNullObject();
      await ctx.sync();
      expect([all.address, vals.address, none.isNullObject]).toEqual(["Sheet1!B2:E7", "Sheet1!B2:C3", true]);
      s.getRange("H1:J3").getUsedRange().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("getSurroundingRegion finds the block around a cell (Ctrl+A's current region)", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!B3:D6", [
      ["ID", "Name", "Amt"],
      [1, "a", 5],
      [2, "b", 6],
      [3, "c", 7],
    ]);
    sim.workbook.setValues("Sheet1!G1", [["far"]]);
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("C4")
        .getSurroundingRegion()
        .load("address");
      await ctx.sync();
      expect(r.address).toBe("Sheet1!B3:D6");
    });
  });
});

describe("insert and delete", () => {
  test("inserting whole rows moves cells, tables, formulas and names down", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:B4", [
      ["Name", "Amt"],
      ["a", 1],
      ["b", 2],
      ["Total", "=SUM(B2:B3)"],
    ]);
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.tables.add("A1:B3", true);
      ctx.workbook.names.add("Amounts", s.getRange("B2:B3"));
      const blank = s.getRange("3:3").insert("Down"); // inside the table: it grows
      blank.load("address");
      await ctx.sync();
      expect(blank.address).toBe("Sheet1!3:3");
    });
    expect(sim.workbook.getFormulas("Sheet1!B5")).toEqual([["=SUM(B2:B4)"]]);
    expect(sim.workbook.tables()[0]!.address).toBe("Sheet1!A1:B4");
    expect(sim.workbook.state.names[0]!.formula).toBe("=Sheet1!$B$2:$B$4");
    expect(sim.workbook.getValues("Sheet1!A4:B5")).toEqual([
      ["b", 2],
      ["Total", 3],
    ]);
  });

  test("Right-shifting part of a table is refused with InsertDeleteConflict; nothing moves", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:B3", [
      ["H1", "H2"],
      [1, 2],
      [3, 4],
    ]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
      await ctx.sync();
    });
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A2").insert("Right");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(sim.workbook.getValues("Sheet1!A2:B2")).toEqual([[1, 2]]);
  });

  test("deleting referenced cells turns references into #REF!", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:C1", [[1, 2, "=B1*2"]]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B:B").delete("Left");
      await ctx.sync();
    });
    expect(sim.workbook.getFormulas("Sheet1!B1")).toEqual([["=#REF!*2"]]);
  });

  test("a tracked range whose cells were deleted fails with InvalidReference", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A5");
      await ctx.sync();
      s.getRange("4:6").delete("Up");
      r.load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidReference" });
    });
  });
});

describe("clear, merge, hidden, select", () => {
  test("clear('Contents') keeps formats; clear() removes both", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A1:B1");
      r.values = [[1, 2]];
      r.format.font.bold = true;
      r.clear("Contents");
      r.load("values, format/font/bold");
      await ctx.sync();
      expect([r.values, r.format.font.bold]).toEqual([[["", ""]], true]);
      r.clear();
      r.load("format/font/bold");
      await ctx.sync();
      expect(r.format.font.bold).toBe(false);
    });
  });

  test("merge keeps the upper-left value; getMergedAreasOrNullObject reports the area", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:B1", [["keep", "drop"]]);
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.merge();
      const areas = r.getMergedAreasOrNullObject().load("address, areaCount");
      const vals = r.load("values");
      await ctx.sync();
      expect(areas.address).toBe("Sheet1!A1:B2");
      expect(vals.values).toEqual([
        ["keep", ""],
        ["", ""],
      ]);
    });
  });

  test("rowHidden/columnHidden: true, false, or null when mixed", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("2:3").rowHidden = true;
      s.getRange("C:C").columnHidden = true;
      const a = s.getRange("A2:A3").load("rowHidden");
      const b = s.getRange("A1:A3").load("rowHidden");
      const c = s.getRange("A1").load("rowHidden, columnHidden");
      const d = s.getRange("C1").load("columnHidden");
      await ctx.sync();
      expect([a.rowHidden, b.rowHidden, c.rowHidden, c.columnHidden, d.columnHidden]).toEqual([
        true,
        null,
        false,
        false,
        true,
      ]);
    });
  });

  test("select() sets the selection that getSelectedRange() returns and activates the sheet", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s2 = ctx.workbook.worksheets.add("Data");
      s2.getRange("C3:D4").select();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect([sel.address, active.name]).toEqual(["Data!C3:D4", "Data"]);
    });
  });
});

describe("formats", () => {
  test("font, fill, alignment, wrap; mixed values read as null", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A1:B1");
      r.format.font.set({ bold: true, color: "red", name: "Arial", size: 12 });
      r.format.fill.color = "#ffff00";
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      s.getRange("B1").format.font.italic = true;
      r.load(
        "format/font/bold, format/font/color, format/font/name, format/font/size, format/font/italic, format/fill/color, format/horizontalAlignment, format/wrapText",
      );
      await ctx.sync();
      expect(r.format.font.toJSON()).toEqual({
        bold: true,
        color: "#FF0000",
        name: "Arial",
        size: 12,
        italic: null,
      });
      expect([r.format.fill.color, r.format.horizontalAlignment, r.format.wrapText]).toEqual([
        "#FFFF00",
        "Center",
        true,
      ]);
    });
  });

  test("an unknown colour or alignment is InvalidArgument", async () => {
    const sim = createSimulator();
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "not-a-colour";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("column width and row height are in points; the default width is 48 pt (8.43 characters = 64 px)", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const a = s.getRange("A1").load("format/columnWidth, format/rowHeight");
      s.getRange("B:C").format.columnWidth = 100;
      s.getRange("3:3").format.rowHeight = 30;
      const b = s.getRange("B1:C1").load("format/columnWidth");
      const mixed = s.getRange("A1:B1").load("format/columnWidth");
      const h = s.getRange("A3").load("format/rowHeight");
      await ctx.sync();
      expect([
        a.format.columnWidth,
        a.format.rowHeight,
        b.format.columnWidth,
        mixed.format.columnWidth,
        h.format.rowHeight,
      ]).toEqual([48, 15, 100, null, 30]);
    });
  });

  test("autofitColumns widens a column to its longest text", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1:A2").values = [["short"], ["a considerably longer text"]];
      s.getRange("A:A").format.autofitColumns();
      const r = s.getRange("A1").load("format/columnWidth");
      await ctx.sync();
      // 26 characters × 7 px + 5 px = 187 px = 140.25 pt
      expect(r.format.columnWidth).toBeCloseTo(140.25, 2);
    });
  });

  test("borders: edges of the range and inside lines", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      r.format.borders.getItem("EdgeBottom").style = "Continuous";
      r.format.borders.getItem("InsideVertical").color = "#0000FF";
      const bottom = r.format.borders.getItem("EdgeBottom").load("style, weight");
      const top = r.format.borders.getItem("EdgeTop").load("style");
      const inside = r.format.borders.getItem("InsideVertical").load("style, color");
      await ctx.sync();
      expect([bottom.style, bottom.weight, top.style, inside.style, inside.color]).toEqual([
        "Continuous",
        "Thin",
        "None",
        "Continuous",
        "#0000FF",
      ]);
    });
  });

  test("numberFormat on a whole column applies to cells written later (Text column keeps IDs as text)", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A:A").numberFormat = "@" as never;
      s.getRange("A1:A2").values = [["00123"], ["=1+1"]];
      await ctx.sync();
    });
    expect(sim.workbook.getValues("Sheet1!A1:A2")).toEqual([["00123"], ["=1+1"]]);
  });
});
