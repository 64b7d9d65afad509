/**
 * One pass over the transaction lines for every sum the product analysis needs: per product value,
 * revenue, profit, lines and distinct customers (product ABC), per product the prior / recent window
 * values and lines (trends), and month × customer-class revenue (byClass). A million lines are read
 * once, in chunks, with integer month and column indexes — no per-line objects, strings or maps.
 *
 * Which lines count for products is the rule of lines.ts: a product (index ≥ 0), a finite day and
 * amount, and the refunds policy (`exclude` drops amount ≤ 0). Lines with no product that would
 * otherwise count are `unassigned`. Month × class takes every line with a finite day and amount.
 * Each sum adds its lines in line order, as the separate passes did, so the figures are the same to
 * the last bit (they are MONEY_SCALE integers, exact in any order, but the order is kept anyway).
 */
import type { Day, TransactionColumns } from "../types";
import type { LineRules } from "./lines";
import { monthKeyOfDay, monthTable } from "./months";

/** Per product: value (scaled), revenue (scaled), profit (scaled), lines, distinct customers. */
export interface ProductTotals {
  value: Float64Array;
  revenue: Float64Array;
  profit: Float64Array | null;
  lines: Float64Array;
  customers: Float64Array;
  unassignedLines: number;
  unassignedValue: number;
}

/** Per product, the trend windows' values (scaled) and lines. */
export interface WindowSums {
  prior: Float64Array;
  recent: Float64Array;
  priorLines: Float64Array;
  recentLines: Float64Array;
  /** Earliest day of a counted line (Infinity when none). */
  minDataDay: number;
}

export interface MonthlySums {
  /** Month key (monthKeyOfDay) of month 0. */
  firstKey: number;
  nMonths: number;
  /** sums[m * nCols + column], MONEY_SCALE units. */
  sums: Float64Array;
}

export interface ScanRequest {
  /** Product totals by these rules (also the trend windows' rules); null: no product sums. */
  rules: LineRules | null;
  /** Trend windows (needs rules): lines dated firstDay…lastDay; month key ≥ recentFrom is recent. */
  window: { firstDay: Day; lastDay: Day; recentFrom: number } | null;
  /** Month × class: the column of each customer's lines (−1 = the none column), nCols columns. */
  classColumns: { ofCustomer: Int32Array; nCols: number } | null;
  /** Most bits of the (product, customer) bitset for distinct customers; above it, a counting sort
   *  by customer instead. Default: 8 bytes per line (the memory the sorted pairs took), ≥ 512 kB. */
  bitsetLimit?: number;
}

export interface LineScan {
  totals: ProductTotals | null;
  window: WindowSums | null;
  /** null without classColumns or without any line with a finite day and amount. */
  monthly: MonthlySums | null;
}

/** Below any month index and any window start relative to the data's first month. */
const NO_SLOT = -0x40000000;

/**
 * Lines per call of the loop functions. The analysis runs once per classification, so its loops are
 * mostly cold: a loop in one long call runs unoptimised until on-stack replacement swaps it, and a
 * garbage collection between analyses drops that replacement again. Called per chunk, the loop
 * function itself gets optimised after a few chunks and stays so (100k lines after a GC: ~33 → ~8 ms).
 */
const CHUNK = 1 << 14;

/** End of the chunk from `from`. The first is small: the function runs to its end once (the code after
 *  the loop included) before the loop is hot, else the loop is optimised without feedback for that
 *  code and the optimised code is thrown away at the end of every chunk. */
function chunkEnd(from: number, n: number): number {
  return Math.min(n, from === 0 ? 256 : from + CHUNK);
}

/** Everything a chunk of the main loop reads and adds to: one object literal, so one fixed shape, and
 *  empty arrays with a flag rather than null, so each field keeps one type. */
interface ScanState {
  day: number[];
  amount: number[];
  customer: number[];
  hasProduct: boolean;
  product: number[];
  hasProfitCol: boolean;
  profitCol: number[];
  table: Int32Array;
  minDay: number;
  hasMonthly: boolean;
  monthly: Float64Array;
  nCols: number;
  noneCol: number;
  colOf: Int32Array;
  doProducts: boolean;
  revenueBasis: boolean;
  net: boolean;
  np: number;
  value: Float64Array;
  revenue: Float64Array;
  hasProfit: boolean;
  profit: Float64Array;
  lines: Float64Array;
  customers: Float64Array;
  useBits: boolean;
  bits: Int32Array;
  keepPairs: boolean;
  pairCustomer: Int32Array;
  pairProduct: Int32Array;
  hasWindow: boolean;
  winValue: Float64Array;
  winLines: Float64Array;
  wFirst: number;
  wLast: number;
  wRecent: number;
  unassignedLines: number;
  unassignedValue: number;
  nPairs: number;
  minDataDay: number;
}

