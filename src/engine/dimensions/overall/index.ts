export { classifyOverall, type DimensionClasses } from "./evaluate";
export { OVERALL_DEFAULTS, NO_CLASS, ACTIVE_RFM, LAPSING_RFM } from "./defaults";
export { OVERALL_LABELS, ACTION_LABELS } from "./labels";
