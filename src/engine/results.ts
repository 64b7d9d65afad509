/** Columnar dimension outputs → one record per customer (the JSON result's `customers`). */
import { formatDay } from "./dates";
import type { ClassKey, CustomerResult } from "./result";
import type { Standard } from "./standard/types";
import type { CustomerTable, DimensionOutput } from "./types";

export type DimensionOutputs = Partial<
  Record<
    | "frequency"
    | "repeat"
    | "value"
    | "bigTicket"
    | "rfm"
    | "credit"
    | "industry"
    | "size"
    | "satisfaction"
    | "csat"
    | "type"
    | "region"
    | "overall",
    DimensionOutput
  >
>;

/**
 * Metrics each dimension contributes, renamed where two dimensions use one word for different things
 * (size's `revenue` is the customer's annual revenue from the customer table, not sales to it).
 * Metrics not listed are left out of the result (they are internal: ranks before ties, day numbers …).
 */
const METRICS: Partial<Record<keyof DimensionOutputs, Record<string, string>>> = {
  rfm: { recencyDays: "recencyDays", frequency: "frequency", monetary: "monetary" },
  frequency: { ordersInWindow: "ordersInWindow", avgIntervalDays: "avgIntervalDays", daysSinceFirst: "daysSinceFirst" },
  value: { rank: "valueRank", share: "valueShare", cumShare: "cumulativeShare", profit: "profit", avgOrderValue: "avgOrderValue" },
  credit: {
    invoiceCount: "invoiceCount",
    onTimeRate: "onTimeRate",
    weightedDaysLate: "weightedDaysLate",
    oldestOverdueDays: "oldestOverdueDays",
    outstandingAmount: "outstandingAmount",
    overdueAmount: "overdueAmount",
    agingCurrent: "agingCurrent",
    aging1to30: "aging1to30",
    aging31to60: "aging31to60",
    aging61to90: "aging61to90",
    aging90plus: "aging90plus",
    limitUtilisation: "limitUtilisation",
  },
  size: { employees: "employees", revenue: "annualRevenue", assets: "totalAssets" },
  satisfaction: { nps: "nps" },
  csat: { csat: "csat" },
  overall: { rule: "overallRule" },
};

const CLASS_OF: Partial<Record<ClassKey, keyof DimensionOutputs>> = {
  rfm: "rfm",
  value: "value",
  frequency: "frequency",
  repeat: "repeat",
  bigTicket: "bigTicket",
  industry: "industry",
  size: "size",
  credit: "credit",
  satisfaction: "satisfaction",
  csat: "csat",
  type: "type",
  region: "region",
  overall: "overall",
};

const EXTRAS: [keyof DimensionOutputs, string][] = [
  ["credit", "terms"],
  ["credit", "creditNote"],
  ["size", "sizeBasis"],
  ["size", "sizeNote"],
  ["industry", "industryCode"],
  ["type", "typeText"],
  ["region", "regionText"],
];

/** Per class key, each customer's class (index = customer index); a key the run has no column for is
 *  absent. The summary and the catalogue read these columns rather than 100k result objects. */
export type ClassColumns = Partial<Record<ClassKey, readonly (string | null | undefined)[]>>;

/** The class columns the customers' `classes` are built from (same values, same keys). */
export function classColumnsOf(out: DimensionOutputs): ClassColumns {
  const cols: ClassColumns = {};
  for (const [key, dim] of Object.entries(CLASS_OF) as [ClassKey, keyof DimensionOutputs][]) {
    const arr = out[dim]?.classes;
    if (arr) cols[key] = arr;
  }
  const industryGroup = out.industry?.extra?.industryGroup;
  if (industryGroup) cols.industryGroup = industryGroup;
  const action = out.overall?.extra?.action;
  if (action) cols.action = action;
  return cols;
}

/** The class columns of finished results (for callers that only have those). */
export function classColumnsOfResults(customers: readonly CustomerResult[], keys: readonly ClassKey[]): ClassColumns {
  const cols: ClassColumns = {};
  for (const key of keys) cols[key] = customers.map((c) => c.classes[key]);
  return cols;
}

function num(v: number | undefined): number | null {
  return v === undefined || !Number.isFinite(v) ? null : v;
}

