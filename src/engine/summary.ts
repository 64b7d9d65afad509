/** Counts and revenue per class, NPS per RFM segment, monthly sales: the figures of the summary sheet. */
import { ymdFromDay } from "./dates";
import type { ClassCount, ClassKey, CustomerResult, MonthlySales, Summary } from "./result";
import { MONEY_SCALE, type TransactionColumns } from "./types";

export type Catalogue = Partial<Record<ClassKey, { code: string; label: string }[]>>;

const SUMMARY_KEYS: ClassKey[] = ["overall", "rfm", "value", "frequency", "repeat", "credit", "industry", "industryGroup", "size", "satisfaction", "type", "region"];

/** Net Promoter Score (Reichheld 2003; Bain): % promoters (9–10) − % detractors (0–6) of the answers. */
export function netPromoterScore(codes: readonly (string | null | undefined)[]): { nps: number | null; respondents: number } {
  let p = 0;
  let d = 0;
  let n = 0;
  for (const c of codes) {
    if (c === "promoter") p++;
    else if (c === "detractor") d++;
    else if (c !== "passive") continue;
    n++;
  }
  return { nps: n === 0 ? null : (100 * (p - d)) / n, respondents: n };
}

function revenueOf(c: CustomerResult): number {
  const v = c.metrics.monetary;
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

/** Classes in catalogue order, then any others (user text such as regions) by count. */
function countsFor(key: ClassKey, customers: readonly CustomerResult[], catalogue: Catalogue, total: number): ClassCount[] {
  const acc = new Map<string, { customers: number; revenue: number }>();
  for (const c of customers) {
    const code = c.classes[key];
    if (code === null || code === undefined) continue;
    const a = acc.get(code) ?? { customers: 0, revenue: 0 };
    a.customers++;
    // Revenue is summed in integer money units so that class totals add up exactly to the grand total.
    a.revenue += Math.round(revenueOf(c) * MONEY_SCALE);
    acc.set(code, a);
  }
  const known = catalogue[key] ?? [];
  const order = new Map(known.map((e, i) => [e.code, i]));
  const labels = new Map(known.map((e) => [e.code, e.label]));
  return [...acc.entries()]
    .sort((x, y) => (order.get(x[0]) ?? 1e9) - (order.get(y[0]) ?? 1e9) || y[1].customers - x[1].customers || (x[0] < y[0] ? -1 : 1))
    .map(([code, a]) => ({
      code,
      label: labels.get(code) ?? code,
      customers: a.customers,
      revenue: a.revenue / MONEY_SCALE,
      revenueShare: total > 0 ? a.revenue / total : 0,
    }));
}

function monthlySales(tx: TransactionColumns): MonthlySales[] {
  const byMonth = new Map<number, { revenue: number; orders: Set<number> | null; lines: number }>();
  const monthCache = new Map<number, number>();
  for (let i = 0; i < tx.n; i++) {
    const day = tx.day[i] as number;
    let key = monthCache.get(day);
    if (key === undefined) {
      const { y, m } = ymdFromDay(day);
      key = y * 12 + (m - 1);
      monthCache.set(day, key);
    }
    let e = byMonth.get(key);
    if (!e) {
      e = { revenue: 0, orders: tx.order ? new Set<number>() : null, lines: 0 };
      byMonth.set(key, e);
    }
    e.revenue += tx.amount[i] as number;
    e.lines++;
    if (e.orders && tx.order) e.orders.add(tx.order[i] as number);
  }
  return [...byMonth.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, e]) => ({
      month: `${Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, "0")}`,
      revenue: e.revenue / MONEY_SCALE,
      orders: e.orders ? e.orders.size : e.lines,
    }));
}

export function buildSummary(customers: readonly CustomerResult[], tx: TransactionColumns, catalogue: Catalogue): Summary {
  let totalScaled = 0;
  let active = 0;
  for (const c of customers) {
    totalScaled += Math.round(revenueOf(c) * MONEY_SCALE);
    if ((c.metrics.frequency ?? 0) > 0) active++;
  }
  const byDimension: Summary["byDimension"] = {};
  for (const key of SUMMARY_KEYS) {
    const counts = countsFor(key, customers, catalogue, totalScaled);
    if (counts.length > 0) byDimension[key] = counts;
  }
  const segments = byDimension.rfm ?? [];
  const npsBySegment = segments.map((seg) => {
    const answers = customers.filter((c) => c.classes.rfm === seg.code).map((c) => c.classes.satisfaction);
    return { code: seg.code, label: seg.label, ...netPromoterScore(answers) };
  });
  const overall = netPromoterScore(customers.map((c) => c.classes.satisfaction));
  return {
    customers: customers.length,
    activeCustomers: active,
    revenue: totalScaled / MONEY_SCALE,
    transactions: tx.n,
    byDimension,
    npsBySegment,
    npsOverall: overall.nps,
    monthly: monthlySales(tx),
  };
}
