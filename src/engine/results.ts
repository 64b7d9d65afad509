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
  ["size", "sizeBasis"],
  ["size", "sizeNote"],
  ["industry", "industryCode"],
  ["type", "typeText"],
  ["region", "regionText"],
];

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
  for (let i = 0; i < n; i++) {
    const metrics: Record<string, number | null> = {};
    for (const [dim, names] of Object.entries(METRICS) as [keyof DimensionOutputs, Record<string, string>][]) {
      const o = out[dim];
      if (!o) continue;
      for (const [from, to] of Object.entries(names)) {
        const arr = o.metrics[from];
        if (arr) metrics[to] = num(arr[i]);
      }
    }
    const classes: CustomerResult["classes"] = {};
    for (const [key, dim] of Object.entries(CLASS_OF) as [ClassKey, keyof DimensionOutputs][]) {
      const o = out[dim];
      classes[key] = o ? (o.classes[i] ?? null) : null;
    }
    classes.industryGroup = out.industry?.extra?.industryGroup?.[i] ?? null;
    classes.action = out.overall?.extra?.action?.[i] ?? null;
    const grade = classes.credit;
    // Credit score for the icon set: the best grade scores highest (A of A–D → 4, D → 1).
    metrics.creditScore = grade ? grades.length - grades.indexOf(grade) : null;
    const extra: Record<string, string | null> = {};
    for (const [dim, key] of EXTRAS) {
      const v = out[dim]?.extra?.[key]?.[i];
      if (v !== undefined) extra[key] = v;
    }
    const first = firstDay?.[i];
    extra.firstPurchase = first !== undefined && Number.isFinite(first) ? formatDay(first) : null;
    const r = rfmMetrics?.r?.[i];
    const f = rfmMetrics?.f?.[i];
    const m = rfmMetrics?.m?.[i];
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
