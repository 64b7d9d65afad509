import { classify } from "../engine/classify";
import type { CustomerResult } from "../engine/result";
import type { RawTable } from "../engine/types";
import { generateSynthetic, type SyntheticTable } from "../fixtures/synthetic";
import { packCustomers, unpackCustomers } from "./customer-columns";

/** What the pane gets: packed in the worker, copied as postMessage copies, unpacked. */
const acrossTheBoundary = (customers: readonly CustomerResult[]): CustomerResult[] =>
  unpackCustomers(structuredClone(packCustomers(customers)));

const raw = (sheet: string, t: SyntheticTable): RawTable => ({
  sheet,
  top: 0,
  left: 0,
  rows: [t.header, ...t.rows],
});

describe("customers as columns across postMessage", () => {
  test("a classification of every dimension comes back the same, keys in the same order", () => {
    // Synthetic customers with payments and products: every metric, score, class and extra is exercised.
    const data = generateSynthetic({ customers: 400, transactions: 4000, seed: 7 });
    const { result } = classify({
      customers: raw("Customers", data.customers),
      transactions: raw("Sales", data.transactions),
      lang: "en-US",
    });
    const back = acrossTheBoundary(result.customers);
    expect(back).toEqual(result.customers);
    expect(JSON.stringify(back)).toBe(JSON.stringify(result.customers));
  });

  test("null, -0, no scores and repeated text survive exactly", () => {
    const one = (id: string, over: Partial<CustomerResult>): CustomerResult => ({
      id,
      name: null,
      row: -1,
      metrics: { monetary: null, share: -0, rank: 3 },
      scores: null,
      classes: { rfm: null, value: "A" },
      extra: { terms: "30 days", firstPurchase: null },
      ...over,
    });
    const customers = [
      one("1", {}),
      one("2", {
        name: "客户乙",
        row: 7,
        scores: { r: 5, f: 1, m: 3 },
        metrics: { monetary: 12.5, share: 0.1, rank: 1 },
      }),
      one("3", { classes: { rfm: "champions", value: "A" } }),
    ];
    const back = acrossTheBoundary(customers);
    expect(back).toEqual(customers);
    expect(Object.is(back[0]!.metrics.share, -0)).toBe(true);
    expect(acrossTheBoundary([])).toEqual([]);
  });
});
