import { mergeSpans, runsOf } from "./merges";

describe("merged cells in a window", () => {
  test("runsOf splits an index list into consecutive runs", () => {
    expect(runsOf([0, 1, 2, 7, 8, 10])).toEqual([
      [0, 2],
      [7, 8],
      [10, 10],
    ]);
    expect(runsOf([])).toEqual([]);
  });

  test("a title merged over A1:L1, all of it rendered: one cell spanning 12 columns", () => {
    const s = mergeSpans([{ r0: 0, c0: 0, r1: 0, c1: 11 }], [[0, 40]], [[0, 15]]);
    expect(s.get(0, 0)).toEqual({ r: 0, c: 0, rowSpan: 1, colSpan: 12 });
    expect(s.get(0, 5)).toBeNull();
    expect(s.get(0, 12)).toBeUndefined();
    expect(s.get(1, 0)).toBeUndefined();
  });

  test("scrolled so columns A–C are not rendered: the first rendered column carries the top-left value", () => {
    // rendered columns 3..15 only
    const s = mergeSpans([{ r0: 0, c0: 0, r1: 0, c1: 11 }], [[0, 40]], [[3, 15]]);
    expect(s.get(0, 3)).toEqual({ r: 0, c: 0, rowSpan: 1, colSpan: 9 });
    expect(s.get(0, 4)).toBeNull();
  });

  test("a merge across frozen and scrolled rows splits into one spanning cell per run", () => {
    // rows 0–1 frozen, window 30–40; merge A1:A35
    const s = mergeSpans(
      [{ r0: 0, c0: 0, r1: 34, c1: 0 }],
      [
        [0, 1],
        [30, 40],
      ],
      [[0, 5]],
    );
    expect(s.get(0, 0)).toEqual({ r: 0, c: 0, rowSpan: 2, colSpan: 1 });
    expect(s.get(30, 0)).toEqual({ r: 0, c: 0, rowSpan: 5, colSpan: 1 });
    expect(s.get(34, 0)).toBeNull();
    expect(s.get(35, 0)).toBeUndefined();
  });
});
