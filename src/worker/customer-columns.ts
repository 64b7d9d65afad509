/**
 * The customers of a classification as columns, for postMessage: the worker packs them, the pane
 * unpacks them into the same records.
 *
 * Why: the structured clone of 77k result records (≈ 70 fields each, 72 MB serialised) took 0.3 s to
 * write in the worker and 0.9 s to read on the pane's thread, which froze the pane. Columns cross as
 * typed arrays (copied as blocks) and text as small dictionaries with codes; the records are rebuilt
 * with their keys in the same order. Exact: metrics are numbers or null (the engine writes no NaN or
 * infinity), so NaN stands for null; -0 survives a Float64Array.
 */
import { pendingCustomerColumns } from "../engine/lazyCustomers";
import type { ClassificationResult, CustomerResult } from "../engine/result";
import {
  hasScores,
  metricValue,
  RECORD_KEYS,
  recordsFrom,
  textValue,
  type Col,
  type RecordSources,
  type TextCol,
} from "../engine/results";
import type { EngineClassifyOutcome } from "./protocol";

/** Text values as indices into `dict`; -1 for null. */
interface TextColumn {
  dict: string[];
  codes: Int32Array;
}

export interface CustomerColumns {
  n: number;
  ids: string[];
  names: TextColumn;
  rows: Float64Array;
  metricKeys: string[];
  /** One per metric key; NaN for null. */
  metrics: Float64Array[];
  /** r, f and m; NaN where the customer has no scores. */
  scores: [Float64Array, Float64Array, Float64Array];
  classKeys: string[];
  classes: TextColumn[];
  extraKeys: string[];
  extra: TextColumn[];
}

function textColumn(n: number, at: (i: number) => string | null | undefined): TextColumn {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = at(i);
    if (v === null || v === undefined) {
      codes[i] = -1;
      continue;
    }
    let k = index.get(v);
    if (k === undefined) {
      k = dict.length;
      dict.push(v);
      index.set(v, k);
    }
    codes[i] = k;
  }
  return { dict, codes };
}

function textAt(col: TextColumn, i: number): string | null {
  const k = col.codes[i] as number;
  return k < 0 ? null : (col.dict[k] as string);
}

function numberColumn(n: number, at: (i: number) => number | null | undefined): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = at(i) ?? NaN;
  return out;
}

/** Key order of the records' sections (the engine writes every key in every record). */
function keysOf(customers: readonly CustomerResult[], section: "metrics" | "classes" | "extra"): string[] {
  const first = customers[0];
  return first ? Object.keys(first[section]) : [];
}

export function packCustomers(customers: readonly CustomerResult[]): CustomerColumns {
  const n = customers.length;
  const c = (i: number) => customers[i] as CustomerResult;
  const metricKeys = keysOf(customers, "metrics");
  const classKeys = keysOf(customers, "classes");
  const extraKeys = keysOf(customers, "extra");
  return {
    n,
    ids: customers.map((x) => x.id),
    names: textColumn(n, (i) => c(i).name),
    rows: numberColumn(n, (i) => c(i).row),
    metricKeys,
    metrics: metricKeys.map((k) => numberColumn(n, (i) => c(i).metrics[k])),
    scores: [
      numberColumn(n, (i) => c(i).scores?.r),
      numberColumn(n, (i) => c(i).scores?.f),
      numberColumn(n, (i) => c(i).scores?.m),
    ],
    classKeys,
    classes: classKeys.map((k) => textColumn(n, (i) => c(i).classes[k as keyof CustomerResult["classes"]])),
    extraKeys,
    extra: extraKeys.map((k) => textColumn(n, (i) => c(i).extra[k])),
  };
}

/** The same columns as packCustomers of the records these sources describe, without the records. */
export function packResultColumns(src: RecordSources): CustomerColumns {
  const { n } = src;
  const ids: string[] = []; // packed, as a map() makes it: postMessage writes a holey array longer
  for (let i = 0; i < n; i++) ids.push(src.ids[i] ?? "");
  const score = (col: Col) =>
    numberColumn(n, (i) => (hasScores(src.r?.[i], src.f?.[i], src.m?.[i]) ? col?.[i] : NaN));
  const text = (col: TextCol) => textColumn(n, (i) => textValue(col, i));
  return {
    n,
    ids,
    names: text(src.names),
    rows: numberColumn(n, (i) => src.rows?.[i] ?? -1),
    metricKeys: [...RECORD_KEYS.metrics],
    metrics: RECORD_KEYS.metrics.map((k) => numberColumn(n, (i) => metricValue(src.metrics[k], i))),
    scores: [score(src.r), score(src.f), score(src.m)],
    classKeys: [...RECORD_KEYS.classes],
    classes: RECORD_KEYS.classes.map((k) => text(src.classes[k])),
    extraKeys: [...RECORD_KEYS.extra],
    extra: RECORD_KEYS.extra.map((k) => text(src.extra[k])),
  };
}

