/**
 * Rising and falling products (发现潜在的爆款产品): the last K whole calendar months (the recent
 * window) against the K months before them (the prior window). Definition, per product, on the value
 * basis and refunds policy of lines.ts:
 *   prior  = value in the prior window, recent = value in the recent window;
 *   growth = (recent − prior) / prior, defined when prior > 0;
 *   ranked ("eligible") when prior ≥ the minimum value and the prior window has ≥ minPriorLines lines —
 *     the minimum volume that keeps noise (a product going from 1 sale to 3) out of the lists; the
 *     minimum value is max(minPriorValue, minPriorShare × the prior window's value of all products), so
 *     by default (0.1 %) it scales with the business and the currency (on the UCI Online Retail data it
 *     keeps out products whose sales and returns netted to 20 in the prior window);
 *   rising  = eligible and growth ≥ +risingMin (default +20 %), by growth descending;
 *   falling = eligible and growth ≤ −fallingMin (default −20 %), by growth ascending (−100 % = stopped);
 *   new     = prior ≤ 0 (no net sales in the prior window) and the recent window meets the same
 *             minimums (value ≥ the minimum value, lines ≥ minPriorLines), by recent value descending.
 * Ties: then by the larger window value, then by product code (numeric-aware).
 * The recent window ends with the last complete month (months.ts: as-of on the month's last day, or
 * includePartialMonth); `priorCovered` is false when the data start after the prior window's first day,
 * so the prior window is partly empty and growth reads high.
 */
import { compareIds } from "../stats/ids";
import { MONEY_SCALE, type Day, type TransactionColumns } from "../types";
import { productNames, type LineRules } from "./lines";
import { lastMonthKey, monthBounds, monthLabel } from "./months";
import { scanLines, type WindowSums } from "./scan";

export interface TrendOptions extends LineRules {
  asOf: Day;
  /** K: months in each window (default 3). */
  periods?: number;
  /** Minimum prior-window value, currency units (default 0). */
  minPriorValue?: number;
  /** Minimum prior-window value as a share of all products' prior-window value (default 0.001). */
  minPriorShare?: number;
  /** Minimum prior-window lines (default 10). */
  minPriorLines?: number;
  /** Growth at or above this is rising (default 0.2 = +20 %). */
  risingMin?: number;
  /** Growth at or below minus this is falling (default 0.2 = −20 %). */
  fallingMin?: number;
  includePartialMonth?: boolean;
  /** Most rows per list (default 50; the counts give the full numbers). */
  limit?: number;
}

export const TREND_DEFAULTS = {
  periods: 3,
  minPriorValue: 0,
  minPriorShare: 0.001,
  minPriorLines: 10,
  risingMin: 0.2,
  fallingMin: 0.2,
  limit: 50,
} as const;

export interface TrendRow {
  product: number;
  code: string;
  name: string | null;
  /** Window values, currency units. */
  prior: number;
  recent: number;
  /** (recent − prior) / prior; null when prior ≤ 0. */
  growth: number | null;
  priorLines: number;
  recentLines: number;
}

export interface TrendResult {
  basis: LineRules["basis"];
  periods: number;
  /** "YYYY-MM" first and last month of each window. */
  prior: { from: string; to: string };
  recent: { from: string; to: string };
  priorCovered: boolean;
  minPriorValue: number;
  minPriorShare: number;
  /** The minimum prior value applied: max(minPriorValue, minPriorShare × all products' prior value). */
  minValueApplied: number;
  minPriorLines: number;
  risingMin: number;
  fallingMin: number;
  /** Products ranked (eligible), and how many are in each list before the limit. */
  eligible: number;
  counts: { rising: number; falling: number; new: number };
  rising: TrendRow[];
  falling: TrendRow[];
  new: TrendRow[];
}

/** The windows' months and days for these options. */
export interface TrendWindow {
  K: number;
  last: number;
  recentFrom: number;
  priorFrom: number;
  firstDay: Day;
  lastDay: Day;
}

