/**
 * Customers and revenue per class in two results, side by side. Counts cover every customer of each
 * result (matched or not, unlike the matrix). Revenue is the customer's net revenue (metrics.monetary,
 * as in the summary's ClassCount), summed in integer units of 1/MONEY_SCALE so totals are exact.
 */
import type { ClassKey, CustomerResult } from "../result";
import { MONEY_SCALE } from "../types";
import { classOf, orderCodes, type ClassCode, type ResultView } from "./codes";

export interface ClassDelta {
  code: ClassCode;
  before: number;
  after: number;
  /** after − before. */
  delta: number;
  revenueBefore: number;
  revenueAfter: number;
}

interface Tally {
  customers: number;
  /** Integer money units. */
  revenue: number;
}

function tally(customers: readonly CustomerResult[], key: ClassKey): Map<ClassCode, Tally> {
  const out = new Map<ClassCode, Tally>();
  for (const c of customers) {
    const code = classOf(c, key);
    let t = out.get(code);
    if (t === undefined) {
      t = { customers: 0, revenue: 0 };
      out.set(code, t);
    }
    t.customers++;
    const m = c.metrics.monetary;
    if (typeof m === "number" && Number.isFinite(m)) t.revenue += Math.round(m * MONEY_SCALE);
  }
  return out;
}

/** One row per class present in either result, in the after result's order (what the user is heading to). */
export function countDeltas(before: ResultView, after: ResultView, key: ClassKey): ClassDelta[] {
  const b = tally(before.customers, key);
  const a = tally(after.customers, key);
  const codes = orderCodes([...b.keys(), ...a.keys()], key, [after.catalogue, before.catalogue]);
  return codes.map((code) => {
    const tb = b.get(code);
    const ta = a.get(code);
    const nb = tb?.customers ?? 0;
    const na = ta?.customers ?? 0;
    return {
      code,
      before: nb,
      after: na,
      delta: na - nb,
      revenueBefore: (tb?.revenue ?? 0) / MONEY_SCALE,
      revenueAfter: (ta?.revenue ?? 0) / MONEY_SCALE,
    };
  });
}
