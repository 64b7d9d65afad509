import { classify } from "../engine/classify";
import type { CustomerResult } from "../engine/result";
import type { RawTable } from "../engine/types";
import { generateSynthetic, type SyntheticTable } from "../fixtures/synthetic";
import { pendingCustomerColumns } from "../engine/lazyCustomers";
import { RECORD_KEYS } from "../engine/results";
import { FOUR_SALES } from "./fixture";
import {
  fromWire,
  packCustomers,
  packResultColumns,
  toWire,
  unpackByKey,
  unpackCustomers,
} from "./customer-columns";

/** What the pane gets: packed in the worker, copied as postMessage copies, unpacked. */
const acrossTheBoundary = (customers: readonly CustomerResult[]): CustomerResult[] =>
  unpackCustomers(structuredClone(packCustomers(customers)));

const raw = (sheet: string, t: SyntheticTable): RawTable => ({
  sheet,
  top: 0,
  left: 0,
  rows: [t.header, ...t.rows],
});

/** Synthetic customers with payments and products: every metric, score, class and extra is exercised. */
function classifySynthetic(customers: number, seed: number, lang: "zh-CN" | "en-US") {
  const data = generateSynthetic({ customers, transactions: customers * 10, seed });
  return classify({
    customers: raw("Customers", data.customers),
    transactions: raw("Sales", data.transactions),
    lang,
  }).result;
}

describe("customers as columns across postMessage", () => {
  test("a classification of every dimension comes back the same, keys in the same order", () => {
    const result = classifySynthetic(400, 7, "en-US");
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

  test("columns with the engine's keys take the literal builder, and it rebuilds what key by key does", () => {
    const result = classifySynthetic(300, 9, "zh-CN");
    const packed = packCustomers(result.customers);
    expect(packed.metricKeys).toEqual(RECORD_KEYS.metrics);
    // A -0 and a customer without scores, as the columns carry them.
    (packed.metrics[0] as Float64Array)[1] = -0;
    packed.scores[0][2] = NaN;
    const fast = unpackCustomers(packed);
    const slow = unpackByKey(packed);
    expect(fast).toEqual(slow);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    expect(Object.is(fast[1]!.metrics[RECORD_KEYS.metrics[0]!], -0)).toBe(true);
    expect(fast[2]!.scores).toBeNull();
  });

  describe("packed from classify's columns, before any record is built", () => {
    const data = generateSynthetic({ customers: 300, transactions: 3000, seed: 5 });
    const cases: [string, () => ReturnType<typeof classify>][] = [
      [
        "every dimension",
        () =>
          classify({
            customers: raw("Customers", data.customers),
            transactions: raw("Sales", data.transactions),
            lang: "en-US",
          }),
      ],
      [
        "transactions only (no customer table)",
        () => classify({ customers: null, transactions: FOUR_SALES, lang: "zh-CN" }),
      ],
      [
        "customers only (no transactions)",
        () => classify({ customers: raw("Customers", data.customers), transactions: null, lang: "zh-CN" }),
      ],
    ];
    test.each(cases)("%s: the same columns as packing the records", (_name, run) => {
      const { result } = run();
      const pending = pendingCustomerColumns(result);
      expect(pending).toBeDefined();
      const fromColumns = packResultColumns(pending!);
      expect(pendingCustomerColumns(result)).toBe(pending); // packing built no record
      expect(fromColumns).toEqual(packCustomers(result.customers));
    });

    test.each(cases)("%s: toWire builds no record, and the pane gets the records", (_name, run) => {
      const outcome = { ...run(), baseId: 1 };
      const wire = toWire(outcome);
      expect(pendingCustomerColumns(outcome.result)).toBeDefined();
      expect(wire.result.customers).toEqual([]);
      const back = fromWire(structuredClone(wire));
      expect(back.result.customers).toEqual(outcome.result.customers);
      expect(Object.keys(back.result)).toEqual(Object.keys(outcome.result));
      expect(JSON.stringify(back.result)).toBe(JSON.stringify(outcome.result));
    });
  });
});
