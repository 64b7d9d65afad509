/**
 * Excel custom functions, shown as CUSTCLASS.<ID> (the namespace comes from the manifest).
 * functions.json is generated from the JSDoc below by CustomFunctionsMetadataPlugin, which also appends
 * the CustomFunctions.associate(...) calls to this file when bundling — so every function and its help
 * text live here, and each body is one call into its implementation (./classify, ./score …), which
 * throws a FunctionError; `excel` turns that into CustomFunctions.Error (#VALUE! / #N/A with a message).
 * Single-value functions return class codes (stable in every language); LABEL localises them.
 */
import "./associate-guard";
import { abcFunction } from "./abc";
import { classifyFunction } from "./classify";
import { explainFunction } from "./explain";
import { creditFunction, termsFunction } from "./credit";
import { toExcelError } from "./errors";
import { industryFunction } from "./industry";
import { labelFunction } from "./label";
import { displayLang, messageLang, readLanguage } from "./language";
import { npsFunction } from "./nps";
import { rfmFunction } from "./rfm";
import { scoreFunction } from "./score";
import { sizeFunction } from "./size";
import { ADDIN_VERSION } from "./version";

/** Runs an implementation; its errors become Excel errors in the language asked for (or Office's). */
function excel<T>(language: unknown, run: () => T): T {
  try {
    return run();
  } catch (e) {
    let lang = displayLang();
    try {
      lang = messageLang(readLanguage(language, true));
    } catch {
      // A bad language argument is itself the error being reported; Office's language then.
    }
    throw toExcelError(e, lang);
  }
}

/**
 * The version of the CustClass add-in. / CustClass 加载项的版本号。
 * @customfunction VERSION
 * @returns The add-in version, e.g. "0.1.0".
 */
export function version(): string {
  return ADDIN_VERSION;
}

/**
 * Classifies every customer by the standard, as the add-in does: spills a header row and one row per customer with its ID and every class (and metrics if asked). / 按客户分类标准对全部客户分类（与加载项相同），溢出显示表头和每位客户的编号及各维度分类。
 * @customfunction CLASSIFY
 * @requiresParameterAddresses
 * @param customers Customer table including its header row (客户档案，含表头); may be empty when only transactions are given.
 * @param transactions Sales or invoice lines including the header row (销售明细，含表头): customer ID, date, amount …
 * @param [as_of] Analysis date (分析日期); default: the day after the latest transaction.
 * @param [standard] The standard: the standard sheet's settings list, key/value rows such as "rfm.model | cn8", or one cell of JSON (分类标准：设置表、键值两列或 JSON)。Omitted: the default standard.
 * @param [metrics] TRUE adds scores and metrics (R/F/M scores, revenue, orders …) to the classes (是否包含评分和指标).
 * @param [language] "zh-CN", "en-US" or "code" (class codes instead of labels); default: Office's language (语言).
 * @returns A header row, then one row per customer.
 */
export function classify(
  customers: unknown[][],
  transactions: unknown[][],
  as_of?: unknown,
  standard?: unknown[][],
  metrics?: unknown,
  language?: unknown,
  invocation?: CustomFunctions.Invocation,
): unknown[][] {
  return excel(language, () =>
    classifyFunction(
      customers,
      transactions,
      as_of,
      standard,
      metrics,
      language,
      invocation?.parameterAddresses,
    ),
  );
}

/**
 * Explains why a customer is in its classes: the metrics and the thresholds or rule of each dimension, as the task pane shows them. / 说明客户为何属于各分类：各维度的指标及所依据的阈值或规则（与任务窗格一致）。
 * @customfunction EXPLAIN
 * @requiresParameterAddresses
 * @param customers Customer table including its header row (客户档案，含表头); may be empty.
 * @param transactions Sales or invoice lines including the header row (销售明细，含表头).
 * @param id The customer's ID (客户编号).
 * @param [dimension] One dimension: overall, rfm, r, f, m, value, bigTicket, frequency, repeat, credit, industry, size, satisfaction, csat; default: all (维度，默认全部).
 * @param [as_of] Analysis date (分析日期); default: the day after the latest transaction.
 * @param [standard] The standard, as for CLASSIFY (分类标准，同 CLASSIFY).
 * @param [language] "zh-CN" or "en-US"; default: Office's language (语言).
 * @returns One line per dimension.
 */
