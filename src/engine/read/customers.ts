/**
 * Customer master data: a RawTable → CustomerTable, with every problem reported (grouped) and what was
 * done about it. Rows: blank → skipped silently; total rows (合计/Total) → skipped (info); no ID →
 * left out (warning); repeated ID → first row kept (warning). Cells: unreadable numbers and Excel error
 * values → treated as empty (warning); NPS outside 0–10, CSAT outside 1–5 → ignored (warning).
 * Money columns are converted to 元 with the header's unit (营业收入(万元) × 10,000).
 */
import type { Cell, CustomerTable, Issue, Lang, RawTable } from "../types";
import {
  cellText,
  isBlankRow,
  isErrorValue,
  isTotalRow,
  newNumberScratch,
  normaliseId,
  readNumber,
  type NumberScratch,
} from "./cells";
import { CurrencyTracker, example, reportIgnored, reportUnits } from "./columnChecks";
import { CustomerBuilder, emptyCustomerTable, type TextKey } from "./customerBuilder";
import { FIELD_LABELS, CUSTOMER_HEADERS, type CustomerField } from "./headerDictionary";
import {
  findHeaderRow,
  type HeaderMapping,
  type MapOptions,
  type MappingOverride,
  type UnitOverride,
} from "./headers";
import { IssueCollector } from "./issues";
import { keepShape } from "../stats/keepShape";

export interface ReadCustomersOptions {
  lang?: Lang;
  /** The user's column choices (index within raw.rows), null = not mapped. */
  mapping?: MappingOverride<CustomerField>;
  /** The user's unit per money field (multiplier to 元). */
  units?: UnitOverride<CustomerField>;
  /** Header row index within raw.rows; found automatically when absent. */
  headerRow?: number;
  /** Collect into this collector (readTables shares one); a new one otherwise. */
  issues?: IssueCollector;
}

export interface ReadCustomersResult {
  table: CustomerTable;
  mapping: HeaderMapping<CustomerField>;
  /** All issues of the collector used (including earlier ones when a collector was passed in). */
  issues: Issue[];
}

type TextField = "name" | "type" | "industry" | "region" | "notes";
const TEXT_TARGET: Record<TextField, "name" | "type" | "industryText" | "region" | "notes"> = {
  name: "name",
  type: "type",
  industry: "industryText",
  region: "region",
  notes: "notes",
};
type NumberField = "employees" | "revenue" | "assets" | "nps" | "csat" | "creditLimit";

/** Valid ranges: NPS answers are 0–10 (Reichheld 2003), CSAT 1–5; counts and money are ≥ 0. */
const RANGES: Record<NumberField, [number, number]> = {
  employees: [0, Infinity],
  revenue: [0, Infinity],
  assets: [0, Infinity],
  nps: [0, 10],
  csat: [1, 5],
  creditLimit: [0, Infinity],
};

/** `12923.0` written as text: the ID was read as 12923 (reported as info). */
const DECIMAL_ID = /^\s*-?\d+\.0+\s*$/;

export function readCustomers(raw: RawTable, opts: ReadCustomersOptions = {}): ReadCustomersResult {
  const lang = opts.lang ?? opts.issues?.lang ?? "zh-CN";
  const issues = opts.issues ?? new IssueCollector(lang);
  const { sheet, top, left, rows } = raw;
  const mapOpts: MapOptions<CustomerField> & { headerRow?: number } = {};
  if (opts.mapping !== undefined) mapOpts.override = opts.mapping;
  if (opts.units !== undefined) mapOpts.units = opts.units;
  if (opts.headerRow !== undefined) mapOpts.headerRow = opts.headerRow;
  const mapping = findHeaderRow(rows, "customers", mapOpts);
  const headerRow0 = top + mapping.headerRow;

  if (mapping.missingRequired.length > 0) {
    // One issue naming every missing field (they share the header row, so they group anyway).
    const sep = lang === "zh-CN" ? "、" : ", ";
    issues.add("missing_column", "error", sheet, headerRow0, left, {
      field: mapping.missingRequired.map((k) => `"${FIELD_LABELS[issues.lang][k]}"`).join(sep),
      examples: mapping.missingRequired.map((k) => CUSTOMER_HEADERS[k].slice(0, 2).join(sep)).join(sep),
    });
    return { table: emptyCustomerTable(sheet), mapping, issues: issues.issues() };
  }
  if (rows.length <= mapping.headerRow + 1) {
    issues.add("empty_table", "error", sheet, headerRow0, left);
    return { table: emptyCustomerTable(sheet), mapping, issues: issues.issues() };
  }
  reportUnits(issues, sheet, headerRow0, left, mapping);

  const f = mapping.fields;
  const idCol = f.id?.col ?? -1;
  const idHeader = f.id?.header ?? "";
  const b = CustomerBuilder.empty(sheet);
  const textCols = (Object.keys(TEXT_TARGET) as TextField[])
    .filter((k) => f[k] !== undefined)
    .map((k) => textColumn(TEXT_TARGET[k], f[k]!.col, f[k]!.header));
  const numberCols = (Object.keys(RANGES) as NumberField[])
    .filter((k) => f[k] !== undefined)
    .map((k) =>
      numberColumn(
        k,
        f[k]!.col,
        f[k]!.header,
        f[k]!.unit ?? 1,
        new CurrencyTracker(left + f[k]!.col, f[k]!.header),
      ),
    );

  const sawRows = readRows(
    raw,
    mapping.headerRow + 1,
    columns(idCol, idHeader, textCols, numberCols),
    b,
    issues,
  );
  for (const n of numberCols) n.currency.report(issues, sheet);
  if (!sawRows) issues.add("empty_table", "error", sheet, headerRow0, left);
  return { table: b.build(), mapping, issues: issues.issues() };
}

