/**
 * A used range that reaches Excel's last row (a stray line at row 1,048,576) holds a million empty
 * rows: they are read as one shared row, not an array each, and the run classifies as it does with
 * the same line right below the data (its issues at its own row).
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { maskColumns } from "../../src/excel/mask";
import { locate, readSource } from "../../src/excel/source";
import type { Cell, RawTable } from "../../src/engine/types";
import { createSimulator, createWorkbookState } from "../../src/sim";
import { contextOf } from "./helpers";

// Two reads of a million rows through the simulator take seconds on a 2-core machine.
jest.setTimeout(120_000);

const EXCEL_ROWS = 1_048_576;
const SALES = "销售";
/** 2024-06-01 as an Excel serial date. */
const JUNE_1 = 45444;
const LINES: readonly (readonly Cell[])[] = [
  ["日期", "订单号", "客户编号", "金额"],
  [JUNE_1, "SO1", "1001", 200],
  [JUNE_1 + 1, "SO2", "1001", 300],
  [JUNE_1 + 2, "SO3", "", 100],
  [JUNE_1 + 3, "SO4", "1002", 200],
  [JUNE_1 + 4, "SO5", "1003", "#N/A"],
  [JUNE_1 + 5, "SO6", "1004", 50],
];
/** The line that goes at row 1,048,576 (or right below the data): a valid one and one with an issue. */
const LAST: readonly Cell[] = [JUNE_1 + 14, "SO9", "1003", "abc"];

/** A sales sheet with LINES from row 1 and LAST at the given 1-based row. */
function sim(lastRow: number) {
  const state = createWorkbookState(["客户", SALES]);
  const [cu, sa] = state.sheets;
  cu!.rows[0] = { v: ["客户编号", "客户名称"] };
  ["1001", "1002", "1003", "1004"].forEach((id, i) => (cu!.rows[i + 1] = { v: [id, `公司${i}`] }));
  LINES.forEach((l, i) => (sa!.rows[i] = { v: [...l] as (string | number)[] }));
  sa!.rows[lastRow - 1] = { v: [...LAST] as (string | number)[] };
  return createSimulator(state);
}

describe("a source whose used range reaches row 1,048,576", () => {
  test("its empty rows are one shared frozen row of empty cells", async () => {
    const ctx = contextOf(sim(EXCEL_ROWS), "en-US");
    const raw = await readSource(ctx, await locate(ctx, { kind: "sheet", sheet: SALES }));
    expect(raw.rows.length).toBe(EXCEL_ROWS);
    expect(raw.rows.slice(0, LINES.length)).toEqual(LINES);
    expect(raw.rows[EXCEL_ROWS - 1]).toEqual(LAST);
    // The lines, the last one, and one row for every empty row in between.
    expect(new Set(raw.rows).size).toBe(LINES.length + 2);
    const empty = raw.rows[LINES.length];
    expect(empty).toEqual(["", "", "", ""]);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(raw.rows[EXCEL_ROWS - 2]).toBe(empty);
  });

  test("classifies as with the same line right below the data; its issue is at its row", async () => {
    const run = async (lastRow: number) => {
      const out = await classifyWorkbook(contextOf(sim(lastRow), "en-US"), {
        customers: { kind: "sheet", sheet: "客户" },
        transactions: { kind: "sheet", sheet: SALES },
        asOf: "2024-07-01",
        today: "2024-07-01",
        summary: false,
        products: false,
      });
      return out.result;
    };
    const near = await run(LINES.length + 1);
    const far = await run(EXCEL_ROWS);
    expect(far.customers).toEqual(near.customers);
    // Only the stray line's own cell moves: row 8 there is row 1,048,576 here.
    const moved: unknown = JSON.parse(
      JSON.stringify(near.issues).replace(/\b([A-Z])8\b/g, `$1${EXCEL_ROWS}`),
    );
    expect(far.issues).toEqual(moved);
    expect(far.issues.map((i) => [i.code, i.sheet, i.cells])).toEqual([
      ["error_value", SALES, ["D6"]],
      ["invalid_number", SALES, [`D${EXCEL_ROWS}`]],
      ["missing_customer_id", SALES, ["C4"]],
    ]);
  });
});

describe("maskColumns", () => {
  test("masks a shared row once and keeps it shared; the input is unchanged", () => {
    const empty = Object.freeze(["", "", ""]);
    const rows: (readonly Cell[])[] = [["ID", "x", "y"], ["1", 2, 3], empty, empty, empty, ["2", 4, 5]];
    const raw: RawTable = { sheet: "S", top: 0, left: 0, rows };
    const masked = maskColumns(raw, [1]);
    expect(masked.rows).toEqual([
      ["ID", null, "y"],
      ["1", null, 3],
      ["", null, ""],
      ["", null, ""],
      ["", null, ""],
      ["2", null, 5],
    ]);
    expect(new Set(masked.rows).size).toBe(4);
    expect(Object.isFrozen(masked.rows[2])).toBe(true);
    expect(raw.rows[2]).toEqual(["", "", ""]);
    expect(raw.rows[1]).toEqual(["1", 2, 3]);
  });
});
