/**
 * CLASSIFY on the UCI Online Retail 30k sample (Chen, Sain & Guo 2012; ../shared/data), transactions
 * only, with the standard given as a key/value range (rfm.model rf10, ties.frequency rank, refunds
 * exclude): every customer's every class must equal the engine's classify() on the same cells and
 * standard — the formula and the add-in never disagree. The rf10 segment counts are the project's
 * reference, reproduced independently by a plain Python script (see
 * src/engine/dimensions/testing/onlineRetail.test.ts, which asserts the same counts on the engine).
 */
import * as fs from "fs";
import * as path from "path";
import { classify } from "../../src/engine/classify";
import { parseCsv } from "../../src/engine/read";
import type { ClassKey } from "../../src/engine/result";
import { RESULT_COLUMNS } from "../../src/engine/output/columns";
import { classifyFunction } from "../../src/functions/classify";

const SAMPLE = path.resolve(__dirname, "../../../shared/data/online-retail-sample-30k.csv");

const standardRange = [
  ["rfm.model", "rf10"],
  ["rfm.ties.frequency", "rank"],
  ["refunds", "exclude"],
];
const standardJson = { rfm: { model: "rf10", ties: { frequency: "rank" } }, refunds: "exclude" };

describe("CLASSIFY on the Online Retail sample", () => {
  const rows = parseCsv(fs.readFileSync(SAMPLE, "utf8"));
  const spill = classifyFunction(null, rows, null, standardRange, false, "code");
  const engine = classify({
    customers: null,
    transactions: { sheet: "transactions", top: 0, left: 0, rows },
    standard: standardJson,
    lang: "en-US",
  }).result;
  const header = spill[0] as string[];
  const body = spill.slice(1);

  it("spills one row per customer, in the engine's order, with numeric IDs as numbers", () => {
    expect(engine.asOf).toBe("2011-12-10");
    expect(body).toHaveLength(engine.customers.length);
    expect(body).toHaveLength(3569);
    body.forEach((row, i) => {
      expect(String(row[0])).toBe(engine.customers[i]!.id);
      expect(typeof row[0]).toBe("number");
    });
  });

  it("has every class column of the dimensions with data, and the same class for every customer", () => {
    const classCols = RESULT_COLUMNS.filter(
      (c) => c.format === "text" && engine.available[c.dimension] === true,
    );
    expect(header).toEqual(["id", ...classCols.map((c) => c.key)]);
    expect(header).toEqual(expect.arrayContaining(["rfm", "value", "frequency", "overall", "action"]));
    let compared = 0;
    body.forEach((row, i) => {
      const c = engine.customers[i]!;
      classCols.forEach((col, k) => {
        const code =
          col.source.kind === "class" ? c.classes[col.source.key as ClassKey] : c.extra[col.source.key];
        expect(row[k + 1]).toBe(code ?? "");
        compared++;
      });
    });
    expect(compared).toBe(3569 * classCols.length);
  });

  it("reproduces the reference rf10 counts (3,546 scored customers)", () => {
    const k = header.indexOf("rfm");
    const counts: Record<string, number> = {};
    for (const row of body) {
      const s = row[k] as string;
      if (s !== "") counts[s] = (counts[s] ?? 0) + 1;
    }
    expect(counts).toEqual({
      hibernating: 849,
      loyal: 623,
      champions: 535,
      at_risk: 512,
      potential_loyalist: 382,
      about_to_sleep: 298,
      need_attention: 159,
      promising: 73,
      new: 62,
      cant_lose: 53,
    });
  });

  it("with metrics, spills the engine's scores and revenue too", () => {
    const withMetrics = classifyFunction(null, rows, "2011-12-10", standardRange, true, "code");
    const h = withMetrics[0] as string[];
    const [r, f, m, rev] = ["r", "f", "m", "monetary"].map((key) => h.indexOf(key));
    expect([r, f, m, rev].every((x) => x! > 0)).toBe(true);
    withMetrics.slice(1).forEach((row, i) => {
      const c = engine.customers[i]!;
      expect(row[r!]).toBe(c.scores ? c.scores.r : "");
      expect(row[f!]).toBe(c.scores ? c.scores.f : "");
      expect(row[m!]).toBe(c.scores ? c.scores.m : "");
      const money = c.metrics.monetary;
      expect(row[rev!]).toBe(money === null || money === undefined || !Number.isFinite(money) ? "" : money);
    });
  });
});