export function buildCustomerResults(
  customers: CustomerTable,
  out: DimensionOutputs,
  standard: Standard,
): CustomerResult[] {
  const n = customers.ids.length;
  const grades = standard.credit.grades.map((g) => g.grade);
  const firstDay = out.frequency?.metrics.firstDay;
  const results: CustomerResult[] = new Array<CustomerResult>(n);
  const rfmMetrics = out.rfm?.metrics;
  // The (column, name) pairs are resolved once, not per customer: with 100k customers re-walking the
  // tables above was most of the assembly time. Their order is the order of the keys in the result.
  const metricCols: { arr: ArrayLike<number>; to: string }[] = [];
  for (const [dim, names] of Object.entries(METRICS) as [keyof DimensionOutputs, Record<string, string>][]) {
    const o = out[dim];
    if (!o) continue;
    for (const [from, to] of Object.entries(names)) {
      const arr = o.metrics[from];
      if (arr) metricCols.push({ arr, to });
    }
  }
  const classCols: { key: ClassKey; arr: readonly (string | null)[] | null }[] = [];
  for (const [key, dim] of Object.entries(CLASS_OF) as [ClassKey, keyof DimensionOutputs][]) {
    classCols.push({ key, arr: out[dim]?.classes ?? null });
  }
  const industryGroup = out.industry?.extra?.industryGroup;
  const action = out.overall?.extra?.action;
  const extraCols: { key: string; arr: readonly (string | null)[] }[] = [];
  for (const [dim, key] of EXTRAS) {
    const arr = out[dim]?.extra?.[key];
    if (arr) extraCols.push({ key, arr });
  }
  const rArr = rfmMetrics?.r;
  const fArr = rfmMetrics?.f;
  const mArr = rfmMetrics?.m;
  // First-purchase days repeat across customers (a few years of days): format each once.
  const dayText = new Map<number, string>();
  // Templates with every key in result order: each customer's objects are copies of them (one hidden
  // class for all customers) whose values are then overwritten; adding keys one by one was slower.
  const metricsTemplate: Record<string, number | null> = {};
  for (const { to } of metricCols) metricsTemplate[to] = null;
  metricsTemplate.creditScore = null;
  const classesTemplate: CustomerResult["classes"] = {};
  for (const { key } of classCols) classesTemplate[key] = null;
  classesTemplate.industryGroup = null;
  classesTemplate.action = null;
  const extraTemplate: Record<string, string | null> = {};
  for (const { key } of extraCols) extraTemplate[key] = null;
  extraTemplate.firstPurchase = null;
  // V8 turns an object that gets more than a dozen keys by computed name into a slow dictionary, and
  // copies keep that; JSON.parse builds the same keys as a fast, shared shape (values are all null).
  const fast = <T>(o: T): T => JSON.parse(JSON.stringify(o)) as T;
  const metricsShape = fast(metricsTemplate);
  const classesShape = fast(classesTemplate);
  const extraShape = fast(extraTemplate);
  for (let i = 0; i < n; i++) {
    const metrics = { ...metricsShape };
    for (const { arr, to } of metricCols) metrics[to] = num(arr[i]);
    const classes = { ...classesShape };
    for (const { key, arr } of classCols) classes[key] = arr ? (arr[i] ?? null) : null;
    classes.industryGroup = industryGroup?.[i] ?? null;
    classes.action = action?.[i] ?? null;
    const grade = classes.credit;
    // Credit score for the icon set: the best grade scores highest (A of A–D → 4, D → 1).
    metrics.creditScore = grade ? grades.length - grades.indexOf(grade) : null;
    const extra = { ...extraShape };
    for (const { key, arr } of extraCols) {
      const v = arr[i];
      // A short column leaves the key out, as before (rare: columns have one entry per customer).
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      if (v === undefined) delete extra[key];
      else extra[key] = v;
    }
    const first = firstDay?.[i];
    if (first !== undefined && Number.isFinite(first)) {
      let text = dayText.get(first);
      if (text === undefined) dayText.set(first, (text = formatDay(first)));
      extra.firstPurchase = text;
    } else extra.firstPurchase = null;
    const r = rArr?.[i];
    const f = fArr?.[i];
    const m = mArr?.[i];
    results[i] = {
      id: customers.ids[i] ?? "",
      name: customers.name[i] ?? null,
      row: customers.row[i] ?? -1,
      metrics,
      scores:
        r !== undefined && f !== undefined && m !== undefined && Number.isFinite(r) && Number.isFinite(f) && Number.isFinite(m)
          ? { r, f, m }
          : null,
      classes,
      extra,
    };
  }
  return results;
}
