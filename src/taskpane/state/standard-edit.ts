/**
 * Editing a Standard by JSON path (the paths validateStandard reports: "abc.a", "credit.grades[1].terms"),
 * without mutating it, and the partial form of a standard that scenarios are saved in.
 */
import { parsePath, type PathSegment } from "../../engine/standard/path";
import { DEFAULT_STANDARD } from "../../engine/standard/defaults";
import type { Standard, StandardInput } from "../../engine/standard/types";

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function segmentsOf(path: string): PathSegment[] {
  const segs = parsePath(path);
  if (segs === null || segs.length === 0) throw new Error(`Not a standard path: ${path}`);
  return segs;
}

export function getAt(value: Json, path: string): Json {
  let v = value;
  for (const s of segmentsOf(path)) {
    if (typeof s === "number") v = Array.isArray(v) ? (v[s] as Json) : undefined;
    else v = isObject(v) ? v[s] : undefined;
  }
  return v;
}

/** A copy with `path` set to `next` (copies only the objects and arrays along the path); undefined deletes. */
function setIn(v: Json, segs: readonly PathSegment[], next: Json): Json {
  const [head, ...rest] = segs;
  if (head === undefined) return next;
  if (typeof head === "number") {
    const arr = Array.isArray(v) ? [...(v as Json[])] : [];
    arr[head] = setIn(arr[head], rest, next);
    return arr;
  }
  const obj: Record<string, Json> = isObject(v) ? { ...v } : {};
  const child = setIn(obj[head], rest, next);
  if (child === undefined) Reflect.deleteProperty(obj, head);
  else obj[head] = child;
  return obj;
}

export function setAt(standard: Standard, path: string, next: Json): Standard {
  return setIn(standard, segmentsOf(path), next) as Standard;
}

const same = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The smallest partial standard that mergeStandard turns back into `standard`: objects key by key,
 * arrays (rule tables, grades) whole, since merging replaces arrays. {} when it equals the base.
 */
export function standardDiff(standard: Standard, base: Readonly<Standard> = DEFAULT_STANDARD): StandardInput {
  return diffObject(standard, base);
}

function diffObject(v: object, base: object): Record<string, Json> {
  const out: Record<string, Json> = {};
  const b0 = base as Record<string, Json>;
  for (const [k, x] of Object.entries(v)) {
    const b = b0[k];
    if (same(x, b)) continue;
    out[k] = isObject(x) && isObject(b) ? diffObject(x, b) : x;
  }
  return out;
}
