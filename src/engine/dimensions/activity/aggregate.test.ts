import fc from "fast-check";
import type { RefundsPolicy } from "../../standard/types";
import type { EngineInput } from "../../types";
import { MONEY_SCALE } from "../../types";
import { buildInput, civilDay, type TxRecord } from "../testing/fixtures";
import { aggregateActivity, type Activity } from "./aggregate";
import { activityMetrics } from "./metrics";

/**
 * Hand-made scenario, as-of 2024-01-31:
 * c1: A1 01-01 +100 (profit 20) +50 (10); A2 01-11 +30 (6); C1 01-20 −40 (−8) refund order;
 *     A3 01-21 +10 (2) and −20 (−4) (order total −10).
 * c2: only a refund, R1 01-05 −15.   c3: no transactions.   c4: B1 and B2 on 01-30, +5 each.
 */
const RECORDS: TxRecord[] = [
  { customer: "c1", order: "A1", day: "2024-01-01", amount: 100, profit: 20 },
  { customer: "c1", order: "A1", day: "2024-01-01", amount: 50, profit: 10 },
  { customer: "c1", order: "A2", day: "2024-01-11", amount: 30, profit: 6 },
  { customer: "c1", order: "C1", day: "2024-01-20", amount: -40, profit: -8 },
  { customer: "c1", order: "A3", day: "2024-01-21", amount: 10, profit: 2 },
  { customer: "c1", order: "A3", day: "2024-01-21", amount: -20, profit: -4 },
  { customer: "c2", order: "R1", day: "2024-01-05", amount: -15 },
  { customer: "c4", order: "B1", day: "2024-01-30", amount: 5 },
  { customer: "c4", order: "B2", day: "2024-01-30", amount: 5 },
];
const AS_OF = "2024-01-31";
const CUSTOMERS = ["c1", "c2", "c3", "c4"];

function run(refunds: RefundsPolicy, withOrders: boolean, windowDays = 365): Activity {
  const input = buildInput(RECORDS, { customers: CUSTOMERS, asOf: AS_OF, withOrders });
  return aggregateActivity(input, { refunds, windowDays });
}

type Row = [
  policy: RefundsPolicy,
  withOrders: boolean,
  metric: keyof ReturnType<typeof activityMetrics>,
  expected: number[], // c1, c2, c3, c4
  why: string,
];

