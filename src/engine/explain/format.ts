/**
 * Numbers as the explanations write them. Deterministic (no Intl, so a sentence is the same in Node, in
 * every browser and in a worker): "," groups thousands in both languages (as Chinese finance text does),
 * "." is the decimal point, money has 2 decimals, a percentage 1. When a value and the threshold it is
 * compared with would print alike (0.79996 vs 0.8 → "80.0 %" < "80.0 %"), more decimals are shown until
 * they differ, so a sentence never reads as a false comparison.
 */
import type { Lang } from "../types";

/** "1234567" → "1,234,567" (digits only). */
function group(int: string): string {
  if (int.length <= 3) return int;
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let k = out.length; k < int.length; k += 3) out += "," + int.slice(k, k + 3);
  return out;
}

/** Fixed decimals with thousands separators; "—" for a non-finite number. */
export function fixed(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return "—";
  const s = Math.abs(v).toFixed(decimals);
  const dot = s.indexOf(".");
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot);
  // "-0.00" is zero: no sign.
  const sign = v < 0 && Number(s) !== 0 ? "-" : "";
  return sign + group(int) + frac;
}

/** Up to `decimals` decimals, trailing zeros dropped: 95.30 → "95.3", 4.0 → "4". */
export function trimmed(v: number, decimals: number): string {
  const s = fixed(v, decimals);
  if (s.indexOf(".") < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--; // "0"
  if (s.charCodeAt(end - 1) === 46) end--; // "."
  return s.slice(0, end);
}

export const money = (v: number, decimals = 2): string => fixed(v, decimals);
export const integer = (v: number): string => fixed(v, 0);
/** Counts, days, scores, means: at most `decimals` decimals (1 by default). */
export const num = (v: number, decimals = 1): string => trimmed(v, decimals);

/** A share 0..1 as a percentage: "42.1 %" (en-US) / "42.1%" (zh-CN). */
export function percent(share: number, lang: Lang, decimals = 1): string {
  if (!Number.isFinite(share)) return "—";
  return fixed(share * 100, decimals) + (lang === "zh-CN" ? "%" : " %");
}

/**
 * Values formatted alike (same decimals) so that values that differ in fact also differ in print: the
 * decimals grow from `decimals` (up to 6 more) until no two different values print the same.
 * `format(x, d)` formats with d decimals.
 */
export function together(
  values: readonly number[],
  format: (x: number, decimals: number) => string,
  decimals: number,
): string[] {
  for (let d = decimals; ; d++) {
    const out = values.map((v) => format(v, d));
    let clash = false;
    for (let i = 0; i < values.length && !clash; i++)
      for (let j = i + 1; j < values.length; j++)
        if (out[i] === out[j] && values[i] !== values[j]) clash = true;
    if (!clash || d >= decimals + 6) return out;
  }
}

/** A value and a threshold, formatted by together(). */
export function pair(
  value: number,
  threshold: number,
  format: (x: number, decimals: number) => string,
  decimals: number,
): [string, string] {
  const [a, b] = together([value, threshold], format, decimals);
  return [a as string, b as string];
}

/** pair() for shares shown as percentages. */
export function percentPair(value: number, threshold: number, lang: Lang): [string, string] {
  return pair(value, threshold, (x, d) => percent(x, lang, d), 1);
}

/** pair() for plain numbers (means, days late): trimmed, 1 decimal to start with. */
export function numPair(value: number, threshold: number): [string, string] {
  return pair(value, threshold, (x, d) => trimmed(x, d), 1);
}

/** pair() for money (2 decimals to start with). */
export function moneyPair(value: number, threshold: number): [string, string] {
  return pair(value, threshold, (x, d) => fixed(x, d), 2);
}

/** The relation of a value to a threshold as a symbol. */
export function relationOf(value: number, threshold: number, strictBelow: boolean): "<" | "≤" | ">" | "≥" {
  if (strictBelow) return value < threshold ? "<" : "≥";
  return value <= threshold ? "≤" : ">";
}

/** A list of codes, cut after `max` with "…" (the structured data keeps the whole list). */
export function codeList(codes: readonly string[], max = 6): string {
  return codes.length <= max ? codes.join(", ") : `${codes.slice(0, max).join(", ")}, …`;
}
