/**
 * Test support for the pane: a simulated workbook (src/sim) as the Excel host, and the engine in this
 * thread. Not a test file; imported by the *.test.tsx files.
 */
import { render } from "@testing-library/react";

import type { ExcelHost } from "../excel/host";
import { createSimulator, createWorkbookState, PAYLOAD_LIMIT_BYTES, type Simulator } from "../sim";
import type { Lang } from "../engine/types";
import { createInThreadEngine } from "../worker/in-thread";
import type { EngineClient } from "../worker/protocol";
import { App } from "./App";

/**
 * Sales of four customers, one each: net revenue 50, 30, 15, 5 (total 100). ABC by product.md (sorted
 * by value, A while the cumulative share *before* the customer is < a, B while < b): shares before are
 * 1001 → 0, 1002 → 0.50, 1003 → 0.80, 1004 → 0.95, so a 0.8 / b 0.95 gives A, A, B, C and a = 0.5 gives
 * A, B, B, C. Row 6 has a date that is not a date (an issue at Sales!B6).
 */
export const SALES_ROWS = [
  ["客户编号", "日期", "金额"],
  ["1001", "2024-03-01", 50],
  ["1002", "2024-03-02", 30],
  ["1003", "2024-03-03", 15],
  ["1004", "2024-03-04", 5],
  ["1004", "not a date", 7],
];

export const CUSTOMER_ROWS = [
  ["客户编号", "客户名称", "营业收入(万元)"],
  ["1001", "甲公司", 100],
  ["1002", "乙公司", 200],
  ["1003", "丙公司", 300],
  ["1004", "丁公司", 400],
];

export interface TestBook {
  sim: Simulator;
  host: ExcelHost;
}

export function createTestBook(withCustomers = true): TestBook {
  const sim = createSimulator(createWorkbookState(withCustomers ? ["Customers", "Sales"] : ["Sales"]));
  sim.workbook.setValues("Sales!A1:C6", SALES_ROWS);
  if (withCustomers) sim.workbook.setValues("Customers!A1:C5", CUSTOMER_ROWS);
  const host: ExcelHost = {
    run: (batch) => sim.run(batch),
    isSetSupported: () => true,
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
  return { sim, host };
}

export function renderPane(
  book: TestBook | null,
  lang: Lang = "en-US",
  engine: EngineClient = createInThreadEngine(),
) {
  return render(<App host={book?.host ?? null} lang={lang} engine={engine} />);
}

/** Waits until the pane has read the workbook's settings (the buttons are enabled then). */
export async function loaded(): Promise<void> {
  const { screen, waitFor } = await import("@testing-library/react");
  await waitFor(() => expect(screen.getByTestId("detect")).toBeEnabled());
}

/** Auto-detect, then run, and wait for the results. */
export async function detectAndRun(): Promise<void> {
  const { fireEvent, screen, waitFor } = await import("@testing-library/react");
  await loaded();
  fireEvent.click(screen.getByTestId("detect"));
  await waitFor(() => expect(screen.getByTestId("source-label-transactions")).toHaveTextContent("Sales"));
  await waitFor(() => expect(screen.getByTestId("run")).toBeEnabled());
  fireEvent.click(screen.getByTestId("run"));
  await waitFor(() => expect(screen.getByTestId("results")).toBeInTheDocument(), { timeout: 5000 });
}

/** The number in the row of `code` and the column `col` (0-based among the cells) of a table. */
export function cellOf(table: HTMLElement, code: string, col: number): string {
  const row = table.querySelector(`tbody tr[data-code="${code}"]`);
  if (row === null) throw new Error(`no row ${code}`);
  return row.querySelectorAll("td")[col]?.textContent ?? "";
}

/** The count in a migration matrix cell. */
export function matrixCell(table: HTMLElement, from: string, to: string): string {
  const cell = table.querySelector(`td[data-from="${from}"][data-to="${to}"]`);
  if (cell === null) throw new Error(`no cell ${from} → ${to}`);
  return cell.textContent;
}
