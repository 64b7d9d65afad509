/** Every class of every dimension, in the standard's order, labelled in the run's language. */
import type { ClassKey, CustomerResult } from "./result";
import { label, labelsOf, type LabelDimension } from "./standard/labels";
import type { Standard } from "./standard/types";
import type { Lang } from "./types";
import type { Catalogue } from "./summary";

const KEYS: [ClassKey, LabelDimension][] = [
  ["overall", "overall"],
  ["action", "action"],
  ["rfm", "rfm"],
  ["value", "value"],
  ["frequency", "frequency"],
  ["repeat", "repeat"],
  ["bigTicket", "bigTicket"],
  ["credit", "credit"],
  ["industry", "industry"],
  ["industryGroup", "industryGroup"],
  ["size", "size"],
  ["satisfaction", "satisfaction"],
  ["csat", "csat"],
  ["type", "type"],
  ["region", "region"],
];

export function buildCatalogue(standard: Standard, lang: Lang, customers: readonly CustomerResult[]): Catalogue {
  const cat: Catalogue = {};
  for (const [key, dim] of KEYS) {
    const known = Object.keys(labelsOf(dim, standard));
    const seen = new Set(known);
    // Codes outside the built-in lists (regions as the user wrote them, custom grades) follow, as found.
    for (const c of customers) {
      const code = c.classes[key];
      if (code && !seen.has(code)) {
        seen.add(code);
        known.push(code);
      }
    }
    cat[key] = known.map((code) => ({ code, label: label(dim, code, lang, standard) }));
  }
  // Suggested terms are labelled too (they are written as text beside the grade).
  const terms = [...new Set(standard.credit.grades.map((g) => g.terms))];
  (cat as Record<string, { code: string; label: string }[]>).terms = terms.map((code) => ({ code, label: label("terms", code, lang, standard) }));
  return cat;
}
