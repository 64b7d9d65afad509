/** Sales by product: product ABC, rising / falling / new products, monthly sales per customer class. */
export { analyseProducts, type ProductAnalysis, type ProductAnalysisOptions } from "./analyse";
export {
  productAbc,
  productTotals,
  type ProductAbcOptions,
  type ProductAbcResult,
  type ProductAbcRow,
} from "./abc";
export { productTrends, TREND_DEFAULTS, type TrendOptions, type TrendResult, type TrendRow } from "./trends";
export { monthlyByClass, NO_CLASS, type ClassMonthly } from "./byClass";
export {
  productTables,
  PRODUCT_LABELS,
  PRODUCT_ABC_LABELS,
  type ProductTables,
  type SheetTable,
} from "./tables";
export type { ProductBasis, LineRules } from "./lines";