export function explain(
  customers: unknown[][],
  transactions: unknown[][],
  id: unknown,
  dimension?: unknown,
  as_of?: unknown,
  standard?: unknown[][],
  language?: unknown,
  invocation?: CustomFunctions.Invocation,
): string {
  return excel(language, () =>
    explainFunction(
      customers,
      transactions,
      id,
      dimension,
      as_of,
      standard,
      language,
      invocation?.parameterAddresses,
    ),
  );
}

/**
 * Quantile score (1–5) of a value among all values: PERCENTILE.INC thresholds, a value equal to a threshold falls in the lower bin; reversed for recency. / 数值在全部数值中的分位评分（1–5，PERCENTILE.INC 分界，等于分界值归入较低档；近度取反）。
 * @customfunction SCORE
 * @param value The value to score (要评分的数值).
 * @param values All customers' values (全部客户的数值); blank cells are skipped. To match the add-in's R/F/M scores, leave out customers without purchases.
 * @param [reverse] TRUE when smaller is better, e.g. days since the last purchase (是否反向，如距上次购买天数).
 * @param [bins] Number of bins, 2–10 (分档数); default 5.
 * @returns The score, 1 to bins.
 */
export function score(value: unknown, values: unknown[][], reverse?: unknown, bins?: unknown): number {
  return excel(null, () => scoreFunction(value, values, reverse, bins));
}

/**
 * RFM segment code: from R and F scores (rf10), or from raw recency, frequency and monetary values against all customers' values (rf10 or cn8). / RFM 分群代码：按 R、F 分（rf10），或按原始近度、频次、金额与全部客户比较（rf10 或 cn8）。
 * @customfunction RFM
 * @param recency R score 1–5, or days since the last purchase when the ranges are given (R 分，或距上次购买天数).
 * @param frequency F score 1–5, or number of purchases when the ranges are given (F 分，或购买次数).
 * @param [monetary] M score 1–5, or revenue when the ranges are given (M 分，或销售额); needed by cn8.
 * @param [model] "rf10" (R×F map, default) or "cn8" (Chinese 8-class model) (模型).
 * @param [all_recency] All customers' days since the last purchase (全部客户的近度天数).
 * @param [all_frequency] All customers' purchases, lined up with all_recency (全部客户的购买次数).
 * @param [all_monetary] All customers' revenue, lined up with all_recency (全部客户的销售额).
 * @returns The segment code, e.g. "champions" or "important_value"; CUSTCLASS.LABEL("rfm", code) gives its name.
 */
export function rfm(
  recency: unknown,
  frequency: unknown,
  monetary?: unknown,
  model?: unknown,
  all_recency?: unknown[][],
  all_frequency?: unknown[][],
  all_monetary?: unknown[][],
): string {
  return excel(null, () =>
    rfmFunction(recency, frequency, monetary, model, all_recency, all_frequency, all_monetary),
  );
}

/**
 * ABC value class of a customer's value among all customers' values: A while the cumulative share before it is below a (80 %), B below b (95 %), else C. / 客户价值 ABC 分类：按数值从大到小累计占比，之前累计 < a（80%）为 A，< b（95%）为 B，其余为 C。
 * @customfunction ABC
 * @param value The customer's value, e.g. revenue; must be one of values (该客户的数值，须在 values 中).
 * @param values All customers' values (全部客户的数值); blank cells are skipped.
 * @param [a] Cut-off for A as a share, default 0.8 (A 类累计占比上限).
 * @param [b] Cut-off for B as a share, default 0.95 (B 类累计占比上限).
 * @param [id] The customer's ID, to break ties by ID as the add-in does (客户编号，用于相同数值排序).
 * @param [ids] All customers' IDs, lined up with values (全部客户编号).
 * @returns "A", "B" or "C".
 */
export function abc(
  value: unknown,
  values: unknown[][],
  a?: unknown,
  b?: unknown,
  id?: unknown,
  ids?: unknown[][],
): string {
  return excel(null, () => abcFunction(value, values, a, b, id, ids));
}

/**
 * Credit grade from payment metrics, by the standard's grade table (best grade whose bounds all hold; over the credit limit drops one grade). / 按付款指标和标准的信用等级表确定信用等级（满足全部条件的最好等级；超出信用额度降一级）。
 * @customfunction CREDIT
 * @param on_time_rate Share of invoices paid on time, 0–1 (按时付款率).
 * @param weighted_days_late Amount-weighted average days late (金额加权平均逾期天数).
 * @param oldest_overdue_days Days the oldest unpaid invoice is past due, 0 if none (最久逾期天数).
 * @param [overdue_share] Overdue amount / invoiced amount, 0–1 (逾期金额占比); if omitted, #N/A when the grade depends on it.
 * @param [limit_utilisation] Outstanding amount / credit limit (额度使用率); above 1 lowers the grade by one.
 * @param [standard] The standard (settings list, key/value rows or JSON) whose credit.grades to use (分类标准).
 * @returns The grade code, e.g. "A".
 */
