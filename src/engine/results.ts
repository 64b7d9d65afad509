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

/** A metric column, or none: every customer's value is then null. */
export type Col = ArrayLike<number> | undefined;
/** A text column, or none. */
export type TextCol = ArrayLike<string | null | undefined> | undefined;

/**
 * Where each field of a record comes from: a column per key, in the records' key order (absent: null
 * for every customer). Metric values that are not finite are null.
 */
export interface RecordSources {
  n: number;
  ids: ArrayLike<string>;
  names: TextCol;
  rows: Col;
  metrics: Record<string, Col>;
  classes: Record<string, TextCol>;
  extra: Record<string, TextCol>;
  /** RFM scores; a customer has them when all three are finite. */
  r: Col;
  f: Col;
  m: Col;
}

/**
 * The engine's sources: the columns of the dimensions' outputs. Metric names differ from the
 * dimensions' where two use one word for different things (size's `revenue` is the customer's annual
 * revenue, not sales to it); metrics not listed stay internal. Two fields are derived here: the credit
 * score for the icon set (the best grade scores highest: A of A–D → 4, D → 1) and the first purchase day
 * as text (days repeat, so each is formatted once).
 */
export function customerSources(
  customers: CustomerTable,
  out: DimensionOutputs,
  standard: Standard,
): RecordSources {
  const n = customers.ids.length;
  const metric = (dim: keyof DimensionOutputs, name: string): Col => out[dim]?.metrics[name];
  const text = (dim: keyof DimensionOutputs, name: string): TextCol => out[dim]?.extra?.[name];
  const cls = (dim: keyof DimensionOutputs): TextCol => out[dim]?.classes;
  const credit = cls("credit");
  const grades = standard.credit.grades.map((g) => g.grade);
  const creditScore = new Float64Array(n).fill(NaN);
  if (credit !== undefined) {
    for (let i = 0; i < n; i++) {
      const g = credit[i];
      if (g !== null && g !== undefined) creditScore[i] = grades.length - grades.indexOf(g);
    }
  }
  const firstDay = out.frequency?.metrics.firstDay;
  const firstPurchase = new Array<string | null>(n).fill(null);
  if (firstDay !== undefined) {
    const dayText = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      const first = firstDay[i] as number;
      if (!Number.isFinite(first)) continue;
      let s = dayText.get(first);
      if (s === undefined) dayText.set(first, (s = formatDay(first)));
      firstPurchase[i] = s;
    }
  }
  const rfm = out.rfm?.metrics;
  return {
    n,
    ids: customers.ids,
    names: customers.name,
    rows: customers.row,
    metrics: {
      recencyDays: metric("rfm", "recencyDays"),
      frequency: metric("rfm", "frequency"),
      monetary: metric("rfm", "monetary"),
      ordersInWindow: metric("frequency", "ordersInWindow"),
      avgIntervalDays: metric("frequency", "avgIntervalDays"),
      daysSinceFirst: metric("frequency", "daysSinceFirst"),
      valueRank: metric("value", "rank"),
      valueShare: metric("value", "share"),
      cumulativeShare: metric("value", "cumShare"),
      profit: metric("value", "profit"),
      avgOrderValue: metric("value", "avgOrderValue"),
      invoiceCount: metric("credit", "invoiceCount"),
      onTimeRate: metric("credit", "onTimeRate"),
      weightedDaysLate: metric("credit", "weightedDaysLate"),
      oldestOverdueDays: metric("credit", "oldestOverdueDays"),
      outstandingAmount: metric("credit", "outstandingAmount"),
      overdueAmount: metric("credit", "overdueAmount"),
      agingCurrent: metric("credit", "agingCurrent"),
      aging1to30: metric("credit", "aging1to30"),
      aging31to60: metric("credit", "aging31to60"),
      aging61to90: metric("credit", "aging61to90"),
      aging90plus: metric("credit", "aging90plus"),
      limitUtilisation: metric("credit", "limitUtilisation"),
      employees: metric("size", "employees"),
      annualRevenue: metric("size", "revenue"),
      totalAssets: metric("size", "assets"),
      nps: metric("satisfaction", "nps"),
      csat: metric("csat", "csat"),
      overallRule: metric("overall", "rule"),
      creditScore,
    },
    classes: {
      rfm: cls("rfm"),
      value: cls("value"),
      frequency: cls("frequency"),
      repeat: cls("repeat"),
      bigTicket: cls("bigTicket"),
      industry: cls("industry"),
      size: cls("size"),
      credit,
      satisfaction: cls("satisfaction"),
      csat: cls("csat"),
      type: cls("type"),
      region: cls("region"),
      overall: cls("overall"),
      industryGroup: text("industry", "industryGroup"),
      action: text("overall", "action"),
    },
    extra: {
      terms: text("credit", "terms"),
      creditNote: text("credit", "creditNote"),
      sizeBasis: text("size", "sizeBasis"),
      sizeNote: text("size", "sizeNote"),
      industryCode: text("industry", "industryCode"),
      typeText: text("type", "typeText"),
      regionText: text("region", "regionText"),
      firstPurchase,
    },
    r: rfm?.r,
    f: rfm?.f,
    m: rfm?.m,
  };
}

export function buildCustomerResults(
  customers: CustomerTable,
  out: DimensionOutputs,
  standard: Standard,
): CustomerResult[] {
  return recordsFrom(customerSources(customers, out, standard));
}

