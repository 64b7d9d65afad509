import { classify } from "../engine/classify";
import { explainCustomer } from "../engine/explain/explain";
import { explainFunction } from "./explain";
import { errorOf } from "./testing";

// The same small book as classify.test.ts: C001 buys three times, C002 once, C003 never, C004 is only in
// the sales lines. Latest date 2024-12-31, so as-of = 2025-01-01.
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

const engineText = (id: string, lang: "zh-CN" | "en-US", standard?: unknown) => {
  const outcome = classify({
    customers: { sheet: "customers", top: 0, left: 0, rows: customers },
    transactions: { sheet: "transactions", top: 0, left: 0, rows: sales },
    ...(standard !== undefined && { standard }),
    lang,
  });
  return explainCustomer(outcome, id, lang)?.entries.map((e) => e.text) ?? [];
};

describe("EXPLAIN", () => {
  test("the engine's explanation, line by line, in the language asked for", () => {
    expect(explainFunction(customers, sales, "C001", null, null, null, "en-US").split("\n")).toEqual(
      engineText("C001", "en-US"),
    );
    expect(explainFunction(customers, sales, "C002", null, null, null, "zh-CN").split("\n")).toEqual(
      engineText("C002", "zh-CN"),
    );
  });

  test("one dimension", () => {
    const all = engineText("C001", "en-US");
    const value = explainFunction(customers, sales, "C001", "value", null, null, "en-US");
    expect(all).toContain(value);
  });

  test("a threshold from the standard range moves the class and the explanation together", () => {
    // Revenue: C001 15,000, C004 1,200, C002 800 (total 17,000). Share before C004 = 15,000/17,000 = 88.2 %:
    // with abc.a = 0.8 C004 is B; with abc.a = 0.9 it is A.
    const before = explainFunction(customers, sales, "C004", "value", null, null, "en-US");
    const after = explainFunction(customers, sales, "C004", "value", null, [["abc.a", 0.9]], "en-US");
    expect(before).not.toBe(after);
    expect(after).toBe(engineText("C004", "en-US", { abc: { a: 0.9 } }).find((t) => t === after));
    expect(before.startsWith("B")).toBe(true);
    expect(after.startsWith("A")).toBe(true);
  });

  test("errors: no id → #VALUE!, unknown id → #N/A, unknown dimension → #VALUE!", () => {
    expect(errorOf(() => explainFunction(customers, sales, "", null)).code).toBe("#VALUE!");
    expect(errorOf(() => explainFunction(customers, sales, "C999", null)).code).toBe("#N/A");
    expect(errorOf(() => explainFunction(customers, sales, "C001", "colour")).code).toBe("#VALUE!");
  });
});