export function scanLines(tx: TransactionColumns, req: ScanRequest): LineScan {
  const n = tx.n;
  const r = { minDay: Infinity, maxDay: -Infinity, maxCustomer: -1 };
  for (let from = 0; from < n; from = chunkEnd(from, n)) rangesChunk(r, tx, from, chunkEnd(from, n));
  const { minDay, maxDay, maxCustomer } = r;
  const anyDay = minDay <= maxDay;
  // Month index (from the first month) of every day in the data's range: every line with a finite day
  // and amount is in it.
  const table = anyDay ? monthTable(minDay, maxDay) : new Int32Array(0);
  const firstKey = anyDay ? monthKeyOfDay(minDay) : 0;
  const nMonths = anyDay ? monthKeyOfDay(maxDay) - firstKey + 1 : 0;
  for (let k = 0; k < table.length; k++) table[k]! -= firstKey;

  const cc = req.classColumns;
  const hasMonthly = cc !== null && anyDay;
  const nCols = cc?.nCols ?? 0;
  const noneCol = nCols - 1;

  const rules = req.rules;
  const np = tx.products.length;
  const doProducts = rules !== null;
  const size = doProducts ? np : 0;
  // Distinct customers per product: a bit per (product, customer) when that fits, else the counted
  // lines' (customer, product) kept for a counting sort by customer after the pass.
  const nc = maxCustomer + 1;
  const limit = req.bitsetLimit ?? Math.max(1 << 22, 64 * n);
  const useBits = doProducts && np * nc <= Math.min(limit, 2 ** 31);
  const keepPairs = doProducts && !useBits;
  const w = doProducts ? req.window : null;

  const s: ScanState = {
    day: tx.day,
    amount: tx.amount,
    customer: tx.customer,
    hasProduct: tx.product !== null,
    product: tx.product ?? [],
    hasProfitCol: tx.profit !== null,
    profitCol: tx.profit ?? [],
    table,
    minDay,
    hasMonthly,
    monthly: new Float64Array(hasMonthly ? nMonths * nCols : 0),
    nCols,
    noneCol,
    colOf: cc !== null ? columnOfCustomer(cc.ofCustomer, noneCol) : new Int32Array(0),
    doProducts,
    revenueBasis: rules?.basis !== "profit",
    net: rules?.refunds !== "exclude",
    np,
    value: new Float64Array(size),
    revenue: new Float64Array(size),
    hasProfit: doProducts && tx.profit !== null,
    profit: new Float64Array(doProducts && tx.profit !== null ? np : 0),
    lines: new Float64Array(size),
    customers: new Float64Array(size),
    useBits,
    bits: new Int32Array(useBits ? Math.ceil((np * nc) / 32) : 0),
    keepPairs,
    pairCustomer: new Int32Array(keepPairs ? n : 0),
    pairProduct: new Int32Array(keepPairs ? n : 0),
    // Window sums as one array of three blocks: prior, recent, and the lines outside the windows
    // (added and never read), so every counted line runs the same operations. Data sorted by date
    // reach the windows only at the end; a branch first taken there would throw away the optimised
    // loop.
    hasWindow: w !== null,
    winValue: new Float64Array(w ? 3 * np : 0),
    winLines: new Float64Array(w ? 3 * np : 0),
    wFirst: w?.firstDay ?? 0,
    wLast: w?.lastDay ?? -1,
    wRecent: (w?.recentFrom ?? 0) - firstKey,
    unassignedLines: 0,
    unassignedValue: 0,
    nPairs: 0,
    minDataDay: Infinity,
  };
  for (let from = 0; from < n; from = chunkEnd(from, n)) scanChunk(s, from, chunkEnd(from, n));
  if (keepPairs) countDistinct(s.pairCustomer, s.pairProduct, s.nPairs, nc, np, s.customers);

  return {
    totals: doProducts
      ? {
          value: s.value,
          revenue: s.revenue,
          profit: s.hasProfit ? s.profit : null,
          lines: s.lines,
          customers: s.customers,
          unassignedLines: s.unassignedLines,
          unassignedValue: s.unassignedValue,
        }
      : null,
    window:
      w !== null
        ? {
            prior: s.winValue.subarray(0, np),
            recent: s.winValue.subarray(np, 2 * np),
            priorLines: s.winLines.subarray(0, np),
            recentLines: s.winLines.subarray(np, 2 * np),
            minDataDay: s.minDataDay,
          }
        : null,
    monthly: hasMonthly ? { firstKey, nMonths, sums: s.monthly } : null,
  };
}

