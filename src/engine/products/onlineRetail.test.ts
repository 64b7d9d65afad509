/**
 * Product analysis on real data: UCI "Online Retail" 30k sample (StockCode = product). Expected values
 * are computed here independently with a plain line split (fields from the right, as in
 * read/onlineRetail.test.ts), not with the engine's helpers: revenue = Σ Quantity × UnitPrice per
 * StockCode over rows with a CustomerID (the reader leaves the others out), refunds netted (policy net).
 */
import * as fs from "fs";
import * as path from "path";
import { classify } from "../classify";
import { parseCsv } from "../read/csv";
import { readTables } from "../read/tables";
import { compareIds } from "../stats/ids";
import type { RawTable } from "../types";
import { MONEY_SCALE } from "../types";
import { analyseProducts } from "./analyse";

const SAMPLE = path.resolve(__dirname, "../../../../shared/data/online-retail-sample-30k.csv");

interface Peer {
  revenue: Map<string, number>;
  window: Map<string, { prior: number; recent: number; priorLines: number; recentLines: number }>;
}

/** Per StockCode: revenue, and the 2011-06…08 / 2011-09…11 windows (as-of 2011-12-10, December partial). */
function peer(text: string): Peer {
  const revenue = new Map<string, number>();
  const window = new Map<
    string,
    { prior: number; recent: number; priorLines: number; recentLines: number }
  >();
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line === "") continue;
    const f = line.split(",");
    const code = f[1] as string;
    const id = f[f.length - 2];
    if (id === "") continue;
    const v = Number(f[f.length - 5]) * Number(f[f.length - 3]);
    revenue.set(code, (revenue.get(code) ?? 0) + v);
    const month = (f[f.length - 4] as string).slice(0, 7);
    const w = window.get(code) ?? { prior: 0, recent: 0, priorLines: 0, recentLines: 0 };
    if (month >= "2011-06" && month <= "2011-08") {
      w.prior += v;
      w.priorLines++;
    } else if (month >= "2011-09" && month <= "2011-11") {
      w.recent += v;
      w.recentLines++;
    }
    window.set(code, w);
  }
  return { revenue, window };
}

describe("Online Retail 30k sample: sales by product", () => {
  const text = fs.readFileSync(SAMPLE, "utf8");
  const raw: RawTable = { sheet: "sample", top: 0, left: 0, rows: parseCsv(text) };
  const outcome = classify({ customers: null, transactions: raw, lang: "en-US" });
  const tx = readTables(null, raw, {}).tx;
  const a = analyseProducts(tx, outcome.result);
  const expected = peer(text);

  it("reads StockCode as the product, for every product the peer sees", () => {
    expect(a.available).toBe(true);
    expect(a.abc.rows).toHaveLength(expected.revenue.size);
  });

  it("product ABC: shares sum to 100 % (exactly, in integers), classes by the 80/95 cut-offs", () => {
    const positive = a.abc.rows.filter((r) => r.value > 0);
    const scaled = positive.reduce((s, r) => s + Math.round(r.value * MONEY_SCALE), 0);
    expect(scaled).toBe(a.abc.totalScaled);
    expect(positive.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
    expect(positive[positive.length - 1]?.cumShare).toBe(1);
    for (const r of a.abc.rows) {
      const cls = !(r.value > 0) ? "C" : r.cumShareBefore < 0.8 ? "A" : r.cumShareBefore < 0.95 ? "B" : "C";
      expect(r.class).toBe(cls);
    }
    // Pareto: the A class (80 % of revenue) is a minority of the products.
    const nA = a.abc.classes.find((c) => c.code === "A")?.products ?? 0;
    expect(nA / a.abc.rows.length).toBeLessThan(0.4);
  });

  it("top products and their revenue agree with the peer", () => {
    const peerTop = [...expected.revenue].sort((x, y) => y[1] - x[1] || compareIds(x[0], y[0])).slice(0, 10);
    expect(a.abc.rows.slice(0, 10).map((r) => r.code)).toEqual(peerTop.map(([c]) => c));
    a.abc.rows.slice(0, 10).forEach((r, k) => expect(r.value).toBeCloseTo(peerTop[k]?.[1] ?? NaN, 6));
    // Plausible: the data set's well-known best sellers are near the top (REGENCY CAKESTAND 3 TIER,
    // WHITE HANGING HEART T-LIGHT HOLDER).
    const top20 = a.abc.rows.slice(0, 20).map((r) => r.code);
    expect(top20).toEqual(expect.arrayContaining(["22423", "85123A"]));
  });

  it("rising and falling products: the peer's windows and growth", () => {
    const t = a.trends;
    expect(t?.recent).toEqual({ from: "2011-09", to: "2011-11" });
    expect(t?.prior).toEqual({ from: "2011-06", to: "2011-08" });
    expect(t?.priorCovered).toBe(true);
    // Minimum volume (trends.ts defaults): 10 prior lines and 0.1 % of all products' prior value.
    const priorTotal = [...expected.window].reduce((s, [, w]) => s + Math.max(0, w.prior), 0);
    const eligible = [...expected.window].filter(
      ([, w]) => w.prior > 1e-9 && w.prior >= 0.001 * priorTotal - 1e-6 && w.priorLines >= 10,
    );
    expect(t?.eligible).toBe(eligible.length);
    const growth = (w: { prior: number; recent: number }) => (w.recent - w.prior) / w.prior;
    const rising = eligible.filter(([, w]) => growth(w) >= 0.2).sort((x, y) => growth(y[1]) - growth(x[1]));
    const falling = eligible.filter(([, w]) => growth(w) <= -0.2).sort((x, y) => growth(x[1]) - growth(y[1]));
    expect(t?.counts.rising).toBe(rising.length);
    expect(t?.counts.falling).toBe(falling.length);
    expect(rising.length).toBeGreaterThan(0);
    t?.rising.slice(0, 10).forEach((r, k) => {
      const [code, w] = rising[k] ?? ["", { prior: NaN, recent: NaN }];
      expect(r.growth).toBeCloseTo(growth(w), 9);
      expect(r.code).toBe(code);
    });
    t?.falling
      .slice(0, 10)
      .forEach((r, k) =>
        expect(r.growth).toBeCloseTo(growth((falling[k] ?? ["", { prior: NaN, recent: NaN }])[1]), 9),
      );
  });

  it("monthly sales per class add up to the summary's monthly sales", () => {
    const monthly = outcome.result.summary.monthly;
    expect(a.byClass.months).toEqual(monthly.map((m) => m.month));
    a.byClass.totals.forEach((t, k) => expect(t).toBe(monthly[k]?.revenue));
  });
});
