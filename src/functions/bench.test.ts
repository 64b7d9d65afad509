import { benchClassifyFunction } from "./bench";

// A smoke test on small data so the benchmark entry point cannot rot; timings are never asserted.
test("benchClassifyFunction runs CLASSIFY and reports its shape", () => {
  const r = benchClassifyFunction({ customers: 50, transactions: 400, runs: 1 });
  expect(r.outputRows).toBe(51); // header + one row per customer (every customer is in the customer table)
  expect(r.outputColumns).toBeGreaterThan(5);
  expect(r.runsMs).toHaveLength(1);
  expect(r.inputCells).toBeGreaterThan(400 * 3);
});
