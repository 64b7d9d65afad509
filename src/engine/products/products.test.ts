/**
 * Product analysis on constructed series (every figure worked by hand in the comments), as-of 2024-07-01:
 * July is not complete (as-of is not its last day), so the last month is June; K = 3 →
 * recent = 2024-04…2024-06, prior = 2024-01…2024-03.
 */
import { classify } from "../classify";
import { readTables } from "../read/tables";
import type { Cell, RawTable, TransactionColumns } from "../types";
import { MONEY_SCALE } from "../types";
import { productAbc } from "./abc";
import { analyseProducts } from "./analyse";
import { monthlyByClass } from "./byClass";
import { lastMonthKey, monthLabel } from "./months";
import { scanLines } from "./scan";
import { productTables } from "./tables";
import { productTrends } from "./trends";
import { dayFromYmd } from "../dates";

type Line = [customer: string, date: string, product: string | null, amount: number];

function table(lines: readonly Line[]): RawTable {
  return {
    sheet: "销售明细",
    top: 0,
    left: 0,
    rows: [["客户编号", "日期", "商品编码", "金额"], ...lines.map((l): Cell[] => [...l])],
  };
}

// prettier-ignore
const SERIES: Line[] = [
  // P1 rising: prior 300 + 300 + 400 = 1000; recent 500 + 500 + 600 − 100 (a refund) = 1500 → +50 %
  ["C1", "2024-01-15", "P1", 300], ["C2", "2024-02-15", "P1", 300], ["C1", "2024-03-15", "P1", 400],
  ["C1", "2024-04-15", "P1", 500], ["C2", "2024-05-15", "P1", 500], ["C1", "2024-06-15", "P1", 600],
  ["C1", "2024-06-20", "P1", -100],
  // P2 falling: prior 2000, recent 1000 → −50 %
  ["C3", "2024-01-10", "P2", 1000], ["C3", "2024-03-10", "P2", 1000], ["C3", "2024-05-10", "P2", 1000],
  // P3 flat: prior 1000, recent 1100 → +10 %, in neither list; its July line is in a partial month
  ["C2", "2024-02-01", "P3", 500], ["C2", "2024-03-01", "P3", 500], ["C2", "2024-04-01", "P3", 1100],
  ["C2", "2024-07-01", "P3", 5000],
  // P4 new: nothing before April, recent 300 + 500 = 800
  ["C1", "2024-04-02", "P4", 300], ["C3", "2024-06-02", "P4", 500],
  // P5 noise: prior 10 on 1 line → 100 (+900 %), but 1 prior line < the minimum of 2: not ranked
  ["C3", "2024-02-20", "P5", 10], ["C3", "2024-05-20", "P5", 50], ["C3", "2024-06-20", "P5", 50],
  // P6 stopped: prior 300 + 300, recent 0 → −100 %
  ["C1", "2024-01-05", "P6", 300], ["C1", "2024-02-05", "P6", 300],
  // P7 exactly +20 %: prior 250 + 250 = 500, recent 600 → growth 0.2 ≥ 0.2, rising
  ["C2", "2024-01-25", "P7", 250], ["C2", "2024-02-25", "P7", 250], ["C2", "2024-05-25", "P7", 600],
  // Before the prior window (2023-12): counts for product ABC, not for the windows
  ["C3", "2023-12-20", "P2", 400],
  // A line with no product
  ["C1", "2024-04-10", null, 70],
];
const AS_OF = dayFromYmd(2024, 7, 1);
const read = (lines: readonly Line[], refunds: "net" | "exclude" = "net") =>
  readTables(null, table(lines), { refunds, asOf: AS_OF }).tx;

describe("months", () => {
  it("the last month is the as-of month only when as-of is its last day (or partial months are allowed)", () => {
    expect(monthLabel(lastMonthKey(AS_OF, false))).toBe("2024-06");
    expect(monthLabel(lastMonthKey(dayFromYmd(2024, 6, 30), false))).toBe("2024-06");
    expect(monthLabel(lastMonthKey(dayFromYmd(2024, 6, 29), false))).toBe("2024-05");
    expect(monthLabel(lastMonthKey(AS_OF, true))).toBe("2024-07");
  });
});

