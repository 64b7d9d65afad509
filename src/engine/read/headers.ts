/**
 * Header recognition: which column holds which field, in Chinese or English, with a confidence.
 *
 * Scoring (per field and column, best synonym): 1 for an exact match of the normalised text; for a
 * header that contains a synonym, 0.5 + 0.4 × (synonym length / header length), so always below 1
 * ("客户编号(必填)" → 客户编号 exact after brackets are dropped; "Invoice Date" contains "date" → 0.73).
 * Latin synonyms must match whole words ("id" is not found inside "paid"). Assignment is greedy by
 * score (then synonym order, then column): each field gets at most one column and each column at most
 * one field, so "Paid amount" goes to paidAmount (exact) before amount (contained) can take it.
 */
import type { Cell } from "../types";
import { cellText } from "./cells";
import {
  CUSTOMER_FIELDS,
  CUSTOMER_HEADERS,
  MONEY_FIELDS,
  NUMERIC_FIELDS,
  TRANSACTION_FIELDS,
  TRANSACTION_HEADERS,
  type CustomerField,
  type FieldOf,
  type TableKind,
  type TransactionField,
} from "./headerDictionary";
import { splitHeaderUnit } from "./headerUnits";

export * from "./headerDictionary";
export { parseUnitText, splitHeaderUnit, type HeaderUnit } from "./headerUnits";

export interface FieldMatch {
  /** Column index within the RawTable's rows (add RawTable.left for the sheet column). */
  col: number;
  /** Header text as written. */
  header: string;
  /** 1 = exact (or set by the user), lower = the header contains a synonym. */
  confidence: number;
  /** Money fields: multiplier to the currency's base unit (万元 → 10000); absent = 1. */
  unit?: number;
  /** The unit as written in the header ("万元"), when there is one. */
  unitLabel?: string;
  /** Currency named by the header (CNY, USD …). */
  currency?: string;
}

export interface HeaderMapping<F extends string = string> {
  kind: TableKind;
  /** Index of the header row within the RawTable's rows; data starts on the next row. */
  headerRow: number;
  fields: Partial<Record<F, FieldMatch>>;
  /** Header texts of non-empty columns that no field took. */
  unmapped: string[];
  /** Required fields without a column (transactions: "amount" stands for amount or quantity × price). */
  missingRequired: F[];
}

/** The user's corrections: a column index (within the RawTable's rows) per field, null = not mapped. */
export type MappingOverride<F extends string = string> = Partial<Record<F, number | null>>;
/** The user's unit per money field (multiplier to the base unit), replacing what the header says. */
export type UnitOverride<F extends string = string> = Partial<Record<F, number>>;

export interface MapOptions<F extends string> {
  override?: MappingOverride<F>;
  units?: UnitOverride<F>;
}

