/** Every class of every dimension, in the standard's order, labelled in the run's language. */
import type { ClassKey } from "./result";
import type { ClassColumns } from "./results";
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

export function buildCatalogue(standard: Standard, lang: Lang, classes: ClassColumns): Catalogue {
  const cat: Catalogue = {};
  const knownOf = KEYS.map(([, dim]) => Object.keys(labelsOf(dim, standard)));
  // Codes outside the built-in lists (regions as the user wrote them, custom grades) follow, in the order
  // of the customers. Codes repeat a lot, so the one just checked is skipped without a Set lookup.
  KEYS.forEach(([key], k) => {
    const col = classes[key];
    if (col === undefined) return;
    const known = knownOf[k] as string[];
    const seen = new Set(known);
    let last: string | null | undefined = null;
    for (let i = 0; i < col.length; i++) {
      const code = col[i];
      if (code === last) continue;
      last = code;
      if (code && !seen.has(code)) {
        seen.add(code);
        known.push(code);
      }
    }
  });
  KEYS.forEach(([key, dim], k) => {
    cat[key] = (knownOf[k] as string[]).map((code) => ({ code, label: label(dim, code, lang, standard) }));
  });
  // Suggested terms are labelled too (they are written as text beside the grade).
  const terms = [...new Set(standard.credit.grades.map((g) => g.terms))];
  (cat as Record<string, { code: string; label: string }[]>).terms = terms.map((code) => ({ code, label: label("terms", code, lang, standard) }));
  return cat;
}
