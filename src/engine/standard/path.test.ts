import fc from "fast-check";
import { formatPath, parsePath } from "./path";
import { editDistance, suggest } from "./suggest";

describe("paths", () => {
  const table: [(string | number)[], string][] = [
    [["abc", "b"], "abc.b"],
    [["overall", "rules", 2, "when", "rfm"], "overall.rules[2].when.rfm"],
    [["overall", "rules", 0, "label", "zh-CN"], "overall.rules[0].label.zh-CN"],
    [["industry", "aliases", "零售 业"], 'industry.aliases["零售 业"]'],
    [[], ""],
  ];
  it.each(table)("%j ⇄ %s", (segs, text) => {
    expect(formatPath(segs)).toBe(text);
    expect(parsePath(text)).toEqual(segs);
  });

  it("property: parse(format(p)) = p", () => {
    const seg = fc.oneof(fc.string({ minLength: 1 }), fc.nat({ max: 999 }));
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 5 }), (segs) =>
        expect(parsePath(formatPath(segs))).toEqual(segs),
      ),
    );
  });

  it("rejects text it could not have written", () => {
    for (const bad of [".a", "a[", "a[x]", 'a["x"', "a..b"]) expect(parsePath(bad)).toBeNull();
  });
});

describe("suggest", () => {
  // Distances by hand: windowdays → windowDays 0 (case-insensitive); bb → b 1; champion → champions 1;
  // valeu → value 1 (adjacent swap); xyz → b 3 > 1 (too far for a 3-letter word).
  const table: [string, string[], string | undefined][] = [
    ["windowdays", ["windowDays", "newDays"], "windowDays"],
    ["bb", ["a", "b", "basis"], "b"],
    ["champion", ["champions", "loyal"], "champions"],
    ["valeu", ["value", "rfm"], "value"],
    ["xyz", ["a", "b"], undefined],
  ];
  it.each(table)("%s → %s", (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected);
  });

  it("edit distance: kitten → sitting is 3 (the textbook example), ab → ba is 1", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
