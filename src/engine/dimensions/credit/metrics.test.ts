import { AGING_BUCKET_KEYS, agingBucket, computeCreditMetrics, type CreditMetrics } from "./metrics";
import { txOf, type Columns, type Line } from "./fixture";

const AS_OF = 1000;
const TERMS = { graceDays: 3, defaultTermDays: 30 };

type Expect = Partial<Record<keyof CreditMetrics, number>>;

function metricsOf(lines: Line[], cols?: Columns, nCustomers = 1): CreditMetrics {
  const tx = txOf(lines, cols);
  Object.freeze(tx);
  return computeCreditMetrics(tx, nCustomers, AS_OF, TERMS);
}

/** Every case: customer 0, as-of day 1000, grace 3 days, default terms 30 days. */
const cases: { name: string; lines: Line[]; cols?: Columns; expect: Expect }[] = [
  {
    name: "on time, within grace, late, unpaid overdue",
    // due 900 each, 100 each. paid 900: 0 days late, on time. paid 903: 3 days, within grace → on time.
    // paid 904: 4 days > 3 → late. unpaid: asOf − due = 100 > 3 → late, 100 days.
    // on-time = 2/4 = 0.5; weighted days late = 100·(0+3+4+100)/400 = 26.75;
    // outstanding = overdue = 100 (90+ bucket); share = 100/400 = 0.25.
    lines: [
      { c: 0, day: 870, amount: 100, due: 900, paid: 900 },
      { c: 0, day: 870, amount: 100, due: 900, paid: 903 },
      { c: 0, day: 870, amount: 100, due: 900, paid: 904 },
      { c: 0, day: 870, amount: 100, due: 900 },
    ],
    expect: {
      invoiceCount: 4,
      judgedCount: 4,
      lateCount: 2,
      onTimeRate: 0.5,
      weightedDaysLate: 26.75,
      oldestOverdueDays: 100,
      invoicedAmount: 400,
      outstandingAmount: 100,
      overdueAmount: 100,
      overdueShare: 0.25,
      agingCurrent: 0,
      aging90plus: 100,
    },
  },
  {
    name: "unpaid not yet due, and unpaid within grace, are not judged",
    // due 1010 unpaid: d = −10 → current, not judged. due 998 unpaid: d = 2 ≤ grace → not judged, but
    // 2 days past due for aging/overdue. paid 950 on due 950: on time. on-time = 1/1; days late = 0.
    lines: [
      { c: 0, day: 980, amount: 70, due: 1010 },
      { c: 0, day: 968, amount: 30, due: 998 },
      { c: 0, day: 920, amount: 50, due: 950, paid: 950 },
    ],
    expect: {
      invoiceCount: 3,
      judgedCount: 1,
      onTimeRate: 1,
      weightedDaysLate: 0,
      oldestOverdueDays: 2,
      outstandingAmount: 100,
      overdueAmount: 30,
      overdueShare: 30 / 150,
      agingCurrent: 70,
      aging1to30: 30,
    },
  },
  {
    name: "days late are weighted by amount, early payment counts 0",
    // 300 paid 10 days late; 100 paid 5 days early (max(0, −5) = 0). (300·10 + 100·0)/400 = 7.5.
    lines: [
      { c: 0, day: 800, amount: 300, due: 900, paid: 910 },
      { c: 0, day: 800, amount: 100, due: 900, paid: 895 },
    ],
    expect: {
      onTimeRate: 0.5,
      weightedDaysLate: 7.5,
      oldestOverdueDays: 0,
      overdueAmount: 0,
      outstandingAmount: 0,
    },
  },
  {
    name: "no due column: due = invoice day + 30",
    // day 900 → due 930, paid 935: 5 days late (> 3). day 960 → due 990, unpaid: d = 10 → late.
    // on-time 0/2; days late (100·5 + 100·10)/200 = 7.5; oldest 10; aging 1–30 = 100.
    lines: [
      { c: 0, day: 900, amount: 100, paid: 935 },
      { c: 0, day: 960, amount: 100 },
    ],
    cols: { paid: true },
    expect: {
      onTimeRate: 0,
      weightedDaysLate: 7.5,
      oldestOverdueDays: 10,
      aging1to30: 100,
      overdueAmount: 100,
    },
  },
  {
    name: "a given due date wins over the default term",
    // due 905 given (not 870 + 30 = 900): paid 908 is 3 days late → on time.
    lines: [{ c: 0, day: 870, amount: 100, due: 905, paid: 908 }],
    expect: { onTimeRate: 1, weightedDaysLate: 3 },
  },
  {
    name: "partial payments with a paid-amount column",
    // 100 paid 40 → 60 outstanding, due 950: d = 50 → late (weight 100 × 50), aging 31–60.
    // 200 paid 200 on due day → on time. 50 "paid" 80 → clamped to 50, settled 20 days early → on time.
    // on-time 2/3; days late = 100·50/350; outstanding = overdue = 60; share 60/350.
    lines: [
      { c: 0, day: 900, amount: 100, due: 950, paid: 920, paidAmount: 40 },
      { c: 0, day: 900, amount: 200, due: 950, paid: 950, paidAmount: 200 },
      { c: 0, day: 900, amount: 50, due: 960, paid: 940, paidAmount: 80 },
    ],
    expect: {
      judgedCount: 3,
      onTimeRate: 2 / 3,
      weightedDaysLate: 5000 / 350,
      outstandingAmount: 60,
      overdueAmount: 60,
      aging31to60: 60,
      overdueShare: 60 / 350,
    },
  },
  {
    name: "paid-amount column with an empty cell: a paid date means fully paid",
    lines: [
      { c: 0, day: 900, amount: 100, due: 950, paid: 950 },
      { c: 0, day: 900, amount: 100, due: 950, paid: 950, paidAmount: 100 },
    ],
    expect: { onTimeRate: 1, outstandingAmount: 0 },
  },
  {
    name: "paid-amount column only: settled invoices have no date → not judged",
    // paid in full, date unknown: not judged. 50 of 100 paid, due 960: d = 40 → late, 40 days.
    lines: [
      { c: 0, day: 900, amount: 100, due: 950, paidAmount: 100 },
      { c: 0, day: 900, amount: 100, due: 960, paidAmount: 50 },
    ],
    cols: { due: true, paidAmount: true, paid: false },
    expect: { judgedCount: 1, onTimeRate: 0, weightedDaysLate: 40, outstandingAmount: 50, aging31to60: 50 },
  },
  {
    name: "a payment dated after as-of is not made yet",
    // paid 1005 > as-of 1000 → unpaid at as-of: d = 50 → late, outstanding 100 in 31–60.
    lines: [{ c: 0, day: 900, amount: 100, due: 950, paid: 1005, paidAmount: 100 }],
    expect: { onTimeRate: 0, weightedDaysLate: 50, outstandingAmount: 100, aging31to60: 100 },
  },
  {
    name: "refund lines are ignored",
    // the −40 credit note neither reduces the receivable nor counts as an invoice.
    lines: [
      { c: 0, day: 900, amount: 100, due: 950, paid: 950 },
      { c: 0, day: 920, amount: -40, due: 950 },
      { c: 0, day: 920, amount: 0, due: 950 },
    ],
    expect: { invoiceCount: 1, invoicedAmount: 100, outstandingAmount: 0, onTimeRate: 1 },
  },
  {
    name: "due dates only: read as open items, all unpaid",
    // due 990: d = 10 → late; due 1020: current, not judged.
    lines: [
      { c: 0, day: 960, amount: 100, due: 990 },
      { c: 0, day: 990, amount: 300, due: 1020 },
    ],
    expect: { judgedCount: 1, onTimeRate: 0, outstandingAmount: 400, agingCurrent: 300, aging1to30: 100 },
  },
  {
    name: "orders: an order is one invoice, due at its earliest line, paid at its last payment",
    // order 1: due min(900, 910) = 900, paid max(905, 899) = 905 → 5 days late → late, 150 × 5.
    // order 2: one line unpaid → the order is outstanding (50), due min(950, 990) = 950: d = 50 → late.
    // on-time 0/2; days late (150·5 + 130·50)/280; outstanding 50 in 31–60; invoiced 280.
    lines: [
      { c: 0, day: 870, amount: 100, due: 900, paid: 905, order: 1 },
      { c: 0, day: 870, amount: 50, due: 910, paid: 899, order: 1 },
      { c: 0, day: 920, amount: 80, due: 950, paid: 950, order: 2 },
      { c: 0, day: 920, amount: 50, due: 990, order: 2 },
    ],
    expect: {
      invoiceCount: 2,
      lateCount: 2,
      onTimeRate: 0,
      weightedDaysLate: (150 * 5 + 130 * 50) / 280,
      outstandingAmount: 50,
      aging31to60: 50,
      invoicedAmount: 280,
    },
  },
  {
    name: "orders: a line without an order number is its own invoice",
    lines: [
      { c: 0, day: 900, amount: 100, due: 950, paid: 950, order: 1 },
      { c: 0, day: 900, amount: 100, due: 950, paid: 960 },
    ],
    cols: { order: true },
    expect: { invoiceCount: 2, onTimeRate: 0.5 },
  },
];

