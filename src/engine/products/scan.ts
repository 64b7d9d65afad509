/**
 * One pass over the transaction lines for every sum the product analysis needs: per product value,
 * revenue, profit, lines and distinct customers (product ABC), per product the prior / recent window
 * values and lines (trends), and month × customer-class revenue (byClass). A million lines are read
 * once, as typed arrays, with integer month and column indexes — no per-line objects, strings or maps.
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

export function scanLines(tx: TransactionColumns, req: ScanRequest): LineScan {
  const n = tx.n;
  const day = tx.day;
  const amount = tx.amount;
  const customer = tx.customer;
  const { minDay, maxDay, maxCustomer } = ranges(tx);
  const anyDay = minDay <= maxDay;
  // Month index (from the first month) of every day in the data's range: every line with a finite day
  // and amount is in it.
  const table = anyDay ? monthTable(minDay, maxDay) : new Int32Array(0);
  const firstKey = anyDay ? monthKeyOfDay(minDay) : 0;
  const nMonths = anyDay ? monthKeyOfDay(maxDay) - firstKey + 1 : 0;
  for (let k = 0; k < table.length; k++) table[k]! -= firstKey;

  const cc = req.classColumns;
  const monthly = cc !== null && anyDay ? new Float64Array(nMonths * cc.nCols) : null;
  const nCols = cc?.nCols ?? 0;
  const noneCol = nCols - 1;
  const colOf = cc !== null ? columnOfCustomer(cc.ofCustomer, noneCol) : new Int32Array(0);
  const nColOf = colOf.length;

  const rules = req.rules;
  const np = tx.products.length;
  const doProducts = rules !== null;
  const revenueBasis = rules?.basis !== "profit";
  const net = rules?.refunds !== "exclude";
  const product = tx.product;
  const profitCol = tx.profit;
  const value = new Float64Array(doProducts ? np : 0);
  const revenue = new Float64Array(doProducts ? np : 0);
  const profit = doProducts && profitCol !== null ? new Float64Array(np) : null;
  const lines = new Float64Array(doProducts ? np : 0);
  const customers = new Float64Array(doProducts ? np : 0);
  let unassignedLines = 0;
  let unassignedValue = 0;

  // Distinct customers per product: a bit per (product, customer) when that fits, else the counted
  // lines' (customer, product) kept for a counting sort by customer after the pass.
  const nc = maxCustomer + 1;
  const limit = req.bitsetLimit ?? Math.max(1 << 22, 64 * n);
  const useBits = doProducts && np * nc <= Math.min(limit, 2 ** 31);
  const bits = new Int32Array(useBits ? Math.ceil((np * nc) / 32) : 0);
  const keepPairs = doProducts && !useBits;
  const pairCustomer = new Int32Array(keepPairs ? n : 0);
  const pairProduct = new Int32Array(keepPairs ? n : 0);
  let nPairs = 0;

  const w = doProducts ? req.window : null;
  // Window sums as one array of three blocks: prior, recent, and the lines outside the windows (added
  // and never read), so every counted line runs the same operations. Data sorted by date reach the
  // windows only at the end; a branch first taken there would throw away the optimised loop.
  const winValue = new Float64Array(w ? 3 * np : 0);
  const winLines = new Float64Array(w ? 3 * np : 0);
  let minDataDay = Infinity;
  const wFirst = w?.firstDay ?? 0;
  const wLast = w?.lastDay ?? -1;
  const wRecent = (w?.recentFrom ?? 0) - firstKey;

  // x − x === 0 is Number.isFinite(x) without a call: the loop runs unoptimised until the optimising
  // compiler has it (once per analysis, often on a busy machine), where a call per test is dear.
  for (let i = 0; i < n; i++) {
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
    if (monthly !== null && m >= 0)
      monthly[m * nCols + (c >= 0 && c < nColOf ? (colOf[c] as number) : noneCol)]! += a;
    if (!doProducts) continue;
    const p = product !== null ? (product[i] as number) : -1;
    if (p < 0) {
      if (a - a === 0 && (net || a > 0)) {
        unassignedLines++;
        if (revenueBasis) unassignedValue += a;
        else {
          const v = profitCol !== null ? (profitCol[i] as number) : NaN;
          unassignedValue += v - v === 0 ? v : 0;
        }
      }
      continue;
    }
    if (!finite || !(net || a > 0)) continue;
    let v = a;
    if (profit !== null) {
      const pv = profitCol![i] as number;
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
    if (w !== null) {
      if (d < minDataDay) minDataDay = d;
      // Every comparison evaluated (no short-circuit), for the same reason.
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
  if (keepPairs) countDistinct(pairCustomer, pairProduct, nPairs, nc, np, customers);

  return {
    totals: doProducts
      ? { value, revenue, profit, lines, customers, unassignedLines, unassignedValue }
      : null,
    window:
      w !== null
        ? {
            prior: winValue.subarray(0, np),
            recent: winValue.subarray(np, 2 * np),
            priorLines: winLines.subarray(0, np),
            recentLines: winLines.subarray(np, 2 * np),
            minDataDay,
          }
        : null,
    monthly: monthly !== null ? { firstKey, nMonths, sums: monthly } : null,
  };
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

/** The day range of lines with a finite day and amount, and the largest customer index. Its own
 *  function so that its loop is optimised alone (the main loop's branches have no feedback yet). */
function ranges(tx: TransactionColumns): { minDay: number; maxDay: number; maxCustomer: number } {
  const { n, day, amount, customer } = tx;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let maxCustomer = -1;
  for (let i = 0; i < n; i++) {
    const c = customer[i] as number;
    if (c > maxCustomer) maxCustomer = c;
    const d = day[i] as number;
    const a = amount[i] as number;
    if (d - d !== 0 || a - a !== 0) continue; // not finite (see the main loop)
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  return { minDay, maxDay, maxCustomer };
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
