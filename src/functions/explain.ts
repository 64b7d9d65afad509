/**
 * CUSTCLASS.EXPLAIN: why a customer is in its classes — the engine's explanation (the same sentences as
 * the task pane and the CLI's --explain), from the same classification as CLASSIFY on the same ranges.
 */
import { explainCustomer } from "../engine/explain/explain";
import type { ExplainDimension } from "../engine/explain/types";
import { normaliseId } from "../engine/read/cells";
import { classifyRanges } from "./classify";
import { invalid, notAvailable } from "./errors";
import { messageLang, readLanguage } from "./language";

export const EXPLAIN_DIMENSIONS: readonly ExplainDimension[] = [
  "overall",
  "rfm",
  "r",
  "f",
  "m",
  "value",
  "bigTicket",
  "frequency",
  "repeat",
  "credit",
  "industry",
  "size",
  "satisfaction",
  "csat",
];

function dimensionArg(v: unknown): ExplainDimension[] | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  const text = typeof v === "string" ? v.trim() : "";
  const found = EXPLAIN_DIMENSIONS.find((d) => d.toLowerCase() === text.toLowerCase());
  if (found === undefined) {
    const list = EXPLAIN_DIMENSIONS.join(", ");
    const got =
      typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v;
    throw invalid(
      `dimension must be one of ${list}; got "${got}".`,
      `dimension（维度）须为 ${list} 之一，而不是"${got}"。`,
    );
  }
  return [found];
}

export function explainFunction(
  customers: unknown,
  transactions: unknown,
  id: unknown,
  dimension?: unknown,
  asOf?: unknown,
  standard?: unknown,
  language?: unknown,
  parameterAddresses?: readonly unknown[],
): string {
  const lang = messageLang(readLanguage(language, false));
  const wanted = normaliseId(typeof id === "string" || typeof id === "number" ? id : null);
  if (wanted === null)
    throw invalid("id: give the customer's ID (a number or text).", "id：请给出客户编号（数字或文本）。");
  const dims = dimensionArg(dimension);
  const outcome = classifyRanges(customers, transactions, asOf, standard, lang, parameterAddresses);
  const e = explainCustomer(outcome, wanted, lang, dims);
  if (e === null)
    throw notAvailable(`No customer with ID ${wanted} in the data.`, `数据中没有编号为 ${wanted} 的客户。`);
  const text = e.entries.map((x) => x.text).join("\n");
  if (text === "")
    throw notAvailable("Nothing to explain for this dimension (no data).", "该维度没有数据，无法说明。");
  return text;
}
