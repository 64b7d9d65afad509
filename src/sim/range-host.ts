/** Host-side reads and writes of a range's cells (what Range.values/formulas/text/… do in Excel). */
import {
  formatAddress,
  intersect,
  isEntireColumn,
  isEntireRow,
  rectCells,
  rectCols,
  rectRows,
  type Rect,
} from "./address";
import { applyStyle, ensureRow, formulaAt, setContent, setStyleId, styleIdAt } from "./cells";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { formatValue } from "./number-format";
import { CellError, type CellValue, type RangeRef, type SheetState } from "./state";
import { cloneStyle } from "./styles";
import { syncTableHeaders } from "./table-host";
import { parseInput } from "./value-input";

export const DIMENSION_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** Throws InvalidReference when the range's cells were deleted. */
export function live(ref: RangeRef): RangeRef {
  if (ref.deleted || ref.sheet.deleted) throw new SimError(SimErrorCode.invalidReference);
  return ref;
}

/** The 5,000,000-cell read limit (all platforms). */
export function checkReadLimit(host: SimHost, x: Rect): void {
  if (host.budget.enforceCellLimit && rectCells(x) > host.budget.readCellLimit)
    throw new SimError(SimErrorCode.rangeExceedsLimit);
}

function grid<T>(x: Rect, cell: (r: number, c: number) => T): T[][] {
  const out = new Array<T[]>(rectRows(x));
  for (let r = x.r0, i = 0; r <= x.r1; r++, i++) {
    const row = new Array<T>(rectCols(x));
    for (let c = x.c0, j = 0; c <= x.c1; c++, j++) row[j] = cell(r, c);
    out[i] = row;
  }
  return out;
}

/** `values`: numbers, strings, booleans; errors as their code; empty cells as "". */
export function toApiValue(v: CellValue | undefined): number | string | boolean | null {
  if (v === undefined) return "";
  if (v instanceof CellError) return v.code;
  return v;
}

export function readValues(host: SimHost, ref: RangeRef): unknown[][] {
  const { sheet, rect: x } = live(ref);
  checkReadLimit(host, x);
  return grid(x, (r, c) => {
    const v = host.value(sheet, r, c);
    // A formula the simulator cannot compute and that has no cached result reads as null.
    if (v === undefined && formulaAt(sheet, r, c) !== undefined) return null;
    return toApiValue(v);
  });
}

export function readFormulas(host: SimHost, ref: RangeRef): unknown[][] {
  const { sheet, rect: x } = live(ref);
  checkReadLimit(host, x);
  return grid(x, (r, c) => {
    const row = sheet.rows[r];
    const f = row?.f?.[c];
    if (f !== undefined) return f;
    return toApiValue(row?.v[c]);
  });
}

export function readText(host: SimHost, ref: RangeRef): string[][] {
  const { sheet, rect: x } = live(ref);
  checkReadLimit(host, x);
  const styles = host.state.styles;
  return grid(x, (r, c) =>
    formatValue(host.value(sheet, r, c), styles.get(styleIdAt(sheet, r, c)).numberFormat),
  );
}

export function readNumberFormat(host: SimHost, ref: RangeRef): string[][] {
  const { sheet, rect: x } = live(ref);
  checkReadLimit(host, x);
  const styles = host.state.styles;
  return grid(x, (r, c) => styles.get(styleIdAt(sheet, r, c)).numberFormat);
}

export function readValueTypes(host: SimHost, ref: RangeRef): string[][] {
  const { sheet, rect: x } = live(ref);
  checkReadLimit(host, x);
  return grid(x, (r, c) => {
    const v = host.value(sheet, r, c);
    if (v === undefined || v === "") return "Empty";
    if (v instanceof CellError) return "Error";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  });
}

export function addressOf(ref: RangeRef): string {
  return formatAddress(live(ref).sheet.name, ref.rect);
}

/** Throws when `x` overlaps a rendered PivotTable (Excel refuses to change part of a PivotTable report). */
export function checkPivotConflict(sheet: SheetState, x: Rect): void {
  for (const p of sheet.pivots)
    if (p.rendered && intersect(p.rendered, x)) throw new SimError(SimErrorCode.pivotTableRangeConflict);
}

