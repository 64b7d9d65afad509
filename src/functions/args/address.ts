/**
 * Where a range argument sits, from `invocation.parameterAddresses` (functions declared with
 * @requiresParameterAddresses; CustomFunctionsRuntime 1.3+). Excel writes them as A1 references:
 * `Sheet1!A1:H100`, `'客户 档案'!$B$3:$F$20` (quotes doubled inside), `[Book1]Sheet1!A1`, whole columns
 * `Sheet1!A:H` or rows `Sheet1!3:9`. Anything else (an array computed by a formula has no address)
 * gives null and the caller falls back to addresses relative to the range.
 */

export interface RangeOrigin {
  sheet: string;
  /** 0-based sheet row and column of the range's top-left cell. */
  top: number;
  left: number;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseRangeAddress(address: unknown): RangeOrigin | null {
  if (typeof address !== "string") return null;
  const a = address.trim();
  const bang = a.lastIndexOf("!");
  let sheet = "";
  let ref = a;
  if (bang >= 0) {
    sheet = a.slice(0, bang);
    ref = a.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    sheet = sheet.replace(/^\[[^\]]*\]/, "");
  }
  const first = ref.split(":")[0] ?? "";
  const m = CORNER.exec(first);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  return {
    sheet,
    top: m[2] === undefined ? 0 : Number(m[2]) - 1,
    left: m[1] === undefined ? 0 : columnIndex(m[1]),
  };
}
