/**
 * Every function against the engine on the same data: a seeded synthetic book (src/fixtures) is
 * classified by the engine's classify(); each single-value function, given one customer's inputs
 * (and all customers' values where it ranks), must give that customer's engine class — the formulas
 * and the task pane never disagree. CLASSIFY itself is checked cell by cell, metrics included.
 */
import { classify, type ClassifyOutcome } from "../../src/engine/classify";
import type { ClassKey } from "../../src/engine/result";
import { RESULT_COLUMNS } from "../../src/engine/output/columns";
import type { RawTable } from "../../src/engine/types";
import { generateSynthetic } from "../../src/fixtures/synthetic";
import { abcFunction } from "../../src/functions/abc";
import { classifyFunction } from "../../src/functions/classify";
import { creditFunction } from "../../src/functions/credit";
import { FunctionError } from "../../src/functions/errors";
import { industryFunction } from "../../src/functions/industry";
import { npsFunction } from "../../src/functions/nps";
import { rfmFunction } from "../../src/functions/rfm";
import { scoreFunction } from "../../src/functions/score";
import { sizeFunction } from "../../src/functions/size";

const data = generateSynthetic({ customers: 400, transactions: 5000, seed: 20240611 });
const custRows = [data.customers.header, ...data.customers.rows];
const txRows = [data.transactions.header, ...data.transactions.rows];
const raw = (sheet: string, rows: unknown[][]): RawTable => ({
  sheet,
  top: 0,
  left: 0,
  rows: rows as RawTable["rows"],
});

/** The value a function returns, or its error code. */
function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FunctionError) return e.code;
    throw e;
  }
}
const col = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);
const cell = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

function run(standard?: unknown): ClassifyOutcome {
  return classify({
    customers: raw("customers", custRows),
    transactions: raw("transactions", txRows),
    ...(standard !== undefined && { standard }),
    lang: "en-US",
  });
}

describe("functions against the engine on a synthetic book (400 customers, 5,000 lines)", () => {
  const base = run();
  const customers = base.result.customers;
  const scored = customers.filter((c) => c.scores !== null);

  test("the book exercises every dimension", () => {
    for (const d of ["rfm", "value", "credit", "industry", "size", "satisfaction"])
      expect(base.result.available[d]).toBe(true);
    expect(scored.length).toBeGreaterThan(200);
  });

  test("CLASSIFY: every cell, metrics included, equals the engine's result", () => {
    const spill = classifyFunction(custRows, txRows, null, null, true, "code");
    const cols = RESULT_COLUMNS.filter((c) => base.result.available[c.dimension] === true);
    expect(spill[0]).toEqual(["id", ...cols.map((c) => c.key)]);
    spill.slice(1).forEach((row, i) => {
      const c = customers[i]!;
      expect(String(row[0])).toBe(c.id);
      cols.forEach((def, k) => {
        const s = def.source;
        const v =
          s.kind === "class"
            ? c.classes[s.key as ClassKey]
            : s.kind === "extra"
              ? c.extra[s.key]
              : s.kind === "score"
                ? c.scores?.[s.key]
                : cell(c.metrics[s.key]);
        expect(row[k + 1]).toBe(v ?? "");
      });
    });
  });

  test("SCORE gives the engine's R, F and M scores (tie policy value) from the scored customers' values", () => {
    const allR = col(scored.map((c) => c.metrics.recencyDays));
    const allF = col(scored.map((c) => c.metrics.frequency));
    const allM = col(scored.map((c) => c.metrics.monetary));
    for (const c of scored) {
      expect(scoreFunction(c.metrics.recencyDays, allR, true)).toBe(c.scores!.r);
      expect(scoreFunction(c.metrics.frequency, allF)).toBe(c.scores!.f);
      expect(scoreFunction(c.metrics.monetary, allM)).toBe(c.scores!.m);
    }
  });

  test.each(["rf10", "cn8"] as const)(
    "RFM from raw values gives the engine's %s segment for every customer",
    (model) => {
      const res = model === "rf10" ? base : run({ rfm: { model } });
      const cs = res.result.customers;
      const allR = col(cs.map((c) => cell(c.metrics.recencyDays)));
      const allF = col(cs.map((c) => cell(c.metrics.frequency)));
      const allM = col(cs.map((c) => cell(c.metrics.monetary)));
      let classed = 0;
      for (const c of cs) {
        const got = outcome(() =>
          rfmFunction(
            cell(c.metrics.recencyDays),
            cell(c.metrics.frequency),
            cell(c.metrics.monetary),
            model,
            allR,
            allF,
            allM,
          ),
        );
        expect(got).toBe(c.classes.rfm ?? "#N/A");
        if (c.classes.rfm) classed++;
      }
      expect(classed).toBe(scored.length);
    },
  );

  test("RFM from scores gives the engine's rf10 segment", () => {
    for (const c of scored) expect(rfmFunction(c.scores!.r, c.scores!.f, c.scores!.m)).toBe(c.classes.rfm);
  });

  test("ABC gives the engine's value class for every customer with sales, ties broken by ID", () => {
    const withValue = customers.filter((c) => c.classes.value !== null && c.classes.value !== undefined);
    const vals = col(withValue.map((c) => c.metrics.monetary));
    const ids = col(withValue.map((c) => c.id));
    for (const c of withValue)
      expect(abcFunction(c.metrics.monetary, vals, null, null, c.id, ids)).toBe(c.classes.value);
  });

  test("CREDIT gives the engine's grade from the engine's payment metrics", () => {
    const m = base.details.credit!.metrics;
    let graded = 0;
    customers.forEach((c, i) => {
      if (c.classes.credit === null || c.classes.credit === undefined) return;
      graded++;
      const got = creditFunction(
        m.onTimeRate![i],
        m.weightedDaysLate![i],
        m.oldestOverdueDays![i],
        m.overdueShare![i],
        cell(m.limitUtilisation![i]),
      );
      expect(got).toBe(c.classes.credit);
    });
    expect(graded).toBeGreaterThan(100);
  });

  test("SIZE and INDUSTRY give the engine's classes from the customer table's cells (money in 万元)", () => {
    const h = data.customers.header;
    const [ind, emp, rev, ast] = [
      "Industry",
      "Employees",
      "Annual revenue (万元)",
      "Total assets (万元)",
    ].map((x) => h.indexOf(x));
    expect([ind, emp, rev, ast].every((x) => x! >= 0)).toBe(true);
    let sized = 0;
    data.customers.rows.forEach((row, i) => {
      const c = customers[i]!;
      expect(String(row[0])).toBe(c.id);
      const industry = outcome(() => industryFunction(row[ind!]));
      expect(industry).toBe(
        c.classes.industry === null || c.classes.industry === "unknown" ? "#N/A" : c.classes.industry,
      );
      const size = outcome(() => sizeFunction(row[ind!], row[emp!], row[rev!], row[ast!]));
      if (c.classes.size) {
        expect(size).toBe(c.classes.size);
        sized++;
      } else expect(size === "#N/A" || size === "#VALUE!").toBe(true);
    });
    expect(sized).toBeGreaterThan(100);
  });

  test("NPS of the answers equals the engine's overall NPS", () => {
    const h = data.customers.header;
    const k = h.indexOf("NPS score");
    expect(base.result.summary.npsOverall).not.toBeNull();
    expect(npsFunction(col(data.customers.rows.map((r) => r[k])))).toBeCloseTo(
      base.result.summary.npsOverall!,
      12,
    );
  });
});