describe("productTrends", () => {
  const tx = read(SERIES);
  const trends = productTrends(tx, { basis: "revenue", refunds: "net", asOf: AS_OF, minPriorLines: 2 });
  const row = (list: typeof trends.rising) => list.map((r) => [r.code, r.prior, r.recent, r.growth]);

  it("windows of 3 whole months", () => {
    expect(trends.recent).toEqual({ from: "2024-04", to: "2024-06" });
    expect(trends.prior).toEqual({ from: "2024-01", to: "2024-03" });
    expect(trends.priorCovered).toBe(true); // data from 2023-12
  });

  it("rising, falling and new by the documented definition", () => {
    expect(row(trends.rising)).toEqual([
      ["P1", 1000, 1500, 0.5],
      ["P7", 500, 600, 0.2],
    ]);
    expect(row(trends.falling)).toEqual([
      ["P6", 600, 0, -1],
      ["P2", 2000, 1000, -0.5],
    ]);
    expect(row(trends.new)).toEqual([["P4", 0, 800, null]]);
    // Ranked: P1, P2, P3, P6, P7 (P4 has no prior sales, P5 one prior line).
    expect(trends.eligible).toBe(5);
    expect(trends.counts).toEqual({ rising: 2, falling: 2, new: 1 });
  });

  it("the minimum volume keeps noise out, and lowering it lets it in", () => {
    const loose = productTrends(tx, { basis: "revenue", refunds: "net", asOf: AS_OF, minPriorLines: 1 });
    expect(loose.rising[0]).toMatchObject({ code: "P5", prior: 10, recent: 100, growth: 9 });
    const byValue = productTrends(tx, {
      basis: "revenue",
      refunds: "net",
      asOf: AS_OF,
      minPriorLines: 1,
      minPriorValue: 600,
    });
    // prior ≥ 600: P1 1000, P2 2000, P3 1000, P6 600 (P7's 500 and P5's 10 are out)
    expect(byValue.eligible).toBe(4);
    // Relative minimum: 10 % of all prior value (1000 + 2000 + 1000 + 10 + 600 + 500 = 5110) = 511
    const byShare = productTrends(tx, {
      basis: "revenue",
      refunds: "net",
      asOf: AS_OF,
      minPriorLines: 1,
      minPriorShare: 0.1,
    });
    expect(byShare.minValueApplied).toBeCloseTo(511, 10);
    expect(byShare.eligible).toBe(4);
  });

  it("refunds exclude leaves the refund out: P1 recent 1600 → +60 %", () => {
    const ex = productTrends(read(SERIES, "exclude"), {
      basis: "revenue",
      refunds: "exclude",
      asOf: AS_OF,
      minPriorLines: 2,
    });
    expect(ex.rising[0]).toMatchObject({ code: "P1", recent: 1600, growth: 0.6 });
  });

  it("a partial month joins only when asked: P3's July 5000 makes it rising", () => {
    const p = productTrends(tx, {
      basis: "revenue",
      refunds: "net",
      asOf: AS_OF,
      minPriorLines: 1,
      includePartialMonth: true,
    });
    // recent 2024-05…07: P3 = 5000; prior 2024-02…04: P3 = 500 + 500 + 1100 = 2100 → (5000 − 2100)/2100
    expect(p.recent).toEqual({ from: "2024-05", to: "2024-07" });
    const p3 = p.rising.find((r) => r.code === "P3");
    expect(p3).toMatchObject({ prior: 2100, recent: 5000 });
    expect(p3?.growth).toBeCloseTo(2900 / 2100, 15);
  });
});

