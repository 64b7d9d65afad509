/**
 * A range argument (header row included) → the engine's RawTable, so CLASSIFY reads the table exactly
 * as the add-in does (header recognition, messy numbers and dates, error values, total rows).
 * Excel's rows are passed through as they are; only a row holding something a cell cannot hold (a
 * linked-data object, a non-finite number from a script) is copied, with the object's basicValue.
 */
import type { Cell, RawTable } from "../../engine/types";
import type { RangeOrigin } from "../args/address";
import { showValue, toCell } from "../args/cells";
import { at, atZh, isBlankMatrix, matrixArg, shapeOf } from "../args/ranges";
import { invalid } from "../errors";

function isPlainCell(v: unknown): boolean {
  return (
    v === null ||
    typeof v === "string" ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v))
  );
}

/**
 * null when the argument is omitted or every cell is blank (CLASSIFY then runs without that table).
 * `origin`: where the range is on its sheet, when Excel told us; else the sheet is `fallbackSheet` and
 * cell addresses are relative to the range (A1 = its top-left cell).
 */
export function rawTableArg(
  v: unknown,
  name: string,
  origin: RangeOrigin | null,
  fallbackSheet: string,
): RawTable | null {
  const m = matrixArg(v, name);
  if (m === null || isBlankMatrix(m)) return null;
  const { cols } = shapeOf(m);
  const rows: (readonly Cell[])[] = new Array<readonly Cell[]>(m.length);
  for (let r = 0; r < m.length; r++) {
    const row = m[r] ?? [];
    let clean = row.length === cols;
    for (let c = 0; clean && c < row.length; c++) if (!isPlainCell(row[c])) clean = false;
    if (clean) {
      rows[r] = row as readonly Cell[];
      continue;
    }
    const copy = new Array<Cell>(cols).fill(null);
    for (let c = 0; c < row.length; c++) {
      const cell = toCell(row[c]);
      if (cell === undefined)
        throw invalid(
          `${name}: ${at(r, c)}: ${showValue(row[c])} is not a value a cell can hold.`,
          `${name}：${atZh(r, c)}的 ${showValue(row[c])} 不是有效的单元格值。`,
        );
      copy[c] = cell;
    }
    rows[r] = copy;
  }
  const sheet = origin !== null && origin.sheet !== "" ? origin.sheet : fallbackSheet;
  return { sheet, top: origin?.top ?? 0, left: origin?.left ?? 0, rows };
}
