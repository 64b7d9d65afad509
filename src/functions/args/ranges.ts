/**
 * Reading range arguments (`values`, `scores`, …) as numbers. A range comes as rows of cells; a single
 * value given where a range is expected comes as that value. Blank cells are skipped (no data); any
 * other cell that is not a number is an error naming its row and column in the range — a number left
 * out silently would move every threshold computed from the rest.
 */
import { isBlankCell, isErrorValue, newNumberScratch, readNumber } from "../../engine/read/cells";
import { invalid } from "../errors";
import { isOmitted, showValue, toCell } from "./cells";

export type Matrix = readonly (readonly unknown[])[];

/** The argument as rows of cells; null when omitted. A single value is a 1×1 range. */
export function matrixArg(v: unknown, name: string): Matrix | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v)) return isOmitted(v) ? null : [[v]];
  const rows = v as unknown[];
  const nested = rows.filter((r) => Array.isArray(r)).length;
  if (nested === rows.length) return rows as unknown[][];
  if (nested === 0) return [rows];
  throw invalid(`${name}: is not a range of cells.`, `${name}：不是单元格区域。`);
}

/** Rows and columns of a range (the longest row decides the columns). */
export function shapeOf(m: Matrix): { rows: number; cols: number } {
  let cols = 0;
  for (const row of m) if (row.length > cols) cols = row.length;
  return { rows: m.length, cols };
}

/** True when every cell is blank (or there are none). */
export function isBlankMatrix(m: Matrix | null): boolean {
  if (m === null) return true;
  for (const row of m) {
    for (const v of row) {
      const c = toCell(v);
      if (c === undefined || !isBlankCell(c)) return false;
    }
  }
  return true;
}

export const at = (r: number, c: number): string => `row ${r + 1}, column ${c + 1}`;
export const atZh = (r: number, c: number): string => `第 ${r + 1} 行第 ${c + 1} 列`;

export interface NumberCells {
  /** Row-major over rows × cols; NaN where the cell is blank. */
  values: Float64Array;
  rows: number;
  cols: number;
  /** Cells that hold a number. */
  count: number;
}

/** Every cell of a range as a number (NaN for blank); #VALUE! naming the first cell that is not one. */
export function numberCells(m: Matrix, name: string, percent = false): NumberCells {
  const { rows, cols } = shapeOf(m);
  const values = new Float64Array(rows * cols).fill(NaN);
  const scratch = newNumberScratch();
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const row = m[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const raw: unknown = row[c];
      // Fast path: plain finite numbers (what Excel passes for number cells).
      if (typeof raw === "number" && Number.isFinite(raw)) {
        values[r * cols + c] = raw;
        count++;
        continue;
      }
      const cell = toCell(raw);
      if (cell !== undefined && isBlankCell(cell)) continue;
      let n = NaN;
      if (cell !== undefined && typeof cell !== "boolean" && !isErrorValue(cell))
        n = readNumber(cell, scratch, percent);
      if (Number.isNaN(n)) {
        const what = cell === undefined ? showValue(raw) : showValue(cell);
        throw invalid(
          `${name}: ${at(r, c)}: ${what} is not a number.`,
          `${name}：${atZh(r, c)}的 ${what} 不是数字。`,
        );
      }
      values[r * cols + c] = n;
      count++;
    }
  }
  return { values, rows, cols, count };
}

/** The numbers of a range, blanks left out, in row-major order. */
export function numberList(m: Matrix, name: string, percent = false): Float64Array {
  const cells = numberCells(m, name, percent);
  const out = new Float64Array(cells.count);
  let k = 0;
  for (const v of cells.values) if (!Number.isNaN(v)) out[k++] = v;
  return out;
}
