import { DIMENSION_KEYS, knownCodes } from "./codes";
import { standardError, type ErrorParams, type StandardError } from "./errors";
import { formatPath, type PathSegment } from "./path";
import { STANDARD_SCHEMA, type CodeFormat, type NumberSpec, type ObjectSpec, type Spec } from "./schema";
import { suggest } from "./suggest";
import { STANDARD_SCHEMA_VERSION, type DimensionKey } from "./types";

/**
 * Every problem of a (merged) standard, each with its JSON path and a message in zh-CN and en-US.
 * Per-field checks follow STANDARD_SCHEMA (types, ranges, codes, unknown keys with "did you mean");
 * the checks that relate fields are below (a < b, medium ≤ high, passive < promoter, score ranges within
 * 1..bins, grade fallback and duplicates, overall fallback, reachable rules, known condition codes,
 * version not newer than this program's). Takes `unknown`: it is what checks user JSON.
 */
export function validateStandard(s: unknown): StandardError[] {
  const errors: StandardError[] = [];
  if (!checkSpec(STANDARD_SCHEMA, s, [], errors)) return errors;
  crossChecks(s as Record<string, unknown>, errors);
  return errors;
}

type Obj = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** What the value is, in the words of the messages (errors.ts TYPE_NAMES). */
export function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  return typeof v;
}

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const GRADE = /^[A-Za-z0-9][A-Za-z0-9_+-]*$/;
const SECTION = /^[A-T]$/;
/** Codes are joined with commas in the editable sheet, so a free code must not contain a separator. */
const TOKEN = /^[^\s,，;；、](?:[^,，;；、]*[^\s,，;；、])?$/;

export function codeMatches(format: CodeFormat, v: string): boolean {
  switch (format) {
    case "snake_case":
      return SNAKE.test(v);
    case "grade":
      return GRADE.test(v);
    case "section":
      return SECTION.test(v);
    case "token":
      return TOKEN.test(v);
  }
}

const err = (
  errors: StandardError[],
  code: StandardError["code"],
  path: PathSegment[],
  params?: ErrorParams,
  related?: PathSegment[],
): void => {
  errors.push(
    standardError(code, formatPath(path), params, related === undefined ? undefined : formatPath(related)),
  );
};

/** Checks one value against its spec; false when its type is wrong (children are then not checked). */
function checkSpec(spec: Spec, v: unknown, path: PathSegment[], errors: StandardError[]): boolean {
  switch (spec.kind) {
    case "number":
      return checkNumber(spec, v, path, errors);
    case "string":
      if (typeof v !== "string") return wrongType(errors, path, "string", v);
      if (spec.format !== undefined && !codeMatches(spec.format, v))
        err(errors, "invalid_code", path, { value: v, format: spec.format });
      return true;
    case "enum":
      if (typeof v !== "string") return wrongType(errors, path, "string", v);
      if (!spec.values.includes(v)) invalidValue(errors, path, v, spec.values);
      return true;
    case "boolean":
      return typeof v === "boolean" || wrongType(errors, path, "boolean", v);
    case "object":
      return checkObject(spec, v, path, errors);
    case "map":
      if (!isPlainObject(v)) return wrongType(errors, path, "object", v);
      for (const [k, item] of Object.entries(v)) {
        if (!codeMatches("token", k))
          err(errors, "invalid_code", [...path, k], { value: k, format: "token" });
        checkSpec(spec.value, item, [...path, k], errors);
      }
      return true;
    case "table":
      if (!Array.isArray(v)) return wrongType(errors, path, "list", v);
      if (v.length === 0) err(errors, "empty", path);
      v.forEach((item, i) => checkSpec(spec.item, item, [...path, i], errors));
      return true;
    case "model":
      if (typeof v === "string") {
        if (!spec.presets.includes(v)) invalidValue(errors, path, v, spec.presets);
        return true;
      }
      if (Array.isArray(v)) return checkSpec(spec.table, v, path, errors);
      return wrongType(errors, path, "model", v);
    case "range":
      if (
        !Array.isArray(v) ||
        v.length !== 2 ||
        !v.every((x) => typeof x === "number" && Number.isInteger(x))
      ) {
        return wrongType(errors, path, "range", v);
      }
      if ((v[0] as number) > (v[1] as number)) {
        err(
          errors,
          "order",
          [...path, 1],
          {
            value: v[1] as number,
            other: formatPath([...path, 0]),
            otherValue: v[0] as number,
            relation: "<=",
          },
          [...path, 0],
        );
      }
      return true;
    case "when":
      return checkWhen(v, path, errors);
  }
}

