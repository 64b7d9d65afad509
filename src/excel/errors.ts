import type { Lang } from "../engine/types";

/** Why a workbook operation stopped. Each code has a message in both languages (messages.ts). */
export type WorkbookErrorCode =
  | "cell_edit_mode"
  | "requirement_missing"
  | "no_data"
  | "no_header"
  | "no_customers"
  | "target_in_use"
  | "table_blocked"
  | "pivot_failed"
  | "unsupported_host"
  | "too_large"
  | "cancelled"
  | "sheet_protected"
  | "excel_error";

/** A typed error with a message for the user: what happened, where, and what to do. */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly params: Record<string, string | number>;
  /** The sheet and cell the user should look at, when there is one. */
  readonly sheet: string | undefined;
  readonly cell: string | undefined;
  override readonly cause: unknown;

  constructor(
    code: WorkbookErrorCode,
    message: string,
    opts: { params?: Record<string, string | number>; sheet?: string; cell?: string; cause?: unknown } = {},
  ) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
    this.params = opts.params ?? {};
    this.sheet = opts.sheet;
    this.cell = opts.cell;
    this.cause = opts.cause;
  }
}

/** Office.js errors carry a string `code` (OfficeExtension.Error / Excel.ErrorCodes). */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e === "object" && e !== null && "code" in e) {
    const code = e.code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export function isCancelled(e: unknown): boolean {
  return e instanceof WorkbookError && e.code === "cancelled";
}

export type { Lang };