function checkShape(values: unknown, x: Rect): values is unknown[][] {
  if (!Array.isArray(values)) return false;
  if (values.length !== rectRows(x)) throw new SimError(SimErrorCode.invalidArgument, DIMENSION_MESSAGE);
  const cols = rectCols(x);
  for (const row of values)
    if (!Array.isArray(row) || row.length !== cols)
      throw new SimError(SimErrorCode.invalidArgument, DIMENSION_MESSAGE);
  return true;
}

/**
 * Writes `values` or `formulas` (same entry rules, see value-input.ts). A non-array value is
 * written to every cell; a 2-D array must match the range's dimensions exactly.
 */
export function writeEntries(host: SimHost, ref: RangeRef, values: unknown): void {
  const { sheet, rect: x } = live(ref);
  const isGrid = checkShape(values, x);
  if (!isGrid && (isEntireColumn(x) || isEntireRow(x)) && rectCells(x) > 5_000_000)
    throw new SimError(SimErrorCode.rangeExceedsLimit);
  checkPivotConflict(sheet, x);
  const styles = host.state.styles;
  const manual = !host.autoCalc;
  const memo = new Map<string, number>();
  for (let r = x.r0, i = 0; r <= x.r1; r++, i++) {
    const src = isGrid ? values[i]! : undefined;
    for (let c = x.c0, j = 0; c <= x.c1; c++, j++) {
      const raw = isGrid ? src![j] : values;
      if (raw === null || raw === undefined) continue;
      if (typeof raw === "number" && Number.isFinite(raw)) {
        const row = ensureRow(sheet, r);
        row.v[c] = raw;
        if (row.f) row.f[c] = undefined;
        continue;
      }
      const sid = styleIdAt(sheet, r, c);
      const style = styles.get(sid);
      const p = parseInput(raw, style.numberFormat);
      switch (p.kind) {
        case "skip":
          break;
        case "clear":
          setContent(sheet, r, c, undefined, undefined);
          break;
        case "invalid":
          throw new SimError(SimErrorCode.invalidArgument);
        case "formula":
          setContent(sheet, r, c, manual ? host.computeFormula(sheet, p.formula) : undefined, p.formula);
          break;
        case "value": {
          setContent(sheet, r, c, p.value, undefined);
          const wantQuote = p.quotePrefix === true;
          if (p.numberFormat !== undefined || wantQuote !== style.quotePrefix) {
            const k = `${sid}|${p.numberFormat ?? ""}|${wantQuote}`;
            let id = memo.get(k);
            if (id === undefined) {
              const s = cloneStyle(style);
              if (p.numberFormat !== undefined) s.numberFormat = p.numberFormat;
              s.quotePrefix = wantQuote;
              id = styles.intern(s);
              memo.set(k, id);
            }
            setStyleId(sheet, r, c, id);
          }
          break;
        }
      }
    }
  }
  host.dirty();
  syncTableHeaders(host, sheet, x);
}

/** `numberFormat`: a 2-D array of format codes (null keeps a cell's format, "" resets to General) or one code for all. */
export function writeNumberFormat(host: SimHost, ref: RangeRef, formats: unknown): void {
  const { sheet, rect: x } = live(ref);
  const isGrid = checkShape(formats, x);
  const styles = host.state.styles;
  const memo = new Map<string, number>();
  const setOne = (r: number, c: number, f: unknown): void => {
    if (f === null || f === undefined) return;
    const code = f === "" ? "General" : typeof f === "string" ? f : JSON.stringify(f);
    const sid = styleIdAt(sheet, r, c);
    const k = `${sid}|${code}`;
    let id = memo.get(k);
    if (id === undefined) {
      const s = cloneStyle(styles.get(sid));
      s.numberFormat = code;
      id = styles.intern(s);
      memo.set(k, id);
    }
    setStyleId(sheet, r, c, id);
  };
  if (!isGrid && (isEntireColumn(x) || isEntireRow(x))) {
    // whole rows/columns: change the default style too (applyStyle handles row/col styles)
    const code = formats === "" ? "General" : typeof formats === "string" ? formats : JSON.stringify(formats);
    importApplyStyle(host, sheet, x, code);
    return;
  }
  for (let r = x.r0, i = 0; r <= x.r1; r++, i++)
    for (let c = x.c0, j = 0; c <= x.c1; c++, j++) setOne(r, c, isGrid ? formats[i]![j] : formats);
}

function importApplyStyle(host: SimHost, sheet: SheetState, x: Rect, code: string): void {
  applyStyle(host.state.styles, sheet, x, (s) => {
    s.numberFormat = code;
  });
}
