import type { Cell, RawTable } from "../types";
import { readCustomers } from "./customers";

const H = [
  "客户编号",
  "客户名称",
  "客户类型",
  "所属行业",
  "员工人数",
  "营业收入(万元)",
  "资产总额（万元）",
  "地区",
  "NPS",
  "满意度",
  "信用额度",
  "备注",
];

/** The table starts at sheet cell B3 (top 2, left 1), under a title row. */
function table(rows: Cell[][]): RawTable {
  return { sheet: "客户", top: 2, left: 1, rows: [["客户名单 2024"], H, ...rows] };
}

const ROWS: Cell[][] = [
  /* Excel row 5  */ ["C001", "甲公司", "企业", "制造业", 120, "1,500", 800, "北京", 9, 4, "¥50,000", ""],
  /* Excel row 6  */ ["12923.0", "乙商店", "零售", "零售业", "15", null, null, "上海", 11, 6, "abc", "vip"],
  /* Excel row 7  */ [null, null, null, null, null, null, null, null, null, null, null, null],
  /* Excel row 8  */ ["C001", "甲公司重复", "企业", null, null, null, null, null, null, null, null, null],
  /* Excel row 9  */ ["", "无编号客户", "零售", null, null, null, null, null, null, null, null, null],
  /* Excel row 10 */ ["合计", null, null, null, 135, "1,500", 800, null, null, null, null, null],
  /* Excel row 11 */ ["#N/A", "错误", null, null, null, null, null, null, null, null, null, null],
  /* Excel row 12 */ [" Ｃ００３ ", "丙", "企业", "#VALUE!", null, "2.5", null, null, "8", "5", "$100", null],
  /* Excel row 13 */ [12924, "丁", null, null, "-5", null, null, null, null, null, null, null],
];

describe("readCustomers", () => {
  const { table: t, mapping, issues } = readCustomers(table(ROWS), { lang: "en-US" });

  test("IDs: first of duplicates kept, 12923.0 → 12923, full-width trimmed, numbers as text", () => {
    expect(t.ids).toEqual(["C001", "12923", "C003", "12924"]);
    expect([...t.index.entries()]).toEqual([
      ["C001", 0],
      ["12923", 1],
      ["C003", 2],
      ["12924", 3],
    ]);
    // 0-based sheet rows = top 2 + index within raw.rows (title 0, header 1, data from 2): Excel rows 5, 6, 12, 13.
    expect([...t.row]).toEqual([4, 5, 11, 12]);
    expect(t.sheet).toBe("客户");
    expect(mapping.headerRow).toBe(1);
  });

  test("text and numbers, with the header's unit (万元 × 10,000)", () => {
    expect(t.name).toEqual(["甲公司", "乙商店", "丙", "丁"]);
    expect(t.type).toEqual(["企业", "零售", "企业", null]);
    expect(t.industryText).toEqual(["制造业", "零售业", null, null]);
    expect(t.region).toEqual(["北京", "上海", null, null]);
    expect(t.notes).toEqual([null, "vip", null, null]);
    expect([...t.employees]).toEqual([120, 15, NaN, NaN]);
    expect([...t.revenue]).toEqual([15_000_000, NaN, 25_000, NaN]); // 1,500 万元; 2.5 万元
    expect([...t.assets]).toEqual([8_000_000, NaN, NaN, NaN]);
    expect([...t.nps]).toEqual([9, NaN, 8, NaN]); // 11 is outside 0–10
    expect([...t.csat]).toEqual([4, NaN, 5, NaN]); // 6 is outside 1–5
    expect([...t.creditLimit]).toEqual([50_000, NaN, 100, NaN]);
  });

  test("issues, grouped, with sheet cells", () => {
    const byCode = Object.fromEntries(issues.map((i) => [`${i.code}@${i.cell}`, [i.severity, i.count]]));
    expect(byCode).toEqual({
      "error_value@B11": ["error", 1], // #N/A as ID: Excel row 11 (0-based 10), column B (left 1)
      "duplicate_customer_id@B8": ["warning", 1],
      "missing_customer_id@B9": ["warning", 1],
      "out_of_range@J6": ["warning", 1], // NPS 11
      "out_of_range@K6": ["warning", 1], // CSAT 6
      "out_of_range@F13": ["warning", 1], // employees −5
      "invalid_number_ignored@L6": ["warning", 1], // credit limit "abc"
      "error_value_ignored@E12": ["warning", 1], // industry #VALUE!
      "mixed_currency@L12": ["warning", 1], // ¥ (L5) and $ (L12): a 1:1 tie, CNY first by name
      "unit_applied@G4": ["info", 1],
      "unit_applied@H4": ["info", 1],
      "total_row@B10": ["info", 1],
      "id_decimal@B6": ["info", 1],
    });
    const mixed = issues.find((i) => i.code === "mixed_currency")!;
    expect(mixed.cells).toEqual(["L12"]);
    expect(mixed.message).toContain("CNY ×1, USD ×1");
  });

  test("the user's mapping and units win", () => {
    const r = readCustomers(table(ROWS), { mapping: { name: 2, type: null }, units: { revenue: 1 } });
    expect(r.table.name[0]).toBe("企业");
    expect(r.table.type[0]).toBeNull();
    expect(r.table.revenue[0]).toBe(1500);
  });

  test("no ID column → an error and an empty table", () => {
    const r = readCustomers(
      {
        sheet: "S",
        top: 0,
        left: 0,
        rows: [
          ["名称", "地区"],
          ["甲", "北京"],
        ],
      },
      { lang: "en-US" },
    );
    expect(r.table.ids).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["missing_column", "error", "A1"]]);
    expect(r.issues[0]!.message).toContain('"customer ID"');
  });

  test("header only → empty_table", () => {
    const r = readCustomers({ sheet: "S", top: 0, left: 0, rows: [["客户编号"], [null], [" "]] });
    expect(r.issues.map((i) => i.code)).toEqual(["empty_table"]);
  });

  test("input rows are not mutated", () => {
    const rows = ROWS.map((r) => Object.freeze([...r]));
    const raw = Object.freeze({
      sheet: "客户",
      top: 0,
      left: 0,
      rows: Object.freeze([Object.freeze(H), ...rows]),
    });
    expect(() => readCustomers(raw)).not.toThrow();
  });
});
