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

/** The class columns of finished results (for callers that only have those). */
export function classColumnsOfResults(
  customers: readonly CustomerResult[],
  keys: readonly ClassKey[],
): ClassColumns {
  const cols: ClassColumns = {};
  for (const key of keys) cols[key] = customers.map((c) => c.classes[key]);
  return cols;
}

/** A metric column, or none: every customer's value is then null. */
type Col = ArrayLike<number> | undefined;
/** A text column, or none. */
type TextCol = ArrayLike<string | null | undefined> | undefined;

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
function engineSources(customers: CustomerTable, out: DimensionOutputs, standard: Standard): RecordSources {
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
  return recordsFrom(engineSources(customers, out, standard));
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
      name: t(names, i),
      row: rows?.[i] ?? -1,
      metrics: {
        recencyDays: v(m.recencyDays, i),
        frequency: v(m.frequency, i),
        monetary: v(m.monetary, i),
        ordersInWindow: v(m.ordersInWindow, i),
        avgIntervalDays: v(m.avgIntervalDays, i),
        daysSinceFirst: v(m.daysSinceFirst, i),
        valueRank: v(m.valueRank, i),
        valueShare: v(m.valueShare, i),
        cumulativeShare: v(m.cumulativeShare, i),
        profit: v(m.profit, i),
        avgOrderValue: v(m.avgOrderValue, i),
        invoiceCount: v(m.invoiceCount, i),
        onTimeRate: v(m.onTimeRate, i),
        weightedDaysLate: v(m.weightedDaysLate, i),
        oldestOverdueDays: v(m.oldestOverdueDays, i),
        outstandingAmount: v(m.outstandingAmount, i),
        overdueAmount: v(m.overdueAmount, i),
        agingCurrent: v(m.agingCurrent, i),
        aging1to30: v(m.aging1to30, i),
        aging31to60: v(m.aging31to60, i),
        aging61to90: v(m.aging61to90, i),
        aging90plus: v(m.aging90plus, i),
        limitUtilisation: v(m.limitUtilisation, i),
        employees: v(m.employees, i),
        annualRevenue: v(m.annualRevenue, i),
        totalAssets: v(m.totalAssets, i),
        nps: v(m.nps, i),
        csat: v(m.csat, i),
        overallRule: v(m.overallRule, i),
        creditScore: v(m.creditScore, i),
      },
      scores: hasScores(r, f, mm) ? { r: r as number, f: f as number, m: mm as number } : null,
      classes: {
        rfm: t(c.rfm, i),
        value: t(c.value, i),
        frequency: t(c.frequency, i),
        repeat: t(c.repeat, i),
        bigTicket: t(c.bigTicket, i),
        industry: t(c.industry, i),
        size: t(c.size, i),
        credit: t(c.credit, i),
        satisfaction: t(c.satisfaction, i),
        csat: t(c.csat, i),
        type: t(c.type, i),
        region: t(c.region, i),
        overall: t(c.overall, i),
        industryGroup: t(c.industryGroup, i),
        action: t(c.action, i),
      },
      extra: {
        terms: t(x.terms, i),
        creditNote: t(x.creditNote, i),
        sizeBasis: t(x.sizeBasis, i),
        sizeNote: t(x.sizeNote, i),
        industryCode: t(x.industryCode, i),
        typeText: t(x.typeText, i),
        regionText: t(x.regionText, i),
        firstPurchase: t(x.firstPurchase, i),
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

/** A record field as a column: customer i's value, as the record holds it. */
export interface FieldColumn<T> {
  key: string;
  at: (i: number) => T;
}

/**
 * The records of buildCustomerResults as columns, keys in the records' order, without building them:
 * the worker packs these for the pane (100k records were ~110 ms to build and as long to read back).
 */
export interface ResultColumns {
  n: number;
  id: (i: number) => string;
  name: (i: number) => string | null;
  row: (i: number) => number;
  metrics: FieldColumn<number | null>[];
  /** r, f and m; NaN where the record's `scores` is null. */
  scores: [(i: number) => number, (i: number) => number, (i: number) => number];
  classes: FieldColumn<string | null>[];
  extra: FieldColumn<string | null>[];
}

export function customerResultColumns(
  customers: CustomerTable,
  out: DimensionOutputs,
  standard: Standard,
): ResultColumns {
  const src = engineSources(customers, out, standard);
  const score =
    (arr: Col) =>
    (i: number): number =>
      hasScores(src.r?.[i], src.f?.[i], src.m?.[i]) ? (arr?.[i] as number) : NaN;
  const text = (col: TextCol) => (i: number) => t(col, i);
  return {
    n: src.n,
    id: (i) => src.ids[i] ?? "",
    name: text(src.names),
    row: (i) => src.rows?.[i] ?? -1,
    metrics: RECORD_KEYS.metrics.map((key) => {
      const col = src.metrics[key];
      return { key, at: (i: number) => v(col, i) };
    }),
    scores: [score(src.r), score(src.f), score(src.m)],
    classes: RECORD_KEYS.classes.map((key) => ({ key, at: text(src.classes[key]) })),
    extra: RECORD_KEYS.extra.map((key) => ({ key, at: text(src.extra[key]) })),
  };
}

/** A customer has RFM scores (the record's `scores`, else null) when all three are finite. */
function hasScores(r: number | undefined, f: number | undefined, m: number | undefined): boolean {
  return (
    r !== undefined &&
    f !== undefined &&
    m !== undefined &&
    Number.isFinite(r) &&
    Number.isFinite(f) &&
    Number.isFinite(m)
  );
}

function v(col: Col, i: number): number | null {
  if (col === undefined) return null;
  const x = col[i];
  return x === undefined || !Number.isFinite(x) ? null : x;
}

function t(col: TextCol, i: number): string | null {
  return col === undefined ? null : (col[i] ?? null);
}
