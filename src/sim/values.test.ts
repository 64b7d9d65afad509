/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * What writing Range.values does. Excel parses a written string as if typed into the cell:
 *  - "=…" is a formula; with a Text ("@") number format the string stays text (Excel: cells
 *    formatted as Text are "treated as text even when a number is in the cell").
 *  - null leaves a cell unchanged, "" clears it (docs: excel-add-ins-blank-null-values).
 *  - A 2-D array must match the range (InvalidArgument otherwise); a single value fills the range.
 * How a layer writes user text safely: set numberFormat "@" on the cells first, then the values
 * (test "text format protects user text").
 */
import { createSimulator } from "./simulator";

async function write(values: unknown[][], address = "A1", numberFormat?: string) {
  const sim = createSimulator();
  await sim.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat) r.numberFormat = [[numberFormat]];
    r.values = values;
    await ctx.sync();
  });
  return sim;
}

async function cell(raw: unknown, numberFormat?: string) {
  const sim = await write([[raw]], "A1", numberFormat);
  return {
    value: sim.workbook.getValues("Sheet1!A1")[0]![0],
    formula: sim.workbook.getFormulas("Sheet1!A1")[0]![0],
    text: sim.workbook.getText("Sheet1!A1")[0]![0],
    format: sim.workbook.getNumberFormats("Sheet1!A1")[0]![0],
  };
}

describe("entry rules for written strings", () => {
  test.each([
    // [written, value, formula] — expected per Excel's typing behaviour (see value-input.ts)
    ["=1+1", 2, "=1+1"],
    ["=SUM(1,2,3)", 6, "=SUM(1,2,3)"],
    ["+1", 1, 1], // a leading sign is part of a typed number (why "+44…" phone numbers lose the "+")
    ["-1", -1, -1],
    ["-abc", "#NAME?", "=-abc"],
    ["+A1", 0, "=+A1"],
    ["00123", 123, 123],
    ["1,234", 1234, 1234],
    ["1,234.50", 1234.5, 1234.5],
    ["12%", 0.12, 0.12],
    ["(500)", -500, -500],
    ["1e3", 1000, 1000],
    ["TRUE", true, true],
    ["false", false, false],
    ["abc", "abc", "abc"],
    ["¥5,000", "¥5,000", "¥5,000"], // en-US entry does not read ¥ amounts
  ])("%j → value %j, formula %j", async (raw, value, formula) => {
    const c = await cell(raw);
    expect(c.value).toEqual(value);
    expect(c.formula).toEqual(formula);
  });

  test("a string that is not a valid formula is refused with InvalidArgument", async () => {
    await expect(write([["=1+"]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write([["-- note --"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("text format protects user text: nothing is parsed", async () => {
    for (const raw of ["=1+1", "+1", "-abc", "00123", "1,234", "2024-03-05", "TRUE"]) {
      const c = await cell(raw, "@");
      expect([c.value, c.formula, c.text]).toEqual([raw, raw, raw]);
    }
  });

  test("a leading apostrophe stores the rest as text (Excel's quote prefix)", async () => {
    const c = await cell("'=1+1");
    expect([c.value, c.formula]).toEqual(["=1+1", "=1+1"]);
  });

  test("typed amounts get Excel's automatic number format", async () => {
    expect((await cell("12%")).format).toBe("0%");
    expect((await cell("1,234")).format).toBe("#,##0");
    expect((await cell("$1,234.50")).text).toBe("$1,234.50");
  });

  test("dates typed as text become serials with a date format (1900 date system)", async () => {
    // Excel's DATE doc: "January 1, 2008 is serial number 39448"; 2024-03-05 = 39448 + 5907 days.
    const a = await cell("2008-01-01");
    expect(a.value).toBe(39448);
    expect(a.text).toBe("2008-01-01");
    const b = await cell("2024/3/5");
    expect(b.value).toBe(45356);
    expect(b.text).toBe("2024/3/5");
    const us = await cell("3/5/2024");
    expect(us.value).toBe(45356);
  });
});

describe("null, empty string, shapes", () => {
  test("null leaves the cell, '' clears it", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:C1", [["a", "b", "c"]]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [[null, "", "z"]];
      await ctx.sync();
    });
    expect(sim.workbook.getValues("Sheet1!A1:C1")).toEqual([["a", "", "z"]]);
  });

  test("NaN and Infinity are null once JSON-serialised, so they leave the cell unchanged", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:B1", [[1, 2]]);
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[NaN, Infinity]];
      await ctx.sync();
    });
    expect(sim.workbook.getValues("Sheet1!A1:B1")).toEqual([[1, 2]]);
  });

  test.each([
    ["too many rows", [[1], [2]]],
    ["too few columns", [[1]]],
    ["ragged", [[1, 2], [3]]],
  ])("a %s array is InvalidArgument", async (_l, values) => {
    const err = await write(values as unknown[][], "A1:B1").catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "InvalidArgument" });
  });

  test("a single value (not an array) fills every cell of the range", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = 7 as never;
      await ctx.sync();
    });
    expect(sim.workbook.getValues("Sheet1!A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });
});

describe("reading", () => {
  test("values, text, formulas, valueTypes and numberFormat of mixed cells", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
      r.values = [["x", 2.5, true, "=1/0", ""]];
      r.numberFormat = [[null, "0.00", null, null, null]];
      r.load("values, text, formulas, valueTypes, numberFormat");
      await ctx.sync();
      expect(r.values).toEqual([["x", 2.5, true, "#DIV/0!", ""]]);
      expect(r.text).toEqual([["x", "2.50", "TRUE", "#DIV/0!", ""]]);
      expect(r.formulas).toEqual([["x", 2.5, true, "=1/0", ""]]);
      expect(r.valueTypes).toEqual([["String", "Double", "Boolean", "Error", "Empty"]]);
      expect(r.numberFormat).toEqual([["General", "0.00", "General", "General", "General"]]);
    });
  });

  test("formulas compute from the cells they reference (the docs' SUM example: 15 + 34.5 + 47.8 = 97.3)", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("C3:D5").values = [
        [2, 7.5],
        [1, 34.5],
        [5, 9.56],
      ];
      s.getRange("E3:E6").formulas = [["=C3 * D3"], ["=C4 * D4"], ["=C5 * D5"], ["=SUM(E3:E5)"]];
      const e = s.getRange("E3:E6").load("values, formulas");
      await ctx.sync();
      expect(e.values.map((r: unknown[]) => r[0] as number)).toEqual([15, 34.5, 47.8, 97.3]);
      expect(e.formulas[3]).toEqual(["=SUM(E3:E5)"]);
    });
  });

  test("a formula the simulator cannot compute keeps its cached value, or reads null", () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1", [["=VLOOKUP(1,B1:C2,2,FALSE)"]]);
    expect(sim.workbook.getValues("Sheet1!A1")).toEqual([[null]]);
  });

  test("in Manual calculation a formula keeps the value computed when it was entered", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      ctx.application.calculationMode = "Manual";
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").values = [[1]];
      s.getRange("B1").values = [["=A1*10"]];
      await ctx.sync();
      s.getRange("A1").values = [[2]];
      const b = s.getRange("B1").load("values");
      await ctx.sync();
      expect(b.values).toEqual([[10]]);
      ctx.application.calculationMode = "Automatic";
      b.load("values");
      await ctx.sync();
      expect(b.values).toEqual([[20]]);
    });
  });
});
