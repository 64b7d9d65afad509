/**
 * The `as_of` argument: a date cell (an Excel serial number, 1900 system) or date text the engine's
 * reader understands (2024-03-05, 2024/3/5, 2024年3月5日 …). Text such as 3/5/2024, which could be
 * either 3 May or 5 March, is refused rather than guessed.
 */
import { formatDay } from "../../engine/dates";
import { dateOrderEvidence, parseDateCell } from "../../engine/read/cells";
import { invalid } from "../errors";
import { isOmitted, scalar, showValue } from "./cells";

/** "YYYY-MM-DD", or null when omitted. */
export function asOfArg(v: unknown, name = "as_of"): string | null {
  if (isOmitted(v)) return null;
  const c = scalar(v, name);
  if (typeof c === "string") {
    const evidence = dateOrderEvidence(c.trim());
    if (evidence === 3)
      throw invalid(
        `${name}: ${showValue(c)} could be day/month or month/day; write the date as YYYY-MM-DD.`,
        `${name}：${showValue(c)} 无法判断日、月顺序，请写成 YYYY-MM-DD。`,
      );
    const day = parseDateCell(c.trim(), evidence === 1 ? "dmy" : "mdy");
    if (Number.isFinite(day)) return formatDay(day);
  } else if (typeof c === "number") {
    const day = parseDateCell(c);
    if (Number.isFinite(day)) return formatDay(day);
  }
  throw invalid(
    `${name}: ${showValue(c)} is not a date; give a date cell or YYYY-MM-DD.`,
    `${name}：${showValue(c)} 不是日期，请给日期单元格或 YYYY-MM-DD。`,
  );
}
