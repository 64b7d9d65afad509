/**
 * One customer's RFM segment from raw values, against all customers' values — the engine's
 * classifyRfm for a single customer (engine/dimensions/rfm/classify.ts and scores.ts), which works on a
 * whole population at once:
 *   - the scored population is the customers with frequency > 0 (at least one purchase);
 *   - scores: PERCENTILE.INC quintile thresholds of the population, 1 + thresholds strictly below,
 *     recency reversed (tie policy "value");
 *   - rf10 = the R×F map on the scores; cn8 = recency < mean, frequency > mean, monetary > mean over the
 *     population, monetary compared in exact 1/10,000 units (MONEY_SCALE) as the engine does.
 * The customer need not be one of the population (what-if: "where would R = 12, F = 3 fall?").
 * The single-customer entry used by CUSTCLASS.RFM; a test holds it equal to classifyRfm.
 */
import { cn8Code, rf10Code } from "./models";
import { quintileThresholds } from "../../stats/percentile";
import { scoreByThresholds } from "../../stats/score";
import { kahanSum } from "../../stats/sum";
import { MONEY_SCALE } from "../../types";

export type PresetModel = "rf10" | "cn8";

export interface RfmPopulation {
  /** Aligned per customer; NaN = blank. Customers with frequency ≤ 0 or NaN are not scored. */
  recency: Float64Array;
  frequency: Float64Array;
  /** Currency units; null when not given (rf10 does not need it). */
  monetary: Float64Array | null;
}

export interface RfmOfValue {
  code: string;
  r: number;
  f: number;
  /** NaN without monetary values. */
  m: number;
}

/** Money in exact MONEY_SCALE integers, as the engine's activity holds it. */
export const scaleMoney = (x: number): number => Math.round(x * MONEY_SCALE);

export function rfmOfValues(
  recency: number,
  frequency: number,
  monetary: number,
  pop: RfmPopulation,
  model: PresetModel,
  bins = 5,
): RfmOfValue {
  const n = pop.frequency.length;
  const R: number[] = [];
  const F: number[] = [];
  const M: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!((pop.frequency[i] as number) > 0)) continue;
    R.push(pop.recency[i] as number);
    F.push(pop.frequency[i] as number);
    if (pop.monetary) M.push(scaleMoney(pop.monetary[i] as number));
  }
  const mScaled = scaleMoney(monetary);
  const r = bins + 1 - scoreByThresholds(recency, quintileThresholds(R, bins));
  const f = scoreByThresholds(frequency, quintileThresholds(F, bins));
  const m = pop.monetary ? scoreByThresholds(mScaled, quintileThresholds(M, bins)) : NaN;
  if (model === "rf10") return { code: rf10Code(r, f), r, f, m };
  const k = R.length;
  const meanR = kahanSum(R) / k;
  const meanF = kahanSum(F) / k;
  const meanM = kahanSum(M) / k;
  return { code: cn8Code(recency < meanR, frequency > meanF, mScaled > meanM), r, f, m };
}
