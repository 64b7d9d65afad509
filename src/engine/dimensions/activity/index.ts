export { aggregateActivity, type Activity, type ActivityOptions } from "./aggregate";
export { activityMetrics, toCurrency } from "./metrics";
export { REFUNDS_DEFAULT } from "./defaults";
