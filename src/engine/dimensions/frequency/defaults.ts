import type { FrequencyStandard, RepeatStandard } from "../../standard/types";

/** Defaults of the frequency section: a one-year window, ≥12 orders high (monthly buyers), ≥4 medium
 *  (quarterly), first purchase within 90 days new, no purchase for over 180 days dormant. */
export const FREQUENCY_DEFAULTS: FrequencyStandard = {
  windowDays: 365,
  highMinOrders: 12,
  mediumMinOrders: 4,
  newDays: 90,
  dormantDays: 180,
};

/** product.md: repeat = 2+ orders. */
export const REPEAT_DEFAULTS: RepeatStandard = { minOrders: 2 };
