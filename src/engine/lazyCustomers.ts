/**
 * A result's `customers` records, built on first read.
 *
 * Why: classify's outputs are columns; 100k records of ~60 fields took ~110 ms to build (a sixth of
 * the all-dimension compute on 1M lines), and the worker, the add-in's main path, only turned them back
 * into columns for postMessage. Readers that want records (the CLI's JSON, explanations, search, tests)
 * still get the same array, on first read, once; a spread, JSON.stringify or structuredClone reads it too.
 * Until then their columns are available to pendingCustomerColumns (the worker packs them directly).
 */
import type { ClassificationResult, CustomerResult } from "./result";
import { recordsFrom, type RecordSources } from "./results";

const pending = new WeakMap<object, RecordSources>();

function settle(result: object, customers: CustomerResult[]): void {
  pending.delete(result);
  Object.defineProperty(result, "customers", {
    value: customers,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Makes `result.customers` build on first read (its key keeps its place in the result's key order, so
 * the JSON is unchanged). Assigning it replaces it, as for a plain property.
 */
export function defineLazyCustomers(result: ClassificationResult, sources: RecordSources): void {
  pending.set(result, sources);
  Object.defineProperty(result, "customers", {
    get(this: ClassificationResult): CustomerResult[] {
      const customers = recordsFrom(sources);
      settle(this, customers);
      return customers;
    },
    set(this: ClassificationResult, customers: CustomerResult[]) {
      settle(this, customers);
    },
    enumerable: true,
    configurable: true,
  });
}

/** The columns of a result whose records have not been built yet (reading them builds nothing). */
export function pendingCustomerColumns(result: ClassificationResult): RecordSources | undefined {
  return pending.get(result);
}
