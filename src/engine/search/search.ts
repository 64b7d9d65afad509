/**
 * Find a customer: a plain substring match of the query on the customer ID or name, case-insensitive,
 * full-width and half-width alike (normalize.ts). Ranked: exact ID first, then exact name, then a prefix
 * of the ID or name, then a substring anywhere; ties by revenue descending, then ID ascending
 * (numeric-aware). One indexOf scan per field over the joined text of the index (buildIndex.ts): a
 * customer's first occurrence is its best one (a prefix can only be at its start), so the scan jumps to
 * the next customer after each hit. Cost: O(text length) per query plus a sort of the matches' keys.
 */
import type { ClassificationResult } from "../result";
import { buildSearchIndex, type FieldIndex, type SearchIndex } from "./buildIndex";
import { normalizeSearchText } from "./normalize";

export type MatchKind = "id_exact" | "name_exact" | "prefix" | "substring";

export interface SearchHit {
  /** Customer index in the result (result.customers[index] has the classes and metrics). */
  index: number;
  id: string;
  name: string | null;
  match: MatchKind;
  /** The field of the best match (ID wins over name at the same rank). */
  field: "id" | "name";
}

export interface SearchResult {
  /** The query as compared (normalised). */
  query: string;
  /** Customers matching, before the limit. */
  total: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
}

const TIER_ID_EXACT = 0;
const TIER_NAME_EXACT = 1;
const TIER_PREFIX = 2;
const TIER_SUBSTRING = 3;
const NONE = 255;
const KIND: readonly MatchKind[] = ["id_exact", "name_exact", "prefix", "substring"];

const CACHE = new WeakMap<ClassificationResult, SearchIndex>();

/** The index of a result, built on first use and kept while the result lives. */
export function searchIndexOf(result: ClassificationResult): SearchIndex {
  let index = CACHE.get(result);
  if (index === undefined) {
    index = buildSearchIndex(result);
    CACHE.set(result, index);
  }
  return index;
}

/** Customer whose value holds text offset `pos`: the last c with starts[c] ≤ pos (binary search). */
function customerAt(starts: Int32Array, n: number, pos: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function scan(
  field: FieldIndex,
  n: number,
  q: string,
  exactTier: number,
  best: Uint8Array,
  fieldOf: Uint8Array,
  fieldCode: number,
  matched: number[],
): void {
  const { text, starts } = field;
  let from = 1;
  for (;;) {
    const pos = text.indexOf(q, from);
    if (pos < 0 || n === 0) return;
    const c = customerAt(starts, n, pos);
    const start = starts[c] as number;
    const next = starts[c + 1] as number;
    const tier = pos === start ? (q.length === next - 1 - start ? exactTier : TIER_PREFIX) : TIER_SUBSTRING;
    const was = best[c] as number;
    if (was === NONE) matched.push(c);
    if (tier < was) {
      best[c] = tier;
      fieldOf[c] = fieldCode;
    }
    from = next;
  }
}

/**
 * The first `limit` matches by (tier, place in the revenue order). Few matches: sort one integer key per
 * match. Many (a short query): walk the revenue order once per tier and stop at the limit — no sort.
 */
function rankedMatches(
  index: SearchIndex,
  best: Uint8Array,
  matched: readonly number[],
  limit: number,
): number[] {
  const n = index.n;
  const out: number[] = [];
  if (matched.length > n >>> 4) {
    for (let tier = TIER_ID_EXACT; tier <= TIER_SUBSTRING && out.length < limit; tier++) {
      for (let p = 0; p < n && out.length < limit; p++) {
        const c = index.byRevenue[p] as number;
        if (best[c] === tier) out.push(c);
      }
    }
    return out;
  }
  const keys = new Float64Array(matched.length);
  for (let k = 0; k < matched.length; k++) {
    const c = matched[k] as number;
    keys[k] = (best[c] as number) * n + (index.revenueRank[c] as number);
  }
  keys.sort();
  for (let k = 0; k < keys.length && out.length < limit; k++)
    out.push(index.byRevenue[(keys[k] as number) % n] as number);
  return out;
}

export function searchCustomers(
  source: ClassificationResult | SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  const index = "byRevenue" in source ? source : searchIndexOf(source);
  const q = normalizeSearchText(query);
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  if (q === "") return { query: q, total: 0, hits: [] };
  const n = index.n;
  const best = new Uint8Array(n).fill(NONE);
  const fieldOf = new Uint8Array(n);
  const matched: number[] = [];
  scan(index.ids, n, q, TIER_ID_EXACT, best, fieldOf, 0, matched);
  scan(index.names, n, q, TIER_NAME_EXACT, best, fieldOf, 1, matched);
  const order = rankedMatches(index, best, matched, limit);
  const customers = index.result.customers;
  const hits: SearchHit[] = [];
  for (const c of order) {
    const cust = customers[c];
    if (cust === undefined) continue;
    hits.push({
      index: c,
      id: cust.id,
      name: cust.name,
      match: KIND[best[c] as number] as MatchKind,
      field: fieldOf[c] === 0 ? "id" : "name",
    });
  }
  return { query: q, total: matched.length, hits };
}
