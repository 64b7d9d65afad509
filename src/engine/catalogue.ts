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
  const knownOf = KEYS.map(([, dim]) => Object.keys(labelsOf(dim, standard)));
  const seenOf = knownOf.map((known) => new Set(known));
  // Codes outside the built-in lists (regions as the user wrote them, custom grades) follow, as found.
  // One pass over the customers for all keys (not one per key: 100k scattered objects per pass), and
  // codes repeat a lot, so the one just checked for a key is skipped without a Set lookup.
  const last: (string | null | undefined)[] = KEYS.map(() => null);
  for (const c of customers) {
    const classes = c.classes;
    for (let k = 0; k < KEYS.length; k++) {
      const code = classes[(KEYS[k] as [ClassKey, LabelDimension])[0]];
      if (code === last[k]) continue;
      last[k] = code;
      const seen = seenOf[k] as Set<string>;
      if (code && !seen.has(code)) {
        seen.add(code);
        (knownOf[k] as string[]).push(code);
      }
    }
  }
  KEYS.forEach(([key, dim], k) => {
    cat[key] = (knownOf[k] as string[]).map((code) => ({ code, label: label(dim, code, lang, standard) }));
  });
  // Suggested terms are labelled too (they are written as text beside the grade).
  const terms = [...new Set(standard.credit.grades.map((g) => g.terms))];
  (cat as Record<string, { code: string; label: string }[]>).terms = terms.map((code) => ({ code, label: label("terms", code, lang, standard) }));
  return cat;
}
