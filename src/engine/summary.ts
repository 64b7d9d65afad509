/** Counts and revenue per class, NPS per RFM segment, monthly sales: the figures of the summary sheet. */
import { ymdFromDay } from "./dates";
import { npsOfClasses } from "./dimensions/satisfaction/nps";
import type { ClassCount, ClassKey, MonthlySales, Summary } from "./result";
import type { ClassColumns } from "./results";
import { CodeIndex } from "./stats/codeIndex";
import { emptyDoubles } from "./stats/scratch";
import { MONEY_SCALE, type TransactionColumns } from "./types";

export type Catalogue = Partial<Record<ClassKey, { code: string; label: string }[]>>;

const SUMMARY_KEYS: ClassKey[] = [
  "overall",
  "rfm",
  "value",
  "frequency",
  "repeat",
  "credit",
  "industry",
  "industryGroup",
  "size",
  "satisfaction",
  "type",
  "region",
];

/** NPS and respondents of classed customers, as the summary sheet shows them (null: no respondent). */
function netPromoterScore(codes: readonly (string | null | undefined)[]): {
  nps: number | null;
  respondents: number;
} {
  const s = npsOfClasses(codes);
  return { nps: s.n === 0 ? null : s.score, respondents: s.n };
}

/** The customers' revenue and purchases metrics (as in their results' `metrics`): columns, or absent. */
export interface SummaryMetrics {
  monetary: ArrayLike<number> | undefined;
  frequency: ArrayLike<number> | undefined;
}

type Acc = Map<string, { customers: number; revenue: number }>;

/**
 * Customers and revenue per class of every key, one class column at a time (columns, not 100k result
 * objects read by computed key). `scaled[i]` is customer i's revenue in integer money units.
 */
function accumulate(keys: readonly ClassKey[], classes: ClassColumns, scaled: Float64Array): Acc[] {
  return keys.map((key): Acc => {
    const col = classes[key];
    return col === undefined ? (new Map() as Acc) : accumulateColumn(col, scaled);
  });
}

function accumulateColumn(col: readonly (string | null | undefined)[], scaled: Float64Array): Acc {
  const index = new CodeIndex();
  const customers: number[] = [];
  const revenue = emptyDoubles(); // sums of doubles (see stats/scratch.ts)
  // Neighbours often share a class: the previous index is reused without a lookup.
  let lastCode: string | null = null;
  let j = -1;
  for (let i = 0; i < col.length; i++) {
    const code = col[i];
    if (code === null || code === undefined) continue;
    if (code !== lastCode || j < 0) {
      j = index.indexOf(code);
      if (j === customers.length) {
        customers.push(0);
        revenue.push(0);
      }
      lastCode = code;
    }
    customers[j]!++;
    // Revenue is summed in integer money units so that class totals add up exactly to the grand total.
    revenue[j]! += scaled[i] as number;
  }
  const acc: Acc = new Map();
  index.codes.forEach((code, k) =>
    acc.set(code, { customers: customers[k] as number, revenue: revenue[k] as number }),
  );
  return acc;
}

/** Classes in catalogue order, then any others (user text such as regions) by count. */
function countsFor(key: ClassKey, acc: Acc, catalogue: Catalogue, total: number): ClassCount[] {
  const known = catalogue[key] ?? [];
  const order = new Map(known.map((e, i) => [e.code, i]));
  const labels = new Map(known.map((e) => [e.code, e.label]));
  return [...acc.entries()]
    .sort(
      (x, y) =>
        (order.get(x[0]) ?? 1e9) - (order.get(y[0]) ?? 1e9) ||
        y[1].customers - x[1].customers ||
        (x[0] < y[0] ? -1 : 1),
    )
    .map(([code, a]) => ({
      code,
      label: labels.get(code) ?? code,
      customers: a.customers,
      revenue: a.revenue / MONEY_SCALE,
      revenueShare: total > 0 ? a.revenue / total : 0,
    }));
}

/** Offset that packs (order, month key) into one number for the rare orders spanning months. */
const PAIR = 1e6;

