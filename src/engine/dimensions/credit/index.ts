export { classifyCredit, OVER_LIMIT, THIN_HISTORY, seriousOverdueDays, type CreditOutput } from "./classify";
export {
  computeCreditMetrics,
  agingBucket,
  AGING_BUCKET_KEYS,
  type CreditMetrics,
  type PaymentTerms,
} from "./metrics";
export { gradeIndex, meetsGrade, capByLimit, type GradeInput } from "./grade";
export { CREDIT_DEFAULTS } from "./defaults";
export { CREDIT_LABELS, TERMS_LABELS, termsLabel } from "./labels";
