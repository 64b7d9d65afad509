/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-empty-load -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Proxy/sync semantics, checked against Office.js's own runtime
 * (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js: Utility.throwIfNotLoaded,
 * createPropertyNotLoadedException, ClientResult, TrackedObjects, ClientRequestContext._runCommon)
 * and the Excel docs (excel-add-ins-core-concepts, excel-add-ins-advanced-concepts "*OrNullObject").
 */
import { createSimulator } from "./simulator";

const NOT_LOADED = (p: string) =>
  `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;

describe("load and sync", () => {
  test("reading a property before load+sync throws PropertyNotLoaded with Office.js's message", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => r.values).toThrow(NOT_LOADED("values"));
      r.load("values");
      // load() alone is not enough: the value arrives with sync().
      expect(() => r.values).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }) as Error,
      );
      await ctx.sync();
      expect(r.values).toEqual([[""]]);
      expect(() => r.address).toThrow(NOT_LOADED("address"));
    });
  });

  test("a written property reads back the written value without a load (Office.js keeps it locally)", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [["=1+1"]];
      expect(r.values).toEqual([["=1+1"]]);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[2]]);
    });
  });

  test.each([
    ["comma string", "address, rowCount"],
    ["array", ["address", "rowCount"]],
    ["select object", { select: "address,rowCount" }],
    ["typed load options", { address: true, rowCount: true }],
  ])("load accepts the %s form", async (_label, option) => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C4");
      r.load(option as never);
      await ctx.sync();
      expect(r.address).toBe("Sheet1!B2:C4");
      expect(r.rowCount).toBe(3);
      expect(() => r.columnCount).toThrow(NOT_LOADED("columnCount"));
    });
  });

  test("navigation paths load nested objects; toJSON returns what was loaded", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A1:B1", [["x", 1]]);
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.format.font.bold = true;
      r.load("values, format/font/bold, format/fill/color");
      await ctx.sync();
      expect(r.format.font.bold).toBe(true);
      expect(r.format.fill.color).toBe("#FFFFFF");
      expect(JSON.parse(JSON.stringify(r))).toEqual({
        values: [["x", 1]],
        format: { font: { bold: true }, fill: { color: "#FFFFFF" } },
      });
    });
  });

  test("an unknown property in load fails at sync with InvalidArgument", async () => {
    const sim = createSimulator();
    const err = await sim
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "InvalidArgument" });
  });

  test("collections: items throws until loaded; load('name') loads each item's name; getCount is a ClientResult", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.add("Data");
      expect(() => sheets.items).toThrow(NOT_LOADED("items"));
      sheets.load("name");
      const count = sheets.getCount();
      expect(() => count.value).toThrow(
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
      expect(() => sheets.items[0]!.position).toThrow(NOT_LOADED("position"));
      expect(count.value).toBe(2);
      expect(JSON.parse(JSON.stringify(sheets))).toEqual({ items: [{ name: "Sheet1" }, { name: "Data" }] });
    });
  });

  test("set() assigns several properties, nested objects included", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.set({ values: [[5]], format: { font: { italic: true }, horizontalAlignment: "Center" } });
      r.load("values, format/font/italic, format/horizontalAlignment");
      await ctx.sync();
      expect([r.values, r.format.font.italic, r.format.horizontalAlignment]).toEqual([[[5]], true, "Center"]);
    });
  });
});

describe("errors at sync", () => {
  test("getItem of a missing sheet fails at sync with ItemNotFound and its location", async () => {
    const sim = createSimulator();
    const err = await sim
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
  });

  test("actions before the failing one take effect, later ones do not", async () => {
    const sim = createSimulator();
    await sim
      .run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("Sheet1");
        s.getRange("A1").values = [["before"]];
        s.getRange("A2").values = [["too", "wide"]]; // InvalidArgument: 1×2 array for a 1×1 range
        s.getRange("A3").values = [["after"]];
        await ctx.sync();
      })
      .catch(() => undefined);
    expect(sim.workbook.getValues("Sheet1!A1:A3")).toEqual([["before"], [""], [""]]);
  });

  test("the batch must return a promise (RunMustReturnPromise)", async () => {
    const sim = createSimulator();
    await expect(sim.run((() => undefined) as never)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  test("cell-edit mode makes syncs fail with InvalidOperationInCellEditMode", async () => {
    const sim = createSimulator();
    sim.cellEditMode = true;
    await expect(
      sim.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("*OrNullObject", () => {
  test("isNullObject is known after sync; properties of a null object read as undefined; its actions are ignored", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const ghost = ctx.workbook.worksheets.getItemOrNullObject("Ghost");
      const real = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => ghost.isNullObject).toThrow(NOT_LOADED("isNullObject"));
      ghost.getRange("A1").values = [["lost"]];
      ghost.load("name");
      real.load("name");
      await ctx.sync();
      expect(ghost.isNullObject).toBe(true);
      expect(ghost.name).toBeUndefined();
      expect(real.isNullObject).toBe(false);
      expect(real.name).toBe("Sheet1");
    });
    expect(sim.workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("tracked objects", () => {
  test("a range used across syncs follows inserted rows (Excel.run tracks it automatically)", async () => {
    const sim = createSimulator();
    sim.workbook.setValues("Sheet1!A5", [["target"]]);
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const r = s.getRange("A5");
      await ctx.sync();
      s.getRange("2:3").insert("Down"); // the user's code inserts two rows above
      r.load("address, values");
      await ctx.sync();
      expect(r.address).toBe("Sheet1!A7");
      expect(r.values).toEqual([["target"]]);
    });
  });

  test("after untrack() and a sync, using the range throws InvalidObjectPath synchronously", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [[1]];
      r.untrack();
      await ctx.sync(); // the queued write still runs
      expect(() => {
        r.values = [[2]];
      }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }) as Error);
      expect(() => ctx.trackedObjects.add(r)).toThrow("The object is untracked.");
    });
    expect(sim.workbook.getValues("Sheet1!A1")).toEqual([[1]]);
  });

  test("ranges from a finished run are invalid", async () => {
    const sim = createSimulator();
    let kept: { load: (o: string) => unknown } | undefined;
    await sim.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await ctx.sync();
    });
    expect(() => kept!.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" }) as Error,
    );
  });
});
