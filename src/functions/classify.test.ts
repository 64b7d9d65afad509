import { classify } from "../engine/classify";
import { label } from "../engine/standard";
import { RESULT_COLUMNS } from "../engine/output/columns";
import { classifyFunction } from "./classify";
import { errorOf } from "./testing";

// A small book: three customers (one with no sales), and sales lines with one for a customer that is
// not in the customer table. Dates are ISO text; 2024-12-31 is the latest, so as-of = 2025-01-01.
const customers = [
  ["客户编号", "客户名称", "所属行业", "员工人数", "营业收入(万元)", "NPS评分"],
  ["C001", "甲公司", "服装批发", 30, 6000, 9],
  ["C002", "乙超市", "超市", 60, 600, 6],
  ["C003", "丙餐厅", "餐饮", 12, 150, null],
];
const sales = [
  ["单据日期", "单据编号", "客户编号", "金额"],
  ["2024-01-05", "SO1", "C001", 5000],
  ["2024-06-01", "SO2", "C001", 7000],
  ["2024-12-31", "SO3", "C001", 3000],
  ["2024-03-10", "SO4", "C002", 800],
  ["2024-11-20", "SO5", "C004", 1200],
];

const engineOf = (asOf?: string) =>
  classify({
    customers: { sheet: "customers", top: 0, left: 0, rows: customers },
    transactions: { sheet: "transactions", top: 0, left: 0, rows: sales },
    ...(asOf !== undefined && { asOf }),
    lang: "zh-CN",
  }).result;