const N = NaN;
describe("aggregateActivity on the hand-made scenario", () => {
  it.each<Row>([
    // net, by order: purchases = orders with a positive total (A1 150, A2 30; C1 −40 and A3 −10 are not)
    ["net", true, "frequency", [2, 0, 0, 2], "A1, A2 | none | — | B1, B2"],
    ["net", true, "monetary", [130, -15, 0, 10], "100+50+30−40+10−20 = 130"],
    ["net", true, "profit", [26, 0, 0, 0], "20+10+6−8+2−4 = 26; c2, c4 lines carry no profit"],
    ["net", true, "recencyDays", [20, N, N, 1], "last purchase A2 on 01-11 → 31 − 11 = 20"],
    ["net", true, "firstDay", [civilDay("2024-01-01"), N, N, civilDay("2024-01-30")], ""],
    ["net", true, "purchaseDays", [2, 0, 0, 1], "01-01, 01-11 | — | — | both orders on 01-30"],
    ["net", true, "avgIntervalDays", [10, N, N, N], "(11 − 1) / (2 − 1)"],
    ["net", true, "avgOrderValue", [65, N, N, 5], "130 / 2"],
    ["net", true, "lines", [6, 1, 0, 2], "all lines"],
    // exclude, by order: lines ≤ 0 are ignored; A3 keeps its +10 line
    ["exclude", true, "frequency", [3, 0, 0, 2], "A1, A2, A3"],
    ["exclude", true, "monetary", [190, 0, 0, 10], "100+50+30+10"],
    ["exclude", true, "profit", [38, 0, 0, 0], "20+10+6+2"],
    ["exclude", true, "recencyDays", [10, N, N, 1], "A3 on 01-21"],
    ["exclude", true, "avgIntervalDays", [10, N, N, N], "(21 − 1) / (3 − 1)"],
    ["exclude", true, "avgOrderValue", [190 / 3, N, N, 5], ""],
    // no order column: every positive line is a purchase
    ["net", false, "frequency", [4, 0, 0, 2], "100, 50, 30, 10"],
    ["net", false, "monetary", [130, -15, 0, 10], ""],
    ["net", false, "recencyDays", [10, N, N, 1], "the +10 line on 01-21 is a purchase"],
    ["net", false, "avgOrderValue", [32.5, N, N, 5], "130 / 4"],
    ["exclude", false, "frequency", [4, 0, 0, 2], ""],
    ["exclude", false, "avgOrderValue", [47.5, N, N, 5], "190 / 4"],
    ["exclude", false, "purchaseDays", [3, 0, 0, 1], "01-01, 01-11, 01-21"],
  ])("%s, orders=%s: %s = %j (%s)", (policy, withOrders, metric, expected) => {
    const m = activityMetrics(run(policy, withOrders));
    expect(Array.from(m[metric] as Float64Array)).toEqual(expected);
  });

  it.each([
    // window [asOf − w, asOf]: w = 25 starts 01-06 → only A2 (01-11) of c1; w = 10 starts 01-21 → none of c1
    [365, [2, 0, 0, 2]],
    [25, [1, 0, 0, 2]],
    [10, [0, 0, 0, 2]],
  ])("orders in a %d-day window (net, by order) = %j", (w, expected) => {
    expect(Array.from(run("net", true, w).ordersInWindow)).toEqual(expected);
  });

  it("counts lines under the policy for the value dimension", () => {
    expect(Array.from(run("exclude", true).countedLines)).toEqual([4, 0, 0, 2]);
    expect(Array.from(run("net", true).countedLines)).toEqual([6, 1, 0, 2]);
  });

  it("keeps an order number shared by two customers as two orders", () => {
    const input = buildInput([
      { customer: "a", order: "X", day: "2024-01-01", amount: 5 },
      { customer: "b", order: "X", day: "2024-01-02", amount: 7 },
      { customer: "a", order: "X", day: "2024-01-01", amount: 1 },
      { customer: "b", order: "X", day: "2024-01-02", amount: -10 }, // b's X totals −3: no purchase under net
    ]);
    const a = aggregateActivity(input, { refunds: "net", windowDays: 365 });
    expect(Array.from(a.frequency)).toEqual([1, 0]);
    expect(a.sharedOrders).toBe(1);
  });

  it("ignores lines after as-of, unknown customers and non-finite days/amounts", () => {
    const input = buildInput(
      [
        { customer: "a", day: "2024-01-01", amount: 5 },
        { customer: "a", day: "2024-02-01", amount: 99 }, // after as-of
        { customer: "a", day: "2024-01-02", amount: NaN },
      ],
      { asOf: "2024-01-10" },
    );
    const tx = {
      ...input.tx,
      n: 4,
      customer: [0, 0, 0, -1],
      day: [...input.tx.day, 19700],
      amount: [...input.tx.amount, 10],
      row: null,
      firstRow: 0,
    };
    const a = aggregateActivity({ ...input, tx }, { refunds: "net", windowDays: 365 });
    expect(a.monetaryScaled[0]).toBe(5 * MONEY_SCALE);
    expect(a.lines[0]).toBe(1);
    expect(a.recencyDays[0]).toBe(9);
  });
});

/** Random transactions: a few customers, orders, days, amounts with refunds and ties. */
const recordsArb = fc.array(
  fc.record({
    customer: fc.constantFrom("1", "2", "10", "x"),
    order: fc.constantFrom("o1", "o2", "o3", "o4", "o5"),
    day: fc.integer({ min: 19000, max: 19040 }),
    amount: fc.integer({ min: -50, max: 100 }),
    profit: fc.integer({ min: -10, max: 30 }),
  }),
  { maxLength: 40 },
);