function wrongType(errors: StandardError[], path: PathSegment[], expected: string, v: unknown): false {
  err(errors, "wrong_type", path, { expected, actual: typeOf(v) });
  return false;
}

function invalidValue(
  errors: StandardError[],
  path: PathSegment[],
  v: string,
  allowed: readonly string[],
): void {
  const params: ErrorParams = { value: v, allowed: allowed.map((a) => JSON.stringify(a)).join(", ") };
  const near = suggest(v, allowed);
  if (near !== undefined) params.suggestion = near;
  err(errors, "invalid_value", path, params);
}

function checkNumber(spec: NumberSpec, v: unknown, path: PathSegment[], errors: StandardError[]): boolean {
  if (typeof v !== "number") return wrongType(errors, path, spec.integer ? "integer" : "number", v);
  if (spec.integer && !Number.isInteger(v)) {
    err(errors, "not_integer", path, { value: v });
    return true;
  }
  const low = spec.min === undefined ? false : spec.minExclusive ? !(v > spec.min) : !(v >= spec.min);
  const high = spec.max === undefined ? false : spec.maxExclusive ? !(v < spec.max) : !(v <= spec.max);
  if (low || high || !Number.isFinite(v)) {
    const params: ErrorParams = { value: v };
    if (spec.min !== undefined) params.min = spec.min;
    if (spec.max !== undefined) params.max = spec.max;
    if (spec.minExclusive) params.minExclusive = 1;
    if (spec.maxExclusive) params.maxExclusive = 1;
    err(errors, "out_of_range", path, params);
  }
  return true;
}

function checkObject(spec: ObjectSpec, v: unknown, path: PathSegment[], errors: StandardError[]): boolean {
  if (!isPlainObject(v)) return wrongType(errors, path, "object", v);
  const names = Object.keys(spec.fields);
  for (const [k, item] of Object.entries(v)) {
    const field = Object.prototype.hasOwnProperty.call(spec.fields, k) ? spec.fields[k] : undefined;
    if (field === undefined) {
      const params: ErrorParams = { key: k };
      const near = suggest(k, names);
      if (near !== undefined) params.suggestion = near;
      err(errors, "unknown_key", [...path, k], params);
    } else if (!(item === undefined && field.optional)) checkSpec(field, item, [...path, k], errors);
  }
  for (const [k, field] of Object.entries(spec.fields)) {
    if (!field.optional && v[k] === undefined) err(errors, "missing", [...path, k]);
  }
  return true;
}

