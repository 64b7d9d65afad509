import {
  clickCell,
  currentRegion,
  fromRect,
  moveSelection,
  selectionRect,
  type GridSelection,
  type MoveKey,
} from "./selection";

const at = (r: number, c: number): GridSelection => ({ anchor: { r, c }, focus: { r, c } });
const bounds = { rows: 100, cols: 20 };
const opts = (shift: boolean, ctrl = false) => ({ shift, ctrl, page: 10, lastUsed: { r: 50, c: 7 }, bounds });

describe("selection", () => {
  test("click selects one cell; shift+click extends from the anchor, in any direction", () => {
    const s = clickCell(at(0, 0), { r: 4, c: 2 }, false);
    expect(selectionRect(s)).toEqual({ r0: 4, c0: 2, r1: 4, c1: 2 });
    const t = clickCell(s, { r: 1, c: 5 }, true);
    expect(selectionRect(t)).toEqual({ r0: 1, c0: 2, r1: 4, c1: 5 });
    expect(t.anchor).toEqual({ r: 4, c: 2 });
  });

  test.each<[MoveKey, boolean, boolean, [number, number, number, number]]>([
    // from anchor C5 (r4,c2): plain keys move the single cell
    ["ArrowDown", false, false, [5, 2, 5, 2]],
    ["ArrowUp", false, false, [3, 2, 3, 2]],
    ["ArrowLeft", false, false, [4, 1, 4, 1]],
    ["ArrowRight", false, false, [4, 3, 4, 3]],
    ["PageDown", false, false, [14, 2, 14, 2]],
    ["PageUp", false, false, [0, 2, 0, 2]], // clamped at row 1
    ["Home", false, false, [4, 0, 4, 0]],
    ["Home", false, true, [0, 0, 0, 0]], // Ctrl+Home: A1
    ["End", false, true, [50, 7, 50, 7]], // Ctrl+End: last used cell
    // with shift the rectangle grows from the anchor
    ["ArrowDown", true, false, [4, 2, 5, 2]],
    ["ArrowLeft", true, false, [4, 1, 4, 2]],
    ["End", true, true, [4, 2, 50, 7]], // Ctrl+Shift+End: to the last used cell
  ])("%s (shift %p, ctrl %p)", (key, shift, ctrl, [r0, c0, r1, c1]) => {
    expect(selectionRect(moveSelection(at(4, 2), key, opts(shift, ctrl)))).toEqual({ r0, c0, r1, c1 });
  });

  test("fromRect anchors at the top-left, as Excel does after Range.select()", () => {
    expect(fromRect({ r0: 1, c0: 0, r1: 121, c1: 11 })).toEqual({
      anchor: { r: 1, c: 0 },
      focus: { r: 121, c: 11 },
    });
  });
});

describe("currentRegion (Excel's Ctrl+A inside data)", () => {
  // A grid drawn as text: "x" holds a value.
  const grid = (rows: string[]) => (r: number, c: number) => rows[r]?.[c] === "x";
  const b = { rows: 10, cols: 10 };

  test("a block bounded by empty rows and columns", () => {
    const filled = grid(["", ".xxx", ".xxx", ".xxx", "", "xxxx"]);
    expect(currentRegion({ r: 2, c: 2 }, filled, b)).toEqual({ r0: 1, c0: 1, r1: 3, c1: 3 });
  });
  test("a diagonal neighbour joins the region (Excel counts the ring around it, corners included)", () => {
    const filled = grid(["x", ".x", "..x"]);
    expect(currentRegion({ r: 0, c: 0 }, filled, b)).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
  });
  test("a title row directly above a table belongs to it; a blank row cuts the table", () => {
    const filled = grid(["x", "xxx", "xxx", "", "xxx"]);
    expect(currentRegion({ r: 2, c: 1 }, filled, b)).toEqual({ r0: 0, c0: 0, r1: 2, c1: 2 });
    expect(currentRegion({ r: 4, c: 0 }, filled, b)).toEqual({ r0: 4, c0: 0, r1: 4, c1: 2 });
  });
  test("an empty cell alone is its own region", () => {
    expect(currentRegion({ r: 8, c: 8 }, grid([]), b)).toEqual({ r0: 8, c0: 8, r1: 8, c1: 8 });
  });
});