interface TextColumn {
  target: TextKey;
  col: number;
  header: string;
}

interface NumberColumn {
  field: NumberField;
  col: number;
  header: string;
  unit: number;
  range: readonly [number, number];
  currency: CurrencyTracker;
}

interface Columns {
  idCol: number;
  idHeader: string;
  textCols: TextColumn[];
  numberCols: NumberColumn[];
}

// The objects readRow reads, made here, with one of each kept (stats/keepShape.ts): a literal's shape
// is made by adding its keys, and died with the run's objects at the next GC, and readRow's optimised
// code with it (`--trace-deopt`: "weak objects", after the first and second runs).
function textColumn(target: TextKey, col: number, header: string): TextColumn {
  return { target, col, header };
}

function numberColumn(
  field: NumberField,
  col: number,
  header: string,
  unit: number,
  currency: CurrencyTracker,
): NumberColumn {
  return { field, col, header, unit, range: RANGES[field], currency };
}

function columns(
  idCol: number,
  idHeader: string,
  textCols: TextColumn[],
  numberCols: NumberColumn[],
): Columns {
  return { idCol, idHeader, textCols, numberCols };
}

keepShape(
  columns(
    0,
    "",
    [textColumn("name", 0, "")],
    [numberColumn("employees", 0, "", 1, new CurrencyTracker(0, ""))],
  ),
);

/**
 * The pass over the data rows, a function of its own: V8 optimises a long loop inside a long function
 * by on-stack replacement, and the code after it, not yet run, deoptimised it on every cold run.
 * Returns whether any row held data.
 */
function readRows(
  raw: RawTable,
  start: number,
  cols: Columns,
  b: CustomerBuilder,
  issues: IssueCollector,
): boolean {
  const { top, rows } = raw;
  const scratch = newNumberScratch();
  let sawRows = false;
  let blankRow: readonly Cell[] | null = null;
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || row === blankRow) continue;
    const seen = readRow(raw, row, top + r, cols, b, issues, scratch);
    if (seen === BLANK)
      blankRow = row; // a shared all-empty row (src/excel/blocks.ts) is then skipped unread
    else sawRows = true;
  }
  return sawRows;
}

const DATA = 1;
const BLANK = 2;

/**
 * One data row. A function of its own, called per row: V8 keeps its optimised code across runs,
 * while a loop's on-stack-replacement code is dropped at every full GC (each run started cold).
 */
function readRow(
  raw: RawTable,
  row: readonly (Cell | undefined)[],
  row0: number,
  cols: Columns,
  b: CustomerBuilder,
  issues: IssueCollector,
  scratch: NumberScratch,
): number {
  const { sheet, left } = raw;
  const { idCol, idHeader, textCols, numberCols } = cols;
  const idCell: Cell | undefined = row[idCol];
  if (isErrorValue(idCell)) {
    issues.add("error_value", "error", sheet, row0, left + idCol, {
      header: idHeader,
      example: example(idCell),
    });
    return DATA;
  }
  const id = normaliseId(idCell);
  if (id === null || (typeof idCell === "string" && isTotalRow([idCell]))) {
    if (isBlankRow(row)) return BLANK;
    if (isTotalRow(row)) issues.add("total_row", "info", sheet, row0, left);
    else issues.add("missing_customer_id", "warning", sheet, row0, left + idCol, { header: idHeader });
    return DATA;
  }
  if (b.find(id) !== undefined) {
    issues.add("duplicate_customer_id", "warning", sheet, row0, left + idCol, {
      header: idHeader,
      example: id,
    });
    return DATA;
  }
  if (typeof idCell === "string" && DECIMAL_ID.test(idCell)) {
    issues.add("id_decimal", "info", sheet, row0, left + idCol, {
      header: idHeader,
      example: idCell.trim(),
    });
  }
  const i = b.add(id, row0);

  for (const t of textCols) {
    const cell = row[t.col];
    if (isErrorValue(cell)) {
      reportIgnored(issues, "number", "error", sheet, row0, left + t.col, t.header, cell);
      continue;
    }
    b.setText(t.target, i, cellText(cell));
  }
  for (const n of numberCols) {
    const cell = row[n.col];
    const v = readNumber(cell, scratch, false);
    if (scratch.reason !== null) {
      reportIgnored(issues, "number", scratch.reason, sheet, row0, left + n.col, n.header, cell);
      continue;
    }
    if (scratch.currency !== null) n.currency.note(scratch.currency, row0);
    if (v < n.range[0] || v > n.range[1]) {
      issues.add("out_of_range", "warning", sheet, row0, left + n.col, {
        header: n.header,
        min: n.range[0],
        max: n.range[1] === Infinity ? "∞" : n.range[1],
        example: example(cell),
      });
      continue;
    }
    b.setNumber(n.field, i, v * n.unit);
  }
  return DATA;
}
