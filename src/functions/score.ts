/**
 * CUSTCLASS.SCORE: the quantile score of one value among all values, by the engine's RFM scoring
 * (product.md, "Quintile thresholds"): thresholds = PERCENTILE.INC of the values at k/bins; score =
 * 1 + thresholds strictly below the value (a value equal to a threshold falls in the lower bin, as
 * pandas qcut); reversed (recency: fewer days is better) = bins + 1 − that. This is the engine's
 * scoreMetric under the tie policy "value" (equal values share a score). The "rank" policy breaks ties
 * by customer ID and needs the IDs: CLASSIFY applies it.
 */
import { RFM_DEFAULTS } from "../engine/dimensions/rfm/defaults";
import { quintileThresholds } from "../engine/stats/percentile";
import { scoreByThresholds } from "../engine/stats/score";
import { booleanArg, numberArg } from "./args/cells";
import { matrixArg, numberList } from "./args/ranges";
import { withSettings } from "./args/standard-parts";
import { invalid, notAvailable } from "./errors";

export function scoreFunction(value: unknown, values: unknown, reverse?: unknown, bins?: unknown): number {
  const v = numberArg(value, "value");
  const m = matrixArg(values, "values");
  if (m === null)
    throw invalid("values: the range of all values is missing.", "values：缺少全部数值的区域。");
  const list = numberList(m, "values");
  const rev = booleanArg(reverse, "reverse", false);
  const b = numberArg(bins, "bins");
  const nBins =
    b === null
      ? RFM_DEFAULTS.bins
      : withSettings(undefined, { rfm: { bins: b } }, { "rfm.bins": "bins" }).rfm.bins;
  if (v === null) throw notAvailable("value is empty: nothing to score.", "value 为空：没有可评分的值。");
  if (list.length === 0) throw notAvailable("values holds no numbers.", "values 中没有数字。");
  const s = scoreByThresholds(v, quintileThresholds(list, nBins));
  return rev ? nBins + 1 - s : s;
}
