/**
 * Reading settings back from sheet cells: the cells of the editable standard sheet come back as Excel
 * gives them (numbers, booleans, or text the user typed). A cell that cannot be read as what the setting
 * needs is passed through unchanged, so validateStandard reports it with the cell's path.
 */
export type FlatCell = string | number | boolean | null;

export function isBlank(v: FlatCell | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number from a cell: numbers as they are; text "0.8", "1,000" (thousands commas), "80%" → 0.8. */
export function readNumber(v: FlatCell): FlatCell {
  if (typeof v !== "string") return v;
  let t = v.trim();
  let scale = 1;
  if (t.endsWith("%") || t.endsWith("％")) {
    t = t.slice(0, -1).trim();
    scale = 100;
  }
  if (THOUSANDS.test(t)) t = t.replace(/,/g, "");
  if (!NUMBER.test(t)) return v;
  return scale === 1 ? Number(t) : Number(t) / scale;
}

const TRUE = new Set(["true", "yes", "y", "是", "1", "允许", "t"]);
const FALSE = new Set(["false", "no", "n", "否", "0", "不允许", "f"]);

/** A boolean from a cell: TRUE/FALSE, 是/否, yes/no, 1/0. */
export function readBoolean(v: FlatCell): FlatCell {
  if (typeof v === "boolean") return v;
  const t = String(v).trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return v;
}

/** A code or enum value: trimmed text (a number cell such as a grade "1" becomes "1"). */
export function readCode(v: FlatCell): FlatCell {
  if (typeof v === "number") return String(v);
  return typeof v === "string" ? v.trim() : v;
}

/** Free text (names, labels): as written; a number cell becomes its text. */
export function readText(v: FlatCell): FlatCell {
  return typeof v === "number" ? String(v) : v;
}

const RANGE = /^(\d+)\s*(?:-|–|—|~|～|至|到|\.\.)\s*(\d+)$/;

/** An inclusive score range: "4–5" (also 4-5, 4~5, 4至5), or one score "3" / 3 → [3, 3]. */
export function readRange(v: FlatCell): unknown {
  if (typeof v === "number") return Number.isInteger(v) ? [v, v] : v;
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (/^\d+$/.test(t)) return [Number(t), Number(t)];
  const m = RANGE.exec(t);
  return m === null ? v : [Number(m[1]), Number(m[2])];
}

/** How flatten writes a range: one score as a number, else "lo–hi" (an en dash: Excel does not read it as a date). */
export function writeRange(r: readonly [number, number]): FlatCell {
  return r[0] === r[1] ? r[0] : `${r[0]}–${r[1]}`;
}

/** Codes of a condition: separated by commas, semicolons or 、 (full- or half-width). */
export function readCodes(v: FlatCell): unknown {
  if (typeof v === "number") return [String(v)];
  if (typeof v !== "string") return v;
  return v
    .split(/[,，;；、]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

export function writeCodes(codes: readonly string[]): FlatCell {
  return codes.join(", ");
}
