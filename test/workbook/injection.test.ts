/**
 * Formula-like user text stays text wherever we write it. The simulator does what Excel does with a
 * string written to `values`: "=…" becomes a formula and "+…", "-…", "@…" are entered as formulas too
 * (src/sim/value-input.ts) — unless the cell's format is Text ("@"). So each of these tests fails if a
 * write path forgets the text format.
 */
import ExcelJS from "exceljs";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { defaultStandard } from "../../src/engine/standard/defaults";
import { createSimulator, loadXlsx, type Simulator } from "../../src/sim";
import { contextOf } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

const NAMES = [
  '=HYPERLINK("http://example.cn","点我")',
  "+86 138 0000 0000",
  "-abc",
  "@x",
  "=1+1",
  "'quoted",
  "2024-03-05",
  "TRUE",
];
const SALES = "+销售";

/** Customers 1…8 named as above, each with a few sales; one sale for a customer "@99" not in the table. */
async function build(): Promise<Simulator> {
  const wb = new ExcelJS.Workbook();
  const cu = wb.addWorksheet("客户");
  cu.addRow(["客户编号", "客户名称"]);
  NAMES.forEach((n, i) => cu.addRow([i + 1, n]));
  const tx = wb.addWorksheet(SALES);
  tx.addRow(["单据日期", "单据编号", "客户编号", "客户名称", "金额"]);
  let order = 1;
  NAMES.forEach((n, i) => {
    for (let k = 0; k <= i; k++)
      tx.addRow([new Date(Date.UTC(2024, k, 10 + i)), `SO${order++}`, i + 1, n, 100 * (i + 1) + k]);
  });
  tx.addRow([new Date(Date.UTC(2024, 5, 1)), `SO${order++}`, "@99", "=bad", 50]);
  return createSimulator(await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
}

/** A standard whose overall classes and actions all have formula-like labels ("=…" and "-…"). */
function standard() {
  const s = defaultStandard();
  s.overall.rules.forEach((r, i) => {
    r.label = { "zh-CN": `=类${i}`, "en-US": `=class${i}` };
    r.actionLabel = { "zh-CN": `-措施${i}`, "en-US": `-action${i}` };
  });
  return s;
}

const isLabel = (v: unknown) => typeof v === "string" && /^=类\d+$/.test(v);
const isAction = (v: unknown) => typeof v === "string" && /^-措施\d+$/.test(v);

function formulasOn(sim: Simulator, sheet: string): string[] {
  return sim.workbook
    .sheet(sheet)
    .rows.flatMap((r) => (r?.f ?? []).filter((f): f is string => f !== undefined));
}

function texts(sim: Simulator, sheet: string): unknown[] {
  return sim.workbook.sheet(sheet).rows.flatMap((r) => r?.v ?? []);
}

describe("formula-like user text stays text", () => {
  test("in the created customer sheet (IDs and names) and in the summary", async () => {
    const sim = await build();
    await classifyWorkbook(contextOf(sim), {
      customers: null,
      transactions: { kind: "sheet", sheet: SALES },
      standard: standard(),
    });
    const created = sim.workbook.sheet("客户分类结果");
    const names = created.rows.slice(1).map((r) => r?.v[1]);
    for (const n of NAMES) expect(names).toContain(n);
    expect(created.rows.slice(1).map((r) => r?.v[0])).toContain("@99");
    expect(formulasOn(sim, "客户分类结果")).toEqual([]);
    // Our labels in the result columns and the summary's class table.
    // Every customer's overall class and action (columns C and D) are those labels, as text.
    const overall = created.rows.slice(1).map((r) => r?.v[2]);
    expect(overall.length).toBe(NAMES.length + 1);
    expect(overall.every(isLabel)).toBe(true);
    expect(created.rows.slice(1).every((r) => isAction(r?.v[3]))).toBe(true);
    expect(texts(sim, "客户分类汇总").filter(isLabel).length).toBeGreaterThan(0);
    expect(formulasOn(sim, "客户分类汇总")).toEqual([]);
  });

  test("in the result columns beside the user's table and in the data-quality list", async () => {
    const sim = await build();
    const userFormulas = formulasOn(sim, "客户");
    await classifyWorkbook(contextOf(sim), {
      customers: { kind: "sheet", sheet: "客户" },
      transactions: { kind: "sheet", sheet: SALES },
      standard: standard(),
    });
    expect(formulasOn(sim, "客户")).toEqual(userFormulas);
    expect(texts(sim, "客户").filter(isLabel).length).toBe(NAMES.length);
    expect(formulasOn(sim, "客户分类汇总")).toEqual([]);
    // The unknown customer "@99" is reported at its cell on the sheet "+销售": the address needs quotes
    // ('+销售'!C38), and its leading apostrophe is kept only because the cell is text.
    const summary = texts(sim, "客户分类汇总");
    expect(summary).toContain(`'${SALES}'!C38`);
    expect(summary.some((v) => typeof v === "string" && v.includes("@99"))).toBe(true);
  });
});
