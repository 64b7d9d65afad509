import { netPromoterScore } from "./nps";

// Expected values are hand calculations from the definition: NPS = 100 × (promoters − detractors) / answers,
// promoters 9–10, detractors 0–6 (Reichheld 2003).
describe("netPromoterScore", () => {
  const cases: [string, unknown[][], number, number][] = [
    // 2 promoters (10, 9), 2 passives (8, 7), 2 detractors (6, 0): (2 − 2) / 6 = 0
    ["the boundaries 10 9 | 8 7 | 6 0", [[10, 9, 8, 7, 6, 0]], 0, 6],
    // 3 promoters, 1 detractor of 4: 100 × 2 / 4 = 50
    ["a column", [[10], [10], [9], [3]], 50, 4],
    ["only passives", [[7, 8]], 0, 2],
    ["only detractors", [[0, 6]], -100, 2],
    ["only promoters", [[9, 10, 10]], 100, 3],
    // 60 promoters, 30 passives, 10 detractors of 100: 60 − 10 = 50
    [
      "a survey of 100",
      [Array<number>(60).fill(9), Array<number>(30).fill(7), Array<number>(10).fill(2)],
      50,
      100,
    ],
    // 1 promoter, 2 detractors of 3: 100 × (1 − 2) / 3
    ["a fraction", [[10, 1, 5]], -100 / 3, 3],
    // Blanks are not answers: one promoter of one answer
    ["blanks skipped", [[10, null, ""], ["  "]], 100, 1],
    // Numeric text counts as the number: "9" promoter, 0 detractor
    ["numeric text", [["9", 0]], 0, 2],
  ];
  test.each(cases)("%s", (_name, cells, nps, answers) => {
    const result = netPromoterScore(Object.freeze(cells.map((r) => Object.freeze(r))));
    expect(result).toEqual({ ok: true, nps: expect.closeTo(nps, 12) as unknown, answers });
  });

  const junk: [string, unknown][] = [
    ["text", "abc"],
    ["above 10", 11],
    ["negative", -1],
    ["not whole", 8.5],
    ["boolean", true],
    ["NaN", Number.NaN],
    ["an error value", "#N/A"],
    ["decimal text", "9.0"],
  ];
  test.each(junk)("rejects %s and names the cell", (_name, bad) => {
    const result = netPromoterScore([
      [10, 9],
      [7, bad],
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe("invalid");
      expect(result.message).toMatch(/^Row 2, column 2: /);
    }
  });

  test("no answers at all is 'empty', not 0", () => {
    expect(netPromoterScore([[null, ""]])).toMatchObject({ ok: false, reason: "empty" });
    expect(netPromoterScore([])).toMatchObject({ ok: false, reason: "empty" });
  });
});
