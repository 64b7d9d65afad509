import { defaultStandard, flattenStandard } from "../../engine/standard";
import type { Standard } from "../../engine/standard/types";
import { errorOf } from "../testing";
import { standardArg } from "./standard-range";

/** The standard sheet as the engine flattens it, laid out as a range: a title, the settings list with
 *  its header, then each table (id row, column row, rows) after a blank row. */
function sheetRange(s: Standard): unknown[][] {
  const flat = flattenStandard(s);
  const out: unknown[][] = [["客户分类标准 / Classification standard"], ["path", "value", "description"]];
  for (const r of flat.rows) out.push([r.path, r.value, r.description["zh-CN"]]);
  for (const t of flat.tables) {
    out.push([]);
    out.push([t.id, t.description["en-US"]]);
    out.push(t.columns);
    for (const row of t.rows) out.push(row);
  }
  return out;
}

describe("standardArg", () => {
  test("omitted or blank: undefined (the engine's defaults)", () => {
    expect(standardArg(null)).toBeUndefined();
    expect(standardArg([[null, ""]])).toBeUndefined();
  });

  test("key/value rows set what they name; the rest is the default", () => {
    const s = standardArg([
      ["rfm.model", "cn8"],
      ["rfm.ties.frequency", "rank"],
      ["refunds", "exclude"],
      ["abc.a", "70%"],
    ])!;
    const expected = defaultStandard();
    expected.rfm.model = "cn8";
    expected.rfm.ties.frequency = "rank";
    expected.refunds = "exclude";
    expected.abc.a = 0.7;
    expect(s).toEqual(expected);
  });

  test("the whole standard sheet round-trips, tables included", () => {
    const s = defaultStandard();
    s.rfm.model = [
      { segment: "best", r: [4, 5], f: [4, 5], label: { "zh-CN": "最佳", "en-US": "Best" } },
      { segment: "rest" },
    ];
    // The default overall rules name grades A–D, so the table keeps those codes with other bounds.
    s.credit.grades = [
      { grade: "A", minOnTimeRate: 0.9, terms: "net45" },
      { grade: "B", minOnTimeRate: 0.8, maxOldestOverdueDays: 20, terms: "net30" },
      { grade: "C", maxOverdueShare: 0.5, terms: "cod" },
      { grade: "D", terms: "prepay" },
    ];
    s.industry.aliases = { 五金店: "F" };
    s.abc.b = 0.9;
    expect(standardArg(sheetRange(s))).toEqual(s);
  });

  test("the default standard's sheet reads back as the default", () => {
    expect(standardArg(sheetRange(defaultStandard()))).toEqual(defaultStandard());
  });

  test("JSON in one cell", () => {
    const s = standardArg([['{"rfm": {"model": "cn8"}, "abc": {"a": 0.75}}']])!;
    expect(s.rfm.model).toBe("cn8");
    expect(s.abc.a).toBe(0.75);
  });

  test.each<[string, unknown[][], RegExp]>([
    [
      "a typo in a key, with a suggestion",
      [
        ["refunds", "net"],
        ["rfm.modle", "cn8"],
      ],
      /standard, row 2: Unknown key "rfm\.modle"; did you mean "rfm\.model"\?/,
    ],
    ["a value out of range", [["abc.a", 1.5]], /standard, row 1: .*abc\.a/],
    [
      "a and b in the wrong order",
      [
        ["abc.a", 0.9],
        ["abc.b", 0.8],
      ],
      /abc\.b/,
    ],
    ["an unknown model", [["rfm.model", "rf11"]], /row 1/],
    ["broken JSON", [["{rfm: cn8"]], /standard: not valid JSON/],
    ["JSON with a wrong value", [['{"refunds": "sometimes"}']], /refunds/],
    ["a cell no cell can hold", [["refunds", {}]], /not a value a cell can hold/],
  ])("%s → #VALUE! naming the row", (_name, range, message) => {
    const e = errorOf(() => standardArg(range));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  test("a bad cell in a table names the table row in the range", () => {
    const range = [
      ["credit.grades"],
      ["grade", "minOnTimeRate", "terms"],
      ["A", 0.9, "net30"],
      ["B", "lots", "cod"],
    ];
    const e = errorOf(() => standardArg(range));
    expect(e.message).toMatch(/^standard, row 4: /);
  });
});
