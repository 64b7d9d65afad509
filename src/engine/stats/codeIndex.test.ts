import { CodeIndex } from "./codeIndex";

describe("CodeIndex", () => {
  test("indices in the order codes are first met; a code met again keeps its index", () => {
    const ix = new CodeIndex();
    expect(["b", "a", "b", "c", "a"].map((c) => ix.indexOf(c))).toEqual([0, 1, 0, 2, 1]);
    expect(ix.codes).toEqual(["b", "a", "c"]);
  });

  test("past the first 16 codes (the scanned ones) the rest still get one index each", () => {
    const ix = new CodeIndex();
    const codes = Array.from({ length: 40 }, (_, i) => `region ${i}`);
    codes.forEach((c, i) => expect(ix.indexOf(c)).toBe(i));
    // Met again, built anew (equal text, another string object): the same index.
    codes.forEach((c, i) => expect(ix.indexOf(`region ${c.slice(7)}`)).toBe(i));
    expect(ix.codes).toEqual(codes);
  });
});
