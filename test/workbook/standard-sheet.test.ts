/**
 * The standard as an editable sheet: written, edited by the user, read back; errors point at cells.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { detectSources } from "../../src/excel/detect";
import { loadRegistry } from "../../src/excel/registry";
import { removeResults } from "../../src/excel/remove";
import { readStandardSheet, writeStandardSheet } from "../../src/excel/standard-sheet";
import { defaultStandard } from "../../src/engine/standard/defaults";
import type { Standard } from "../../src/engine/standard/types";
import { createSimulator, type Simulator } from "../../src/sim";
import { contextOf, sampleSim } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

/** 1-based sheet row of a setting's key in column A. */
function rowOf(sim: Simulator, sheet: string, key: string): number {
  const i = sim.workbook.sheet(sheet).rows.findIndex((r) => r?.v[0] === key);
  if (i < 0) throw new Error(`no row ${key}`);
  return i + 1;
}

/** A standard that uses every table: custom RFM rules, aliases, labels that look like formulas. */
function customStandard(): Standard {
  const s = defaultStandard();
  s.name = "=我们的标准";
  s.abc.a = 0.75;
  s.refunds = "exclude";
  s.size.allowRevenueOnly = false;
  s.rfm.model = [
    { segment: "best", r: [4, 5], f: [4, 5], label: { "zh-CN": "=最佳", "en-US": "+Best" } },
    { segment: "rest", label: { "zh-CN": "其他", "en-US": "Rest" } },
  ];
  s.industry.aliases = { 五金店: "F", "@软件": "I" };
  s.overall.rules[0]!.label = { "zh-CN": "-高风险", "en-US": "@risk" };
  return s;
}

