/**
 * Excel error values as Office.js `range.values` returns them (strings). Source: Microsoft, "Excel
 * error values" / Excel.ErrorCellValueType (#BLOCKED! … #VALUE!), plus #GETTING_DATA.
 */
const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** True for an Excel error value such as "#N/A" (surrounding blanks and letter case ignored). */
export function isErrorValue(cell: unknown): boolean {
  if (typeof cell !== "string" || cell.length < 3 || cell.length > 20) return false;
  const t = cell.trim();
  return t.charCodeAt(0) === 35 && ERROR_VALUES.has(t.toUpperCase());
}