describe("computeCreditMetrics", () => {
  it.each(cases)("$name", ({ lines, cols, expect: exp }) => {
    const m = metricsOf(lines, cols);
    for (const [key, value] of Object.entries(exp)) {
      expect([key, m[key as keyof CreditMetrics][0]]).toEqual([key, expect.closeTo(value, 10)]);
    }
  });

  it("keeps customers apart, also when two customers share an order number (bad data)", () => {
    // order 7 under customer 0 (paid on time) and customer 1 (unpaid, 50 days past due).
    const m = metricsOf(
      [
        { c: 0, day: 900, amount: 100, due: 950, paid: 950, order: 7 },
        { c: 1, day: 900, amount: 40, due: 950, order: 7 },
        { c: 1, day: 900, amount: 60, due: 950, order: 7 },
      ],
      undefined,
      3,
    );
    expect(Array.from(m.invoiceCount)).toEqual([1, 1, 0]);
    expect(Array.from(m.onTimeRate)).toEqual([1, 0, NaN]);
    expect(Array.from(m.outstandingAmount)).toEqual([0, 100, NaN]);
    expect(Array.from(m.oldestOverdueDays)).toEqual([0, 50, NaN]);
  });

  it("aging buckets add up to the outstanding amount, overdue = all but current", () => {
    const lines: Line[] = [-5, 0, 1, 17, 45, 75, 200].map((d, i) => ({
      c: 0,
      day: 800,
      amount: 10 * (i + 1),
      due: AS_OF - d,
    }));
    const m = metricsOf(lines);
    const sum = AGING_BUCKET_KEYS.reduce((s, k) => s + (m[k][0] as number), 0);
    expect(sum).toBeCloseTo(m.outstandingAmount[0] as number, 10);
    expect(m.overdueAmount[0]).toBeCloseTo(
      (m.outstandingAmount[0] as number) - (m.agingCurrent[0] as number),
      10,
    );
    // current: d = −5 (10) and 0 (20) → 30
    expect(m.agingCurrent[0]).toBe(30);
  });
});

describe("aging bucket boundaries (days past due at as-of)", () => {
  // Standard AR aging: current ≤ 0, 1–30, 31–60, 61–90, 90+ — upper bounds inclusive.
  const table: [number, (typeof AGING_BUCKET_KEYS)[number]][] = [
    [-10, "agingCurrent"],
    [0, "agingCurrent"],
    [1, "aging1to30"],
    [30, "aging1to30"],
    [31, "aging31to60"],
    [60, "aging31to60"],
    [61, "aging61to90"],
    [90, "aging61to90"],
    [91, "aging90plus"],
    [400, "aging90plus"],
  ];
  it.each(table)("%i days past due → %s", (d, key) => {
    expect(AGING_BUCKET_KEYS[agingBucket(d)]).toBe(key);
    const m = metricsOf([{ c: 0, day: 500, amount: 100, due: AS_OF - d }]);
    for (const k of AGING_BUCKET_KEYS) expect([k, m[k][0]]).toEqual([k, k === key ? 100 : 0]);
    expect(m.oldestOverdueDays[0]).toBe(Math.max(0, d));
  });
});
