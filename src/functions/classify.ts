/**
 * CUSTCLASS.CLASSIFY: the engine's classify() on two ranges (header rows included), spilled as a
 * header row and one row per customer. The same reading, standard and columns as the add-in, so a
 * formula and the task pane never disagree.
 */
import { classify, type ClassifyOutcome } from "../engine/classify";
import type { Issue, Lang } from "../engine/types";
import { parseRangeAddress } from "./args/address";
import { asOfArg } from "./args/as-of";
import { booleanArg } from "./args/cells";
import { rawTableArg } from "./adapters/raw-table";
import { resultMatrix } from "./adapters/result-matrix";
import { standardArg } from "./adapters/standard-range";
import { FunctionError, notAvailable } from "./errors";
import { messageLang, readLanguage } from "./language";

/**
 * Problems that leave a table the user gave unusable (no recognisable header, no data rows, no usable
 * transaction row): classifying without it would give classes that look right and are not.
 * Other data problems (a bad date on one row …) are handled as the add-in handles them.
 */
const FATAL = new Set(["missing_column", "empty_table", "no_transactions"]);

function fatal(issues: readonly Issue[]): FunctionError | null {
  const e = issues.find((i) => i.severity === "error" && FATAL.has(i.code));
  return e === undefined ? null : new FunctionError("#VALUE!", { "en-US": e.message, "zh-CN": e.message });
}

/**
 * @param parameterAddresses invocation.parameterAddresses, when Excel gives them: issues then name the
 *   real sheet and cells; otherwise the sheet is the argument's name and cells are relative to the range.
 */
/** Classifies the two ranges as CLASSIFY does; shared with EXPLAIN so both see the same classes. */
export function classifyRanges(
  customers: unknown,
  transactions: unknown,
  asOf: unknown,
  standard: unknown,
  lang: Lang,
  parameterAddresses?: readonly unknown[],
): ClassifyOutcome {
  const cust = rawTableArg(customers, "customers", parseRangeAddress(parameterAddresses?.[0]), "customers");
  const tx = rawTableArg(
    transactions,
    "transactions",
    parseRangeAddress(parameterAddresses?.[1]),
    "transactions",
  );
  const asOfIso = asOfArg(asOf);
  const std = standardArg(standard);
  if (cust === null && tx === null)
    throw notAvailable(
      "No data: customers and transactions are both empty.",
      "没有数据：customers（客户）和 transactions（交易）都是空的。",
    );
  const outcome = classify({
    customers: cust,
    transactions: tx,
    ...(std !== undefined && { standard: std }),
    asOf: asOfIso,
    lang,
  });
  const problem = fatal(outcome.result.issues);
  if (problem !== null) throw problem;
  if (outcome.result.customers.length === 0)
    throw notAvailable("No customers found in the data.", "数据中没有客户。");
  return outcome;
}

export function classifyFunction(
  customers: unknown,
  transactions: unknown,
  asOf?: unknown,
  standard?: unknown,
  metrics?: unknown,
  language?: unknown,
  parameterAddresses?: readonly unknown[],
): (string | number)[][] {
  const out = readLanguage(language, true);
  const lang = messageLang(out);
  const withMetrics = booleanArg(metrics, "metrics", false);
  const outcome = classifyRanges(customers, transactions, asOf, standard, lang, parameterAddresses);
  return resultMatrix(outcome.result, { metrics: withMetrics, lang: out });
}
