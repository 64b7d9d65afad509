/** Numbers and dates for the pane's language, with Intl (formatters are cached: they are costly to make). */
import type { Lang } from "../engine/types";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|n|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (f === undefined) {
    f = new Intl.NumberFormat(lang, options);
    cache.set(k, f);
  }
  return f;
}

/** 1234 → "1,234". */
export function formatInteger(n: number, lang: Lang): string {
  return numberFormat(lang, "int", { maximumFractionDigits: 0 }).format(n);
}

/** Money in the currency's base unit, two decimals: 1234.5 → "1,234.50" (no currency sign: the data's own). */
export function formatMoney(n: number, lang: Lang): string {
  return numberFormat(lang, "money", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** Short money for narrow tables, three digits: 1234567 → "1.23M" / "123万", 9359.6 → "9.36K" / "9360". */
export function formatCompact(n: number, lang: Lang): string {
  return numberFormat(lang, "compact", { notation: "compact", maximumSignificantDigits: 3 }).format(n);
}

/** 0.1234 → "12.3%". */
export function formatPercent(x: number, lang: Lang): string {
  return numberFormat(lang, "pct", { style: "percent", maximumFractionDigits: 1 }).format(x);
}

/** A signed share: +25%, −40%. */
export function formatGrowth(x: number, lang: Lang): string {
  return numberFormat(lang, "growth", {
    style: "percent",
    maximumFractionDigits: 0,
    signDisplay: "exceptZero",
  }).format(x);
}

/** A signed change: +3, −2, 0. */
export function formatDelta(n: number, lang: Lang): string {
  return numberFormat(lang, "delta", { maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(n);
}

/** "2025-01-01" → "Jan 1, 2025" / "2025年1月1日" (a civil date: formatted in UTC so no time zone shifts it). */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const k = `${lang}|d`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (f === undefined) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
    cache.set(k, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
