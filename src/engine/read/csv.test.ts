import { parseCsv, sniffDelimiter } from "./csv";

describe("parseCsv (RFC 4180)", () => {
  test.each([
    [
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a,b\r\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a,b\r1,2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "\uFEFFa,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ['"x, y",2', [["x, y", "2"]]],
    ['"say ""hi""",2', [['say "hi"', "2"]]],
    [
      '"two\nlines",2\n3,4',
      [
        ["two\nlines", "2"],
        ["3", "4"],
      ],
    ],
    ['"a\r\nb"', [["a\r\nb"]]],
    ["a,,c", [["a", "", "c"]]],
    ["a,b,", [["a", "b", ""]]],
    ['""', [[""]]],
    ["a\n\nb", [["a"], [""], ["b"]]],
    ["", []],
    ["1.50,12923.0,-3", [["1.50", "12923.0", "-3"]]],
  ] as [string, string[][]][])("%j", (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test("other delimiters", () => {
    expect(parseCsv("a;b\n1;2", { delimiter: ";" })).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a\tb", { delimiter: "\t" })).toEqual([["a", "b"]]);
  });

  test("an unterminated quote takes the rest of the text (lenient, like Excel)", () => {
    expect(parseCsv('a,"b\nc')).toEqual([["a", "b\nc"]]);
  });
});

describe("separator from the first line", () => {
  test('semicolons (a European export: "50,00" is a decimal comma) or tabs when the line has no comma', () => {
    expect(parseCsv("Kunde;Betrag\n1001;50,00\n")).toEqual([
      ["Kunde", "Betrag"],
      ["1001", "50,00"],
    ]);
    expect(parseCsv("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  test("a comma in the first line keeps the comma, even with semicolons in the text", () => {
    expect(parseCsv('a,b\n"x;y",2')).toEqual([
      ["a", "b"],
      ["x;y", "2"],
    ]);
    expect(sniffDelimiter("single")).toBe(",");
  });
});