/** An object with these keys, in this order, all null: each record's section is a copy of it (one
 *  shape for all, made by copying, not by adding 30 keys one at a time). */
function template(keys: readonly string[]): Record<string, null> {
  const t: Record<string, null> = {};
  for (const k of keys) t[k] = null;
  return t;
}

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/** A text column decoded to its values (null for -1). */
function decode(col: TextColumn): (string | null)[] {
  const { dict, codes } = col;
  const out = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const k = codes[i] as number;
    out[i] = k < 0 ? null : (dict[k] as string);
  }
  return out;
}

function byKey<T, U>(keys: readonly string[], cols: readonly T[], f: (col: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  keys.forEach((k, j) => (out[k] = f(cols[j] as T)));
  return out;
}

/**
 * The records again. Columns with the engine's keys (what toWire sends) go through the engine's own
 * record builder (recordsFrom: object literals, ~0.1 s for 100k customers); others, key by key (~0.85 s).
 */
export function unpackCustomers(p: CustomerColumns): CustomerResult[] {
  if (
    sameKeys(p.metricKeys, RECORD_KEYS.metrics) &&
    sameKeys(p.classKeys, RECORD_KEYS.classes) &&
    sameKeys(p.extraKeys, RECORD_KEYS.extra)
  ) {
    return recordsFrom({
      n: p.n,
      ids: p.ids,
      names: decode(p.names),
      rows: p.rows,
      metrics: byKey(p.metricKeys, p.metrics, (col) => col),
      classes: byKey(p.classKeys, p.classes, decode),
      extra: byKey(p.extraKeys, p.extra, decode),
      r: p.scores[0],
      f: p.scores[1],
      m: p.scores[2],
    });
  }
  return unpackByKey(p);
}

/** Key by key, for columns with other keys than the engine's (exported for the tests' comparison). */
export function unpackByKey(p: CustomerColumns): CustomerResult[] {
  const out = new Array<CustomerResult>(p.n);
  const [r, f, m] = p.scores;
  const metricT = template(p.metricKeys);
  const classT = template(p.classKeys);
  const extraT = template(p.extraKeys);
  for (let i = 0; i < p.n; i++) {
    const metrics: Record<string, number | null> = { ...metricT };
    for (let j = 0; j < p.metricKeys.length; j++) {
      const v = (p.metrics[j] as Float64Array)[i] as number;
      if (v === v) metrics[p.metricKeys[j] as string] = v;
    }
    const classes: Record<string, string | null> = { ...classT };
    for (let j = 0; j < p.classKeys.length; j++)
      classes[p.classKeys[j] as string] = textAt(p.classes[j] as TextColumn, i);
    const extra: Record<string, string | null> = { ...extraT };
    for (let j = 0; j < p.extraKeys.length; j++)
      extra[p.extraKeys[j] as string] = textAt(p.extra[j] as TextColumn, i);
    const ri = r[i] as number;
    out[i] = {
      id: p.ids[i] as string,
      name: textAt(p.names, i),
      row: p.rows[i] as number,
      metrics,
      scores: ri === ri ? { r: ri, f: f[i] as number, m: m[i] as number } : null,
      classes,
      extra,
    };
  }
  return out;
}

/** classify's answer as it crosses postMessage: `result.customers` empty, the customers as columns. */
export type WireClassifyOutcome = EngineClassifyOutcome & { customerColumns: CustomerColumns };

/** Packs the result's columns when its records are not built yet (classify's results), else the records. */
export function toWire(out: EngineClassifyOutcome): WireClassifyOutcome {
  const pending = pendingCustomerColumns(out.result);
  // Copied key by key: a spread would read `customers`, and so build the records.
  const result = {} as Record<string, unknown>;
  for (const key of Object.keys(out.result))
    result[key] = key === "customers" ? [] : out.result[key as keyof ClassificationResult];
  return {
    ...out,
    result: result as unknown as ClassificationResult,
    customerColumns: pending ? packResultColumns(pending) : packCustomers(out.result.customers),
  };
}

export function fromWire(wire: WireClassifyOutcome): EngineClassifyOutcome {
  const { customerColumns, ...out } = wire;
  return { ...out, result: { ...out.result, customers: unpackCustomers(customerColumns) } };
}
