/**
 * Junk never throws: arbitrary numbers (NaN, ±Infinity, huge, negative, customer indices out of range,
 * order indices −1) straight into TransactionColumns, through every dimension of this module.
 */
import fc from "fast-check";
import type { RfmStandard } from "../../standard/types";
import type { EngineInput } from "../../types";
import { aggregateActivity } from "../activity/aggregate";
import { classifyFrequency } from "../frequency/classify";
import { FREQUENCY_DEFAULTS, REPEAT_DEFAULTS } from "../frequency/defaults";
import { classifyRepeat } from "../frequency/repeat";
import { classifyRfm } from "../rfm/classify";
import { RFM_DEFAULTS } from "../rfm/defaults";
import { classifyValue } from "../value/classify";
import { ABC_DEFAULTS } from "../value/defaults";
import { buildInput, customerTable, ordersOf } from "./fixtures";

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 2 ** 60),
  fc.integer({ min: -5, max: 20000 }),
);

const inputArb = fc
  .record({
    customers: fc.integer({ min: 0, max: 6 }),
    rows: fc.array(
      fc.record({
        c: fc.integer({ min: -2, max: 8 }),
        day: anyNumber,
        amount: anyNumber,
        order: fc.integer({ min: -1, max: 4 }),
      }),
      { maxLength: 30 },
    ),
    asOf: anyNumber,
    withOrders: fc.boolean(),
  })
  .map(({ customers, rows, asOf, withOrders }): EngineInput => {
    const base = buildInput([]);
    const ids = Array.from({ length: customers }, (_, i) => (i % 2 ? `C${i}` : String(i)));
    return {
      customers: customerTable(ids),
      asOf,
      tx: {
        ...base.tx,
        n: rows.length,
        customer: rows.map((r) => r.c),
        day: rows.map((r) => r.day),
        amount: rows.map((r) => r.amount),
        order: withOrders ? rows.map((r) => r.order) : null,
        orders: withOrders ? ordersOf(rows.map((r) => r.order)) : 0,
        profit: rows.map((r) => r.amount / 2),
        row: null,
        firstRow: 0,
      },
    };
  });

const models: RfmStandard["model"][] = ["rf10", "cn8", [{ segment: "x", r: [1, 3] }]];

describe("junk input never throws", () => {
  it("through aggregate, frequency, repeat, value and RFM (property)", () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom<"net" | "exclude">("net", "exclude"),
        fc.constantFrom(...models),
        fc.constantFrom<"value" | "rank">("value", "rank"),
        fc.integer({ min: 0, max: 7 }),
        (input, refunds, model, tie, bins) => {
          const a = aggregateActivity(input, { refunds, windowDays: 365 });
          const n = input.customers.ids.length;
          expect(classifyFrequency(a, FREQUENCY_DEFAULTS).classes).toHaveLength(n);
          expect(classifyRepeat(a, REPEAT_DEFAULTS).classes).toHaveLength(n);
          expect(
            classifyValue(a, input.customers.ids, { ...ABC_DEFAULTS, basis: "profit" }).value.classes,
          ).toHaveLength(n);
          const std: RfmStandard = {
            ...RFM_DEFAULTS,
            model,
            bins,
            ties: { recency: tie, frequency: tie, monetary: tie },
          };
          const r = classifyRfm(a, input.customers.ids, std);
          expect(r.output.classes).toHaveLength(n);
          // every scored customer has scores within 1..bins
          for (let c = 0; c < n; c++) {
            const s = r.output.metrics.r?.[c] as number;
            if (!Number.isNaN(s)) expect(s >= 1 && s <= Math.max(1, bins)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
