import { parseIndustryCode } from "./code";
import { INDUSTRY_KEYWORDS, type KeywordEntry } from "./keywords";
import { isAsciiWordChar, normalizeText, occurrences } from "./normalize";

/** How a text was recognised: a user alias, a code/letter, or the keyword dictionary. */
export type IndustryVia = "alias" | "code" | "keyword";

export interface IndustryMatch {
  /** GB/T 4754 section letter A–T, or "unknown". */
  section: string;
  /** The numeric code given (2–4 digits: division, group or class), else null. */
  code: string | null;
  via: IndustryVia | null;
}

export const UNKNOWN_INDUSTRY = "unknown";
const UNKNOWN: IndustryMatch = { section: UNKNOWN_INDUSTRY, code: null, via: null };

/** User aliases prepared once: normalised keys, targets parsed as codes. */
export interface CompiledAliases {
  exact: ReadonlyMap<string, IndustryMatch>;
  /** Longest key first, so the longest contained alias wins. */
  contained: readonly (readonly [key: string, match: IndustryMatch])[];
}

/**
 * Alias target → match. A target is what a user may type in the standard: a section letter ("F"), a
 * code ("52", "F5211"); anything else (or a code of no division) yields null — invalidAliases lists them.
 */
function aliasTarget(target: string): IndustryMatch | null {
  const p = parseIndustryCode(normalizeText(target));
  return p !== null && p.kind === "code" ? { section: p.section, code: p.code, via: "alias" } : null;
}

export function compileAliases(aliases: Readonly<Record<string, string>>): CompiledAliases {
  const exact = new Map<string, IndustryMatch>();
  for (const [k, v] of Object.entries(aliases)) {
    const key = normalizeText(k);
    const m = aliasTarget(v);
    if (key !== "" && m !== null) exact.set(key, m);
  }
  const contained = [...exact].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  return { exact, contained };
}

/** Alias keys whose target is not a section letter or a valid GB/T 4754-2017 code. */
export function invalidAliases(aliases: Readonly<Record<string, string>>): string[] {
  return Object.entries(aliases)
    .filter(([, v]) => aliasTarget(v) === null)
    .map(([k]) => k);
}

const NO_ALIASES: CompiledAliases = { exact: new Map(), contained: [] };

interface Hit {
  start: number;
  end: number;
  entry: KeywordEntry;
}

/** Index of the first English "of"/"for" word: words before it form the head of the phrase. */
function headEnd(text: string): number {
  const m = /(^|[^a-z0-9])(of|for)(?![a-z0-9])/.exec(text);
  return m === null ? Infinity : m.index + (m[1] as string).length;
}

/** Keywords by their first character: a text is scanned once, trying only the words that can start there. */
const BY_FIRST_CHAR: ReadonlyMap<number, readonly KeywordEntry[]> = (() => {
  const m = new Map<number, KeywordEntry[]>();
  for (const e of INDUSTRY_KEYWORDS) {
    const c = e[0].charCodeAt(0);
    const list = m.get(c);
    if (list === undefined) m.set(c, [e]);
    else list.push(e);
  }
  return m;
})();

/** True when `key` occurs at `start` of `text` and, where it has an ASCII word edge, on a word boundary. */
function matchesAt(text: string, key: string, start: number): boolean {
  if (!text.startsWith(key, start)) return false;
  const end = start + key.length;
  if (isAsciiWordChar(key.charCodeAt(0)) && start > 0 && isAsciiWordChar(text.charCodeAt(start - 1)))
    return false;
  return !(
    isAsciiWordChar(key.charCodeAt(key.length - 1)) &&
    end < text.length &&
    isAsciiWordChar(text.charCodeAt(end))
  );
}

/** Section by the keyword rule documented in keywords.ts, or null when no keyword occurs. */
export function keywordSection(text: string): string | null {
  const hits: Hit[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // An ASCII keyword can only start a word: skip the inside of English words.
    if (i > 0 && isAsciiWordChar(c) && isAsciiWordChar(text.charCodeAt(i - 1))) continue;
    const list = BY_FIRST_CHAR.get(c);
    if (list === undefined) continue;
    for (const entry of list)
      if (matchesAt(text, entry[0], i)) hits.push({ start: i, end: i + entry[0].length, entry });
  }
  if (hits.length === 0) return null;
  const head = headEnd(text);
  let best: Hit | null = null;
  for (const h of hits) {
    // Longest match: a word inside a longer matched word says nothing of its own.
    const inside = hits.some(
      (o) => o !== h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start,
    );
    if (inside) continue;
    if (best === null || better(h, best, head)) best = h;
  }
  return best === null ? null : best.entry[1];
}

function better(a: Hit, b: Hit, head: number): boolean {
  if (a.entry[2] !== b.entry[2]) return a.entry[2] > b.entry[2];
  const aHead = a.start < head;
  const bHead = b.start < head;
  if (aHead !== bHead) return aHead;
  if (a.end !== b.end) return a.end > b.end;
  return a.end - a.start > b.end - b.start;
}

/**
 * Classify one free-text industry (所属行业) into a GB/T 4754-2017 section. Order:
 * 1. user aliases (IndustryStandard.aliases): the whole text equal to an alias key, else the longest
 *    alias key contained in the text;
 * 2. a code or section letter (code.ts) — "F", "52", "F5211", "5211 百货零售"; a letter followed by text
 *    counts only when the keywords of that text give the same section ("F 批发和零售业"); a letter and
 *    code that disagree ("F3011") or a code of no division ("99") → "unknown", never a guess;
 * 3. the keyword dictionary (keywords.ts), Chinese and English.
 * Empty or blank text → null (no data); text that nothing recognises → section "unknown".
 */
export function classifyIndustryText(
  raw: string | null | undefined,
  aliases: CompiledAliases = NO_ALIASES,
): IndustryMatch | null {
  if (raw === null || raw === undefined) return null;
  const text = normalizeText(raw);
  if (text === "") return null;
  const exact = aliases.exact.get(text);
  if (exact !== undefined) return exact;
  for (const [key, m] of aliases.contained) if (occurrences(text, key).length > 0) return m;
  const p = parseIndustryCode(text);
  if (p !== null) {
    if (p.kind === "invalid") return UNKNOWN;
    if (p.kind === "code") return { section: p.section, code: p.code, via: "code" };
    if (keywordSection(p.rest) === p.section) return { section: p.section, code: null, via: "code" };
  }
  const section = keywordSection(text);
  return section === null ? UNKNOWN : { section, code: null, via: "keyword" };
}
