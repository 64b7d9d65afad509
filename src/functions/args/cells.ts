/**
 * Reading single argument values. Excel hands custom functions numbers, text, booleans and null
 * (an omitted optional argument, or an empty cell — some platforms give "" instead); with
 * `allowCustomDataForDataTypeAny` a linked-data cell can arrive as an object whose `basicValue` is what
 * the grid shows. Numbers written as text are read by the engine's own cell reader, so "1,234.50" or
 * "¥5,000" mean here what they mean in the add-in.
 */
import type { Cell } from "../../engine/types";
import { isBlankCell, isErrorValue, newNumberScratch, readNumber } from "../../engine/read/cells";
import { invalid } from "../errors";

/** An omitted optional argument: null, undefined, or an empty/blank cell. */
export function isOmitted(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A worksheet cell from whatever Excel passed; undefined when it is not something a cell can hold. */
export function toCell(v: unknown): Cell | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "object" && "basicValue" in v) {
    const b = v.basicValue;
    if (typeof b === "object" || b === undefined) return undefined;
    return toCell(b);
  }
  return undefined;
}

const show = (v: unknown): string => {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v === null || v === undefined ? "empty" : typeof v;
};
export { show as showValue };

/** One value where one is expected: a 1×1 range is its cell; a bigger range is an error. */
export function scalar(v: unknown, name: string): Cell {
  let x = v;
  if (Array.isArray(x)) {
    const rows = x as unknown[];
    const first: unknown = rows[0];
    if (rows.length === 1 && Array.isArray(first) && first.length === 1) x = first[0];
    else throw invalid(`${name}: expects one value, not a range.`, `${name}：应为单个值，不能是区域。`);
  }
  const c = toCell(x);
  if (c === undefined)
    throw invalid(
      `${name}: ${show(x)} is not a value a cell can hold.`,
      `${name}：${show(x)} 不是有效的单元格值。`,
    );
  return c;
}

export interface NumberArgOptions {
  /** Accept "80%" (→ 0.8). Default false: counts, days and money are never percentages. */
  percent?: boolean;
}

/** A number argument; null when blank. Text that is not a number, booleans and error values: #VALUE!. */
export function numberArg(v: unknown, name: string, opts: NumberArgOptions = {}): number | null {
  const c = scalar(v, name);
  if (isBlankCell(c)) return null;
  if (typeof c === "boolean")
    throw invalid(
      `${name}: expects a number, not ${String(c).toUpperCase()}.`,
      `${name}：应为数字，不能是逻辑值 ${String(c).toUpperCase()}。`,
    );
  if (isErrorValue(c))
    throw invalid(
      `${name}: ${show(c)} is an Excel error value, not a number.`,
      `${name}：${show(c)} 是错误值，不是数字。`,
    );
  const n = readNumber(c, newNumberScratch(), opts.percent === true);
  if (Number.isNaN(n))
    throw invalid(`${name}: ${show(c)} is not a number.`, `${name}：${show(c)} 不是数字。`);
  return n;
}

/** A required number: blank is #VALUE! too. */
export function requiredNumber(v: unknown, name: string, opts: NumberArgOptions = {}): number {
  const n = numberArg(v, name, opts);
  if (n === null) throw invalid(`${name}: is empty; a number is needed.`, `${name}：为空，需要一个数字。`);
  return n;
}

const TRUE = new Set(["true", "yes", "y", "1", "是", "真"]);
const FALSE = new Set(["false", "no", "n", "0", "否", "假"]);

/** TRUE/FALSE (also 1/0, "yes"/"no", 是/否); omitted → `fallback`. */
export function booleanArg(v: unknown, name: string, fallback: boolean): boolean {
  if (isOmitted(v)) return fallback;
  const c = scalar(v, name);
  if (typeof c === "boolean") return c;
  if (typeof c === "number" && (c === 0 || c === 1)) return c === 1;
  if (typeof c === "string") {
    const t = c.trim().toLowerCase();
    if (TRUE.has(t)) return true;
    if (FALSE.has(t)) return false;
  }
  throw invalid(`${name}: ${show(c)} is not TRUE or FALSE.`, `${name}：${show(c)} 不是 TRUE 或 FALSE。`);
}

/** Text (a number becomes its text); null when blank. Error values: #VALUE!. */
export function textArg(v: unknown, name: string): string | null {
  const c = scalar(v, name);
  if (isBlankCell(c)) return null;
  if (isErrorValue(c))
    throw invalid(`${name}: ${show(c)} is an Excel error value.`, `${name}：${show(c)} 是错误值。`);
  if (typeof c === "boolean")
    throw invalid(
      `${name}: expects text, not ${String(c).toUpperCase()}.`,
      `${name}：应为文本，不能是逻辑值。`,
    );
  return typeof c === "number" ? String(c) : (c as string).trim();
}
