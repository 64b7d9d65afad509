import { npsFunction } from "./nps";
import { errorOf } from "./testing";

// Expected values are hand calculations from the definition: NPS = 100 × (promoters − detractors) / answers,
// promoters 9–10, detractors 0–6 (Reichheld 2003), i.e. the standard's satisfaction.promoterMin 9 and
// passiveMin 7, which the engine's satisfaction dimension uses.
describe("NPS", () => {
  const cases: [string, unknown[][], number][] = [
    // 2 promoters (10, 9), 2 passives (8, 7), 2 detractors (6, 0): (2 − 2) / 6 = 0
    ["the boundaries 10 9 | 8 7 | 6 0", [[10, 9, 8, 7, 6, 0]], 0],
    // 3 promoters, 1 detractor of 4: 100 × 2 / 4 = 50
    ["a column", [[10], [10], [9], [3]], 50],
    ["only passives", [[7, 8]], 0],
    ["only detractors", [[0, 6]], -100],
    ["only promoters", [[9, 10, 10]], 100],
    // 60 promoters, 30 passives, 10 detractors of 100: 60 − 10 = 50
    [
      "a survey of 100",
      [Array<number>(60).fill(9), Array<number>(30).fill(7), Array<number>(10).fill(2)],
      50,
    ],
    // 1 promoter, 2 detractors of 3: 100 × (1 − 2) / 3
    ["a fraction", [[10, 1, 5]], -100 / 3],
    // Blanks are not answers: one promoter of one answer
    ["blanks skipped", [[10, null, ""], ["  "]], 100],
    // Numbers as text are read as the add-in reads them: "9" and "9.0" are promoters
    ["numeric text", [["9", 0, "9.0", "10"]], 50],
    // Fractions are answers, cut by the thresholds as the engine cuts them: 8.5 passive, 6.5 detractor
    ["fractions", [[8.5, 6.5, 9]], 0],
  ];
  test.each(cases)("%s", (_name, cells, expected) => {
    expect(npsFunction(Object.freeze(cells.map((r) => Object.freeze(r))))).toBeCloseTo(expected, 12);
  });

  test("the standard's thresholds: promoters only at 10", () => {
    // promoterMin 10: 10 promoter, 9 passive, 3 detractor → (1 − 1) / 3 = 0
    expect(npsFunction([[10, 9, 3]], [["satisfaction.promoterMin", 10]])).toBe(0);
  });

  const junk: [string, unknown][] = [
    ["text", "abc"],
    ["above 10", 11],
    ["negative", -1],
    ["boolean", true],
    ["an error value", "#N/A"],
    ["a percentage", "90%"],
  ];
  test.each(junk)("rejects %s and names the cell", (_name, bad) => {
    const e = errorOf(() =>
      npsFunction([
        [10, 9],
        [7, bad],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^scores: row 2, column 2: /);
  });

  test("no answers at all is #N/A, not 0", () => {
    expect(errorOf(() => npsFunction([[null, ""]])).code).toBe("#N/A");
    expect(errorOf(() => npsFunction([])).code).toBe("#N/A");
    expect(errorOf(() => npsFunction(null)).code).toBe("#N/A");
  });
});
