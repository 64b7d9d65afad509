/**
 * Result columns on the user's customer table run from its header to its last customer: not down to a
 * total line or a stray note below (at worst on row 1,048,576, which made the add-in write a million
 * rows of empty result cells), and a rerun leaves no results on rows that are no longer customers.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { createSimulator, createWorkbookState, type Simulator } from "../../src/sim";
import { contextOf } from "./helpers";

jest.setTimeout(120_000);

const EXCEL_ROWS = 1_048_576;
const CUSTOMERS = "客户";
const SALES = "销售";
const JUNE_1 = 45444; // 2024-06-01 as an Excel serial date
const NOTE = ["", "备注：以上为2024年客户"];

/** Customers 1001–1003 on rows 2–4 with sales; `below`: rows (1-based) to put under the table. */
function book(below: readonly [row: number, cells: string[]][] = []) {
  const state = createWorkbookState([CUSTOMERS, SALES]);
  const [cu, sa] = state.sheets;
  cu!.rows[0] = { v: ["客户编号", "客户名称"] };
  ["1001", "1002", "1003"].forEach((id, i) => (cu!.rows[i + 1] = { v: [id, `公司${i}`] }));
  for (const [row, cells] of below) cu!.rows[row - 1] = { v: [...cells] };
  sa!.rows[0] = { v: ["日期", "订单号", "客户编号", "金额"] };
  ["1001", "1002", "1003"].forEach((id, i) => (sa!.rows[i + 1] = { v: [JUNE_1 + i, `SO${i}`, id, 100] }));
  return { customers: cu!, sim: createSimulator(state) };
}

function run(sim: Simulator) {
  return classifyWorkbook(contextOf(sim, "en-US"), {
    customers: { kind: "sheet", sheet: CUSTOMERS },
    transactions: { kind: "sheet", sheet: SALES },
    asOf: "2024-07-01",
    today: "2024-07-01",
    summary: false,
    products: false,
  });
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

test("results stop at the last customer's row; the total line and the note below get none", async () => {
  const { customers: cu, sim } = book([
    [5, ["合计", ""]], // a total line right below the table
    [EXCEL_ROWS, NOTE], // a note on Excel's last row
  ]);
  await run(sim);
  const header = cu.rows[0]!.v;
  expect(header.length).toBeGreaterThan(2); // result columns were added beside the table
  // Every customer row has its results; the total row and the rows below hold only the user's cells.
  for (const r of [1, 2, 3]) expect(cu.rows[r]!.v.length).toBe(header.length);
  expect(cu.rows[4]!.v).toEqual(["合计", ""]);
  expect(cu.rows[EXCEL_ROWS - 1]!.v).toEqual(NOTE);
  // Nothing was written on any row between the table and the note.
  const touched = Object.keys(cu.rows)
    .map(Number)
    .filter((r) => r > 4 && r < EXCEL_ROWS - 1);
  expect(touched).toEqual([]);
});

test("a rerun after the table lost its last customer leaves no stale results on that row", async () => {
  const { customers: cu, sim } = book();
  await run(sim);
  const results = (r: number) => (cu.rows[r]?.v ?? []).slice(2);
  expect(results(3).some((v) => !blank(v))).toBe(true); // 1003 has results
  // The user takes 1003 out of the table but keeps the row's name cell.
  cu.rows[3]!.v[0] = "";
  await run(sim);
  expect(cu.rows[3]!.v.slice(0, 2)).toEqual(["", "公司2"]);
  expect(results(3).filter((v) => !blank(v))).toEqual([]);
  expect(results(2).some((v) => !blank(v))).toBe(true); // 1002 keeps its results
});
