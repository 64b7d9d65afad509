import type { Cell } from "../types";
import {
  detectTableKind,
  findHeaderRow,
  mapHeaderRow,
  normaliseHeader,
  parseUnitText,
  splitHeaderUnit,
  type CustomerField,
  type TransactionField,
} from "./headers";

/** Field → column of a mapping, for compact expectations. */
function cols(m: { fields: Partial<Record<string, { col: number }>> }): Record<string, number> {
  return Object.fromEntries(Object.entries(m.fields).map(([k, v]) => [k, v!.col]));
}

describe("normaliseHeader", () => {
  test.each([
    ["CustomerID", "customerid"],
    ["Customer ID", "customerid"],
    ["customer_id", "customerid"],
    ["ＣｕｓｔｏｍｅｒＩＤ", "customerid"],
    ["InvoiceNo", "invoiceno"],
    ["客户 ID", "客户id"],
    [" 客户编号： ", "客户编号"],
  ])("%p → %p", (h, compact) => {
    expect(normaliseHeader(h).compact).toBe(compact);
  });
});

describe("transaction headers", () => {
  test("UCI Online Retail header: every column exact", () => {
    const m = mapHeaderRow(
      [
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country",
      ],
      "transactions",
    );
    expect(cols(m)).toEqual({
      order: 0,
      product: 1,
      productName: 2,
      quantity: 3,
      date: 4,
      unitPrice: 5,
      customerId: 6,
      region: 7,
    });
    expect(Object.values(m.fields).every((f) => f.confidence === 1)).toBe(true);
    expect(m.missingRequired).toEqual([]);
    expect(m.unmapped).toEqual([]);
  });

  test("a 用友/畅捷通-style Chinese export", () => {
    const header = [
      "单据日期",
      "单据编号",
      "客户编码",
      "客户名称",
      "存货编码",
      "存货名称",
      "数量",
      "单价",
      "价税合计",
      "成本",
      "毛利",
      "毛利率",
      "到期日",
      "回款日期",
      "回款金额",
      "地区",
      "制单人",
    ];
    const m = mapHeaderRow(header, "transactions");
    expect(cols(m)).toEqual({
      date: 0,
      order: 1,
      customerId: 2,
      customerName: 3,
      product: 4,
      productName: 5,
      quantity: 6,
      unitPrice: 7,
      amount: 8,
      cost: 9,
      profit: 10,
      dueDate: 12,
      paidDate: 13,
      paidAmount: 14,
      region: 15,
    });
    // 毛利率 is a margin rate, not a profit amount; 制单人 (document author) is nothing.
    expect(m.unmapped).toEqual(["毛利率", "制单人"]);
  });

  test.each([
    ["客户编号", "customerId"],
    ["客户代码", "customerId"],
    ["客户ID", "customerId"],
    ["CustomerID", "customerId"],
    ["Customer ID", "customerId"],
    ["cust_id", "customerId"],
    ["开票日期", "date"],
    ["交易日期", "date"],
    ["InvoiceDate", "date"],
    ["金额", "amount"],
    ["价税合计", "amount"],
    ["销售额", "amount"],
    ["Amount", "amount"],
    ["Total", "amount"],
    ["Qty", "quantity"],
    ["单价", "unitPrice"],
    ["Price", "unitPrice"],
    ["订单号", "order"],
    ["发票号", "order"],
    ["Order ID", "order"],
    ["成本", "cost"],
    ["Gross profit", "profit"],
    ["Due date", "dueDate"],
    ["付款日期", "paidDate"],
    ["Paid amount", "paidAmount"],
    ["SKU", "product"],
    ["商品名称", "productName"],
    ["省份", "region"],
  ] as [string, TransactionField][])("%p → %s (exact)", (header, field) => {
    const m = mapHeaderRow(["x", header], "transactions");
    expect(m.fields[field]).toMatchObject({ col: 1, confidence: 1 });
  });

  test("containment scores 0.5 + 0.4 × synonym/header length", () => {
    // "发票开具日期" (6 chars) contains "日期" (2) → 0.5 + 0.4 × 2/6 = 0.633
    const m = mapHeaderRow(["发票开具日期"], "transactions");
    expect(m.fields.date).toMatchObject({ col: 0, confidence: 0.633 });
    // Whole words only: "paid" is not "id". "Invoice Date Local" (16 letters) contains the synonym
    // "invoice date" (11) → 0.5 + 0.4 × 11/16 = 0.775, better than "date" alone (0.6).
    const e = mapHeaderRow(["Paid", "Invoice Date Local"], "transactions");
    expect(e.fields.customerId).toBeUndefined();
    expect(e.fields.date).toMatchObject({ col: 1, confidence: 0.775 });
  });

  test("each column goes to one field: Paid amount is not taken as the amount", () => {
    const m = mapHeaderRow(["客户编号", "日期", "Paid amount"], "transactions");
    expect(m.fields.paidAmount?.col).toBe(2);
    expect(m.fields.amount).toBeUndefined();
    expect(m.missingRequired).toEqual(["amount"]);
  });

  test("equal matches: the earlier synonym wins (金额 before 价税合计)", () => {
    const m = mapHeaderRow(["价税合计", "金额"], "transactions");
    expect(m.fields.amount?.col).toBe(1);
  });

  test("required: customer ID, date, and amount or quantity × unit price", () => {
    expect(mapHeaderRow(["客户编号", "日期", "数量", "单价"], "transactions").missingRequired).toEqual([]);
    expect(mapHeaderRow(["客户编号", "日期", "数量"], "transactions").missingRequired).toEqual(["amount"]);
    expect(mapHeaderRow(["备注"], "transactions").missingRequired).toEqual(["customerId", "date", "amount"]);
  });
});

