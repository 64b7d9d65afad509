/**
 * Errors of the custom functions. The implementations throw a FunctionError (plain JavaScript, so they
 * run and are tested in Node); the entry points in functions.ts turn it into Excel's
 * CustomFunctions.Error where the runtime has one. Excel shows the message in the cell's error tip.
 *   #VALUE! — an argument is wrong (which one, and why);
 *   #N/A    — the arguments are fine but no class or value applies (no data, not recognised …).
 */
import type { Lang } from "../engine/types";

export type FunctionErrorCode = "#VALUE!" | "#N/A";

/** A message in both languages. */
export type Bilingual = Record<Lang, string>;

export class FunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    readonly messages: Bilingual,
  ) {
    super(messages["en-US"]);
    this.name = "FunctionError";
  }
}

/** An argument error: `#VALUE!`. */
export function invalid(en: string, zh: string): FunctionError {
  return new FunctionError("#VALUE!", { "en-US": en, "zh-CN": zh });
}

/** No class or value applies: `#N/A`. */
export function notAvailable(en: string, zh: string): FunctionError {
  return new FunctionError("#N/A", { "en-US": en, "zh-CN": zh });
}

interface CustomFunctionsLike {
  Error?: new (code: string, message?: string) => unknown;
  ErrorCode?: { invalidValue: string; notAvailable: string };
}

/**
 * The error to throw to Excel: CustomFunctions.Error when the runtime defines it, else the FunctionError
 * itself (Node, tests, a page without office.js). Anything else that was thrown is a bug; it still
 * becomes #VALUE! with its message rather than an unexplained failure.
 */
export function toExcelError(e: unknown, lang: Lang): unknown {
  const fe =
    e instanceof FunctionError
      ? e
      : new FunctionError("#VALUE!", {
          "en-US": `Internal error: ${e instanceof Error ? e.message : String(e)}`,
          "zh-CN": `内部错误：${e instanceof Error ? e.message : String(e)}`,
        });
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsLike }).CustomFunctions;
  if (cf?.Error !== undefined && cf.ErrorCode !== undefined) {
    const code = fe.code === "#N/A" ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue;
    return new cf.Error(code, fe.messages[lang]);
  }
  return fe;
}