/** Lines from…to−1 into the sums of s. */
function scanChunk(s: ScanState, from: number, to: number): void {
  const { day, amount, customer, product, profitCol, table, minDay, monthly, nCols, noneCol, colOf } = s;
  const { hasProduct, hasProfitCol, hasMonthly, doProducts, revenueBasis, net, np } = s;
  const { value, revenue, hasProfit, profit, lines, customers, useBits, bits, keepPairs } = s;
  const { pairCustomer, pairProduct, hasWindow, winValue, winLines, wFirst, wLast, wRecent } = s;
  const nColOf = colOf.length;
  let { unassignedLines, unassignedValue, nPairs, minDataDay } = s;
  // x − x === 0 is Number.isFinite(x) without a call (dear while the loop is not optimised yet).
  for (let i = from; i < to; i++) {
    const d = day[i] as number;
    const a = amount[i] as number;
    const c = customer[i] as number;
    const finite = d - d === 0 && a - a === 0;
    // Month index from month 0; NO_SLOT for a day off the table (a fraction of a day), which the
    // separate passes never found in their tables either (not in byClass, prior in the trends).
    let m = NO_SLOT;
    if (finite) {
      const off = d - minDay;
      if ((off | 0) === off) m = table[off] as number;
    }
    if (hasMonthly && m >= 0)
      monthly[m * nCols + (c >= 0 && c < nColOf ? (colOf[c] as number) : noneCol)]! += a;
    if (!doProducts) continue;
    const p = hasProduct ? (product[i] as number) : -1;
    if (p < 0) {
      if (a - a === 0 && (net || a > 0)) {
        unassignedLines++;
        if (revenueBasis) unassignedValue += a;
        else {
          const v = hasProfitCol ? (profitCol[i] as number) : NaN;
          unassignedValue += v - v === 0 ? v : 0;
        }
      }
      continue;
    }
    if (!finite || !(net || a > 0)) continue;
    let v = a;
    if (hasProfit) {
      const pv = profitCol[i] as number;
      const ok = pv - pv === 0;
      if (ok) profit[p]! += pv;
      if (!revenueBasis) v = ok ? pv : 0;
    } else if (!revenueBasis) v = 0;
    value[p]! += v;
    revenue[p]! += a;
    lines[p]!++;
    if (useBits) {
      if (c >= 0) {
        // Customer-major: an order's lines (one customer, several products) share a cache line.
        const key = c * np + p;
        const word = key >>> 5;
        const mask = 1 << (key & 31);
        const old = bits[word] as number;
        if ((old & mask) === 0) {
          bits[word] = old | mask;
          customers[p]!++;
        }
      }
    } else if (keepPairs && c >= 0) {
      pairCustomer[nPairs] = c;
      pairProduct[nPairs++] = p;
    }
    if (hasWindow) {
      if (d < minDataDay) minDataDay = d;
      // Every comparison evaluated (no short-circuit), for the same reason as the window blocks.
      const fromFirst = d >= wFirst;
      const toLast = d <= wLast;
      const isRecent = m >= wRecent;
      const recentSlot = p + np;
      const outSlot = recentSlot + np;
      const slot = fromFirst && toLast ? (isRecent ? recentSlot : p) : outSlot;
      winValue[slot]! += v;
      winLines[slot]!++;
    }
  }
  s.unassignedLines = unassignedLines;
  s.unassignedValue = unassignedValue;
  s.nPairs = nPairs;
  s.minDataDay = minDataDay;
}

/** Column of each customer's lines with the none column for −1, so the loop reads one array. */
function columnOfCustomer(ofCustomer: Int32Array, noneCol: number): Int32Array {
  const out = new Int32Array(ofCustomer.length);
  for (let c = 0; c < out.length; c++) {
    const k = ofCustomer[c] as number;
    out[c] = k < 0 ? noneCol : k;
  }
  return out;
}

/** The day range of lines with a finite day and amount, and the largest customer index, over
 *  from…to−1 (chunked like the main loop). */
function rangesChunk(
  r: { minDay: number; maxDay: number; maxCustomer: number },
  tx: TransactionColumns,
  from: number,
  to: number,
): void {
  const { day, amount, customer } = tx;
  let { minDay, maxDay, maxCustomer } = r;
  for (let i = from; i < to; i++) {
    const c = customer[i] as number;
    if (c > maxCustomer) maxCustomer = c;
    const d = day[i] as number;
    const a = amount[i] as number;
    if (d - d !== 0 || a - a !== 0) continue; // not finite
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  r.minDay = minDay;
  r.maxDay = maxDay;
  r.maxCustomer = maxCustomer;
}

/** Distinct customers per product from (customer, product) pairs: the pairs grouped by customer (a
 *  counting sort), then each product counted once per customer group. */
function countDistinct(
  pairCustomer: Int32Array,
  pairProduct: Int32Array,
  k: number,
  nc: number,
  np: number,
  out: Float64Array,
): void {
  const start = new Int32Array(nc + 1);
  for (let j = 0; j < k; j++) start[(pairCustomer[j] as number) + 1]!++;
  for (let c = 0; c < nc; c++) start[c + 1]! += start[c] as number;
  const next = start.slice(0, nc);
  const grouped = new Int32Array(k);
  for (let j = 0; j < k; j++) grouped[next[pairCustomer[j] as number]!++] = pairProduct[j] as number;
  const last = new Int32Array(np).fill(-1);
  for (let c = 0; c < nc; c++) {
    const end = start[c + 1] as number;
    for (let j = start[c] as number; j < end; j++) {
      const p = grouped[j] as number;
      if (last[p] !== c) {
        last[p] = c;
        out[p]!++;
      }
    }
  }
}
