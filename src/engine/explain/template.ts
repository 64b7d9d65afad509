/**
 * Sentence templates: plain strings with {named} placeholders, one table per language, so a translator
 * reads and edits whole sentences and a test can check both languages use the same placeholders.
 */
import type { Lang } from "../types";

export type Templates<K extends string> = Record<Lang, Record<K, string>>;

/** Templates split once into literal text (even positions) and placeholder names (odd positions). */
const COMPILED = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    COMPILED.set(template, parts);
  }
  return parts;
}

/**
 * Replace every {name} by params[name]; an unknown placeholder is left as it is (tests catch it). Values
 * are not scanned again. Compiled templates are cached: explaining 100k customers fills millions.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  const parts = compile(template);
  let out = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const key = parts[k] as string;
    const v = params[key];
    out += (v === undefined ? `{${key}}` : String(v)) + (parts[k + 1] as string);
  }
  return out;
}

/** The placeholders of a template, sorted (for the both-languages test). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}
