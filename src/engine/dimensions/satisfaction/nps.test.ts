import { SATISFACTION_DEFAULTS as STD } from "./defaults";
import { npsClassOf, npsOfClasses, npsScore, npsSummary } from "./nps";
import { csatClassOf, csatTopBoxShare } from "./csat";

// NPS definition (Reichheld 2003, Bain): promoters 9–10, passives 7–8, detractors 0–6.
describe("npsClassOf", () => {
  // prettier-ignore
  test.each([
    [10, "promoter"], [9, "promoter"], [8.99, "passive"], [8, "passive"], [7, "passive"],
    [6, "detractor"], [0, "detractor"], [-1, null], [11, null], [NaN, null], [Infinity, null],
  ])("%d → %s", (score, expected) => {
    expect(npsClassOf(score, STD)).toBe(expected);
  });
  test("thresholds come from the standard", () => {
    expect(npsClassOf(8, { ...STD, promoterMin: 8 })).toBe("promoter");
    expect(npsClassOf(6, { ...STD, passiveMin: 6 })).toBe("passive");
  });
});

describe("npsScore", () => {
  test("10 answers by hand: 10,9,9,10 promoters (4); 8,7,7 passives (3); 6,5,3 detractors (3) → 40 − 30 = 10", () => {
    const answers = Object.freeze([10, 9, 9, 8, 7, 7, 6, 5, 3, 10]);
    expect(npsSummary(answers)).toEqual({ promoters: 4, passives: 3, detractors: 3, n: 10, score: 10 });
    expect(npsScore(answers)).toBe(10);
  });
  test("all promoters → 100, all detractors → −100, all passives → 0", () => {
    expect(npsScore([9, 10])).toBe(100);
    expect(npsScore([0, 6])).toBe(-100);
    expect(npsScore([7, 8])).toBe(0);
  });
  test("missing and out-of-range answers are left out: [10, NaN, 12, 0] → 1 promoter, 1 detractor of 2 → 0", () => {
    expect(npsSummary(Float64Array.from([10, NaN, 12, 0]))).toEqual({
      promoters: 1,
      passives: 0,
      detractors: 1,
      n: 2,
      score: 0,
    });
  });
  test("3 answers 9, 7, 2: (1 − 1) / 3 → 0; 9, 9, 2: (2 − 1)/3 = 33.33…", () => {
    expect(npsScore([9, 7, 2])).toBe(0);
    expect(npsScore([9, 9, 2])).toBeCloseTo(100 / 3, 12);
  });
  test("no valid answer → NaN", () => {
    expect(npsScore([])).toBeNaN();
    expect(npsScore([NaN, -1])).toBeNaN();
  });
  test("of classed customers: the same counts as of their answers", () => {
    // Answers 10, 0, 9, 8, none, 5 → classes promoter, detractor, promoter, passive, null, detractor:
    // 2 promoters, 1 passive, 2 detractors of 5 → (2 − 2)/5 = 0.
    const answers = [10, 0, 9, 8, NaN, 5];
    const classes = answers.map((a) => npsClassOf(a, STD));
    expect(npsOfClasses(classes)).toEqual({ promoters: 2, passives: 1, detractors: 2, n: 5, score: 0 });
    expect(npsOfClasses(classes)).toEqual(npsSummary(answers));
    expect(npsOfClasses(["promoter", "passive", null, undefined]).score).toBe(50);
    expect(npsOfClasses([null]).score).toBeNaN();
  });
});

describe("CSAT top-2 box (1–5, ≥ 4)", () => {
  // prettier-ignore
  test.each([
    [5, "top2"], [4, "top2"], [3.99, "not_top2"], [3, "not_top2"], [1, "not_top2"], [0, null], [6, null], [NaN, null],
  ])("%d → %s", (score, expected) => {
    expect(csatClassOf(score, STD)).toBe(expected);
  });
  test("share: 5, 4, 3, 2 and an invalid 9 → 2 of 4 valid = 0.5", () => {
    expect(csatTopBoxShare([5, 4, 3, 2, 9])).toBe(0.5);
    expect(csatTopBoxShare([])).toBeNaN();
  });
});
