/**
 * The default standard (CustClass 默认标准): every section's defaults, each owned by its dimension.
 * A deep copy, frozen: nothing can change the defaults by accident; mergeStandard returns fresh copies.
 */
import { REFUNDS_DEFAULT } from "../dimensions/activity/defaults";
import { CREDIT_DEFAULTS } from "../dimensions/credit/defaults";
import { FREQUENCY_DEFAULTS, REPEAT_DEFAULTS } from "../dimensions/frequency/defaults";
import { INDUSTRY_DEFAULTS } from "../dimensions/industry/defaults";
import { OVERALL_DEFAULTS } from "../dimensions/overall/defaults";
import { RFM_DEFAULTS } from "../dimensions/rfm/defaults";
import { ABC_DEFAULTS } from "../dimensions/value/defaults";
import { cloneJson, deepFreeze } from "./clone";
import { SATISFACTION_DEFAULTS } from "../dimensions/satisfaction/defaults";
import { SIZE_DEFAULTS } from "../dimensions/size/defaults";
import { STANDARD_SCHEMA_VERSION, type Standard } from "./types";

export const DEFAULT_STANDARD: Readonly<Standard> = deepFreeze(
  cloneJson<Standard>({
    version: STANDARD_SCHEMA_VERSION,
    name: "CustClass 默认标准 / default",
    refunds: REFUNDS_DEFAULT,
    frequency: FREQUENCY_DEFAULTS,
    abc: ABC_DEFAULTS,
    rfm: RFM_DEFAULTS,
    industry: INDUSTRY_DEFAULTS,
    size: SIZE_DEFAULTS,
    credit: CREDIT_DEFAULTS,
    satisfaction: SATISFACTION_DEFAULTS,
    repeat: REPEAT_DEFAULTS,
    overall: OVERALL_DEFAULTS,
  }),
);

/** A fresh, mutable copy of the defaults. */
export function defaultStandard(): Standard {
  return cloneJson(DEFAULT_STANDARD as Standard);
}