describe("CLASSIFY", () => {
  test("labels in the language asked for, headers from the engine's column list", () => {
    const engine = engineOf();
    const spill = classifyFunction(customers, sales, null, null, false, "zh-CN");
    const cols = RESULT_COLUMNS.filter((c) => c.format === "text" && engine.available[c.dimension] === true);
    expect(spill[0]).toEqual(["客户编号", ...cols.map((c) => c.header["zh-CN"])]);
    // Customer-table order, then customers found only in the transactions.
    expect(spill.slice(1).map((r) => r[0])).toEqual(["C001", "C002", "C003", "C004"]);
    const rfm = cols.findIndex((c) => c.key === "rfm") + 1;
    const industry = cols.findIndex((c) => c.key === "industry") + 1;
    expect(rfm).toBeGreaterThan(0);
    spill.slice(1).forEach((row, i) => {
      const c = engine.customers[i]!;
      expect(row[rfm]).toBe(c.classes.rfm ? label("rfm", c.classes.rfm, "zh-CN", engine.standard) : "");
      expect(row[industry]).toBe(c.classes.industry ? label("industry", c.classes.industry, "zh-CN") : "");
    });
    // 服装批发 is GB/T 4754 section F; C003 has no sales, so no RFM segment.
    expect(spill[1]![industry]).toBe("F 批发和零售业");
    expect(spill[3]![rfm]).toBe("");
  });

  test("English headers; codes with language 'code'", () => {
    const en = classifyFunction(customers, sales, null, null, false, "en-US");
    expect(en[0]![0]).toBe("Customer ID");
    expect(en[0]).toContain("RFM segment");
    const codes = classifyFunction(customers, sales, null, null, false, "code");
    expect(codes[0]).toEqual(
      expect.arrayContaining(["id", "rfm", "value", "industry", "size", "satisfaction"]),
    );
    expect(codes[1]![codes[0]!.indexOf("industry")]).toBe("F");
  });

  test("metrics add the numeric columns; as_of moves recency", () => {
    const spill = classifyFunction(customers, sales, "2025-01-31", null, true, "code");
    const h = spill[0] as string[];
    // C001 last bought on 2024-12-31: 31 days before 2025-01-31. Revenue 5000 + 7000 + 3000.
    expect(spill[1]![h.indexOf("recencyDays")]).toBe(31);
    expect(spill[1]![h.indexOf("monetary")]).toBe(15000);
    expect(spill[1]![h.indexOf("orders")]).toBe(3);
    const engine = engineOf("2025-01-31");
    expect(spill[1]![h.indexOf("r")]).toBe(engine.customers[0]!.scores!.r);
    // As a date serial: 45688 = 2025-01-31.
    expect(classifyFunction(customers, sales, 45688, null, true, "code")).toEqual(spill);
  });

  test("the standard range changes the classes (cn8)", () => {
    const spill = classifyFunction(customers, sales, null, [["rfm.model", "cn8"]], false, "code");
    const k = (spill[0] as string[]).indexOf("rfm");
    expect(spill[1]![k]).toMatch(/^(important|general)_/);
  });

  test("transactions only; customers only", () => {
    const txOnly = classifyFunction(null, sales, null, null, false, "code");
    expect(txOnly.slice(1).map((r) => r[0])).toEqual(["C001", "C002", "C004"]);
    const custOnly = classifyFunction(customers, [[""]], null, null, false, "code");
    expect(custOnly[0]).not.toContain("rfm");
    expect(custOnly[0]).toContain("industry");
  });

  test("numeric IDs are numbers, so XLOOKUP finds them; IDs written as 12923.0 become 12923", () => {
    const spill = classifyFunction(
      null,
      [
        ["Date", "Customer ID", "Amount"],
        ["2024-01-01", "12923.0", 5],
        ["2024-01-02", "00123", 5],
      ],
      null,
      null,
      false,
      "code",
    );
    expect(spill.slice(1).map((r) => r[0])).toEqual([12923, "00123"]);
  });

  test.each<[string, () => unknown, string, RegExp]>([
    ["both empty", () => classifyFunction(null, [[null]]), "#N/A", /both empty/],
    [
      "no date column",
      () =>
        classifyFunction(
          null,
          [
            ["客户编号", "金额"],
            ["C1", 5],
          ],
          null,
          null,
          false,
          "en-US",
        ),
      "#VALUE!",
      /No column for "date" was found in transactions/,
    ],
    [
      "header only",
      () => classifyFunction(null, [["单据日期", "客户编号", "金额"]], null, null, false, "en-US"),
      "#VALUE!",
      /no data rows/,
    ],
    [
      "no usable row",
      () =>
        classifyFunction(
          null,
          [
            ["单据日期", "客户编号", "金额"],
            ["someday", "C1", 5],
          ],
          null,
          null,
          false,
          "en-US",
        ),
      "#VALUE!",
      /No usable transaction rows/,
    ],
    [
      "customers without an ID column",
      () => classifyFunction([["Name"], ["x"]], sales, null, null, false, "en-US"),
      "#VALUE!",
      /customers/,
    ],
    [
      "a bad standard",
      () => classifyFunction(null, sales, null, [["refunds", "sometimes"]]),
      "#VALUE!",
      /^standard, row 1/,
    ],
    ["a bad as_of", () => classifyFunction(null, sales, "soon"), "#VALUE!", /^as_of: /],
    [
      "a bad language",
      () => classifyFunction(null, sales, null, null, false, "fr"),
      "#VALUE!",
      /^language: /,
    ],
    ["a bad metrics flag", () => classifyFunction(null, sales, null, null, "lots"), "#VALUE!", /^metrics: /],
    [
      "an object in a cell",
      () =>
        classifyFunction(null, [
          ["Date", "Customer ID", "Amount"],
          ["2024-01-01", {}, 5],
        ]),
      "#VALUE!",
      /transactions: row 2, column 2/,
    ],
  ])("%s", (_name, call, code, message) => {
    const e = errorOf(call);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test("with the ranges' addresses, problems name the real sheet and cell", () => {
    const e = errorOf(() =>
      classifyFunction(
        null,
        [
          ["客户编号", "金额"],
          ["C1", 5],
        ],
        null,
        null,
        false,
        "en-US",
        ["客户档案!A1:F4", "'销售 明细'!$C$3:$D$4"],
      ),
    );
    expect(e.message).toMatch(/销售 明细/);
  });

  test("error values and total rows in the data are handled as the add-in handles them", () => {
    const messy = [...sales, ["#N/A", "SO6", "C002", 100], ["合计", null, null, 17000]];
    const spill = classifyFunction(customers, messy, null, null, false, "code");
    const engine = classify({
      customers: { sheet: "customers", top: 0, left: 0, rows: customers },
      transactions: { sheet: "transactions", top: 0, left: 0, rows: messy },
      lang: "en-US",
    }).result;
    const k = (spill[0] as string[]).indexOf("value");
    expect(spill.slice(1).map((r) => r[k])).toEqual(engine.customers.map((c) => c.classes.value ?? ""));
  });
});
