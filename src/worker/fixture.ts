/** A tiny transaction table for worker and task pane tests, with hand-computable ABC classes. */
import type { RawTable } from "../engine/types";

/**
 * Net revenue 50, 30, 15, 5 (total 100), one sale each. Shares before each customer, by value:
 * 1001 → 0, 1002 → 0.50, 1003 → 0.80, 1004 → 0.95; ABC (a 0.8, b 0.95): A, A, B, C;
 * with a = 0.5: A, B, B, C.
 */
export const FOUR_SALES: RawTable = {
  sheet: "Sales",
  top: 0,
  left: 0,
  rows: [
    ["客户编号", "日期", "金额"],
    ["1001", "2024-03-01", 50],
    ["1002", "2024-03-02", 30],
    ["1003", "2024-03-03", 15],
    ["1004", "2024-03-04", 5],
  ],
};
