/**
 * Result columns on the user's customer table run from its header to its last customer: not down to a
 * total line or a stray note below (at worst on row 1,048,576, which made the add-in write a million
 * rows of empty result cells).
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { createSimulator, createWorkbookState } from "../../src/sim";
import { contextOf } from "./helpers";

jest.setTimeout(120_000);

const EXCEL_ROWS = 1_048_576;
const CUSTOMERS = "客户";
const SALES = "销售";
const JUNE_1 = 45444; // 2024-06-01 as an Excel serial date

function book(strayRow: number) {
  const state = createWorkbookState([CUSTOMERS, SALES]);
  const [cu, sa] = state.sheets;
  cu!.rows[0] = { v: ["客户编号", "客户名称"] };
  ["1001", "1002", "1003"].forEach((id, i) => (cu!.rows[i + 1] = { v: [id, `公司${i}`] }));
  cu!.rows[4] = { v: ["合计", ""] }; // a total line right below the table
  cu!.rows[strayRow - 1] = { v: ["", "备注：以上为2024年客户"] }; // a note far below
  sa!.rows[0] = { v: ["日期", "订单号", "客户编号", "金额"] };
  sa!.rows[1] = { v: [JUNE_1, "SO1", "1001", 200] };
  sa!.rows[2] = { v: [JUNE_1 + 1, "SO2", "1002", 300] };
  sa!.rows[3] = { v: [JUNE_1 + 2, "SO3", "1003", 50] };
  return { state, sim: createSimulator(state) };
}

test("results stop at the last customer's row; the total line and the note below get none", async () => {
  const { state, sim } = book(EXCEL_ROWS);
  await classifyWorkbook(contextOf(sim, "en-US"), {
    customers: { kind: "sheet", sheet: CUSTOMERS },
    transactions: { kind: "sheet", sheet: SALES },
    asOf: "2024-07-01",
    today: "2024-07-01",
    summary: false,
    products: false,
  });
  const cu = state.sheets.find((s) => s.name === CUSTOMERS)!;
  const header = cu.rows[0]!.v;
  expect(header.length).toBeGreaterThan(2); // result columns were added beside the table
  // Every customer row has its results; the total row and the rows below hold only the user's cells.
  for (const r of [1, 2, 3]) expect(cu.rows[r]!.v.length).toBe(header.length);
  expect(cu.rows[4]!.v).toEqual(["合计", ""]);
  expect(cu.rows[EXCEL_ROWS - 1]!.v).toEqual(["", "备注：以上为2024年客户"]);
  // Nothing was written on any row between the table and the note.
  const touched = Object.keys(cu.rows)
    .map(Number)
    .filter((r) => r > 4 && r < EXCEL_ROWS - 1);
  expect(touched).toEqual([]);
});

test("a rerun after the table lost its last customer leaves no stale results on that row", async () => {
  const state = createWorkbookState([CUSTOMERS, SALES]);
  const [cu, sa] = state.sheets;
  cu!.rows[0] = { v: ["客户编号", "客户名称"] };
  ["1001", "1002", "1003"].forEach((id, i) => (cu!.rows[i + 1] = { v: [id, `公司${i}`] }));
  sa!.rows[0] = { v: ["日期", "订单号", "客户编号", "金额"] };
  sa!.rows[1] = { v: [JUNE_1, "SO1", "1001", 200] };
  sa!.rows[2] = { v: [JUNE_1 + 1, "SO2", "1003", 300] };
  const sim = createSimulator(state);
  const run = () =>
    classifyWorkbook(contextOf(sim, "en-US"), {
      customers: { kind: "sheet", sheet: CUSTOMERS },
      transactions: { kind: "sheet", sheet: SALES },
      asOf: "2024-07-01",
      today: "2024-07-01",
      summary: false,
      products: false,
    });
  await run();
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  const results = (r: number) => (cu!.rows[r]?.v ?? []).slice(2);
  expect(results(3).some((v) => !blank(v))).toBe(true); // 1003 has results
  // The user takes 1003 out of the table but keeps the row's name cell.
  cu!.rows[3]!.v[0] = "";
  await run();
  expect(cu!.rows[3]!.v.slice(0, 2)).toEqual(["", "公司2"]);
  expect(results(3).filter((v) => !blank(v))).toEqual([]);
  expect(results(2).some((v) => !blank(v))).toBe(true); // 1002 keeps its results
});
