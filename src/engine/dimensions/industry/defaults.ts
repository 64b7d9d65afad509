import type { IndustryStandard } from "../../standard/types";

/** Default industry standard: no user aliases; the built-in GB/T 4754-2017 dictionary alone decides. */
export const INDUSTRY_DEFAULTS: IndustryStandard = { aliases: {} };
