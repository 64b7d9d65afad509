/**
 * The thresholds an explanation quotes are the ones the classification used: change one in the standard,
 * classify again, and the class and the explanation move together. Hand calculations on the fixture as
 * in explain.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { classify } from "../classify";
import { parseCsv } from "../read/csv";
import { explainAll, explainCustomer } from "./explain";
import { classifyFixture } from "./fixture";
import type { DimensionExplanation, ExplainDimension } from "./types";

function entry(std: object, id: string, dim: ExplainDimension): DimensionExplanation {
  const e = explainCustomer(classifyFixture(std), id, "en-US")?.entries.find((x) => x.dimension === dim);
  if (e === undefined) throw new Error(`no ${dim} entry for ${id}`);
  return e;
}

describe("a changed threshold moves the class and the explanation together", () => {
  it.each([
    // C1's share before is 9000/16400 = 54.9 %: A under a = 0.8, B under a = 0.5.
    [{}, "C1", "value", "A", "54.9 % < 80.0 %"],
    [{ abc: { a: 0.5 } }, "C1", "value", "B", "54.9 % ≥ 50.0 % and < 95.0 %"],
    // C3 has 8 purchases in the window: medium under highMinOrders 12, high under 8.
    [{}, "C3", "frequency", "medium", "8 purchases in the last 365 days ≥ 4 and < 12"],
    [{ frequency: { highMinOrders: 8 } }, "C3", "frequency", "high", "8 purchases in the last 365 days ≥ 8"],
    // C6's last purchase is 200 days ago: dormant under 180, low (1 purchase < 4) under 250.
    [{ frequency: { dormantDays: 250 } }, "C6", "frequency", "low", "last purchase 200 days ago ≤ 250 days"],
    // C1 answered 9: promoter under promoterMin 9, passive under 10.
    [{ satisfaction: { promoterMin: 10 } }, "C1", "satisfaction", "passive", "NPS answer 9 ≥ 7 and < 10"],
    // C3's on-time rate 5/7 = 71.4 %: C under B's 85 %, B when B asks 70 % (grades A–D kept: the default
    // overall rules name D).
    [
      {
        credit: {
          grades: [
            { grade: "A", minOnTimeRate: 0.95, terms: "net60" },
            { grade: "B", minOnTimeRate: 0.7, terms: "net30" },
            { grade: "C", minOnTimeRate: 0.5, terms: "net15" },
            { grade: "D", terms: "prepay" },
          ],
        },
      },
      "C3",
      "credit",
      "B",
      "not A: on-time rate 71.4 % < 95.0 %; meets B: on-time rate 71.4 % ≥ 70.0 %",
    ],
  ] as const)("%j → %s %s is %s", (std, id, dim, code, words) => {
    const e = entry(std, id, dim);
    expect(e.code).toBe(code);
    expect(e.text).toContain(words);
  });

  it("RFM with 4 bins: the new quartile thresholds are the ones quoted", () => {
    // Recency [2,5,9,13,40,200], PERCENTILE.INC at 25/50/75 %: h = 5p = 1.25, 2.5, 3.75 →
    // 5 + 0.25·4 = 6, 9 + 0.5·4 = 11, 13 + 0.75·27 = 33.25. C3 (9 days): 1 below → bin 2 → R = 5 − 2 = 3.
    const e = entry({ rfm: { bins: 4, model: [{ segment: "any" }] } }, "C3", "r");
    expect(e.code).toBe("3");
    expect(e.text).toBe("R = 3: last purchase 9 days ago, between the thresholds 6 and 11 days (6 < 9 ≤ 11)");
    expect(e.thresholds.map((t) => [t.name, t.value])).toEqual([
      ["p25", 6],
      ["p50", 11],
      ["p75", 33.25],
    ]);
  });

  it("an overall rule table of the user's: its rule is the one quoted", () => {
    const rules = [
      { class: "big", action: "care", when: { value: ["A"], frequency: ["medium", "high"] } },
      { class: "rest", action: "none_needed", when: {} },
    ];
    const e = entry({ overall: { rules } }, "C1", "overall");
    expect(e.code).toBe("big");
    // Letter codes as they are, others by their labels (frequency/labels.ts).
    expect(e.text).toBe(
      "Rule 1 of 2: value A ∈ {A} and activity Medium frequency ∈ {Medium frequency, High frequency} → big / care",
    );
  });
});

// Real data: the quoted thresholds re-derive every customer's score and class (UCI Online Retail 30k).
const SAMPLE = path.resolve(__dirname, "../../../../shared/data/online-retail-sample-30k.csv");

describe("on the Online Retail 30k sample, the explanation re-derives every class", () => {
  const outcome = classify({
    customers: null,
    transactions: { sheet: "sample", top: 0, left: 0, rows: parseCsv(fs.readFileSync(SAMPLE, "utf8")) },
    standard: { refunds: "exclude", rfm: { ties: { frequency: "rank" } } },
    lang: "en-US",
  });
  const n = outcome.result.customers.length;

  it("R, F, M: the score is 1 + thresholds below the value (reversed for R)", () => {
    let checked = 0;
    for (let i = 0; i < n; i++) {
      const scores = outcome.result.customers[i]?.scores;
      if (!scores) continue;
      const e = explainCustomer(outcome, i, "en-US", ["r", "f", "m"]);
      for (const x of e?.entries ?? []) {
        const above = x.thresholds.filter((t) => t.relation === ">").length;
        const bin = above + 1;
        const score = x.dimension === "r" ? 6 - bin : bin;
        expect([x.dimension, score]).toEqual([x.dimension, scores[x.dimension as "r" | "f" | "m"]]);
        checked++;
      }
    }
    expect(checked).toBe(3 * 3546); // 3,546 scored customers (dimensions/testing/onlineRetail.test.ts)
  });

  it("ABC: the class follows from the share before and the cut-offs quoted", () => {
    for (let i = 0; i < n; i++) {
      const e = explainCustomer(outcome, i, "en-US", ["value"])?.entries[0];
      if (!e || e.code === null) continue;
      const [a, b] = e.thresholds;
      const value = e.facts[0]?.value as number;
      const expected = !(value > 0) ? "C" : a?.met ? "A" : b?.met ? "B" : "C";
      expect(e.code).toBe(expected);
    }
  });

  it("explainAll covers every customer with one sentence per available dimension", () => {
    const all = explainAll(outcome, "zh-CN");
    expect(all).toHaveLength(n);
    const scored = outcome.result.customers.findIndex((c) => c.scores !== null);
    expect(Object.keys(all[scored] ?? {})).toEqual([
      "overall",
      "rfm",
      "r",
      "f",
      "m",
      "value",
      "bigTicket",
      "frequency",
      "repeat",
    ]);
  });
});
