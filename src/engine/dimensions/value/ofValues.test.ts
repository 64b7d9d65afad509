import { ABC_DEFAULTS } from "./defaults";
import { abcOfValues } from "./ofValues";

// By hand (product.md, "ABC"): values 50, 30, 10, 5, 5 (total 100), shares before each: 0, .5, .8, .9, .95.
// A while < .8, B while < .95, else C → 50 A, 30 A, 10 B (.8 is not < .8), 5 B, 5 C.
const values = [10, 50, 5, 30, 5];
const ids = ["C3", "C1", "C4", "C2", "C5"];

describe("abcOfValues", () => {
  test.each<[number, string]>([
    [50, "A"],
    [30, "A"],
    [10, "B"],
  ])("%p → %p", (v, cls) => expect(abcOfValues(v, null, { values, ids: null }, ABC_DEFAULTS)).toBe(cls));

  test("equal values on both sides of a cut-off: a tie without an ID, the ID's class with one", () => {
    expect(abcOfValues(5, null, { values, ids: null }, ABC_DEFAULTS)).toBe("tie");
    expect(abcOfValues(5, null, { values, ids }, ABC_DEFAULTS)).toBe("tie");
    expect(abcOfValues(5, "C4", { values, ids }, ABC_DEFAULTS)).toBe("B");
    expect(abcOfValues(5, "C5", { values, ids }, ABC_DEFAULTS)).toBe("C");
  });

  test("a value (or value and ID) not in the population is not_found", () => {
    expect(abcOfValues(40, null, { values, ids: null }, ABC_DEFAULTS)).toBe("not_found");
    expect(abcOfValues(50, "C2", { values, ids }, ABC_DEFAULTS)).toBe("not_found");
  });

  test("blanks (NaN) are customers without sales, left out", () => {
    // 60 and 40 (total 100): 60 A (before 0), 40 A (before .6 < .8).
    const pop = { values: [60, NaN, 40, NaN], ids: null };
    expect(abcOfValues(40, null, pop, ABC_DEFAULTS)).toBe("A");
    expect(abcOfValues(0, null, pop, ABC_DEFAULTS)).toBe("not_found");
  });

  test("a value ≤ 0 is C; money compares in exact 1/10,000 units", () => {
    const pop = { values: [0.1 + 0.2, -5, 99.7], ids: null };
    expect(abcOfValues(-5, null, pop, ABC_DEFAULTS)).toBe("C");
    expect(abcOfValues(0.3, null, pop, ABC_DEFAULTS)).toBe("C");
  });
});