function monthlySales(tx: TransactionColumns): MonthlySales[] {
  const byMonth = new Map<number, { revenue: number; orders: number; lines: number }>();
  const monthCache = new Map<number, number>();
  const order = tx.order;
  // Distinct orders per month without a Set per month: the month an order was first seen in, by order
  // index (dense); an order seen again in another month (rare) is counted there once via `spans`.
  const firstMonth = new Int32Array(order ? tx.orders : 0).fill(-1);
  const spans = new Set<number>();
  let prevDay = NaN;
  let key = 0;
  let e: { revenue: number; orders: number; lines: number } | undefined;
  for (let i = 0; i < tx.n; i++) {
    const day = tx.day[i] as number;
    if (day !== prevDay || e === undefined) {
      let k = monthCache.get(day);
      if (k === undefined) {
        const { y, m } = ymdFromDay(day);
        k = y * 12 + (m - 1);
        monthCache.set(day, k);
      }
      key = k;
      prevDay = day;
      e = byMonth.get(key);
      if (!e) {
        e = { revenue: 0, orders: 0, lines: 0 };
        byMonth.set(key, e);
      }
    }
    e.revenue += tx.amount[i] as number;
    e.lines++;
    if (order) {
      const o = order[i] as number;
      const f = o >= 0 ? (firstMonth[o] as number) : -2;
      if (f === -1) {
        firstMonth[o] = key;
        e.orders++;
      } else if (f !== key) {
        const pair = o * PAIR + key;
        if (!spans.has(pair)) {
          spans.add(pair);
          e.orders++;
        }
      }
    }
  }
  return [...byMonth.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, e]) => ({
      month: `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, "0")}`,
      revenue: e.revenue / MONEY_SCALE,
      orders: order ? e.orders : e.lines,
    }));
}

/** The summary of `n` customers from their class and metric columns (classify's, not the records). */
export function summariseColumns(
  n: number,
  tx: TransactionColumns,
  catalogue: Catalogue,
  classes: ClassColumns,
  metrics: SummaryMetrics,
): Summary {
  let totalScaled = 0;
  let active = 0;
  const scaled = new Float64Array(n);
  const { monetary, frequency } = metrics;
  for (let i = 0; i < n; i++) {
    const m = monetary === undefined ? NaN : (monetary[i] as number);
    const v = Number.isFinite(m) ? Math.round(m * MONEY_SCALE) : 0;
    scaled[i] = v;
    totalScaled += v;
    if (frequency !== undefined && (frequency[i] as number) > 0) active++;
  }
  const byDimension: Summary["byDimension"] = {};
  const accs = accumulate(SUMMARY_KEYS, classes, scaled);
  SUMMARY_KEYS.forEach((key, k) => {
    const counts = countsFor(key, accs[k] as Acc, catalogue, totalScaled);
    if (counts.length > 0) byDimension[key] = counts;
  });
  const segments = byDimension.rfm ?? [];
  // Satisfaction answers grouped by RFM segment in one pass (not one filter per segment).
  const answersBySegment = new Map<string, (string | null | undefined)[]>(
    segments.map((seg) => [seg.code, []]),
  );
  const satisfaction = classes.satisfaction;
  const rfmCol = classes.rfm;
  const all: (string | null | undefined)[] = new Array<string | null | undefined>(n);
  for (let i = 0; i < n; i++) {
    const sat = satisfaction?.[i] ?? null;
    all[i] = sat;
    const rfm = rfmCol?.[i];
    if (rfm !== null && rfm !== undefined) answersBySegment.get(rfm)?.push(sat);
  }
  const npsBySegment = segments.map((seg) => ({
    code: seg.code,
    label: seg.label,
    ...netPromoterScore(answersBySegment.get(seg.code) ?? []),
  }));
  const overall = netPromoterScore(all);
  return {
    customers: n,
    activeCustomers: active,
    revenue: totalScaled / MONEY_SCALE,
    transactions: tx.n,
    byDimension,
    npsBySegment,
    npsOverall: overall.nps,
    monthly: monthlySales(tx),
  };
}
