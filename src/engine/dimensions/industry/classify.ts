import type { IndustryStandard } from "../../standard/types";
import type { CustomerTable, DimensionOutput } from "../../types";
import { groupOfSection } from "./groups";
import { classifyIndustryText, compileAliases, type IndustryMatch } from "./match";

/**
 * Industry dimension (行业领域): GB/T 4754-2017 section per customer from the free-text industry column.
 * classes: section letter A–T, "unknown" (text given but not recognised), null (no text).
 * No metrics. Extras:
 *   industryGroup — the seed's coarse group (groups.ts), "unknown", or null with no text;
 *   industryCode  — the numeric GB/T code when the text gave one (size uses it to pick its NBS row);
 *   industryVia   — "alias" | "code" | "keyword": how the class was found (for the user to check).
 * Texts repeat a lot in customer lists, so each distinct text is classified once.
 */
export function classifyIndustry(customers: CustomerTable, std: IndustryStandard): DimensionOutput {
  const texts = customers.industryText;
  const n = customers.ids.length;
  const aliases = compileAliases(std.aliases);
  const cache = new Map<string, IndustryMatch | null>();
  const classes = new Array<string | null>(n).fill(null);
  const group = new Array<string | null>(n).fill(null);
  const code = new Array<string | null>(n).fill(null);
  const via = new Array<string | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t === null || t === undefined) continue;
    let m = cache.get(t);
    if (m === undefined) {
      m = classifyIndustryText(t, aliases);
      cache.set(t, m);
    }
    if (m === null) continue;
    classes[i] = m.section;
    group[i] = groupOfSection(m.section);
    code[i] = m.code;
    via[i] = m.via;
  }
  return { classes, metrics: {}, extra: { industryGroup: group, industryCode: code, industryVia: via } };
}
