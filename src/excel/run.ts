import type { Lang } from "../engine/types";
import { WorkbookError, officeErrorCode, type WorkbookErrorCode } from "./errors";
import type { ExcelBatch, ExcelHost } from "./host";
import { workbookMessage } from "./messages";

export type Phase = "reading" | "classifying" | "writing" | "formatting" | "summary";

export interface ProgressEvent {
  phase: Phase;
  /** 0..1 within the phase. */
  fraction: number;
}

export interface RunContext {
  host: ExcelHost;
  lang: Lang;
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  /** Retries while Excel is in cell-edit mode (hosts without delayForCellEdit fail at once). */
  retries?: number;
  retryDelayMs?: number;
}

export function fail(
  ctx: Pick<RunContext, "lang">,
  code: WorkbookErrorCode,
  params: Record<string, string | number> = {},
  where: { sheet?: string; cell?: string; cause?: unknown } = {},
): WorkbookError {
  return new WorkbookError(code, workbookMessage(code, ctx.lang, params), { params, ...where });
}

export function throwIfCancelled(ctx: RunContext): void {
  if (ctx.signal?.aborted) throw fail(ctx, "cancelled");
}

export function report(ctx: RunContext, phase: Phase, fraction: number): void {
  ctx.onProgress?.({ phase, fraction: Math.max(0, Math.min(1, fraction)) });
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one way the add-in talks to Excel. Retries when Excel is in cell-edit mode, turns Office errors
 * into WorkbookErrors with a message for the user, and honours cancellation between attempts.
 */
export async function runBatch<T>(ctx: RunContext, batch: ExcelBatch<T>): Promise<T> {
  const retries = ctx.retries ?? 5;
  const delay = ctx.retryDelayMs ?? 400;
  for (let attempt = 0; ; attempt++) {
    throwIfCancelled(ctx);
    try {
      // `await` inside the try: without it a rejected run escapes the catch and the retry never happens.
      return await ctx.host.run(batch);
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      const code = officeErrorCode(e);
      if (code === "InvalidOperationInCellEditMode") {
        if (attempt < retries) {
          await wait(delay * 2 ** attempt);
          continue;
        }
        throw fail(ctx, "cell_edit_mode", {}, { cause: e });
      }
      throw mapOfficeError(ctx, e, code);
    }
  }
}

function mapOfficeError(ctx: RunContext, e: unknown, code: string | undefined): WorkbookError {
  const detail = e instanceof Error ? e.message : String(e);
  if (code === "AccessDenied" && /protect/i.test(detail)) {
    return fail(ctx, "sheet_protected", { sheet: "?" }, { cause: e });
  }
  return fail(ctx, "excel_error", { code: code ?? "unknown", detail }, { cause: e });
}

/** Requirement-set check with a user message; returns false (and reports nothing) when supported. */
export function missingRequirement(
  ctx: RunContext,
  set: string,
  version: string,
  feature: string,
): WorkbookError | null {
  if (ctx.host.isSetSupported(set, version)) return null;
  return fail(ctx, "requirement_missing", { set, version, feature });
}
