/**
 * Excel custom functions, shown as CUSTCLASS.<ID> (the namespace comes from the manifest).
 * functions.json is generated from the JSDoc below by CustomFunctionsMetadataPlugin, which also appends
 * the CustomFunctions.associate(...) calls to this file when bundling.
 */
import "./associate-guard";
import { netPromoterScore } from "./nps";
import { ADDIN_VERSION } from "./version";

/**
 * The version of the CustClass add-in.
 * @customfunction VERSION
 * @returns The add-in version, e.g. "0.1.0".
 */
export function version(): string {
  return ADDIN_VERSION;
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) minus % detractors (0–6), from -100 to 100.
 * Blank cells are skipped; any other value that is not a whole number 0–10 gives #VALUE!.
 * @customfunction NPS
 * @param scores Cells with the answers to "How likely are you to recommend us?" (0–10).
 * @returns The NPS, from -100 to 100.
 */
export function nps(scores: unknown[][]): number {
  const result = netPromoterScore(scores);
  if (result.ok) return result.nps;
  const code =
    result.reason === "empty"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}