describe("customer headers", () => {
  test("a typical customer list", () => {
    const header = [
      "客户编号",
      "客户名称",
      "客户类型",
      "所属行业",
      "员工人数",
      "营业收入(万元)",
      "资产总额（万元）",
      "地区",
      "推荐意愿",
      "满意度",
      "信用额度",
      "备注",
    ];
    const m = mapHeaderRow(header, "customers");
    expect(cols(m)).toEqual({
      id: 0,
      name: 1,
      type: 2,
      industry: 3,
      employees: 4,
      revenue: 5,
      assets: 6,
      region: 7,
      nps: 8,
      csat: 9,
      creditLimit: 10,
      notes: 11,
    });
    expect(m.fields.revenue).toMatchObject({
      unit: 10_000,
      unitLabel: "万元",
      currency: "CNY",
      confidence: 1,
    });
    expect(m.fields.employees?.unit).toBeUndefined(); // not a money field
  });

  test.each([
    ["客户编号(必填)", "id"],
    ["Customer ID", "id"],
    ["Annual revenue", "revenue"],
    ["年销售额", "revenue"],
    ["Total assets", "assets"],
    ["从业人员", "employees"],
    ["Employees", "employees"],
    ["行业", "industry"],
    ["Type", "type"],
    ["Country", "region"],
    ["NPS", "nps"],
    ["满意度评分", "nps"],
    ["CSAT", "csat"],
    ["Credit limit", "creditLimit"],
    ["Notes", "notes"],
  ] as [string, CustomerField][])("%p → %s", (header, field) => {
    expect(mapHeaderRow(["?", header], "customers").fields[field]).toMatchObject({ col: 1, confidence: 1 });
  });
});

describe("money units in headers", () => {
  test.each([
    ["营业收入(万元)", 10_000, "CNY"],
    ["金额（元）", 1, "CNY"],
    ["Revenue (k CNY)", 1000, "CNY"],
    ["Revenue (kCNY)", 1000, "CNY"],
    ["资产总额（千元）", 1000, "CNY"],
    ["营业收入（亿元）", 1e8, "CNY"],
    ["信用额度（百万元）", 1e6, "CNY"],
    ["Amount (USD)", 1, "USD"],
    ["Revenue (USD m)", 1e6, "USD"],
    ["Revenue (thousands)", 1000, undefined],
    ["营业收入万元", 10_000, "CNY"],
    ["金额/万元", 10_000, "CNY"],
    ["Amount USD", 1, "USD"],
  ] as [string, number, string | undefined][])("%p → ×%d %s", (header, multiplier, currency) => {
    const { unit } = splitHeaderUnit(header);
    expect(unit?.multiplier).toBe(multiplier);
    expect(unit?.currency).toBe(currency);
  });

  test("no unit", () => {
    expect(splitHeaderUnit("客户编号(必填)")).toEqual({ text: "客户编号", unit: null });
    expect(splitHeaderUnit("单元").unit).toBeNull(); // a bare 元 glued to text is not a unit
    expect(parseUnitText("必填")).toBeNull();
  });

  test("the unit reaches the mapping of money fields, and the user can change it", () => {
    const header = ["客户编号", "日期", "金额（万元）"];
    expect(mapHeaderRow(header, "transactions").fields.amount?.unit).toBe(10_000);
    expect(mapHeaderRow(header, "transactions", 0, { units: { amount: 1 } }).fields.amount?.unit).toBe(1);
  });
});

describe("findHeaderRow", () => {
  const rows: Cell[][] = [
    ["2024年销售明细表", null, null, null],
    ["单位：元", null, null, null],
    [null, null, null, null],
    ["单据日期", "客户编号", "客户名称", "金额"],
    ["2024-03-05", "C001", "甲公司", 100],
  ];

  test("title rows above the header are skipped", () => {
    const m = findHeaderRow(rows, "transactions");
    expect(m.headerRow).toBe(3);
    expect(cols(m)).toEqual({ date: 0, customerId: 1, customerName: 2, amount: 3 });
  });

  test("only the first 20 rows are searched", () => {
    const late: Cell[][] = [...Array.from({ length: 20 }, () => ["x"]), ["单据日期", "客户编号", "金额"]];
    expect(findHeaderRow(late, "transactions").missingRequired.length).toBeGreaterThan(0);
  });

  test("a given header row and the user's overrides", () => {
    const m = findHeaderRow(rows, "transactions", {
      headerRow: 3,
      override: { customerName: null, amount: 2 },
    });
    expect(m.headerRow).toBe(3);
    expect(m.fields.customerName).toBeUndefined();
    expect(m.fields.amount).toMatchObject({ col: 2, header: "客户名称", confidence: 1 });
    // Column 3 (金额) is free again but amount is already set by the user: it stays unmapped.
    expect(m.unmapped).toEqual(["金额"]);
  });

  test("empty input", () => {
    expect(findHeaderRow([], "customers").missingRequired).toEqual(["id"]);
  });
});

describe("detectTableKind", () => {
  test.each([
    [
      [
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country",
      ],
      "transactions",
    ],
    [["客户编号", "客户名称", "单据日期", "价税合计"], "transactions"],
    [["客户编号", "客户名称", "所属行业", "员工人数", "营业收入(万元)"], "customers"],
    // A customer list with a registration date and annual sales still reads as customers.
    [["客户编号", "客户名称", "注册日期", "年销售额", "员工人数", "所属行业"], "customers"],
    [["产品", "颜色"], null],
  ] as [Cell[], string | null][])("%p → %p", (header, kind) => {
    expect(detectTableKind([["报表标题"], header])).toBe(kind);
  });
});
