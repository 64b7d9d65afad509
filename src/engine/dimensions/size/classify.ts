import type { SizeStandard } from "../../standard/types";
import type { CustomerTable, DimensionOutput } from "../../types";
import { euSmeTier } from "./euSme";
import { NBS_ROW_BY_CODE, SIZE_CLASSES, type NbsRow, type NbsRowCode } from "./nbs2017";
import { nbsTier } from "./nbsClass";
import { nbsRowsFor, type RowChoice } from "./nbsRow";
import { BASIS_RANK, newTierResult, type SizeBasis, type TierResult } from "./result";

interface RowCacheEntry {
  section: string;
  code: string | null;
  rows: RowChoice | null;
}

export interface SizeOptions {
  /** CNY per EUR for `eu_sme` (default: the standard's size.eurToCny). */
  eurToCny?: number;
}

/**
 * Size dimension (客户规模): large / medium / small / micro per customer.
 * `nbs2017` needs the industry dimension's output (section per customer and extra `industryCode`) to
 * pick the row; `eu_sme` ignores industry.
 * classes: size code, or null (see extra sizeNote for why).
 * metrics: employees, revenue (元), assets (元) as given (NaN = missing).
 * extras: sizeRow  — the NBS row used (nbs2017.ts codes), null under eu_sme or without a row;
 *         sizeBasis — "full" | "partial" | "revenue_only" (result.ts), null without a class;
 *         sizeNote  — reason for a null class, or "row_assumed" when candidate rows disagreed and the
 *                     smaller class was taken (result.ts).
 */
export function classifySize(
  customers: CustomerTable,
  std: SizeStandard,
  industry: DimensionOutput | null,
  options: SizeOptions = {},
): DimensionOutput {
  const n = customers.ids.length;
  const classes = new Array<string | null>(n).fill(null);
  const rowOut = new Array<string | null>(n).fill(null);
  const basisOut = new Array<string | null>(n).fill(null);
  const noteOut = new Array<string | null>(n).fill(null);
  const { employees, revenue, assets } = customers;
  const r = newTierResult();
  if (std.standard === "eu_sme") {
    const rate = options.eurToCny ?? std.eurToCny;
    if (!(rate > 0) || rate === Infinity)
      throw new RangeError(`eurToCny must be a positive number, got ${rate}`);
    for (let i = 0; i < n; i++) {
      euSmeTier(
        employees[i] as number,
        revenue[i] as number,
        assets[i] as number,
        rate,
        std.allowRevenueOnly,
        r,
      );
      write(i, r);
    }
  } else {
    // Rows per industry text; section and code come from the same text, so one entry per distinct text
    // (rechecked in case the caller's industry output disagrees) and no string is built per customer.
    const rowCache = new Map<string | null, RowCacheEntry>();
    const probe = newTierResult();
    for (let i = 0; i < n; i++) {
      const section = industry?.classes[i] ?? null;
      if (section === null) {
        noteOut[i] = "no_industry";
        continue;
      }
      if (section === "unknown") {
        noteOut[i] = "unknown_industry";
        continue;
      }
      const code = industry?.extra?.industryCode?.[i] ?? null;
      const text = customers.industryText[i] ?? null;
      let entry = rowCache.get(text);
      if (entry === undefined || entry.section !== section || entry.code !== code) {
        entry = { section, code, rows: nbsRowsFor(section, code, text) };
        rowCache.set(text, entry);
      }
      const rows = entry.rows;
      if (rows === null) {
        noteOut[i] = "unknown_industry";
        continue;
      }
      if (rows === "out_of_scope") {
        noteOut[i] = "out_of_scope";
        continue;
      }
      const x = employees[i] as number;
      const y = revenue[i] as number;
      const z = assets[i] as number;
      const decided = smallestOver(rows, x, y, z, std.allowRevenueOnly, r, probe);
      rowOut[i] = decided;
      write(i, r);
    }
  }
  return {
    classes,
    metrics: { employees: employees.slice(), revenue: revenue.slice(), assets: assets.slice() },
    extra: { sizeRow: rowOut, sizeBasis: basisOut, sizeNote: noteOut },
  };

  function write(i: number, res: TierResult): void {
    classes[i] = res.tier >= 0 ? (SIZE_CLASSES[res.tier] ?? null) : null;
    basisOut[i] = res.basis;
    noteOut[i] = res.note;
  }
}

/**
 * Class over candidate rows: each row's class; if any row cannot decide, no class (with its note);
 * else the smallest class (largest tier) — never overstate size when the row is not known — with the
 * weakest basis, noting "row_assumed" when the rows disagree. Returns the deciding row's code.
 */
function smallestOver(
  rows: readonly NbsRowCode[],
  x: number,
  y: number,
  z: number,
  allowRevenueOnly: boolean,
  out: TierResult,
  probe: TierResult,
): NbsRowCode | null {
  let decided: NbsRowCode | null = null;
  let tier = -1;
  let basis: SizeBasis = "full";
  let disagree = false;
  for (let k = 0; k < rows.length; k++) {
    const code = rows[k] as NbsRowCode;
    nbsTier(NBS_ROW_BY_CODE.get(code) as NbsRow, x, y, z, allowRevenueOnly, probe);
    if (probe.tier < 0) {
      out.tier = -1;
      out.basis = null;
      out.note = probe.note;
      return rows.length === 1 ? code : null;
    }
    if (k > 0 && probe.tier !== tier) disagree = true;
    if (probe.tier > tier) {
      tier = probe.tier;
      decided = code;
    }
    if (probe.basis !== null && BASIS_RANK[probe.basis] > BASIS_RANK[basis]) basis = probe.basis;
  }
  out.tier = tier;
  out.basis = basis;
  out.note = disagree ? "row_assumed" : null;
  return decided;
}
