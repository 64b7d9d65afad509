/**
 * Request/response size accounting. Excel on the web rejects a request or a response larger than
 * 5 MB ("Excel on the web has a payload size limit for requests and responses of 5MB"), and every
 * platform limits a range read to 5,000,000 cells (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins). The payload is JSON, so its size is
 * measured as the UTF-8 length of the JSON text of what is written or read, plus a fixed overhead
 * per queued action or returned object (an approximation of Office.js's message envelope).
 */

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
/** Approximate envelope bytes of one action in the request (ids, names, argument wrappers). */
export const ACTION_OVERHEAD_BYTES = 64;
/** Approximate envelope bytes of one object in the response. */
export const RESULT_OVERHEAD_BYTES = 32;

export interface BudgetOptions {
  /** Enforce the 5 MB request/response limits (Excel on the web). Default true. */
  enforcePayloadLimits: boolean;
  requestLimitBytes: number;
  responseLimitBytes: number;
  /** Enforce the 5,000,000-cell read limit (all platforms). Default true. */
  enforceCellLimit: boolean;
  readCellLimit: number;
}

export const DEFAULT_BUDGET: BudgetOptions = {
  enforcePayloadLimits: true,
  requestLimitBytes: PAYLOAD_LIMIT_BYTES,
  responseLimitBytes: PAYLOAD_LIMIT_BYTES,
  enforceCellLimit: true,
  readCellLimit: READ_CELL_LIMIT,
};

function utf8StringBytes(s: string): number {
  // JSON string: quotes, escapes, UTF-8 length.
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += c === 0x0a || c === 0x0d || c === 0x09 || c === 0x08 || c === 0x0c ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 byte length of JSON.stringify(value), computed without building the string. */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "string":
      return utf8StringBytes(value);
    case "object": {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (let i = 0; i < value.length; i++) n += jsonSize(value[i]);
        return n;
      }
      if (value instanceof Date) return 26;
      let n = 2;
      let first = true;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue;
        n += (first ? 0 : 1) + utf8StringBytes(k) + 1 + jsonSize(v);
        first = false;
      }
      return n;
    }
    default:
      return 4;
  }
}
