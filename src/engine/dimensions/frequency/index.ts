export { classifyFrequency, frequencyClassOf, type FrequencyClass } from "./classify";
export { classifyRepeat } from "./repeat";
export { FREQUENCY_DEFAULTS, REPEAT_DEFAULTS } from "./defaults";
export { FREQUENCY_LABELS, REPEAT_LABELS } from "./labels";