function snapshot(a: Activity): Record<string, number[]> {
  return Object.fromEntries(Object.entries(activityMetrics(a)).map(([k, v]) => [k, Array.from(v)]));
}

function copyInput(input: EngineInput): string {
  const t = input.tx;
  return JSON.stringify([
    input.asOf,
    input.customers.ids,
    t.n,
    ...[t.customer, t.day, t.amount, t.order, t.profit].map((x) => (x ? Array.from(x) : null)),
  ]);
}

describe("distinct purchase days, lines in date order or not", () => {
  // Hand count (net, by order), as in the table above: c1 01-01 and 01-11 (A3's total is negative, C1 a
  // refund), c4 01-30 twice → [2, 0, 0, 1]. Counted alongside the purchases when each customer's
  // purchases come in date order, counted apart when they do not (reversed, or one order moved first).
  it.each([
    ["in date order", RECORDS],
    ["reversed", [...RECORDS].reverse()],
    ["c1's January 11 order first", [RECORDS[2], ...RECORDS.filter((_, i) => i !== 2)] as TxRecord[]],
  ])("%s", (_why, records) => {
    const input = buildInput(records, { customers: CUSTOMERS, asOf: AS_OF, withOrders: true });
    expect([...aggregateActivity(input, { refunds: "net", windowDays: 365 }).purchaseDays]).toEqual([
      2, 0, 0, 1,
    ]);
    const lines = buildInput(records, { customers: CUSTOMERS, asOf: AS_OF, withOrders: false });
    // Without orders each positive line is a purchase: c1 on 01-01 (twice), 01-11, 01-21; c4 on 01-30.
    expect([...aggregateActivity(lines, { refunds: "net", windowDays: 365 }).purchaseDays]).toEqual([
      3, 0, 0, 1,
    ]);
  });
});

describe("aggregateActivity properties", () => {
  const policies: RefundsPolicy[] = ["net", "exclude"];

  it("does not depend on row order and does not mutate its input", () => {
    fc.assert(
      fc.property(recordsArb, fc.boolean(), fc.constantFrom(...policies), (records, withOrders, refunds) => {
        const customers = ["1", "2", "10", "x", "none"];
        const input = buildInput(records, { customers, asOf: 19041, withOrders });
        Object.freeze(input.customers.ids);
        const before = copyInput(input);
        const a = snapshot(aggregateActivity(input, { refunds, windowDays: 20 }));
        expect(copyInput(input)).toBe(before);
        const shuffled = buildInput([...records].reverse(), { customers, asOf: 19041, withOrders });
        expect(snapshot(aggregateActivity(shuffled, { refunds, windowDays: 20 }))).toEqual(a);
      }),
    );
  });

  it("agrees with a naive per-customer computation of F and M", () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom(...policies), (records, refunds) => {
        const input = buildInput(records, { customers: ["1", "2", "10", "x"], asOf: 19041 });
        const a = aggregateActivity(input, { refunds, windowDays: 365 });
        input.customers.ids.forEach((id, c) => {
          const mine = records.filter((r) => r.customer === id && (refunds === "net" || r.amount > 0));
          const totals = new Map<string, number>();
          for (const r of mine) totals.set(r.order, (totals.get(r.order) ?? 0) + r.amount);
          const f = [...totals.values()].filter((t) => t > 0).length;
          expect(a.frequency[c]).toBe(f);
          expect(a.monetaryScaled[c]).toBe(mine.reduce((s, r) => s + r.amount * MONEY_SCALE, 0));
        });
      }),
    );
  });

  it("never throws on junk: NaN, no customers, no lines", () => {
    const empty = buildInput([], { asOf: 0 });
    expect(aggregateActivity(empty, { refunds: "net", windowDays: 365 }).customers).toBe(0);
    const junk = buildInput([{ customer: "a", day: 1, amount: 1 }]);
    junk.tx.day[0] = NaN;
    const a = aggregateActivity(junk, { refunds: "exclude", windowDays: NaN });
    expect(a.frequency[0]).toBe(0);
    expect(a.recencyDays[0]).toBeNaN();
  });
});
