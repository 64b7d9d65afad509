/**
 * An export with an empty column inside the customer table (a 备注 column nobody filled, a spacer): the
 * columns right of it are still the user's data the classification read, so our result columns go right
 * of the last of them — never on top of 行业 or 地区, and the run does not stop on a false "in use".
 */
import ExcelJS from "exceljs";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { createSimulator, loadXlsx, type Simulator } from "../../src/sim";
import { contextOf, firstDifference, snapshotSheet } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

async function build(spacerHeader: string | null): Promise<Simulator> {
  const wb = new ExcelJS.Workbook();
  const cu = wb.addWorksheet("客户");
  // A–E: ID, name, an empty column (C), industry, region.
  cu.addRow(["客户编号", "客户名称", spacerHeader, "行业", "地区"]);
  for (let i = 1; i <= 5; i++) cu.addRow([`C${i}`, `客户${i}`, null, "批发业", "北京市"]);
  const tx = wb.addWorksheet("销售");
  tx.addRow(["日期", "单据编号", "客户编号", "金额"]);
  for (let i = 0; i < 20; i++) tx.addRow([new Date(Date.UTC(2024, i % 12, 1 + i)), `SO${i}`, `C${1 + (i % 5)}`, 100 * (i + 1)]);
  return createSimulator(await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
}

describe("an empty column inside the customer table", () => {
  test.each([
    ["with no header at all", null],
    ["with a header but no data (备注)", "备注"],
  ])("%s: results start right of 地区 (column F), D and E are read and kept", async (_, spacer) => {
    const sim = await build(spacer);
    const before = snapshotSheet(sim.workbook.state, "客户");
    const out = await classifyWorkbook(contextOf(sim), {
      customers: { kind: "sheet", sheet: "客户" },
      transactions: { kind: "sheet", sheet: "销售" },
      asOf: "2025-01-01",
    });
    // Column E (index 4) is the last the user wrote; the first result column is F (index 5).
    expect(Math.min(...out.placed.map((p) => p.col))).toBe(5);
    // The industry and region were read from D and E: 批发业 is GB/T 4754 section F, 北京市 is Beijing.
    for (const c of out.result.customers) {
      expect(c.classes.industry).toBe("F");
      expect(c.classes.region).toBe("beijing");
    }
    // A–E exactly as before (values, formats, widths).
    const after = snapshotSheet(sim.workbook.state, "客户", new Set(out.placed.map((p) => p.col)));
    expect(firstDifference(before, after)).toBeNull();
  });
});
