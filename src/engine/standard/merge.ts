import { cloneJson, setOwn } from "./clone";
import { DEFAULT_STANDARD } from "./defaults";
import { standardError, type StandardError } from "./errors";
import { parsePath, type PathSegment } from "./path";
import type { Standard } from "./types";
import { isPlainObject, typeOf, validateStandard } from "./validate";
import { keepShape } from "../stats/keepShape";

/** Passes of "validate, then put the defaults back where it failed" before giving up on the input. */
const MAX_REPAIRS = 5;

/**
 * A user's (partial) standard JSON merged onto the defaults, and every problem it has.
 *
 * - Deep merge: objects merge key by key; arrays replace (a rule table or a `when` list is given whole);
 *   anything else replaces. `null`/`undefined` input = the defaults.
 * - The returned standard is always valid: where the input is wrong (wrong type, out of range, unknown
 *   key …) the default is put back — for a value inside a rule table, the whole table's default, since
 *   half a table is not a table. The errors describe the input as given (paths are the user's).
 */
export function mergeStandard(input: unknown): { standard: Standard; errors: StandardError[] } {
  if (input === null || input === undefined)
    return { standard: cloneJson(DEFAULT_STANDARD as Standard), errors: [] };
  if (!isPlainObject(input)) {
    return {
      standard: cloneJson(DEFAULT_STANDARD as Standard),
      errors: [standardError("wrong_type", "", { expected: "object", actual: typeOf(input) })],
    };
  }
  const merged = mergeInto(cloneJson(DEFAULT_STANDARD), input);
  const errors: StandardError[] = [];
  const seen = new Set<string>();
  for (let pass = 0; pass < MAX_REPAIRS; pass++) {
    const found = validateStandard(merged);
    if (found.length === 0) return { standard: merged as unknown as Standard, errors };
    for (const e of found) {
      const key = `${e.code} ${e.path}`;
      if (!seen.has(key)) errors.push(e);
      seen.add(key);
      restoreDefault(merged, e.path);
      if (e.related !== undefined) restoreDefault(merged, e.related);
    }
  }
  return { standard: cloneJson(DEFAULT_STANDARD as Standard), errors };
}

function mergeInto(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const b = own(base, k);
    setOwn(base, k, isPlainObject(b) && isPlainObject(v) ? mergeInto(b, v) : cloneJson(v));
  }
  return base;
}

/**
 * Puts the default back at `path` (deleting the key when the defaults have none there). A path inside an
 * array is cut back to the array: the whole table returns to its default.
 */
function restoreDefault(target: Record<string, unknown>, path: string): void {
  const parsed = parsePath(path);
  if (parsed === null) return;
  const cut = parsed.findIndex((s) => typeof s === "number");
  const segs: PathSegment[] = cut < 0 ? parsed : parsed.slice(0, cut);
  if (segs.length === 0) {
    for (const k of Object.keys(target)) Reflect.deleteProperty(target, k);
    Object.assign(target, cloneJson(DEFAULT_STANDARD));
    return;
  }
  let t: unknown = target;
  let d: unknown = DEFAULT_STANDARD;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i] as string;
    t = own(t, s);
    d = own(d, s);
  }
  if (!isPlainObject(t)) return;
  const last = segs[segs.length - 1] as string;
  const def = own(d, last);
  if (def === undefined) Reflect.deleteProperty(t, last);
  else setOwn(t, last, cloneJson(def));
}

/** An own property (never one inherited from Object.prototype, such as "__proto__" or "constructor"). */
function own(o: unknown, k: string): unknown {
  return isPlainObject(o) && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

// A merged standard is built key by key (cloneJson), so its objects' shapes lived only as long as the
// run's standard; every dimension's code checks them. One kept copy keeps the shapes (keepShape.ts).
keepShape(mergeStandard({}).standard);
