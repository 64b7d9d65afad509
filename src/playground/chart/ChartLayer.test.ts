import { rowAxis } from "../grid/geometry";
import { createWorkbookState } from "../../sim/state";
import { pointsToAxis } from "./ChartLayer";

describe("pointsToAxis: charts stay anchored to their cells", () => {
  const sheet = createWorkbookState(["S"]).sheets[0]!;
  sheet.rows[0] = { v: ["Title"] };
  // The grid auto-fits row 0 to 28 px; the simulator counts it at the default 15 pt (= 20 px).
  const grid = rowAxis(sheet, 10, (r) => (r === 0 ? 16 : 0));
  const simPt = () => 15;

  test("a chart at the top of the third row (30 pt in the simulator) starts at that row on the grid", () => {
    // grid: the first row is 28 px, the second 20 px → the third starts at 48 px (not 30 pt × 4/3 = 40 px).
    expect(pointsToAxis(30, simPt, grid)).toBe(48);
  });
  test("halfway down a row stays halfway", () => {
    // 22.5 pt is halfway down the second row: 28 + 10 px.
    expect(pointsToAxis(22.5, simPt, grid)).toBe(38);
  });
  test("beyond the grid's rows, the simulator's sizes continue", () => {
    // 10 rows: 28 + 9 × 20 = 208 px at 150 pt; 15 pt more = 20 px more.
    expect(pointsToAxis(165, simPt, grid)).toBe(228);
  });
});
