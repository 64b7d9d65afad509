/**
 * What the task pane shows of the product analysis (engine/products), cut down in the worker: the full
 * analysis holds every product's row (thousands on real data) and the month × class table of every
 * month, while the pane shows the class counts, a few top / rising / falling products and the last
 * months. Plain data: it crosses postMessage as it is, and the pane puts its own labels on the codes.
 */
import type { ProductAnalysis } from "../engine/products";
import type { ClassKey } from "../engine/result";

export interface ProductItem {
  code: string;
  name: string | null;
  /** Value on the analysis basis (currency units). */
  value: number;
  share: number;
  class: "A" | "B" | "C";
}

export interface TrendItem {
  code: string;
  name: string | null;
  prior: number;
  recent: number;
  /** (recent − prior) / prior; null when prior ≤ 0. */
  growth: number | null;
}

export interface ProductView {
  /** False when the transactions have no product column (nothing else is filled then). */
  available: boolean;
  basis: "revenue" | "profit";
  /** Products with at least one counted line. */
  products: number;
  /** Total positive value (currency units). */
  total: number;
  /** Product ABC: products and value share per class, A, B, C. */
  classes: { code: "A" | "B" | "C"; products: number; value: number; share: number }[];
  /** The largest products by value. */
  top: ProductItem[];
  /** null without an as-of date. */
  trends: {
    prior: { from: string; to: string };
    recent: { from: string; to: string };
    /** False when the data start inside the prior window (growth then reads high). */
    priorCovered: boolean;
    counts: { rising: number; falling: number; new: number };
    rising: TrendItem[];
    falling: TrendItem[];
  } | null;
  /** Sales per customer class in the last months ("none" = customers without a class). */
  byClass: { classKey: ClassKey; months: string[]; classes: string[]; revenue: number[][] };
}

/** Rows per list the pane shows (it is ~330 px wide: more would be a scroll, not an overview). */
export const VIEW_ROWS = 10;
/** Months of the class table (three columns fit the pane). */
export const VIEW_MONTHS = 3;

export function productView(a: ProductAnalysis, rows = VIEW_ROWS, months = VIEW_MONTHS): ProductView {
  const trend = (r: {
    code: string;
    name: string | null;
    prior: number;
    recent: number;
    growth: number | null;
  }) => ({
    code: r.code,
    name: r.name,
    prior: r.prior,
    recent: r.recent,
    growth: r.growth,
  });
  const t = a.trends;
  const from = Math.max(0, a.byClass.months.length - months);
  return {
    available: a.available,
    basis: a.abc.basis,
    products: a.abc.rows.length,
    total: a.abc.total,
    classes: a.abc.classes.map((c) => ({
      code: c.code,
      products: c.products,
      value: c.value,
      share: c.share,
    })),
    top: a.abc.rows.slice(0, rows).map((r) => ({
      code: r.code,
      name: r.name,
      value: r.value,
      share: r.share,
      class: r.class,
    })),
    trends: t
      ? {
          prior: t.prior,
          recent: t.recent,
          priorCovered: t.priorCovered,
          counts: t.counts,
          rising: t.rising.slice(0, rows).map(trend),
          falling: t.falling.slice(0, rows).map(trend),
        }
      : null,
    byClass: {
      classKey: a.byClass.classKey,
      months: a.byClass.months.slice(from),
      classes: a.byClass.classes.map((c) => c.code),
      revenue: a.byClass.revenue.slice(from),
    },
  };
}
