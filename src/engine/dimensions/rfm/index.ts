export { classifyRfm, type RfmResult } from "./classify";
export { cn8Code, rf10Code, ruleCode } from "./models";
export { scoreMetric, type MetricScores } from "./scores";
export { RFM_DEFAULTS } from "./defaults";
export { CN8_LABELS, RF10_LABELS, UNCLASSIFIED, UNCLASSIFIED_LABELS, rfmLabels } from "./labels";
