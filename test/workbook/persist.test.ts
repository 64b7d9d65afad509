/**
 * What the add-in keeps in the workbook survives saving and opening the .xlsx: the standard and column
 * mapping last used (settings), and what it wrote (registry and the names marking its columns), so a
 * rerun of the reopened file updates the same columns.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { loadLastRun } from "../../src/excel/state";
import { defaultStandard } from "../../src/engine/standard/defaults";
import { createSimulator, loadXlsx, saveXlsx } from "../../src/sim";
import {
  contextOf,
  CUSTOMER_SHEET,
  SALES_SHEET,
  sampleSim,
  snapshotSheet,
  workbookShape,
  firstDifference,
} from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

describe("settings travel with the file", () => {
  test("standard, mapping and as-of date round-trip through .xlsx; a rerun of the reopened file updates in place", async () => {
    const sim = await sampleSim();
    const standard = defaultStandard();
    standard.abc.a = 0.7;
    standard.rfm.model = "cn8";
    // The user's mapping: 客户名称 is column B (index 1) of 客户档案; header on row 2 (index 1).
    const mapping = { customers: { name: 1 }, customerHeaderRow: 1 };
    const sources = {
      customers: { kind: "sheet", sheet: CUSTOMER_SHEET },
      transactions: { kind: "sheet", sheet: SALES_SHEET },
    } as const;
    const out1 = await classifyWorkbook(contextOf(sim), {
      ...sources,
      standard,
      mapping,
      asOf: "2024-12-31",
    });
    const shape1 = workbookShape(sim.workbook.state);
    const cells1 = snapshotSheet(sim.workbook.state, CUSTOMER_SHEET);

    const reopened = createSimulator(await loadXlsx(await saveXlsx(sim.workbook.state)));
    const last = await loadLastRun(contextOf(reopened));
    expect(last).toEqual({ standard: out1.result.standard, mapping, asOf: "2024-12-31", sources });
    expect(last?.standard.abc.a).toBe(0.7);
    expect(last?.standard.rfm.model).toBe("cn8");

    // Rerun from what was saved: the same columns and cells, nothing added.
    const out2 = await classifyWorkbook(contextOf(reopened), {
      ...last!.sources!,
      standard: last!.standard,
      mapping: last!.mapping!,
      asOf: last!.asOf,
    });
    expect(out2.placed).toEqual(out1.placed);
    expect(workbookShape(reopened.workbook.state)).toEqual(shape1);
    expect(firstDifference(snapshotSheet(reopened.workbook.state, CUSTOMER_SHEET), cells1)).toBeNull();
  });
});
