/**
 * Money units written in headers: `营业收入(万元)`, `金额（元）`, `Revenue (k CNY)`, `资产总额/千元`,
 * `(USD)`. The multiplier turns the column's values into the currency's base unit (元 for CNY):
 * 万 = 10^4, 亿 = 10^8, 百万 = 10^6, 千 = 10^3; k/thousand = 10^3, m/mn/million = 10^6, bn/billion = 10^9.
 * A currency alone, e.g. (USD) or (元), gives multiplier 1 and is reported; no exchange rate is applied.
 */

export interface HeaderUnit {
  multiplier: number;
  /** ISO 4217 code when the header names a currency. */
  currency?: string;
  /** The unit as written, for the mapping preview and messages ("万元", "k CNY"). */
  label: string;
}

const CJK_MULTIPLIERS: readonly (readonly [string, number])[] = [
  ["亿", 1e8],
  ["百万", 1e6],
  ["十万", 1e5],
  ["万", 1e4],
  ["千", 1e3],
];

const CJK_CURRENCIES: readonly (readonly [string, string])[] = [
  ["人民币", "CNY"],
  ["美元", "USD"],
  ["欧元", "EUR"],
  ["英镑", "GBP"],
  ["港元", "HKD"],
  ["港币", "HKD"],
  ["日元", "JPY"],
  ["元", "CNY"],
  ["¥", "CNY"],
  ["￥", "CNY"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
];

const LATIN_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["thousand", 1e3],
  ["thousands", 1e3],
  ["000", 1e3],
  ["000s", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["mm", 1e6],
  ["mio", 1e6],
  ["million", 1e6],
  ["millions", 1e6],
  ["bn", 1e9],
  ["billion", 1e9],
  ["billions", 1e9],
]);

const LATIN_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ["cny", "CNY"],
  ["rmb", "CNY"],
  ["yuan", "CNY"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["gbp", "GBP"],
  ["hkd", "HKD"],
  ["jpy", "JPY"],
]);

/** Unit named by a piece of header text (the part in brackets, or a suffix); null when none. */
export function parseUnitText(text: string): HeaderUnit | null {
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  const lower = t.toLowerCase();
  let multiplier = 1;
  let currency: string | undefined;
  let found = false;
  for (const [mark, m] of CJK_MULTIPLIERS) {
    if (lower.includes(mark)) {
      multiplier = m;
      found = true;
      break;
    }
  }
  for (const [mark, code] of CJK_CURRENCIES) {
    if (lower.includes(mark)) {
      currency = code;
      found = true;
      break;
    }
  }
  for (const token of lower.split(/[^a-z0-9']+/)) {
    if (token === "") continue;
    const t2 = token.replace(/^'/, "");
    const m = LATIN_MULTIPLIERS.get(t2);
    if (m !== undefined) {
      multiplier = m;
      found = true;
      continue;
    }
    const c = LATIN_CURRENCIES.get(t2);
    if (c !== undefined) {
      currency = c;
      found = true;
      continue;
    }
    // "kCNY", "mUSD": a multiplier letter glued to a currency code.
    const glued = LATIN_CURRENCIES.get(t2.slice(1));
    const gm = LATIN_MULTIPLIERS.get(t2.slice(0, 1));
    if (t2.length === 4 && glued !== undefined && gm !== undefined) {
      multiplier = gm;
      currency = glued;
      found = true;
    }
  }
  if (!found) return null;
  return currency === undefined ? { multiplier, label: t } : { multiplier, currency, label: t };
}

const BRACKETS = /[(（[【]([^)）\]】]*)[)）\]】]/g;
/** `金额/元`, `Revenue kCNY`, `Amount USD`: a unit after a slash or a blank. */
const UNIT_SUFFIX =
  /(?:[/／]\s*|\s+)((?:亿|百万|十万|万|千)?(?:元|人民币|美元|欧元|港元|港币)|k\s*(?:cny|rmb|usd|eur)|cny|rmb|usd|eur)\s*$/i;
/** `营业收入万元`: a scaled 元 glued to Chinese text (a bare 元 is not taken: 单元 is not a unit). */
const GLUED_UNIT = /(?<=[\u4e00-\u9fff])((?:亿|百万|十万|万|千)元)$/;

/**
 * Split a header into the text used for matching and its unit: brackets are removed for matching
 * (`客户编号(必填)` → `客户编号`) and read for a unit; a bare unit suffix (`营业收入万元`, `金额/元`) too.
 */
export function splitHeaderUnit(header: string): { text: string; unit: HeaderUnit | null } {
  const found: HeaderUnit[] = [];
  let text = header.replace(BRACKETS, (_all, inner: string) => {
    const u = parseUnitText(inner);
    if (u !== null) found.push(u);
    return " ";
  });
  let unit: HeaderUnit | null = found[0] ?? null;
  if (unit === null) {
    const trimmed = text.trim();
    const m = UNIT_SUFFIX.exec(trimmed) ?? GLUED_UNIT.exec(trimmed);
    if (m !== null && m.index > 0) {
      unit = parseUnitText(m[1] ?? "");
      text = trimmed.slice(0, m.index);
    }
  }
  return { text: text.trim(), unit };
}
