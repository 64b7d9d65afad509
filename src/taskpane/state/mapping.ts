/**
 * The column preview: which column the engine recognises for each field (findHeaderRow on the first
 * rows, with the user's corrections applied exactly as classify will apply them), and what to show.
 */
import { formatDay, excelSerialToDay } from "../../engine/dates";
import { cellText } from "../../engine/read/cells";
import {
  fieldsOf,
  findHeaderRow,
  MONEY_FIELDS,
  type HeaderMapping,
  type MappingOverride,
  type TableKind,
  type UnitOverride,
} from "../../engine/read/headers";
import { columnLetter } from "../../engine/read/issues";
import type { Preview } from "./types";

export function recognise(
  preview: Preview,
  kind: TableKind,
  override: MappingOverride,
  units: UnitOverride,
): HeaderMapping {
  return findHeaderRow(preview.rows, kind, { override, units });
}

export interface MappingRow {
  field: string;
  col: number | null;
  required: boolean;
  money: boolean;
  /** Multiplier to the base unit (1 = as is). */
  unit: number;
  /** First value under the header in that column, as text ("" when none). */
  sample: string;
}

/** Fields that must have a column (transactions: an amount, or quantity × unit price — amount is asked). */
export const REQUIRED: Record<TableKind, readonly string[]> = {
  customers: ["id"],
  transactions: ["customerId", "date", "amount"],
};

export function mappingRows(kind: TableKind, mapping: HeaderMapping, preview: Preview): MappingRow[] {
  const money = MONEY_FIELDS[kind] as ReadonlySet<string>;
  const fields = mapping.fields as Partial<Record<string, { col: number; unit?: number }>>;
  return (fieldsOf(kind) as readonly string[]).map((field) => {
    const m = fields[field];
    const col = m?.col ?? null;
    return {
      field,
      col,
      required: REQUIRED[kind].includes(field),
      money: money.has(field),
      unit: m?.unit ?? 1,
      sample: col === null ? "" : firstValue(preview, mapping.headerRow, col, DATE_FIELDS.has(field)),
    };
  });
}

/** Columns whose numbers are Excel dates (serials), shown as YYYY-MM-DD. */
const DATE_FIELDS: ReadonlySet<string> = new Set(["date", "dueDate", "paidDate"]);

function firstValue(preview: Preview, headerRow: number, col: number, date: boolean): string {
  for (let r = headerRow + 1; r < preview.rows.length; r++) {
    const v = preview.rows[r]?.[col];
    if (date && typeof v === "number") {
      const day = excelSerialToDay(v);
      if (Number.isFinite(day)) return formatDay(day);
    }
    const text = cellText(v);
    if (text !== null) return text;
  }
  return "";
}

/** Every non-empty column of the header row: "B · 客户名称" (sheet column letter and header text). */
export function columnOptions(preview: Preview, headerRow: number): { col: number; label: string }[] {
  const header = preview.rows[headerRow] ?? [];
  const width = preview.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const out: { col: number; label: string }[] = [];
  for (let col = 0; col < width; col++) {
    const text = cellText(header[col]);
    const letter = columnLetter(preview.left + col);
    out.push({ col, label: text === null ? letter : `${letter} · ${text}` });
  }
  return out;
}

/** Units offered for a money column: the usual ones, plus the header's own when it is another. */
export const COMMON_UNITS = [1, 1e3, 1e4, 1e6, 1e8] as const;

export function unitChoices(current: number): number[] {
  const list: number[] = [...COMMON_UNITS];
  if (!list.includes(current)) list.push(current);
  return list;
}
