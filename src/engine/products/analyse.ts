/**
 * Sales by product, in one call for the summary sheet and the task pane: product ABC, rising / falling /
 * new products, and monthly sales per customer class. The conventions come from the classification's
 * standard (abc.a, abc.b, abc.basis, refunds) unless the options override them, so the product view and
 * the customer view use the same cut-offs.
 *
 * `tx` must be the transactions the classification read (the same reader call: customer indices match
 * result.customers). Lines without a customer ID are not in `tx` (the reader leaves them out), so product
 * figures cover identified customers' sales.
 */
import { parseIsoDay } from "../dates";
import type { ClassificationResult, ClassKey } from "../result";
import type { TransactionColumns } from "../types";
import { abcOfTotals, productAbc, type ProductAbcResult } from "./abc";
import { classColumns, monthlyOfSums, type ClassMonthly } from "./byClass";
import type { ProductBasis } from "./lines";
import { scanLines } from "./scan";
import { trendsOfSums, trendWindow, type TrendOptions, type TrendResult } from "./trends";

export interface ProductAnalysisOptions extends Partial<Omit<TrendOptions, "asOf" | "basis" | "refunds">> {
  /** Default: the standard's abc.basis (revenue when it says profit but there is no profit column). */
  basis?: ProductBasis;
  /** Dimension of the month × class table (default "overall"). */
  classKey?: ClassKey;
}

export interface ProductAnalysis {
  /** False when the transactions have no product column: abc and trends are empty. */
  available: boolean;
  abc: ProductAbcResult;
  /** null without a product column or an as-of date. */
  trends: TrendResult | null;
  byClass: ClassMonthly & { classKey: ClassKey };
}

const NONE_LABEL = { "zh-CN": "未分类", "en-US": "Unclassified" } as const;

export function analyseProducts(
  tx: TransactionColumns,
  result: ClassificationResult,
  options: ProductAnalysisOptions = {},
): ProductAnalysis {
  const std = result.standard;
  const wanted = options.basis ?? std.abc.basis;
  const basis: ProductBasis = wanted === "profit" && tx.profit === null ? "revenue" : wanted;
  const rules = { basis, refunds: std.refunds };
  const available = tx.product !== null;
  const abcOptions = { ...rules, a: std.abc.a, b: std.abc.b };
  const asOf = parseIsoDay(result.asOf);
  const { classKey: _k, basis: _b, ...trendOptions } = options;
  const trendOpts = { ...trendOptions, ...rules, asOf };
  const window = available && Number.isFinite(asOf) ? trendWindow(trendOpts) : null;
  const classKey = options.classKey ?? "overall";
  // A plain loop, not map(): run once per analysis, it mostly runs unoptimised, where a call per
  // customer is dear.
  const classOf = new Array<string | null | undefined>(result.customers.length);
  for (let c = 0; c < classOf.length; c++) classOf[c] = result.customers[c]!.classes[classKey];
  const columns = classColumns(classOf, result.catalogue[classKey] ?? []);
  // One pass over the lines for the three parts (scan.ts).
  const scan = scanLines(tx, { rules: available ? rules : null, window, classColumns: columns });
  const abc = scan.totals !== null ? abcOfTotals(tx, scan.totals, abcOptions) : productAbc(tx, abcOptions);
  const trends =
    window !== null && scan.window !== null ? trendsOfSums(tx, trendOpts, window, scan.window) : null;
  const byClass = monthlyOfSums(columns, scan.monthly, NONE_LABEL[result.lang]);
  return { available, abc, trends, byClass: { ...byClass, classKey } };
}