export function trendWindow(options: TrendOptions): TrendWindow {
  const K = Math.max(1, Math.floor(options.periods ?? TREND_DEFAULTS.periods));
  const last = lastMonthKey(options.asOf, options.includePartialMonth ?? false);
  const priorFrom = last - 2 * K + 1;
  return {
    K,
    last,
    recentFrom: last - K + 1,
    priorFrom,
    firstDay: monthBounds(priorFrom)[0],
    lastDay: monthBounds(last)[1],
  };
}

export function productTrends(tx: TransactionColumns, options: TrendOptions): TrendResult {
  const win = trendWindow(options);
  const sums = scanLines(tx, { rules: options, window: win, classColumns: null }).window!;
  return trendsOfSums(tx, options, win, sums);
}

/** Rising / falling / new products from the window sums (scan.ts) of counted lines. */
export function trendsOfSums(
  tx: TransactionColumns,
  options: TrendOptions,
  win: TrendWindow,
  sums: WindowSums,
): TrendResult {
  const { K, last, recentFrom, priorFrom, firstDay } = win;
  const minValue = options.minPriorValue ?? TREND_DEFAULTS.minPriorValue;
  const minShare = options.minPriorShare ?? TREND_DEFAULTS.minPriorShare;
  const minLines = options.minPriorLines ?? TREND_DEFAULTS.minPriorLines;
  const risingMin = options.risingMin ?? TREND_DEFAULTS.risingMin;
  const fallingMin = options.fallingMin ?? TREND_DEFAULTS.fallingMin;
  const limit = Math.max(0, Math.floor(options.limit ?? TREND_DEFAULTS.limit));
  const np = tx.products.length;
  const { prior, recent, priorLines, recentLines, minDataDay } = sums;
  let priorTotal = 0; // exact: integers
  for (let p = 0; p < np; p++) if ((prior[p] as number) > 0) priorTotal += prior[p] as number;
  const minScaled = Math.max(minValue * MONEY_SCALE, minShare * priorTotal);
  const names = productNames(tx);
  const row = (p: number): TrendRow => {
    const pr = prior[p] as number;
    const re = recent[p] as number;
    return {
      product: p,
      code: tx.products[p] ?? "",
      name: names?.[p] ?? null,
      prior: pr / MONEY_SCALE,
      recent: re / MONEY_SCALE,
      // Exact integers in, one rounding out.
      growth: pr > 0 ? (re - pr) / pr : null,
      priorLines: priorLines[p] as number,
      recentLines: recentLines[p] as number,
    };
  };
  const rising: TrendRow[] = [];
  const falling: TrendRow[] = [];
  const fresh: TrendRow[] = [];
  let eligible = 0;
  for (let p = 0; p < np; p++) {
    const pr = prior[p] as number;
    if (pr > 0 && pr >= minScaled && (priorLines[p] as number) >= minLines) {
      eligible++;
      const r = row(p);
      const g = r.growth as number;
      if (g >= risingMin) rising.push(r);
      else if (g <= -fallingMin) falling.push(r);
    } else if (
      !(pr > 0) &&
      (recent[p] as number) > 0 &&
      (recent[p] as number) >= minScaled &&
      (recentLines[p] as number) >= minLines
    ) {
      fresh.push(row(p));
    }
  }
  const byCode = (x: TrendRow, y: TrendRow) => compareIds(x.code, y.code);
  rising.sort((x, y) => (y.growth as number) - (x.growth as number) || y.recent - x.recent || byCode(x, y));
  falling.sort((x, y) => (x.growth as number) - (y.growth as number) || y.prior - x.prior || byCode(x, y));
  fresh.sort((x, y) => y.recent - x.recent || byCode(x, y));
  return {
    basis: options.basis,
    periods: K,
    prior: { from: monthLabel(priorFrom), to: monthLabel(recentFrom - 1) },
    recent: { from: monthLabel(recentFrom), to: monthLabel(last) },
    priorCovered: minDataDay <= firstDay,
    minPriorValue: minValue,
    minPriorShare: minShare,
    minValueApplied: minScaled / MONEY_SCALE,
    minPriorLines: minLines,
    risingMin,
    fallingMin,
    eligible,
    counts: { rising: rising.length, falling: falling.length, new: fresh.length },
    rising: rising.slice(0, limit),
    falling: falling.slice(0, limit),
    new: fresh.slice(0, limit),
  };
}
