/**
 * Single settings given as arguments (ABC's a and b, SCORE's bins …) are checked by the engine's own
 * standard validation, so an argument is accepted exactly when the same value in the standard would be.
 */
import { mergeStandard } from "../../engine/standard";
import type { Standard, StandardInput } from "../../engine/standard/types";
import { invalid } from "../errors";

/** `base` (or the defaults) with `patch` merged on; #VALUE! with the engine's message when invalid. */
export function withSettings(
  base: Standard | undefined,
  patch: StandardInput,
  names: Record<string, string>,
): Standard {
  const merged = mergeStandard(base === undefined ? patch : mergeOnto(base, patch));
  const e = merged.errors[0];
  if (e !== undefined) {
    const arg = names[e.path] ?? names[e.related ?? ""] ?? e.path;
    throw invalid(`${arg}: ${e.message["en-US"]}.`, `${arg}：${e.message["zh-CN"]}。`);
  }
  return merged.standard;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function mergeOnto(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = mergeOnto(base[k], v);
  return out;
}
