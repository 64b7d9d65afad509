import fc from "fast-check";
import type { RfmStandard, TiePolicy } from "../../standard/types";
import { idSortOrder } from "../../stats/ids";
import { aggregateActivity } from "../activity/aggregate";
import { buildInput, type TxRecord } from "../testing/fixtures";
import { classifyRfm } from "./classify";
import { RFM_DEFAULTS } from "./defaults";
import { scoreMetric } from "./scores";

const all = (n: number) => new Uint8Array(n).fill(1);

describe("scoreMetric", () => {
  const ids = Array.from({ length: 10 }, (_, i) => String(i + 1));
  const order = () => idSortOrder(ids);
  it.each<[string, number[], TiePolicy, boolean, number[], number[]]>([
    // 1..10: thresholds 2.8, 4.6, 6.4, 8.2 (h = 9k/5) → two customers per score
    [
      "1..10 value",
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      "value",
      false,
      [2.8, 4.6, 6.4, 8.2],
      [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
    ],
    [
      "1..10 reversed (recency): 6 − bin",
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      "value",
      true,
      [2.8, 4.6, 6.4, 8.2],
      [5, 5, 4, 4, 3, 3, 2, 2, 1, 1],
    ],
    // five 1s, five 2s: thresholds [1, 1, 2, 2]; 1 → bin 1, 2 → 1 + 2 = 3 (equal values share a score)
    [
      "ties by value",
      [1, 1, 1, 1, 1, 2, 2, 2, 2, 2],
      "value",
      false,
      [1, 1, 2, 2],
      [1, 1, 1, 1, 1, 3, 3, 3, 3, 3],
    ],
    // ranks 1..10 (ties by ID "1" < "2" < … < "10") → like 1..10 above
    [
      "ties by rank",
      [1, 1, 1, 1, 1, 2, 2, 2, 2, 2],
      "rank",
      false,
      [2.8, 4.6, 6.4, 8.2],
      [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
    ],
    // all equal under rank: IDs decide, numeric-aware ("10" is last)
    [
      "all equal by rank",
      [7, 7, 7, 7, 7, 7, 7, 7, 7, 7],
      "rank",
      false,
      [2.8, 4.6, 6.4, 8.2],
      [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
    ],
    [
      "all equal by value",
      [7, 7, 7, 7, 7, 7, 7, 7, 7, 7],
      "value",
      false,
      [7, 7, 7, 7],
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    ],
  ])("%s", (_name, values, policy, reverse, thresholds, scores) => {
    const res = scoreMetric(Float64Array.from(values), all(10), policy, 5, reverse, order);
    expect(res.thresholds).toEqual(thresholds);
    expect(Array.from(res.scores)).toEqual(scores);
  });

  it("scores only the population; others are NaN and do not move thresholds", () => {
    const res = scoreMetric(
      Float64Array.from([1, 1000, 2, 3]),
      Uint8Array.from([1, 0, 1, 1]),
      "value",
      2,
      false,
      order,
    );
    // population 1, 2, 3: median threshold h = 1 → 2; 1 → 1, 2 → 1, 3 → 2
    expect(res.thresholds).toEqual([2]);
    expect(Array.from(res.scores)).toEqual([1, NaN, 1, 2]);
  });
});

/**
 * Scenario, as-of 2024-02-01 (day after the data); ids 1..5 plus 6 with only a refund and 7 with nothing.
 * R (days): 1 → 1, 2 → 10, 3 → 20, 4 → 30, 5 → 31;  F: 5, 4, 3, 2, 1;  M: 500, 40, 300, 20, 10.
 */
const DAY = (d: number) => `2024-01-${String(d).padStart(2, "0")}`;
const RECORDS: TxRecord[] = [
  ...[27, 28, 29, 30, 31].map((d) => ({ customer: "1", day: DAY(d), amount: 100 })),
  ...[19, 20, 21, 22].map((d) => ({ customer: "2", day: DAY(d), amount: 10 })),
  ...[10, 11, 12].map((d) => ({ customer: "3", day: DAY(d), amount: 100 })),
  ...[1, 2].map((d) => ({ customer: "4", day: DAY(d), amount: 10 })),
  { customer: "5", day: DAY(1), amount: 10 },
  { customer: "6", day: DAY(5), amount: -50 },
];
const IDS = ["1", "2", "3", "4", "5", "6", "7"];

function rfm(std: Partial<RfmStandard>, records = RECORDS, ids = IDS) {
  const input = buildInput(records, { customers: ids, asOf: "2024-02-01" });
  const activity = aggregateActivity(input, { refunds: "net", windowDays: 365 });
  return classifyRfm(activity, input.customers.ids, { ...RFM_DEFAULTS, ...std });
}

describe("classifyRfm", () => {
  it("scores customers with a purchase only; thresholds and means as by hand", () => {
    const res = rfm({});
    expect(res.scored).toBe(5);
    // R values 1, 10, 20, 30, 31: h = 4k/5 = 0.8, 1.6, 2.4, 3.2 → 8.2, 16, 24, 30.2
    expect(res.thresholds.recency.map((t) => +t.toFixed(10))).toEqual([8.2, 16, 24, 30.2]);
    // M 10, 20, 40, 300, 500: h = 0.8, 1.6, 2.4, 3.2 → 18, 32, 40 + 0.4·260 = 144, 340 (currency units)
    expect(res.thresholds.monetary.map((t) => +t.toFixed(10))).toEqual([18, 32, 144, 340]);
    expect(res.means).toEqual({ recency: 92 / 5, frequency: 3, monetary: 870 / 5 });
    // R scores: 1 → bin 1 → 5; 10 → 4; 20 → 3; 30 → 2; 31 → 1.  F 5..1 → thresholds 1.8, 2.6, 3.4, 4.2 → 5..1
    expect(Array.from(res.output.metrics.r ?? [])).toEqual([5, 4, 3, 2, 1, NaN, NaN]);
    expect(Array.from(res.output.metrics.f ?? [])).toEqual([5, 4, 3, 2, 1, NaN, NaN]);
    expect(Array.from(res.output.metrics.m ?? [])).toEqual([5, 3, 4, 2, 1, NaN, NaN]);
    // rf10: 55 champions, 44 loyal, 33 need_attention, 22 hibernating, 11 hibernating
    expect(res.output.classes).toEqual([
      "champions",
      "loyal",
      "need_attention",
      "hibernating",
      "hibernating",
      null,
      null,
    ]);
  });

  it("cn8 compares raw values with the means (R < 18.4, F > 3, M > 174)", () => {
    // 1: R1 F5 M500 → 111; 2: R10 F4 M40 → 110; 3: R20 F3 M300 → 001; 4: 000; 5: 000
    expect(rfm({ model: "cn8" }).output.classes).toEqual([
      "important_value",
      "general_value",
      "important_retain",
      "general_retain",
      "general_retain",
      null,
      null,
    ]);
  });

  it("applies a user rule table on R, F, M scores", () => {
    const res = rfm({
      model: [
        { segment: "top_m", m: [4, 5] },
        { segment: "recent", r: [3, 5] },
      ],
    });
    // M scores 5, 3, 4, 2, 1; R scores 5, 4, 3, 2, 1
    expect(res.output.classes).toEqual([
      "top_m",
      "recent",
      "top_m",
      "unclassified",
      "unclassified",
      null,
      null,
    ]);
    expect(res.labels.top_m).toBeDefined();
  });

  it("never throws on junk: no customers, one customer, all equal", () => {
    expect(rfm({}, [], []).output.classes).toEqual([]);
    // one customer: all thresholds equal its values → bin 1 everywhere; R reversed → 5; R5 F1 = new
    const one = rfm({}, [{ customer: "1", day: DAY(31), amount: 5 }], ["1"]);
    expect(one.output.classes).toEqual(["new"]);
    expect(one.thresholds.recency).toEqual([1, 1, 1, 1]);
    const same = rfm(
      { model: "cn8" },
      ["1", "2", "3"].map((c) => ({ customer: c, day: DAY(31), amount: 5 })),
      ["1", "2", "3"],
    );
    // nothing is strictly above/below the mean → general_retain for all
    expect(same.output.classes).toEqual(["general_retain", "general_retain", "general_retain"]);
  });

  const policies: TiePolicy[] = ["value", "rank"];
  const recordsArb = fc.array(
    fc.record({
      customer: fc.constantFrom("1", "2", "3", "10", "20", "a"),
      day: fc.integer({ min: 19700, max: 19720 }),
      amount: fc.integer({ min: -20, max: 50 }),
      order: fc.constantFrom("o1", "o2", "o3"),
    }),
    { maxLength: 40 },
  );

  it("does not depend on row or customer-table order, and does not mutate input (property)", () => {
    fc.assert(
      fc.property(
        recordsArb,
        fc.constantFrom(...policies),
        fc.constantFrom(...policies),
        fc.constantFrom<RfmStandard["model"]>("rf10", "cn8"),
        (records, tf, tr, model) => {
          const ids = ["1", "2", "3", "10", "20", "a"];
          const std = { model, ties: { recency: tr, frequency: tf, monetary: tf } };
          const input = buildInput(records, { customers: ids, asOf: 19721 });
          Object.freeze(input.customers.ids);
          const activity = aggregateActivity(input, { refunds: "net", windowDays: 365 });
          const before = JSON.stringify(Array.from(activity.frequency));
          const a = classifyRfm(activity, input.customers.ids, { ...RFM_DEFAULTS, ...std });
          expect(JSON.stringify(Array.from(activity.frequency))).toBe(before);
          const b = rfm(std, [...records].reverse(), [...ids].reverse());
          const rev = [...ids].reverse();
          ids.forEach((id, i) => {
            const j = rev.indexOf(id);
            expect(b.output.classes[j]).toBe(a.output.classes[i]);
            expect(b.output.metrics.f?.[j]).toBe(a.output.metrics.f?.[i]);
          });
        },
      ),
    );
  });
});