export function credit(
  on_time_rate: unknown,
  weighted_days_late: unknown,
  oldest_overdue_days: unknown,
  overdue_share?: unknown,
  limit_utilisation?: unknown,
  standard?: unknown[][],
): string {
  return excel(null, () =>
    creditFunction(
      on_time_rate,
      weighted_days_late,
      oldest_overdue_days,
      overdue_share,
      limit_utilisation,
      standard,
    ),
  );
}

/**
 * Suggested payment terms of a credit grade, from the standard's grade table. / 信用等级对应的建议付款条件。
 * @customfunction TERMS
 * @param grade A credit grade, e.g. "A" (信用等级).
 * @param [standard] The standard whose credit.grades to use (分类标准).
 * @returns The terms code, e.g. "net60" or "prepay"; CUSTCLASS.LABEL("terms", code) gives its name.
 */
export function terms(grade: unknown, standard?: unknown[][]): string {
  return excel(null, () => termsFunction(grade, standard));
}

/**
 * Company size (large, medium, small, micro) by the NBS 2017 standard for the company's industry (or EU SME if the standard says so). / 按《统计上大中小微型企业划分办法（2017）》确定企业规模（大型、中型、小型、微型）。
 * @customfunction SIZE
 * @param industry Industry text or GB/T 4754 code, e.g. "批发" or "F51" (所属行业).
 * @param employees Number of employees; blank if unknown (从业人员).
 * @param revenue Annual operating revenue, in 万元 unless unit says otherwise; blank if unknown (营业收入，默认万元).
 * @param [assets] Total assets, in 万元 unless unit says otherwise (资产总额，默认万元).
 * @param [unit] Unit of revenue and assets: "万元" (default, as the NBS table), "元", "千元" … (金额单位).
 * @param [standard] The standard whose size and industry settings to use (分类标准).
 * @returns "large", "medium", "small" or "micro".
 */
export function size(
  industry: unknown,
  employees: unknown,
  revenue: unknown,
  assets?: unknown,
  unit?: unknown,
  standard?: unknown[][],
): string {
  return excel(null, () => sizeFunction(industry, employees, revenue, assets, unit, standard));
}

/**
 * GB/T 4754-2017 industry section letter (A–T) of an industry text or code. / 行业文字或代码对应的 GB/T 4754-2017 门类字母（A–T）。
 * @customfunction INDUSTRY
 * @param text Industry as written, e.g. "服装批发", "restaurant" or "5211" (行业文字或代码).
 * @param [standard] The standard whose industry aliases to use (分类标准).
 * @returns The section letter; CUSTCLASS.LABEL("industry", letter) gives its name.
 */
export function industry(text: unknown, standard?: unknown[][]): string {
  return excel(null, () => industryFunction(text, standard));
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) minus % detractors (0–6), from -100 to 100. Blank cells are skipped. / 净推荐值：推荐者（9–10）占比减贬损者（0–6）占比，-100 至 100；空白单元格跳过。
 * @customfunction NPS
 * @param scores Answers to "How likely are you to recommend us?", 0–10 (推荐意愿评分 0–10).
 * @param [standard] The standard whose satisfaction thresholds to use (分类标准).
 * @returns The NPS, from -100 to 100.
 */
export function nps(scores: unknown[][], standard?: unknown[][]): number {
  return excel(null, () => npsFunction(scores, standard));
}

/**
 * The label of a class code in Chinese or English, as CLASSIFY and the add-in show it. / 分类代码的中文或英文名称。
 * @customfunction LABEL
 * @param dimension rfm, value, frequency, repeat, bigTicket, credit, terms, industry, industryGroup, size, satisfaction, csat, type, region, overall or action (维度).
 * @param code The class code, e.g. "champions" (分类代码).
 * @param [language] "zh-CN" or "en-US"; default: Office's language (语言).
 * @param [standard] The standard, for the codes it defines (分类标准).
 * @returns The label.
 */
export function label(dimension: unknown, code: unknown, language?: unknown, standard?: unknown[][]): string {
  return excel(language, () => labelFunction(dimension, code, language, standard));
}
