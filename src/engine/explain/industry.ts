/**
 * Why the industry section (industry/match.ts): a user alias, else a GB/T 4754-2017 code or section
 * letter, else a keyword of the built-in dictionary. With the customer table at hand the text is
 * classified again exactly as the dimension did, and the alias or keyword that decided is quoted.
 * Without it (details.customers absent) the code the result carries is quoted, or the section alone.
 *
 * The keyword quoted: among the dictionary words found in the text (words inside a longer found word
 * dropped, as match.ts does) those of the winning section, the heaviest, then the one ending last —
 * match.ts's own tie rules, restricted to the section it chose.
 */
import {
  compileAliases,
  classifyIndustryText,
  type CompiledAliases,
  type IndustryVia,
} from "../dimensions/industry/match";
import { INDUSTRY_KEYWORDS, type KeywordEntry } from "../dimensions/industry/keywords";
import { normalizeText, occurrences } from "../dimensions/industry/normalize";
import { label } from "../standard/labels";
import type { IndustryStandard } from "../standard/types";
import type { Lang } from "../types";
import type { ExplainContext } from "./context";
import { fill, type Templates } from "./template";
import { entry } from "./entry";
import type { DimensionExplanation, ExplainFact } from "./types";

type Key =
  "alias" | "code" | "letter" | "keyword" | "unknown" | "codeOnly" | "sectionOnly" | "group" | "none";

export const INDUSTRY_TEMPLATES: Templates<Key> = {
  "en-US": {
    alias: '{label}: user alias "{key}" found in "{text}"',
    code: '{label}: GB/T 4754-2017 code {code} in "{text}"',
    letter: '{label}: section letter given in "{text}"',
    keyword: '{label}: keyword "{key}" found in "{text}"',
    unknown: '{label}: no alias, code or keyword recognised in "{text}"',
    codeOnly: "{label}: GB/T 4754-2017 code {code}",
    sectionOnly: "{label}: recognised from the industry text",
    group: "{sentence}; group: {group}",
    none: "No industry given",
  },
  "zh-CN": {
    alias: "{label}：“{text}”中含自定义别名“{key}”",
    code: "{label}：“{text}”中的行业代码 {code}（GB/T 4754-2017）",
    letter: "{label}：“{text}”中给出了门类字母",
    keyword: "{label}：“{text}”中含关键词“{key}”",
    unknown: "{label}：“{text}”中没有可识别的别名、代码或关键词",
    codeOnly: "{label}：行业代码 {code}（GB/T 4754-2017）",
    sectionOnly: "{label}：由行业文字识别",
    group: "{sentence}；行业大类：{group}",
    none: "未填写行业",
  },
};

const ALIASES = new WeakMap<IndustryStandard, CompiledAliases>();

function aliasesOf(std: IndustryStandard): CompiledAliases {
  let a = ALIASES.get(std);
  if (a === undefined) {
    a = compileAliases(std.aliases);
    ALIASES.set(std, a);
  }
  return a;
}

/** The alias key that decided (exact text, else the longest contained key), as match.ts tries them. */
function aliasKey(norm: string, aliases: CompiledAliases): string | null {
  if (aliases.exact.has(norm)) return norm;
  for (const [key] of aliases.contained) if (occurrences(norm, key).length > 0) return key;
  return null;
}

interface Hit {
  start: number;
  end: number;
  entry: KeywordEntry;
}

