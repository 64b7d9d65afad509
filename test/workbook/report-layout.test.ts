/**
 * The pure parts of the print layout (src/excel/report-layout.ts): orientation from the printed width,
 * the page height at "one page wide", where page breaks go, and header/footer text escaping. Expected
 * values are worked out by hand from A4 (595 × 842 pt) less the margins used (0.5" sides, 0.75" top
 * and bottom) and the 0.95 height slack.
 */
import { defaultStandard } from "../../src/engine/standard/defaults";
import { hfText, orientationFor, pageBreaks, pageHeight, standardLine } from "../../src/excel/report-layout";

describe("orientation and page height", () => {
  test("portrait while the columns fit 523 pt across (595 − 2 × 36), landscape beyond", () => {
    expect(orientationFor([140, 80, 80, 80])).toBe("Portrait");
    expect(orientationFor([523])).toBe("Portrait");
    expect(orientationFor([524])).toBe("Landscape");
  });

  test("page height: the paper's height less 108 pt of margins, divided by the fit-to-width scale", () => {
    // Portrait at 100 %: (842 − 108) × 0.95.
    expect(pageHeight([380])).toBeCloseTo(734 * 0.95, 6);
    // Landscape at 100 % (745 pt fits 770): (595 − 108) × 0.95.
    expect(pageHeight([745])).toBeCloseTo(487 * 0.95, 6);
    // Landscape, 1540 pt shrunk to 770 (scale 0.5): twice the sheet height per page.
    expect(pageHeight([1540])).toBeCloseTo((487 / 0.5) * 0.95, 6);
  });
});

describe("page breaks", () => {
  const rows = (n: number, h = 15) => Array.from({ length: n }, () => h);

  test("no break when everything fits one page", () => {
    expect(pageBreaks([{ top: 0, bottom: 9 }], rows(10), 300)).toEqual([]);
  });

  test("a block that would cross the page's end starts the next page", () => {
    // 300 pt = 20 rows of 15 pt. Block A rows 0–11 (180 pt), block B rows 13–22 (150 pt):
    // B would end at 345 pt > 300, so it moves to a new page starting at row 13.
    expect(
      pageBreaks(
        [
          { top: 0, bottom: 11 },
          { top: 13, bottom: 22 },
        ],
        rows(30),
        300,
      ),
    ).toEqual([13]);
  });

  test("after a break, the next blocks are measured from it", () => {
    // Blocks of 10 rows (150 pt) with one blank row after each: a 330 pt page holds two and their
    // blank rows (22 rows); the third block starts page 2 at row 22, the fifth page 3 at row 44.
    const blocks = [0, 11, 22, 33, 44].map((top) => ({ top, bottom: top + 9 }));
    expect(pageBreaks(blocks, rows(60), 330)).toEqual([22, 44]);
    // On a 320 pt page the blank row 21 already overflows: page 2 starts there by itself, and the
    // fourth block (rows 21–32 + 33–42 = 330 pt) is the one moved.
    expect(pageBreaks(blocks, rows(60), 320)).toEqual([33]);
  });

  test("taller rows count: a 30 pt header row pushes a block over", () => {
    const heights = rows(30);
    const twoBlocks = [
      { top: 0, bottom: 9 },
      { top: 10, bottom: 19 },
    ];
    expect(pageBreaks(twoBlocks, heights, 300)).toEqual([]);
    heights[10] = 30;
    expect(pageBreaks(twoBlocks, heights, 300)).toEqual([10]);
  });

  test("a block taller than a page is not moved when it already starts a page", () => {
    expect(pageBreaks([{ top: 0, bottom: 39 }], rows(40), 300)).toEqual([]);
  });
});

describe("header and footer text", () => {
  test("a literal & is doubled (a single one starts a format code)", () => {
    expect(hfText("R&D 标准")).toBe("R&&D 标准");
  });

  test("the standard line names the standard, its version and main choices", () => {
    const std = defaultStandard();
    // The default standard: RFM model rf10, ABC cut-offs 80 % / 95 % of revenue, refunds netted.
    expect([std.rfm.model, std.abc.a, std.abc.b, std.abc.basis, std.refunds]).toEqual([
      "rf10",
      0.8,
      0.95,
      "revenue",
      "net",
    ]);
    expect(standardLine(std, "zh-CN")).toBe(
      `${std.name} v${std.version} · RFM rf10 · ABC 80%/95% 销售额 · 退货冲减`,
    );
    expect(standardLine({ ...std, refunds: "exclude" }, "en-US")).toContain("refunds excluded");
  });
});
