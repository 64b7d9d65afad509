import { cellAddress, columnLetter, IssueCollector, MAX_ISSUE_CELLS, qualifiedAddress } from "./issues";
import { formatCount, MESSAGES, renderMessage, type IssueCode } from "./messages";

describe("A1 addresses", () => {
  // Excel's columns: A–Z, then AA…AZ, BA…, ZZ is the 702nd, XFD the last (16,384th; Excel specifications).
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %i → %s", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
  });

  test("cellAddress is 0-based in, 1-based rows out", () => {
    expect(cellAddress(43, 1)).toBe("B44");
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(-1, 0)).toBe("");
  });

  test("sheet names are quoted when Excel would quote them", () => {
    expect(qualifiedAddress("销售明细", "B44")).toBe("销售明细!B44");
    expect(qualifiedAddress("Sales 2024", "B44")).toBe("'Sales 2024'!B44");
    expect(qualifiedAddress("O'Brien", "A1")).toBe("'O''Brien'!A1");
    expect(qualifiedAddress("", "A1")).toBe("A1");
  });
});

describe("IssueCollector", () => {
  test("groups by code, sheet and column; counts all, keeps the first 100 cells", () => {
    const c = new IssueCollector("en-US");
    for (let r = 1; r <= 150; r++) c.add("invalid_date", "error", "销售明细", r, 1, { example: `bad${r}` });
    c.add("invalid_date", "error", "销售明细", 5, 2);
    c.add("invalid_date", "error", "其他", 5, 1);
    const issues = c.issues();
    expect(issues).toHaveLength(3);
    const first = issues[0]!;
    expect(first).toMatchObject({ code: "invalid_date", sheet: "销售明细", cell: "B2", count: 150 });
    expect(first.cells).toHaveLength(MAX_ISSUE_CELLS);
    expect(first.cells[99]).toBe("B101");
    expect(first.params).toMatchObject({ example: "bad1", count: 150, column: "B" });
  });

  test("errors first, then warnings, then info; otherwise in the order first seen", () => {
    const c = new IssueCollector("en-US");
    c.add("total_row", "info", "S", 3, 0);
    c.add("missing_customer_id", "warning", "S", 4, 0);
    c.add("invalid_number", "error", "S", 5, 2);
    c.add("invalid_date", "error", "S", 6, 1);
    expect(c.issues().map((i) => i.code)).toEqual([
      "invalid_number",
      "invalid_date",
      "missing_customer_id",
      "total_row",
    ]);
    expect(c.hasErrors()).toBe(true);
  });

  test("the brief's example message, in both languages", () => {
    for (const lang of ["en-US", "zh-CN"] as const) {
      const c = new IssueCollector(lang);
      for (const r of [43, 44, 45])
        c.add("invalid_date", "error", "销售明细", r, 1, { header: "单据日期", example: "2023-02-30" });
      const [issue] = c.issues();
      expect(issue!.cells).toEqual(["B44", "B45", "B46"]);
      if (lang === "en-US") {
        expect(issue!.message).toBe(
          '3 dates in column B (单据日期) (销售明细!B44, 销售明细!B45, 销售明细!B46) could not be read (e.g. "2023-02-30") and the rows were left out. Write them as dates or YYYY-MM-DD.',
        );
      } else {
        expect(issue!.message).toBe(
          'B（单据日期） 列有 3 个日期无法识别（如"2023-02-30"）：销售明细!B44, 销售明细!B45, 销售明细!B46；这些行未计入。请写成日期或 YYYY-MM-DD 格式。',
        );
      }
    }
  });
});

describe("messages", () => {
  const codes = Object.keys(MESSAGES["en-US"]) as IssueCode[];

  test("both languages have every code", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual([...codes].sort());
  });

  test.each(codes)("%s renders in both languages with count and cell, no placeholders left", (code) => {
    const params = {
      count: 1234,
      column: "C",
      header: "金额",
      example: "x",
      field: "日期",
      examples: "日期, Date",
      customers: 7,
      asOf: "2011-12-10",
      currencies: "CNY ×3, USD ×1",
      policy: "net",
      order: "mdy",
      unit: "万元",
      multiplier: 10_000,
      min: 0,
      max: 10,
      first: "B",
    };
    for (const lang of ["en-US", "zh-CN"] as const) {
      const m = renderMessage(code, lang, params, "Sheet1", ["C5", "C6", "C7", "C8"]);
      expect(m).not.toMatch(/undefined|NaN|\$\{|\[object/);
      expect(m.length).toBeGreaterThan(20);
      if (m.includes("Sheet1!C5")) expect(m).toContain("…"); // 4 cells, 3 shown
    }
  });

  test("formatCount groups thousands without locale data", () => {
    expect([0, 999, 1000, 135_080, 1_234_567, -4321].map(formatCount)).toEqual([
      "0",
      "999",
      "1,000",
      "135,080",
      "1,234,567",
      "-4,321",
    ]);
  });
});
