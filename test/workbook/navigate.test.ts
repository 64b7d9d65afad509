/**
 * "Go to row" of the task pane (src/excel/navigate.ts) on the shipped sample through the simulator: the
 * customer's row is selected across the table and its sheet becomes the active one, wherever the run
 * put the customers (beside the user's table, or on the sheet it made for them). Rows and cells quoted
 * from samples/README.md.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import {
  customerAtRow,
  customerRowsOf,
  rowOfCustomer,
  selectedRow,
  selectRow,
} from "../../src/excel/navigate";
import { contextOf, CUSTOMER_SHEET, SALES_SHEET, sampleSim } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

describe("go to a customer's row", () => {
  test("beside the user's table: the row across the table, its sheet active; and back from a selection", async () => {
    const sim = await sampleSim();
    const ctx = contextOf(sim);
    const out = await classifyWorkbook(ctx, {
      customers: { kind: "sheet", sheet: CUSTOMER_SHEET },
      transactions: { kind: "sheet", sheet: SALES_SHEET },
      summary: false,
    });
    const rows = customerRowsOf(out, true);
    expect(rows).toMatchObject({ sheet: CUSTOMER_SHEET, listed: false, left: 0 });
    // The user's columns are A:L; the results go right of them, so the row reaches past L (index 11).
    expect(rows.right).toBe(Math.max(...out.placed.map((p) => p.col)));
    expect(rows.right).toBeGreaterThan(11);

    // 1023 is the text "1023.0" at 客户档案!A25 (samples/README.md, float_id): 0-based row 24.
    const i = out.result.customers.findIndex((c) => c.id === "1023");
    const at = rowOfCustomer(rows, out.result, i);
    expect(at).toEqual({ sheet: CUSTOMER_SHEET, row: 24, left: 0, right: rows.right });

    sim.workbook.select(`${SALES_SHEET}!C5`); // the user is elsewhere
    expect(await selectRow(ctx, at!)).toBe(true);
    const state = sim.workbook.state;
    expect(state.activeSheet?.name).toBe(CUSTOMER_SHEET);
    expect(state.activeSheet?.selection).toEqual({ r0: 24, c0: 0, r1: 24, c1: rows.right });
    expect(sim.workbook.getValues(`${CUSTOMER_SHEET}!A25`)).toEqual([["1023.0"]]);

    // The selection read back finds the same customer (the pane's "Explain selected row").
    const sel = await selectedRow(ctx);
    expect(sel).toEqual({ sheet: CUSTOMER_SHEET, row: 24 });
    expect(customerAtRow(rows, out.result, sel.sheet, sel.row)).toBe(i);
    // The header row is no customer's.
    expect(customerAtRow(rows, out.result, CUSTOMER_SHEET, 1)).toBe(-1);

    // 1999 buys (销售明细!C2135) but is not in 客户档案: no row to go to.
    const unknown = out.result.customers.findIndex((c) => c.id === "1999");
    expect(unknown).toBeGreaterThanOrEqual(0);
    expect(rowOfCustomer(rows, out.result, unknown)).toBeNull();
  });

  test("transactions only: the row on the sheet the run listed the customers on", async () => {
    const sim = await sampleSim();
    const ctx = contextOf(sim);
    const out = await classifyWorkbook(ctx, {
      customers: null,
      transactions: { kind: "sheet", sheet: SALES_SHEET },
      summary: false,
    });
    const rows = customerRowsOf(out, false);
    expect(rows).toMatchObject({ sheet: "客户分类结果", listed: true, firstDataRow: 1, left: 0 });
    const i = out.result.customers.findIndex((c) => c.id === "1999");
    const at = rowOfCustomer(rows, out.result, i);
    expect(at?.row).toBe(1 + i); // header in row 1, customers in result order below it
    expect(await selectRow(ctx, at!)).toBe(true);
    expect(sim.workbook.state.activeSheet?.name).toBe("客户分类结果");
    expect(sim.workbook.state.activeSheet?.selection).toMatchObject({ r0: 1 + i, r1: 1 + i, c0: 0 });
    // The ID in the selected row is the customer's.
    expect(sim.workbook.getValues(`客户分类结果!A${2 + i}`)).toEqual([["1999"]]);
  });

  test("a sheet that is gone: nothing selected, false", async () => {
    const sim = await sampleSim();
    const ctx = contextOf(sim);
    sim.workbook.select(`${SALES_SHEET}!B2`);
    expect(await selectRow(ctx, { sheet: "不存在", row: 3, left: 0, right: 2 })).toBe(false);
    expect(sim.workbook.state.activeSheet?.name).toBe(SALES_SHEET);
    expect(sim.workbook.state.activeSheet?.selection).toEqual({ r0: 1, c0: 1, r1: 1, c1: 1 });
  });
});