/**
 * One record per customer, every record with every key of the engine's records (null where the sources
 * have no such column or value), written as object literals: one hidden class per kind of object, and
 * V8 allocates literals straight into the old generation once it sees they all survive. Copying
 * templates and setting keys by name (the way before) took ~230 ms for 100k customers, most of it
 * copying young objects; the pane's rebuild from postMessage columns that way took ~0.85 s.
 */
export function recordsFrom(src: RecordSources): CustomerResult[] {
  const { n, ids, names, rows, metrics: m, classes: c, extra: x } = src;
  const results: CustomerResult[] = new Array<CustomerResult>(n);
  for (let i = 0; i < n; i++) {
    const r = src.r?.[i];
    const f = src.f?.[i];
    const mm = src.m?.[i];
    results[i] = {
      id: ids[i] ?? "",
      name: textValue(names, i),
      row: rows?.[i] ?? -1,
      metrics: {
        recencyDays: metricValue(m.recencyDays, i),
        frequency: metricValue(m.frequency, i),
        monetary: metricValue(m.monetary, i),
        ordersInWindow: metricValue(m.ordersInWindow, i),
        avgIntervalDays: metricValue(m.avgIntervalDays, i),
        daysSinceFirst: metricValue(m.daysSinceFirst, i),
        valueRank: metricValue(m.valueRank, i),
        valueShare: metricValue(m.valueShare, i),
        cumulativeShare: metricValue(m.cumulativeShare, i),
        profit: metricValue(m.profit, i),
        avgOrderValue: metricValue(m.avgOrderValue, i),
        invoiceCount: metricValue(m.invoiceCount, i),
        onTimeRate: metricValue(m.onTimeRate, i),
        weightedDaysLate: metricValue(m.weightedDaysLate, i),
        oldestOverdueDays: metricValue(m.oldestOverdueDays, i),
        outstandingAmount: metricValue(m.outstandingAmount, i),
        overdueAmount: metricValue(m.overdueAmount, i),
        agingCurrent: metricValue(m.agingCurrent, i),
        aging1to30: metricValue(m.aging1to30, i),
        aging31to60: metricValue(m.aging31to60, i),
        aging61to90: metricValue(m.aging61to90, i),
        aging90plus: metricValue(m.aging90plus, i),
        limitUtilisation: metricValue(m.limitUtilisation, i),
        employees: metricValue(m.employees, i),
        annualRevenue: metricValue(m.annualRevenue, i),
        totalAssets: metricValue(m.totalAssets, i),
        nps: metricValue(m.nps, i),
        csat: metricValue(m.csat, i),
        overallRule: metricValue(m.overallRule, i),
        creditScore: metricValue(m.creditScore, i),
      },
      scores: hasScores(r, f, mm) ? { r: r as number, f: f as number, m: mm as number } : null,
      classes: {
        rfm: textValue(c.rfm, i),
        value: textValue(c.value, i),
        frequency: textValue(c.frequency, i),
        repeat: textValue(c.repeat, i),
        bigTicket: textValue(c.bigTicket, i),
        industry: textValue(c.industry, i),
        size: textValue(c.size, i),
        credit: textValue(c.credit, i),
        satisfaction: textValue(c.satisfaction, i),
        csat: textValue(c.csat, i),
        type: textValue(c.type, i),
        region: textValue(c.region, i),
        overall: textValue(c.overall, i),
        industryGroup: textValue(c.industryGroup, i),
        action: textValue(c.action, i),
      },
      extra: {
        terms: textValue(x.terms, i),
        creditNote: textValue(x.creditNote, i),
        sizeBasis: textValue(x.sizeBasis, i),
        sizeNote: textValue(x.sizeNote, i),
        industryCode: textValue(x.industryCode, i),
        typeText: textValue(x.typeText, i),
        regionText: textValue(x.regionText, i),
        firstPurchase: textValue(x.firstPurchase, i),
      },
    };
  }
  return results;
}

/** The keys of every record recordsFrom writes, per section, in order (read off one record). */
export const RECORD_KEYS: Readonly<Record<"metrics" | "classes" | "extra", readonly string[]>> = (() => {
  const none: RecordSources = {
    n: 1,
    ids: [""],
    names: undefined,
    rows: undefined,
    metrics: {},
    classes: {},
    extra: {},
    r: undefined,
    f: undefined,
    m: undefined,
  };
  const one = recordsFrom(none)[0] as CustomerResult;
  return {
    metrics: Object.keys(one.metrics),
    classes: Object.keys(one.classes),
    extra: Object.keys(one.extra),
  };
})();

/** A customer has RFM scores (the record's `scores`, else null) when all three are finite. */
export function hasScores(r: number | undefined, f: number | undefined, m: number | undefined): boolean {
  return (
    r !== undefined &&
    f !== undefined &&
    m !== undefined &&
    Number.isFinite(r) &&
    Number.isFinite(f) &&
    Number.isFinite(m)
  );
}

/** A record's metric from its column: null without a column or a finite value. */
export function metricValue(col: Col, i: number): number | null {
  if (col === undefined) return null;
  const x = col[i];
  return x === undefined || !Number.isFinite(x) ? null : x;
}

/** A record's text from its column: null without a column or a value. */
export function textValue(col: TextCol, i: number): string | null {
  return col === undefined ? null : (col[i] ?? null);
}
