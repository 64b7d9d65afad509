import { createWorkbookState } from "../../sim/state";
import { colAxis, indexAt, rowAxis, rowFontPt, shownCount, sizeOf, visibleWindow } from "./geometry";

function sheet() {
  const s = createWorkbookState(["S"]).sheets[0]!;
  // Default row 15 pt = 20 px (15 × 96/72); row 2 is 30 pt = 40 px; row 3 hidden.
  s.rows[1] = { v: [], height: 30 };
  s.rows[2] = { v: [], hidden: true };
  // Default column 48 pt = 64 px; column B 72 pt = 96 px.
  s.cols[1] = { width: 72 };
  return s;
}

describe("axes", () => {
  test("rows: points to pixels, custom heights, hidden rows take no space", () => {
    const a = rowAxis(sheet(), 5);
    expect(Array.from(a.offsets)).toEqual([0, 20, 60, 60, 80, 100]);
    expect(sizeOf(a, 2)).toBe(0);
  });
  test("columns: default 48 pt = 64 px, custom widths", () => {
    const a = colAxis(sheet(), 3);
    expect(Array.from(a.offsets)).toEqual([0, 64, 160, 224]);
  });
  test.each([
    [0, 0],
    [19.9, 0],
    [20, 1],
    [59, 1],
    // Row 2 (index 2) is hidden: pixel 60 belongs to the next visible row, index 3.
    [60, 3],
    [99, 4],
    [500, 4],
    [-5, 0],
  ])("pixel %p is in row index %p", (px, row) => {
    expect(indexAt(rowAxis(sheet(), 5), px)).toBe(row);
  });
});

describe("visibleWindow", () => {
  const s = createWorkbookState(["S"]).sheets[0]!;
  const a = rowAxis(s, 100); // 100 rows of 20 px

  test("from the top: the rows in a 100 px viewport plus overscan", () => {
    // Rows 0..5 intersect [0, 100]; overscan 2 adds rows 6 and 7.
    expect(visibleWindow(a, 0, 0, 100, 2)).toEqual({ first: 0, last: 7 });
  });
  test("scrolled, under two frozen rows: the window starts past them", () => {
    // Frozen rows 0–1 take 40 px; scrolled 200 px, the first scrolled row shown is 2 + 10 = 12.
    expect(visibleWindow(a, 2, 200, 60, 0)).toEqual({ first: 12, last: 15 });
  });
  test("clamped at the end of the axis", () => {
    expect(visibleWindow(a, 0, 1990, 500, 3)).toEqual({ first: 96, last: 99 });
  });
  test("everything frozen: nothing to scroll", () => {
    const w = visibleWindow(rowAxis(s, 3), 3, 0, 100, 1);
    expect(w.first).toBeGreaterThan(w.last);
  });
  test("shownCount: the largest of used, frozen and selected, plus the margin", () => {
    expect(shownCount(120, 2, 5, 60)).toBe(180);
    expect(shownCount(0, 0, 300, 10)).toBe(310);
  });
});

describe("auto-fitted rows", () => {
  test("a row without its own height grows to its largest font; one with a height keeps it", () => {
    const s = createWorkbookState(["S"]).sheets[0]!;
    s.rows[0] = { v: ["Title"], s: [7] };
    s.rows[1] = { v: ["Small"], s: [8], height: 12 };
    s.rows[2] = { v: ["Body"] };
    const size = (id: number) => (id === 7 ? 16 : id === 8 ? 20 : 11);
    const a = rowAxis(s, 3, (r) => rowFontPt(s, r, size));
    // 16 pt × 1.32 = 21.12 → 21.25 pt (quarter points) → 28.3 px → 28; the fixed 12 pt row → 16 px;
    // the default 11 pt body row stays at the sheet's 15 pt = 20 px.
    expect([sizeOf(a, 0), sizeOf(a, 1), sizeOf(a, 2)]).toEqual([28, 16, 20]);
  });
});
