/**
 * An Excel table (ListObject) as the customer source, in a workbook built with ExcelJS: the results go
 * in as table columns, a rerun updates them in place, "Remove results" deletes the table columns, and
 * data right of the table (which new table columns would push aside) stops the run.
 */
import ExcelJS from "exceljs";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { WorkbookError } from "../../src/excel/errors";
import { removeResults } from "../../src/excel/remove";
import { generateSynthetic } from "../../src/fixtures/synthetic";
import { createSimulator, loadXlsx, type Simulator } from "../../src/sim";
import { contextOf, firstDifference, snapshotSheet, workbookShape } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

const SOURCES = {
  customers: { kind: "table", name: "客户表" },
  transactions: { kind: "sheet", sheet: "销售" },
} as const;

/** 客户 with a title in A1 and the table 客户表 from B3; 销售 a plain range. */
async function build(): Promise<Simulator> {
  const data = generateSynthetic({ customers: 60, transactions: 1_500, seed: 11, headers: "zh" });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("客户");
  ws.getCell("A1").value = "客户名单";
  // The user's own column named like one of ours ("活跃度"): Excel keeps table column names unique.
  const header = [...data.customers.header, "活跃度"];
  ws.addTable({
    name: "客户表",
    ref: "B3",
    headerRow: true,
    columns: header.map((name) => ({ name, filterButton: true })),
    rows: data.customers.rows.map((r) => [...r, "高"]),
  });
  ws.getCell("B2").value = "说明：客户主数据";
  const sales = wb.addWorksheet("销售");
  sales.addRow(data.transactions.header);
  for (const r of data.transactions.rows) sales.addRow(r);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return createSimulator(await loadXlsx(bytes));
}

describe("an Excel table as the customer source", () => {
  test("results go in as table columns; a rerun updates them in place; remove deletes them", async () => {
    const sim = await build();
    const [table0] = sim.workbook.tables();
    const userColumns = table0!.columns;
    const before = snapshotSheet(sim.workbook.state, "客户");
    const shape = workbookShape(sim.workbook.state);

    const out = await classifyWorkbook(contextOf(sim), SOURCES);
    const [table1] = sim.workbook.tables();
    expect(out.target.table).toBe("客户表");
    // The table grew by exactly our columns, after the user's, and its header row names them.
    expect(table1!.columns.slice(0, userColumns.length)).toEqual(userColumns);
    expect(table1!.columns.length).toBe(userColumns.length + out.placed.length);
    const ours = table1!.columns.slice(userColumns.length);
    expect(ours).toEqual(out.placed.map((p) => p.header));
    // Our "活跃度" is renamed by Excel's unique-name rule; the user's keeps its name.
    expect(ours).toContain("活跃度2");
    // The PivotTable reads the table itself, so it follows the table when it grows.
    expect(sim.workbook.sheet("客户分类汇总").pivots[0]!.source).toHaveProperty("table");
    expect(out.warnings).toEqual([]);

    const shape1 = workbookShape(sim.workbook.state);
    const cells1 = snapshotSheet(sim.workbook.state, "客户");
    await classifyWorkbook(contextOf(sim), SOURCES);
    expect(workbookShape(sim.workbook.state)).toEqual(shape1);
    expect(firstDifference(snapshotSheet(sim.workbook.state, "客户"), cells1)).toBeNull();

    await removeResults(contextOf(sim));
    expect(sim.workbook.tables()[0]!.columns).toEqual(userColumns);
    expect(workbookShape(sim.workbook.state)).toEqual({ ...shape, settings: ["custclass.lastRun"] });
    expect(firstDifference(snapshotSheet(sim.workbook.state, "客户"), before)).toBeNull();
  });

  test("a selection inside the table means the whole table", async () => {
    const sim = await build();
    sim.workbook.select("客户!D10");
    const out = await classifyWorkbook(contextOf(sim), { ...SOURCES, customers: { kind: "selection" } });
    expect(out.target.table).toBe("客户表");
    expect(out.target.dataRows).toBe(60);
  });

  test("data right of the table in its rows stops the run before anything moves", async () => {
    const sim = await build();
    // Far right of the table, in one of its rows: a new table column would push it right.
    sim.workbook.setValues("客户!AZ20", [["别动我"]]);
    const before = snapshotSheet(sim.workbook.state, "客户");
    const shape = workbookShape(sim.workbook.state);
    const err = await classifyWorkbook(contextOf(sim), SOURCES).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).code).toBe("table_blocked");
    expect((err as WorkbookError).cell).toBe("AZ20");
    expect((err as WorkbookError).message).toContain("AZ20");
    expect((err as WorkbookError).message).toContain("客户表");
    expect(workbookShape(sim.workbook.state)).toEqual(shape);
    expect(firstDifference(snapshotSheet(sim.workbook.state, "客户"), before)).toBeNull();
  });
});
