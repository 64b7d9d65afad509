/**
 * What the explainers read, gathered once per classification: the outcome, and lazily computed helpers
 * that cost O(n log n) (ranks under the `rank` tie policy, the ID lookup). Cached per outcome object, so
 * explaining 100k customers one by one costs the sorts once.
 */
import type { ClassifyOutcome } from "../classify";
import { normaliseId } from "../read/cells";
import type { ClassificationResult, CustomerResult } from "../result";
import { idSortOrder } from "../stats/ids";
import { rankFirstByOrder } from "../stats/rank";
import type { Standard } from "../standard/types";
import type { CustomerTable } from "../types";

/**
 * The outcome's details, plus the customer table when classify() passes it on (the industry text is only
 * there: with it, industry and size are explained from the same text the classification read).
 */
/** Details as a caller may hand them over: a result that crossed a worker boundary has no tables. */
export type ExplainDetails = Omit<ClassifyOutcome["details"], "customers"> & { customers?: CustomerTable | null };

export type RfmMetric = "recency" | "frequency" | "monetary";

export interface ExplainContext {
  outcome: ClassifyOutcome;
  result: ClassificationResult;
  standard: Standard;
  details: ExplainDetails;
  customers: CustomerTable | null;
  /** Ranks 1..n of the RFM population (customers with a purchase), ties by ID: the `rank` tie policy. */
  rfmRank(metric: RfmMetric): Float64Array;
  /** Customers that have an ABC class (the population ranked by value). */
  abcPopulation(): number;
  /** Index of a customer by position or ID (trimmed, `12923.0` = `12923`); -1 when not found. */
  indexOf(key: number | string): number;
}

const CACHE = new WeakMap<ClassifyOutcome, ExplainContext>();

export function contextOf(outcome: ClassifyOutcome): ExplainContext {
  const cached = CACHE.get(outcome);
  if (cached !== undefined) return cached;
  const result = outcome.result;
  const details: ExplainDetails = outcome.details;
  const ranks = new Map<RfmMetric, Float64Array>();
  let idOrder: Int32Array | null = null;
  let byId: Map<string, number> | null = null;
  let abcCount = -1;
  const ids = (): string[] => result.customers.map((c) => c.id);

  const ctx: ExplainContext = {
    outcome,
    result,
    standard: result.standard,
    details,
    customers: details.customers ?? null,
    rfmRank(metric) {
      let r = ranks.get(metric);
      if (r !== undefined) return r;
      const a = details.activity;
      const n = result.customers.length;
      if (a === null) return new Float64Array(n).fill(NaN);
      // The same call classifyRfm makes (rfm/scores.ts): population = customers with a purchase.
      const scored = new Uint8Array(n);
      for (let c = 0; c < n; c++) scored[c] = (a.frequency[c] as number) > 0 ? 1 : 0;
      const values =
        metric === "recency" ? a.recencyDays : metric === "frequency" ? a.frequency : a.monetaryScaled;
      idOrder ??= idSortOrder(ids());
      r = rankFirstByOrder(values, idOrder, scored);
      ranks.set(metric, r);
      return r;
    },
    abcPopulation() {
      if (abcCount >= 0) return abcCount;
      const rank = details.value?.value.metrics.rank;
      abcCount = 0;
      if (rank) for (let c = 0; c < rank.length; c++) if (Number.isFinite(rank[c])) abcCount++;
      return abcCount;
    },
    indexOf(key) {
      const n = result.customers.length;
      if (typeof key === "number") return Number.isInteger(key) && key >= 0 && key < n ? key : -1;
      byId ??= new Map(result.customers.map((c: CustomerResult, i) => [c.id, i]));
      const direct = byId.get(key);
      if (direct !== undefined) return direct;
      const norm = normaliseId(key);
      return norm === null ? -1 : (byId.get(norm) ?? -1);
    },
  };
  CACHE.set(outcome, ctx);
  return ctx;
}
