import { generateSynthetic, type SyntheticTable } from "../fixtures/synthetic";
import { classify } from "./classify";
import { pendingCustomerColumns } from "./lazyCustomers";
import type { ClassificationResult } from "./result";
import type { RawTable } from "./types";

const raw = (sheet: string, t: SyntheticTable): RawTable => ({
  sheet,
  top: 0,
  left: 0,
  rows: [t.header, ...t.rows],
});

function classifySynthetic(): ClassificationResult {
  const data = generateSynthetic({ customers: 200, transactions: 2000, seed: 11 });
  return classify({
    customers: raw("Customers", data.customers),
    transactions: raw("Sales", data.transactions),
    lang: "zh-CN",
  }).result;
}

/** The key order of ClassificationResult (src/engine/result.ts), which the JSON output follows. */
const RESULT_KEYS = ["asOf", "standard", "customers", "issues", "summary", "available", "catalogue", "lang"];

describe("a result's customer records, built on first read", () => {
  test("nothing is built until read; then once, the same array every time", () => {
    const result = classifySynthetic();
    expect(Object.keys(result)).toEqual(RESULT_KEYS); // listing keys reads no value
    expect(pendingCustomerColumns(result)?.n).toBe(200);
    const first = result.customers;
    expect(first).toHaveLength(200);
    expect(pendingCustomerColumns(result)).toBeUndefined();
    expect(result.customers).toBe(first);
    expect(Object.keys(result)).toEqual(RESULT_KEYS);
    expect(result.summary.customers).toBe(first.length);
  });

  test("JSON, a spread and structuredClone carry the records, in the result's key order", () => {
    const viaJson = JSON.parse(JSON.stringify(classifySynthetic())) as ClassificationResult;
    expect(Object.keys(viaJson)).toEqual(RESULT_KEYS);
    const spread = { ...classifySynthetic() };
    const cloned = structuredClone(classifySynthetic());
    const read = classifySynthetic().customers;
    expect(viaJson.customers).toEqual(read);
    expect(spread.customers).toEqual(read);
    expect(cloned.customers).toEqual(read);
  });

  test("assigning replaces the records as for a plain property", () => {
    const result = classifySynthetic();
    result.customers = [];
    expect(result.customers).toEqual([]);
    expect(pendingCustomerColumns(result)).toBeUndefined();
    expect(Object.keys(result)).toEqual(RESULT_KEYS);
  });
});
