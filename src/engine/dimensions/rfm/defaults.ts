import type { RfmStandard } from "../../standard/types";

/** Default RFM: the rf10 R×F map on quintile scores, equal values sharing a score (product.md). */
export const RFM_DEFAULTS: RfmStandard = {
  model: "rf10",
  bins: 5,
  ties: { recency: "value", frequency: "value", monetary: "value" },
};