describe("productAbc", () => {
  // X 500, Y 300, Z 150, "9" 25, "10" 25 (a tie: 9 before 10, numeric-aware), V only a refund (−20).
  // Total positive 1000. Shares before: X 0 → A, Y 0.5 → A, Z 0.8 → B, 9: 0.95 → C, 10: 0.975 → C, V C.
  const lines: Line[] = [
    ["C1", "2024-01-01", "X", 500],
    ["C2", "2024-01-01", "Y", 200],
    ["C1", "2024-01-02", "Y", 100],
    ["C1", "2024-01-01", "Z", 150],
    ["C2", "2024-01-01", "10", 25],
    ["C2", "2024-01-01", "9", 25],
    ["C2", "2024-01-01", "V", -20],
    ["C3", "2024-01-01", null, 99],
  ];
  const abc = productAbc(read(lines), { basis: "revenue", refunds: "net", a: 0.8, b: 0.95 });

  it("classes by cumulative share before, ties by code, value ≤ 0 is C", () => {
    expect(abc.rows.map((r) => [r.code, r.class, r.cumShareBefore])).toEqual([
      ["X", "A", 0],
      ["Y", "A", 0.5],
      ["Z", "B", 0.8],
      ["9", "C", 0.95],
      ["10", "C", 0.975],
      ["V", "C", 1],
    ]);
    expect(abc.total).toBe(1000);
    expect(abc.unassigned).toEqual({ lines: 1, value: 99 });
    expect(abc.rows.find((r) => r.code === "Y")).toMatchObject({ lines: 2, customers: 2, revenue: 300 });
    expect(abc.classes).toEqual([
      { code: "A", products: 2, value: 800, share: 0.8 },
      { code: "B", products: 1, value: 150, share: 0.15 },
      { code: "C", products: 3, value: 50, share: 0.05 },
    ]);
  });

  it("shares of the positive products sum to 100 % exactly in integers", () => {
    const scaled = abc.rows
      .filter((r) => r.value > 0)
      .reduce((s, r) => s + Math.round(r.value * MONEY_SCALE), 0);
    expect(scaled).toBe(abc.totalScaled);
    expect(abc.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });

  it("basis profit without a profit column is flagged, not guessed", () => {
    const p = productAbc(read(lines), { basis: "profit", refunds: "net", a: 0.8, b: 0.95 });
    expect(p.basisMissing).toBe(true);
    expect(p.rows).toEqual([]);
  });
});

describe("analyseProducts and its tables", () => {
  const raw = table(SERIES);
  const outcome = classify({ customers: null, transactions: raw, asOf: "2024-07-01", lang: "en-US" });
  const tx = readTables(null, raw, { asOf: AS_OF }).tx;
  const a = analyseProducts(tx, outcome.result, { minPriorLines: 2 });

  it("monthly sales per overall class add up to the summary's monthly sales", () => {
    const monthly = outcome.result.summary.monthly;
    expect(a.byClass.months).toEqual(monthly.map((m) => m.month));
    a.byClass.revenue.forEach((row, k) => {
      const sum = row.reduce((s, v) => s + Math.round(v * MONEY_SCALE), 0);
      expect(sum / MONEY_SCALE).toBe(monthly[k]?.revenue);
      expect(a.byClass.totals[k]).toBe(monthly[k]?.revenue);
    });
    // every customer class code is one of the result's overall classes
    const codes = new Set(outcome.result.customers.map((c) => c.classes.overall));
    for (const c of a.byClass.classes) expect(codes.has(c.code)).toBe(true);
  });

  it("uses the standard's cut-offs and writes headers in the run's language", () => {
    expect(a.trends?.rising.map((r) => r.code)).toEqual(["P1", "P7"]);
    const zh = productTables(a, "zh-CN");
    expect(zh.abc.header).toEqual([
      "排名",
      "商品编码",
      "商品名称",
      "销售额",
      "占比",
      "累计占比",
      "ABC类",
      "明细行数",
      "客户数",
    ]);
    expect(zh.rising.header[2]).toBe("销售额 前期(2024-01至2024-03)");
    const en = productTables(a, "en-US");
    expect(en.rising.rows[0]).toEqual(["P1", null, 1000, 1500, 0.5, 3, 4]);
    expect(en.byClass.header[0]).toBe("Month");
    expect(en.abc.rows[0]?.[6]).toBe("A (key products)");
    for (const t of [en.abc, en.rising, en.falling, en.new, en.byClass])
      expect(t.formats).toHaveLength(t.header.length);
  });

  it("without a product column: no product figures, the class table still", () => {
    const noProduct: RawTable = {
      ...raw,
      rows: raw.rows.map((r) => [r[0] ?? null, r[1] ?? null, r[3] ?? null]),
    };
    const b = analyseProducts(readTables(null, noProduct, { asOf: AS_OF }).tx, outcome.result);
    expect(b.available).toBe(false);
    expect(b.abc.rows).toEqual([]);
    expect(b.trends).toBeNull();
    expect(b.byClass.months.length).toBeGreaterThan(0);
  });
});

describe("scanLines: the one pass behind the product figures", () => {
  const D = dayFromYmd(2024, 1, 15);
  // P0: 100 + 50 + 30 from C0, C1, C0 again (2 customers); P1: a line with no day (not counted, not
  // unassigned) and a refund −10 (counted under net only); a line with no product (unassigned 70).
  const tx: TransactionColumns = {
    n: 6,
    customer: [0, 1, 0, 1, 2, 2],
    day: [D, D, D + 1, NaN, D, D],
    amount: [100, 50, 30, 40, 70, -10],
    order: null,
    orders: 0,
    profit: [10, 5, 3, 4, 7, NaN],
    dueDay: null,
    paidDay: null,
    paidAmount: null,
    product: [0, 0, 0, 1, -1, 1],
    products: ["P0", "P1"],
    row: null,
    firstRow: 1,
    sheet: "s",
  };
  const classColumns = { ofCustomer: Int32Array.from([0, -1, 0]), nCols: 2 };

  it("sums by the line rules; the bitset and the counting sort count the same distinct customers", () => {
    for (const bitsetLimit of [undefined, 0]) {
      const s = scanLines(tx, {
        rules: { basis: "revenue", refunds: "net" },
        window: null,
        classColumns,
        bitsetLimit,
      });
      expect(Array.from(s.totals?.revenue ?? [])).toEqual([180, -10]);
      expect(Array.from(s.totals?.lines ?? [])).toEqual([3, 1]);
      expect(Array.from(s.totals?.customers ?? [])).toEqual([2, 1]);
      expect(s.totals).toMatchObject({ unassignedLines: 1, unassignedValue: 70 });
      // every line with a day and an amount, by the customer's column (C1's is none, the last)
      expect(Array.from(s.monthly?.sums ?? [])).toEqual([190, 50]);
    }
  });

  it("profit basis: a missing profit adds nothing but the line counts; exclude drops refunds", () => {
    const p = scanLines(tx, { rules: { basis: "profit", refunds: "net" }, window: null, classColumns: null });
    expect(Array.from(p.totals?.value ?? [])).toEqual([18, 0]);
    expect(Array.from(p.totals?.lines ?? [])).toEqual([3, 1]);
    expect(p.totals?.unassignedValue).toBe(7);
    expect(p.monthly).toBeNull();
    const x = scanLines(tx, {
      rules: { basis: "revenue", refunds: "exclude" },
      window: null,
      classColumns: null,
    });
    expect(Array.from(x.totals?.lines ?? [])).toEqual([3, 0]);
  });

  it("analyseProducts (one pass) equals the parts run alone", () => {
    const raw = table(SERIES);
    const outcome = classify({ customers: null, transactions: raw, asOf: "2024-07-01", lang: "en-US" });
    const t = readTables(null, raw, { asOf: AS_OF }).tx;
    const a = analyseProducts(t, outcome.result, { minPriorLines: 2 });
    const rules = { basis: "revenue" as const, refunds: "net" as const };
    expect(a.abc).toEqual(productAbc(t, { ...rules, a: 0.8, b: 0.95 }));
    expect(a.trends).toEqual(productTrends(t, { ...rules, asOf: AS_OF, minPriorLines: 2 }));
    const byClass = monthlyByClass(
      t,
      outcome.result.customers.map((c) => c.classes.overall),
      outcome.result.catalogue.overall ?? [],
      "Unclassified",
    );
    expect(a.byClass).toEqual({ ...byClass, classKey: "overall" });
  });
});