/** The dictionary word of `section` that decided (see the file comment); null when none is found. */
export function decidingKeyword(norm: string, section: string): string | null {
  const hits: Hit[] = [];
  for (const entry of INDUSTRY_KEYWORDS) {
    for (const start of occurrences(norm, entry[0]))
      hits.push({ start, end: start + entry[0].length, entry });
  }
  // match.ts's order: heavier word, then a word before an English "of"/"for" (the phrase's head), then
  // the word that ends last, then the longer word.
  const of = /(^|[^a-z0-9])(of|for)(?![a-z0-9])/.exec(norm);
  const head = of === null ? Infinity : of.index + (of[1] as string).length;
  const better = (a: Hit, b: Hit): boolean => {
    if (a.entry[2] !== b.entry[2]) return a.entry[2] > b.entry[2];
    if (a.start < head !== b.start < head) return a.start < head;
    if (a.end !== b.end) return a.end > b.end;
    return a.end - a.start > b.end - b.start;
  };
  let best: Hit | null = null;
  for (const h of hits) {
    if (h.entry[1] !== section) continue;
    const inside = hits.some(
      (o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start,
    );
    if (!inside && (best === null || better(h, best))) best = h;
  }
  return best === null ? null : best.entry[0];
}

interface TextMatch {
  via: IndustryVia | null;
  /** The alias key or dictionary word that decided ("" when none). */
  key: string;
  /** The numeric code given, else null. */
  num: string | null;
}

/** Industry texts repeat across customers: each distinct text (per alias table) is matched once. */
const MATCHES = new WeakMap<CompiledAliases, Map<string, TextMatch>>();

function matchOf(text: string, section: string, aliases: CompiledAliases): TextMatch {
  let cache = MATCHES.get(aliases);
  if (cache === undefined) {
    cache = new Map();
    MATCHES.set(aliases, cache);
  }
  let m = cache.get(text);
  if (m === undefined) {
    const found = classifyIndustryText(text, aliases);
    const norm = normalizeText(text);
    const via = found?.via ?? null;
    const key =
      via === "alias"
        ? (aliasKey(norm, aliases) ?? "")
        : via === "keyword"
          ? (decidingKeyword(norm, section) ?? "")
          : "";
    m = { via, key, num: found?.code ?? null };
    cache.set(text, m);
  }
  return m;
}

export function explainIndustry(ctx: ExplainContext, i: number, lang: Lang): DimensionExplanation | null {
  const T = INDUSTRY_TEMPLATES[lang];
  const c = ctx.result.customers[i];
  if (c === undefined) return null;
  const code = c.classes.industry ?? null;
  if (code === null) return entry("industry", null, "", T.none);
  const lbl = label("industry", code, lang, ctx.standard);
  const text = ctx.customers?.industryText[i] ?? null;
  const givenCode = c.extra.industryCode ?? null;
  const facts: ExplainFact[] = [];
  let sentence: string;
  if (text !== null) {
    facts.push({ name: "industryText", value: text, unit: "text" });
    const { via, key, num } = matchOf(text, code, aliasesOf(ctx.standard.industry));
    facts.push({ name: "via", value: via, unit: "text" });
    if (via === "alias") {
      facts.push({ name: "matched", value: key, unit: "text" });
      sentence = fill(T.alias, { label: lbl, key, text });
    } else if (via === "code") {
      if (num !== null) facts.push({ name: "code", value: num, unit: "text" });
      sentence =
        num !== null ? fill(T.code, { label: lbl, code: num, text }) : fill(T.letter, { label: lbl, text });
    } else if (via === "keyword") {
      facts.push({ name: "matched", value: key, unit: "text" });
      sentence = fill(T.keyword, { label: lbl, key, text });
    } else sentence = fill(T.unknown, { label: lbl, text });
  } else if (givenCode !== null) {
    facts.push({ name: "code", value: givenCode, unit: "text" });
    sentence = fill(T.codeOnly, { label: lbl, code: givenCode });
  } else sentence = fill(T.sectionOnly, { label: lbl });
  const group = c.classes.industryGroup ?? null;
  if (group !== null && code !== "unknown") {
    facts.push({ name: "industryGroup", value: group, unit: "text" });
    sentence = fill(T.group, { sentence, group: label("industryGroup", group, lang, ctx.standard) });
  }
  return entry("industry", code, lbl, sentence, facts);
}
