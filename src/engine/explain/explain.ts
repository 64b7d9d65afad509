/**
 * "Why this class" for one customer or for all: the dimension explainers in display order. A dimension
 * with no data for anybody (result.available false) gets no entry; a customer without a class in an
 * available dimension gets an entry that says why (code null).
 */
import type { ClassifyOutcome } from "../classify";
import type { Lang } from "../types";
import { contextOf, type ExplainContext } from "./context";
import { explainCredit } from "./credit";
import { explainFrequency, explainRepeat } from "./frequency";
import { explainIndustry } from "./industry";
import { explainOverall } from "./overall";
import { explainRfmScore } from "./rfmScores";
import { explainRfmSegment } from "./rfmSegment";
import { explainCsat, explainSatisfaction } from "./satisfaction";
import { explainSize } from "./size";
import type { CompactExplanation, DimensionExplanation, ExplainDimension, Explanation } from "./types";
import { explainBigTicket, explainValue } from "./value";

type Explainer = (ctx: ExplainContext, i: number, lang: Lang) => DimensionExplanation | null;

/** Display order, and the availability flag (result.available) each entry depends on. */
const EXPLAINERS: readonly (readonly [ExplainDimension, string | null, Explainer])[] = [
  ["overall", null, explainOverall],
  ["rfm", "rfm", explainRfmSegment],
  ["r", "rfm", (c, i, l) => explainRfmScore(c, i, "r", l)],
  ["f", "rfm", (c, i, l) => explainRfmScore(c, i, "f", l)],
  ["m", "rfm", (c, i, l) => explainRfmScore(c, i, "m", l)],
  ["value", "value", explainValue],
  ["bigTicket", "value", explainBigTicket],
  ["frequency", "frequency", explainFrequency],
  ["repeat", "frequency", explainRepeat],
  ["credit", "credit", explainCredit],
  ["industry", "industry", explainIndustry],
  ["size", "size", explainSize],
  ["satisfaction", "satisfaction", explainSatisfaction],
  ["csat", "csat", explainCsat],
];

export const EXPLAIN_DIMENSIONS: readonly ExplainDimension[] = EXPLAINERS.map(([d]) => d);

function entriesOf(
  ctx: ExplainContext,
  i: number,
  lang: Lang,
  only?: ReadonlySet<ExplainDimension>,
): DimensionExplanation[] {
  const out: DimensionExplanation[] = [];
  const available = ctx.result.available;
  for (const [dim, flag, fn] of EXPLAINERS) {
    if (only !== undefined && !only.has(dim)) continue;
    if (flag !== null && available[flag] !== true) continue;
    const e = fn(ctx, i, lang);
    if (e !== null) out.push(e);
  }
  return out;
}

/**
 * The explanation of one customer, by index in the result or by ID (`12923.0` finds `12923`); null when
 * there is no such customer. `lang` defaults to the run's language.
 */
export function explainCustomer(
  outcome: ClassifyOutcome,
  customer: number | string,
  lang: Lang = outcome.result.lang,
  dimensions?: readonly ExplainDimension[],
): Explanation | null {
  const ctx = contextOf(outcome);
  const i = ctx.indexOf(customer);
  const c = outcome.result.customers[i];
  if (c === undefined) return null;
  const only = dimensions === undefined ? undefined : new Set(dimensions);
  return { index: i, id: c.id, name: c.name, lang, entries: entriesOf(ctx, i, lang, only) };
}

/** One sentence per dimension for every customer, in result order (the JSON's `customers[i].explain`). */
export function explainAll(outcome: ClassifyOutcome, lang: Lang = outcome.result.lang): CompactExplanation[] {
  const ctx = contextOf(outcome);
  const n = outcome.result.customers.length;
  const out = new Array<CompactExplanation>(n);
  for (let i = 0; i < n; i++) {
    const compact: CompactExplanation = {};
    for (const e of entriesOf(ctx, i, lang)) compact[e.dimension] = e.text;
    out[i] = compact;
  }
  return out;
}

/** The sentences of an explanation, one per line (for a cell, a tooltip or the CLI). */
export function explanationText(e: Explanation, separator = "\n"): string {
  return e.entries.map((x) => x.text).join(separator);
}
