import { NBS_ROW_BY_CODE, YUAN_PER_WAN, type Bounds, type NbsRow, type NbsRowCode } from "./nbs2017";
import type { TierResult } from "./result";

/** Tier of one value against one indicator's bounds (0 large … 3 micro); bounds are inclusive. */
export function tierOf(value: number, bounds: Bounds, scale: number): number {
  if (value >= bounds[0] * scale) return 0;
  if (value >= bounds[1] * scale) return 1;
  if (value >= bounds[2] * scale) return 2;
  return 3;
}

const MISSING = -2;
const INVALID = -1;

/** tierOf, or MISSING for NaN, INVALID for a negative or infinite value. */
function indicatorTier(value: number, bounds: Bounds, scale: number): number {
  if (Number.isNaN(value)) return MISSING;
  if (value < 0 || value === Infinity) return INVALID;
  return tierOf(value, bounds, scale);
}

/**
 * NBS 2017 class of one enterprise in one row (nbs2017.ts, 说明 1): every listed indicator must reach a
 * tier's lower bound, else one tier down; one indicator below the small bound is enough for micro. So
 * the class is the lowest tier reached by any indicator. Money (revenue, assets) comes in 元 and is
 * compared with the table's 万元 bounds × 10,000.
 * Missing indicators (NaN): micro if a given one is already micro (exact; basis "partial"); else, when
 * `allowRevenueOnly` and the row lists revenue and revenue is given, the tier of the given indicators
 * (basis "revenue_only", an upper bound); else no class ("missing_indicators").
 */
export function nbsTier(
  row: NbsRow,
  employees: number,
  revenueYuan: number,
  assetsYuan: number,
  allowRevenueOnly: boolean,
  out: TierResult,
): void {
  out.tier = -1;
  out.basis = null;
  out.note = null;
  let tier = 0;
  let missing = 0;
  for (let k = 0; k < 3; k++) {
    const bounds = k === 0 ? row.employees : k === 1 ? row.revenue : row.assets;
    if (bounds === undefined) continue;
    const t = indicatorTier(
      k === 0 ? employees : k === 1 ? revenueYuan : assetsYuan,
      bounds,
      k === 0 ? 1 : YUAN_PER_WAN,
    );
    if (t === INVALID) {
      out.note = "invalid_indicator";
      return;
    }
    if (t === MISSING) missing++;
    else if (t > tier) tier = t;
  }
  const listed = (row.employees ? 1 : 0) + (row.revenue ? 1 : 0) + (row.assets ? 1 : 0);
  if (missing === 0) {
    out.tier = tier;
    out.basis = "full";
  } else if (missing < listed && tier === 3) {
    out.tier = 3;
    out.basis = "partial";
  } else if (allowRevenueOnly && row.revenue !== undefined && !Number.isNaN(revenueYuan)) {
    out.tier = tier;
    out.basis = "revenue_only";
  } else {
    out.note = "missing_indicators";
  }
}

/** One-off form of nbsTier for a row code (custom functions, tests); SIZE_CLASSES[tier] is the class. */
export function nbsClassOf(
  rowCode: NbsRowCode,
  employees: number,
  revenueYuan: number,
  assetsYuan: number,
  allowRevenueOnly = true,
): TierResult {
  const out: TierResult = { tier: -1, basis: null, note: null };
  const row = NBS_ROW_BY_CODE.get(rowCode);
  if (row === undefined) throw new Error(`unknown NBS row: ${rowCode}`);
  nbsTier(row, employees, revenueYuan, assetsYuan, allowRevenueOnly, out);
  return out;
}