function checkWhen(v: unknown, path: PathSegment[], errors: StandardError[]): boolean {
  if (!isPlainObject(v)) return wrongType(errors, path, "object", v);
  for (const [k, codes] of Object.entries(v)) {
    const p = [...path, k];
    if (!(DIMENSION_KEYS as readonly string[]).includes(k)) {
      const params: ErrorParams = { key: k };
      const near = suggest(k, DIMENSION_KEYS);
      if (near !== undefined) params.suggestion = near;
      err(errors, "unknown_dimension", p, params);
      continue;
    }
    if (!Array.isArray(codes)) {
      wrongType(errors, p, "list", codes);
      continue;
    }
    if (codes.length === 0) err(errors, "empty", p);
    codes.forEach((c, i) => {
      if (typeof c !== "string") wrongType(errors, [...p, i], "string", c);
      else if (!codeMatches("token", c))
        err(errors, "invalid_code", [...p, i], { value: c, format: "token" });
    });
  }
  return true;
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const at = (o: unknown, k: string): unknown => (isPlainObject(o) ? o[k] : undefined);

/**
 * `upper` must be greater than (`<`) or at least (`<=`) `lower`. Not checked when either already has an
 * error of its own (a = 1.5 is out of range; saying it is also above b would be noise).
 */
function order(
  errors: StandardError[],
  s: Obj,
  section: string,
  lower: string,
  upper: string,
  relation: "<" | "<=",
): void {
  const flagged = (k: string): boolean => errors.some((e) => e.path === `${section}.${k}`);
  if (flagged(lower) || flagged(upper)) return;
  const lo = num(at(s[section], lower));
  const hi = num(at(s[section], upper));
  if (lo === undefined || hi === undefined) return;
  if (relation === "<" ? lo < hi : lo <= hi) return;
  err(
    errors,
    "order",
    [section, upper],
    { value: hi, other: `${section}.${lower}`, otherValue: lo, relation },
    [section, lower],
  );
}

function crossChecks(s: Obj, errors: StandardError[]): void {
  const version = num(s.version);
  if (version !== undefined && version > STANDARD_SCHEMA_VERSION) {
    err(errors, "version_too_new", ["version"], { value: version, max: STANDARD_SCHEMA_VERSION });
  }
  order(errors, s, "frequency", "mediumMinOrders", "highMinOrders", "<=");
  order(errors, s, "abc", "a", "b", "<");
  order(errors, s, "satisfaction", "passiveMin", "promoterMin", "<");
  checkRfmRanges(s, errors);
  checkGrades(s, errors);
  checkOverall(s, errors);
}

function checkRfmRanges(s: Obj, errors: StandardError[]): void {
  const bins = num(at(s.rfm, "bins"));
  const model = at(s.rfm, "model");
  if (bins === undefined || !Array.isArray(model)) return;
  model.forEach((rule, i) => {
    for (const key of ["r", "f", "m"]) {
      const range = at(rule, key);
      if (!Array.isArray(range)) continue;
      range.forEach((b, j) => {
        if (typeof b === "number" && (b < 1 || b > bins)) {
          err(errors, "out_of_range", ["rfm", "model", i, key, j], { value: b, min: 1, max: bins });
        }
      });
    }
  });
}

const BOUNDS = ["minOnTimeRate", "maxWeightedDaysLate", "maxOldestOverdueDays", "maxOverdueShare"];

function checkGrades(s: Obj, errors: StandardError[]): void {
  const grades = at(s.credit, "grades");
  if (!Array.isArray(grades) || grades.length === 0) return;
  const seen = new Set<string>();
  grades.forEach((g, i) => {
    const code = at(g, "grade");
    if (typeof code !== "string") return;
    if (seen.has(code)) err(errors, "duplicate", ["credit", "grades", i, "grade"], { value: code });
    seen.add(code);
  });
  const last: unknown = grades[grades.length - 1];
  if (BOUNDS.some((b) => at(last, b) !== undefined)) err(errors, "missing_fallback", ["credit", "grades"]);
}

function checkOverall(s: Obj, errors: StandardError[]): void {
  const rules = at(s.overall, "rules");
  if (!Array.isArray(rules) || rules.length === 0) return;
  let fallback = -1;
  rules.forEach((rule, i) => {
    const when = at(rule, "when");
    if (!isPlainObject(when)) return;
    if (fallback >= 0) err(errors, "unreachable_rule", ["overall", "rules", i], { fallback: fallback + 1 });
    if (Object.keys(when).length === 0 && fallback < 0) fallback = i;
    for (const [dim, codes] of Object.entries(when)) {
      if (!(DIMENSION_KEYS as readonly string[]).includes(dim) || !Array.isArray(codes)) continue;
      const known = knownCodes(dim as DimensionKey, s);
      if (known === null) continue;
      codes.forEach((c, j) => {
        if (typeof c !== "string" || known.has(c)) return;
        const params: ErrorParams = { value: c, dimension: dim };
        const near = suggest(c, known);
        if (near !== undefined) params.suggestion = near;
        err(errors, "unknown_code", ["overall", "rules", i, "when", dim, j], params);
      });
    }
  });
  if (fallback < 0) err(errors, "missing_fallback", ["overall", "rules"]);
}
