import { errorOf } from "../testing";
import { parseRangeAddress } from "./address";
import { asOfArg } from "./as-of";
import { booleanArg, numberArg, scalar, textArg, toCell } from "./cells";
import { isBlankMatrix, matrixArg, numberCells, numberList } from "./ranges";

describe("numberArg", () => {
  // Numbers as text are read by the engine's reader (engine/read/numberCell.ts): thousands commas,
  // currency marks and accounting negatives.
  test.each<[unknown, number | null]>([
    [12, 12],
    ["1,234.50", 1234.5],
    ["¥5,000", 5000],
    ["(500.00)", -500],
    [" 7 ", 7],
    [null, null],
    ["", null],
    [undefined, null],
    [[[3]], 3],
  ])("%p → %p", (v, expected) => {
    expect(numberArg(v, "x")).toBe(expected);
  });

  test.each<[unknown, RegExp]>([
    ["abc", /x: "abc" is not a number/],
    [true, /x: expects a number, not TRUE/],
    ["#N/A", /x: "#N\/A" is an Excel error value/],
    [[[1, 2]], /x: expects one value, not a range/],
    [Number.NaN, /not a value a cell can hold/],
    [{}, /not a value a cell can hold/],
    ["80%", /not a number/],
  ])("%p is #VALUE!", (v, message) => {
    const e = errorOf(() => numberArg(v, "x"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
    expect(e.messages["zh-CN"]).toMatch(/^x：/);
  });

  test("percentages only where asked", () => {
    expect(numberArg("80%", "a", { percent: true })).toBeCloseTo(0.8, 15);
  });
});

describe("cells", () => {
  test("linked-data objects give their basicValue; other objects are refused", () => {
    expect(toCell({ type: "Double", basicValue: 5 })).toBe(5);
    expect(toCell({ basicValue: { nested: 1 } })).toBeUndefined();
    expect(toCell(Symbol.iterator)).toBeUndefined();
  });
  test("scalar unwraps a 1×1 range", () => expect(scalar([["a"]], "x")).toBe("a"));
  test.each<[unknown, boolean]>([
    [true, true],
    [0, false],
    ["是", true],
    ["FALSE", false],
    [null, false],
  ])("booleanArg(%p)", (v, b) => expect(booleanArg(v, "x", false)).toBe(b));
  test("booleanArg refuses other text", () =>
    expect(errorOf(() => booleanArg("maybe", "x", false)).code).toBe("#VALUE!"));
  test("textArg trims and turns numbers into text", () => {
    expect(textArg(" 零售 ", "t")).toBe("零售");
    expect(textArg(5211, "t")).toBe("5211");
    expect(textArg("  ", "t")).toBeNull();
  });
});

describe("ranges", () => {
  test("a single value is a 1×1 range; omitted is null; a flat list is one row", () => {
    expect(matrixArg(5, "v")).toEqual([[5]]);
    expect(matrixArg(null, "v")).toBeNull();
    expect(matrixArg([1, 2], "v")).toEqual([[1, 2]]);
    expect(errorOf(() => matrixArg([[1], 2], "v")).code).toBe("#VALUE!");
  });
  test("blank cells are skipped, their places kept as NaN", () => {
    const c = numberCells(
      [
        [1, null],
        ["", "2"],
      ],
      "v",
    );
    expect([...c.values]).toEqual([1, NaN, NaN, 2]);
    expect(c.count).toBe(2);
    expect([
      ...numberList(
        [
          [1, null],
          ["", "2"],
        ],
        "v",
      ),
    ]).toEqual([1, 2]);
  });
  test("the first cell that is not a number is named", () => {
    const e = errorOf(() =>
      numberCells(
        [
          [1, 2],
          [3, "x"],
        ],
        "values",
      ),
    );
    expect(e.message).toBe('values: row 2, column 2: "x" is not a number.');
  });
  test("isBlankMatrix", () => {
    expect(isBlankMatrix([[null, ""], [" "]])).toBe(true);
    expect(isBlankMatrix([[null, 0]])).toBe(false);
    expect(isBlankMatrix([])).toBe(true);
  });
});

describe("parseRangeAddress", () => {
  test.each<[string, ReturnType<typeof parseRangeAddress>]>([
    ["Sheet1!A1:H100", { sheet: "Sheet1", top: 0, left: 0 }],
    ["'客户 档案'!$B$3:$F$20", { sheet: "客户 档案", top: 2, left: 1 }],
    ["'It''s'!C5", { sheet: "It's", top: 4, left: 2 }],
    ["[Book1.xlsx]Sales!AA10:AB20", { sheet: "Sales", top: 9, left: 26 }],
    ["Sales!C:H", { sheet: "Sales", top: 0, left: 2 }],
    ["Sales!3:9", { sheet: "Sales", top: 2, left: 0 }],
    ["B2:C3", { sheet: "", top: 1, left: 1 }],
    ["", null],
    ["#REF!", null],
  ])("%s", (address, expected) => expect(parseRangeAddress(address)).toEqual(expected));
  test("not a string", () => expect(parseRangeAddress(undefined)).toBeNull());
});

describe("asOfArg", () => {
  // Serial 45658 = 2025-01-01 (1900 date system: days since 1899-12-30).
  test.each<[unknown, string | null]>([
    [45658, "2025-01-01"],
    [45658.75, "2025-01-01"],
    ["2024-03-05", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["2024年3月5日", "2024-03-05"],
    ["25/12/2024", "2024-12-25"],
    ["12/25/2024", "2024-12-25"],
    [null, null],
  ])("%p → %p", (v, iso) => expect(asOfArg(v)).toBe(iso));
  test.each<[unknown]>([["3/5/2024"], ["yesterday"], [true], [-1], ["2024-02-30"]])("%p is #VALUE!", (v) => {
    expect(errorOf(() => asOfArg(v)).code).toBe("#VALUE!");
  });
});