describe("the standard sheet", () => {
  test.each([
    ["the default standard", defaultStandard()],
    ["a standard using every table", customStandard()],
  ])("write then read gives back %s, with text kept as text", async (_name, standard) => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const sim = createSimulator();
      const ctx = contextOf(sim, lang);
      const sheet = await writeStandardSheet(ctx, standard);
      expect(sheet).toBe(lang === "zh-CN" ? "客户分类标准" : "Classification standard");
      const back = await readStandardSheet(ctx);
      expect(back?.errors).toEqual([]);
      expect(back?.standard).toEqual(standard);
      expect(sim.workbook.sheet(sheet).rows.some((r) => r?.f?.some((f) => f !== undefined))).toBe(false);
      // Numbers and booleans are real values, not text.
      expect(sim.workbook.getValues(`'${sheet}'!B${rowOf(sim, sheet, "abc.a")}`)).toEqual([[standard.abc.a]]);
      expect(sim.workbook.getValues(`'${sheet}'!B${rowOf(sim, sheet, "size.allowRevenueOnly")}`)).toEqual([
        [standard.size.allowRevenueOnly],
      ]);
    }
  });

  test("the sheet is ours: registered, not taken for data, kept by Remove results, replaced on rewrite", async () => {
    const sim = await sampleSim();
    const ctx = contextOf(sim);
    await writeStandardSheet(ctx, defaultStandard());
    expect((await loadRegistry(ctx)).sheets).toEqual(["客户分类标准"]);
    const found = await detectSources(ctx);
    expect(found).toEqual({
      customers: { kind: "sheet", sheet: "客户档案" },
      transactions: { kind: "sheet", sheet: "销售明细" },
    });
    await classifyWorkbook(ctx, found);
    await removeResults(ctx);
    expect(sim.workbook.sheetNames()).toEqual(["客户档案", "销售明细", "客户分类标准"]);
    await writeStandardSheet(ctx, customStandard());
    expect(sim.workbook.sheetNames()).toEqual(["客户档案", "销售明细", "客户分类标准"]);
    expect((await readStandardSheet(ctx))?.standard).toEqual(customStandard());
  });

  test("a user's edit (abc.a = 0.7) read back changes the classification as the ABC rule says", async () => {
    const sim = await sampleSim();
    const ctx = contextOf(sim);
    const sources = await detectSources(ctx);
    const before = await classifyWorkbook(ctx, sources);
    const sheet = await writeStandardSheet(ctx, before.result.standard);
    sim.workbook.setValues(`${sheet}!B${rowOf(sim, sheet, "abc.a")}`, [[0.7]]);
    const back = await readStandardSheet(ctx);
    expect(back?.errors).toEqual([]);
    expect(back?.standard.abc.a).toBe(0.7);
    const after = await classifyWorkbook(ctx, { ...sources, standard: back?.standard });

    // product.md: customers by revenue descending (ties by ID), A while the cumulative share before the
    // customer is < a; revenue ≤ 0 is C. Counted here from the engine's own revenue per customer.
    const expectedA = (a: number) => {
      const m = before.result.customers
        .map((c) => c.metrics.monetary ?? 0)
        .filter((x) => x > 0)
        .sort((x, y) => y - x);
      const total = m.reduce((s, x) => s + x, 0);
      let cum = 0;
      let n = 0;
      for (const x of m) {
        if (cum / total >= a) break;
        n++;
        cum += x;
      }
      return n;
    };
    const countA = (o: typeof before) => o.result.customers.filter((c) => c.classes.value === "A").length;
    expect(countA(before)).toBe(expectedA(0.8));
    expect(countA(after)).toBe(expectedA(0.7));
    expect(countA(after)).toBeLessThan(countA(before));
  });

  test.each([
    ["abc.b", "abc", /abc\.b/],
    ["abc.b", 2, /abc\.b/],
    ["abc.a", 0.99, /abc\.b.*abc\.a|abc\.a.*abc\.b/],
    ["rfm.model", "rf11", /rfm\.model/],
  ])("a bad value (%s = %p) gives an error naming its cell", async (key, value, text) => {
    const sim = createSimulator();
    const ctx = contextOf(sim, "en-US");
    const sheet = await writeStandardSheet(ctx, defaultStandard());
    const row = rowOf(sim, sheet, key);
    sim.workbook.setValues(`'${sheet}'!B${row}`, [[value]]);
    const back = await readStandardSheet(ctx);
    expect(back?.errors.length).toBeGreaterThan(0);
    const e = back!.errors[0]!;
    // abc.a = 0.99 makes abc.b (0.95) not greater than abc.a: the error is on abc.b's or abc.a's row.
    const rows = key === "abc.a" ? [row, rowOf(sim, sheet, "abc.b")] : [row];
    expect(rows.map((r) => `B${r}`)).toContain(e.cell);
    expect(e.message.startsWith(`'${sheet}'!${e.cell}: `)).toBe(true); // "Classification standard" has a space: quoted
    expect(e.message).toMatch(text);
    // The rest of the standard is still read; the bad value takes its default.
    expect(back!.standard.abc.basis).toBe("revenue");
  });

  test("an error in a rule table names the table cell, and an unknown key names the key cell", async () => {
    const sim = createSimulator();
    const ctx = contextOf(sim, "zh-CN");
    const sheet = await writeStandardSheet(ctx, defaultStandard());
    const grades = rowOf(sim, sheet, "credit.grades");
    // Header two rows below the table id; grade A is the first data row; minOnTimeRate is column B.
    expect(sim.workbook.getValues(`${sheet}!A${grades + 2}:B${grades + 3}`)).toEqual([
      ["grade", "minOnTimeRate"],
      ["A", 0.95],
    ]);
    sim.workbook.setValues(`${sheet}!B${grades + 3}`, [["很高"]]);
    sim.workbook.setValues(`${sheet}!A${rowOf(sim, sheet, "abc.basis")}`, [["abc.basi"]]);
    const back = await readStandardSheet(ctx);
    const cells = back!.errors.map((e) => e.cell).sort();
    expect(cells).toEqual([`A${rowOf(sim, sheet, "abc.basi")}`, `B${grades + 3}`].sort());
    const unknown = back!.errors.find((e) => e.error.code === "unknown_key")!;
    expect(unknown.message).toContain(`${sheet}!A`);
    expect(unknown.message).toContain("abc.basis");
  });
});
