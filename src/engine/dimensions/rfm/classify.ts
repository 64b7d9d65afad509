/**
 * RFM dimension (product.md dimension 3). Scored population: customers with at least one purchase
 * (under `exclude`, customers with only refunds are left out — this is what reproduces the reference
 * counts on the Online Retail sample: 3,546 of its 3,569 customer IDs). R = recency days (reversed
 * score), F = purchases, M = revenue (exact scaled integers; thresholds exported in currency units).
 */
import type { Labels, RfmStandard } from "../../standard/types";
import type { DimensionOutput } from "../../types";
import { MONEY_SCALE } from "../../types";
import { idSortOrder } from "../../stats/ids";
import { kahanSum } from "../../stats/sum";
import type { Activity } from "../activity/aggregate";
import { toCurrency } from "../activity/metrics";
import { rfmLabels } from "./labels";
import { cn8Code, rf10Code, ruleCode } from "./models";
import { scoreMetric } from "./scores";

export interface RfmResult {
  /** classes = segment codes (null when not scored); metrics r, f, m (scores), recencyDays, frequency,
   *  monetary (currency units). */
  output: DimensionOutput;
  /** Thresholds used per metric: days / purchases / currency units under `value`, ranks under `rank`. */
  thresholds: { recency: number[]; frequency: number[]; monetary: number[] };
  /** Means over the scored customers (cn8's cut-offs): days, purchases, currency units. */
  means: { recency: number; frequency: number; monetary: number };
  /** Customers scored. */
  scored: number;
  labels: Record<string, Labels>;
}

function populationMean(values: Float64Array, scored: Uint8Array, k: number): number {
  const pop = new Float64Array(k);
  let j = 0;
  for (let c = 0; c < values.length; c++) if (scored[c]) pop[j++] = values[c] as number;
  return k > 0 ? kahanSum(pop) / k : NaN;
}

export function classifyRfm(
  activity: Activity,
  ids: readonly string[],
  std: RfmStandard,
  idOrder?: Int32Array,
): RfmResult {
  const n = activity.customers;
  const bins = Math.max(1, Math.floor(std.bins));
  let order = idOrder;
  const getOrder = () => (order ??= idSortOrder(ids));

  const scored = new Uint8Array(n);
  let k = 0;
  for (let c = 0; c < n; c++) {
    if ((activity.frequency[c] as number) > 0) {
      scored[c] = 1;
      k++;
    }
  }
  const money = activity.monetaryScaled;
  const R = scoreMetric(activity.recencyDays, scored, std.ties.recency, bins, true, getOrder);
  const F = scoreMetric(activity.frequency, scored, std.ties.frequency, bins, false, getOrder);
  const M = scoreMetric(money, scored, std.ties.monetary, bins, false, getOrder);

  const meanR = populationMean(activity.recencyDays, scored, k);
  const meanF = populationMean(activity.frequency, scored, k);
  const meanM = populationMean(money, scored, k); // scaled

  const classes: (string | null)[] = new Array<string | null>(n).fill(null);
  const model = std.model;
  for (let c = 0; c < n; c++) {
    if (!scored[c]) continue;
    const r = R.scores[c] as number;
    const f = F.scores[c] as number;
    if (model === "cn8") {
      classes[c] = cn8Code(
        (activity.recencyDays[c] as number) < meanR,
        (activity.frequency[c] as number) > meanF,
        (money[c] as number) > meanM,
      );
    } else if (model === "rf10") classes[c] = rf10Code(r, f);
    else classes[c] = ruleCode(model, r, f, M.scores[c] as number);
  }

  const monetaryThresholds =
    std.ties.monetary === "rank" ? M.thresholds : M.thresholds.map((t) => t / MONEY_SCALE);
  return {
    output: {
      classes,
      metrics: {
        r: R.scores,
        f: F.scores,
        m: M.scores,
        recencyDays: activity.recencyDays,
        frequency: activity.frequency,
        monetary: toCurrency(money),
      },
    },
    thresholds: { recency: R.thresholds, frequency: F.thresholds, monetary: monetaryThresholds },
    means: { recency: meanR, frequency: meanF, monetary: meanM / MONEY_SCALE },
    scored: k,
    labels: rfmLabels(model),
  };
}