interface NormText {
  /** Lower-case letters and digits only. */
  compact: string;
  /** Words separated and padded by single spaces: " invoice date ". */
  words: string;
  cjk: boolean;
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Normalised header or synonym: full-width → half-width (NFKC), camelCase split, case and punctuation dropped. */
export function normaliseHeader(text: string): NormText {
  const split = text
    .normalize("NFKC")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .replace(NON_WORD, " ")
    .trim();
  return { compact: split.replace(/ /g, ""), words: ` ${split} `, cjk: CJK.test(split) };
}

interface Synonyms {
  norm: NormText[];
}

const synonymCache = new Map<TableKind, Map<string, Synonyms>>();

function synonymsOf(kind: TableKind): Map<string, Synonyms> {
  let m = synonymCache.get(kind);
  if (m === undefined) {
    m = new Map();
    const dict: Record<string, readonly string[]> =
      kind === "customers" ? CUSTOMER_HEADERS : TRANSACTION_HEADERS;
    for (const [field, list] of Object.entries(dict)) m.set(field, { norm: list.map(normaliseHeader) });
    synonymCache.set(kind, m);
  }
  return m;
}

/** A rate or share (毛利率, margin %, growth rate) is never an amount, count or price. */
const RATIO_HEADER = /率|比例|占比|%|％|\b(?:rate|ratio|percent|pct|share)\b/i;

/** Best score of a header for one field, and the index of the synonym that gave it. */
function scoreField(header: NormText, syn: Synonyms, numeric: boolean, isRatio: boolean): [number, number] {
  let best = 0;
  let rank = -1;
  for (let i = 0; i < syn.norm.length; i++) {
    const s = syn.norm[i] as NormText;
    let score = 0;
    if (s.compact === header.compact) score = 1;
    else if (numeric && isRatio) score = 0;
    else if (
      s.cjk ? s.compact.length >= 2 && header.compact.includes(s.compact) : header.words.includes(s.words)
    ) {
      score = 0.5 + (0.4 * s.compact.length) / header.compact.length;
    }
    if (score > best) {
      best = score;
      rank = i;
    }
  }
  return [best, rank];
}

export function fieldsOf<K extends TableKind>(kind: K): readonly FieldOf<K>[] {
  return (kind === "customers" ? CUSTOMER_FIELDS : TRANSACTION_FIELDS) as readonly FieldOf<K>[];
}

/** Fields that must have a column (transactions: amount or quantity × unit price, see missingRequired). */
export function missingRequired<K extends TableKind>(
  kind: K,
  fields: Partial<Record<FieldOf<K>, FieldMatch>>,
): FieldOf<K>[] {
  const f = fields as Partial<Record<string, FieldMatch>>;
  const missing: string[] = [];
  if (kind === "customers") {
    if (f.id === undefined) missing.push("id");
  } else {
    if (f.customerId === undefined) missing.push("customerId");
    if (f.date === undefined) missing.push("date");
    if (f.amount === undefined && (f.quantity === undefined || f.unitPrice === undefined))
      missing.push("amount");
  }
  return missing as FieldOf<K>[];
}

/** Map one header row. `headerRow` is recorded in the result as given. */
export function mapHeaderRow<K extends TableKind>(
  cells: readonly (Cell | undefined)[],
  kind: K,
  headerRow = 0,
  options: MapOptions<FieldOf<K>> = {},
): HeaderMapping<FieldOf<K>> {
  const texts = cells.map((c) => cellText(c) ?? "");
  const parts = texts.map((t) => splitHeaderUnit(t));
  const norms = parts.map((p) => normaliseHeader(p.text));
  const ratio = texts.map((t) => RATIO_HEADER.test(t));
  const moneyFields = MONEY_FIELDS[kind] as ReadonlySet<string>;
  const fields: Partial<Record<string, FieldMatch>> = {};
  const usedCols = new Set<number>();
  const fixed = new Set<string>();

  const match = (field: string, col: number, confidence: number): FieldMatch => {
    const m: FieldMatch = { col, header: texts[col] ?? "", confidence };
    if (moneyFields.has(field)) {
      const unit = parts[col]?.unit ?? null;
      const userUnit = (options.units as Partial<Record<string, number>> | undefined)?.[field];
      if (userUnit !== undefined && userUnit > 0) m.unit = userUnit;
      else if (unit !== null) m.unit = unit.multiplier;
      if (unit !== null) {
        m.unitLabel = unit.label;
        if (unit.currency !== undefined) m.currency = unit.currency;
      }
    }
    return m;
  };

  const override = (options.override ?? {}) as Partial<Record<string, number | null>>;
  for (const [field, col] of Object.entries(override)) {
    if (!fieldsOf(kind).includes(field as FieldOf<K>)) continue;
    fixed.add(field);
    if (col === null || col === undefined || !Number.isInteger(col) || col < 0) continue;
    fields[field] = match(field, col, 1);
    usedCols.add(col);
  }

  const candidates: { field: string; col: number; score: number; rank: number }[] = [];
  const synonyms = synonymsOf(kind);
  for (const field of fieldsOf(kind)) {
    if (fixed.has(field)) continue;
    const syn = synonyms.get(field);
    if (syn === undefined) continue;
    for (let col = 0; col < norms.length; col++) {
      const h = norms[col] as NormText;
      if (h.compact === "" || usedCols.has(col)) continue;
      const [score, rank] = scoreField(h, syn, NUMERIC_FIELDS.has(field), ratio[col] === true);
      if (score > 0) candidates.push({ field, col, score, rank });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.col - b.col);
  // A column headed exactly like one field (a second "客户编号") is never a loose match for another
  // field (customer name, by its "客户"): it is a duplicate, left unmapped.
  const exactly = new Map<number, string>();
  for (const c of candidates) if (c.score === 1 && !exactly.has(c.col)) exactly.set(c.col, c.field);
  for (const c of candidates) {
    if (fields[c.field] !== undefined || usedCols.has(c.col)) continue;
    const exact = exactly.get(c.col);
    if (exact !== undefined && exact !== c.field) continue;
    fields[c.field] = match(c.field, c.col, Math.round(c.score * 1000) / 1000);
    usedCols.add(c.col);
  }

  const unmapped = texts.filter((t, col) => t !== "" && !usedCols.has(col));
  const typed = fields as Partial<Record<FieldOf<K>, FieldMatch>>;
  return { kind, headerRow, fields: typed, unmapped, missingRequired: missingRequired(kind, typed) };
}

/** How many rows from the top are searched for the header (a title and notes above it are normal). */
export const HEADER_SCAN_ROWS = 20;

function rowScore(m: HeaderMapping): number {
  let sum = 0;
  for (const f of Object.values(m.fields) as FieldMatch[]) sum += f.confidence;
  const required = m.kind === "customers" ? 1 : 3;
  return (required - m.missingRequired.length) * 100 + sum;
}

/**
 * The header row among the first `HEADER_SCAN_ROWS` rows: the one whose mapping covers the most
 * required fields, then the highest total confidence; the earliest on a tie.
 */
export function findHeaderRow<K extends TableKind>(
  rows: readonly (readonly (Cell | undefined)[])[],
  kind: K,
  options: MapOptions<FieldOf<K>> & { headerRow?: number } = {},
): HeaderMapping<FieldOf<K>> {
  if (options.headerRow !== undefined) {
    return mapHeaderRow(rows[options.headerRow] ?? [], kind, options.headerRow, options);
  }
  let best: HeaderMapping<FieldOf<K>> | null = null;
  let bestScore = -Infinity;
  const n = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < n; r++) {
    const m = mapHeaderRow(rows[r] ?? [], kind, r, options);
    const score = rowScore(m);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best ?? mapHeaderRow([], kind, 0, options);
}

/**
 * Which kind of table this is: "transactions" when a customer ID, a date and an amount (or quantity and
 * unit price) are found; "customers" when a customer ID is; when both fit, the kind whose fields match
 * more (sum of confidences) wins. null when neither.
 */
export function detectTableKind(rows: readonly (readonly (Cell | undefined)[])[]): TableKind | null {
  const tx = findHeaderRow(rows, "transactions");
  const cu = findHeaderRow(rows, "customers");
  const txOk = tx.missingRequired.length === 0;
  const cuOk = cu.missingRequired.length === 0;
  if (txOk && cuOk) return rowScore(tx) - 300 >= rowScore(cu) - 100 ? "transactions" : "customers";
  if (txOk) return "transactions";
  if (cuOk) return "customers";
  return null;
}

export type { CustomerField, TransactionField };
