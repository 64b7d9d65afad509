/**
 * The engine's result → the rows CLASSIFY spills: a header row, then one row per customer (in the
 * engine's order: the customer table's order, then customers found only in the transactions).
 * Columns are RESULT_COLUMNS (engine/output/columns.ts, the add-in's own column list) whose dimension
 * had data — the same columns the add-in writes beside the table — after the customer ID; without
 * `metrics`, only the text columns (classes, suggested terms). Cells: a class's label (or its code
 * when `lang` is "code"), a number, or "" where nothing applies — as the add-in writes them.
 */
import { RESULT_COLUMNS, type ColumnDef } from "../../engine/output/columns";
import type { ClassificationResult, ClassKey, CustomerResult } from "../../engine/result";
import type { OutputLang } from "../language";

/** The ID column's header (the engine's column list starts after the ID, which the add-in does not write). */
const ID_HEADER = { "zh-CN": "客户编号", "en-US": "Customer ID", code: "id" } as const;

/** Largest ID written back as a number: beyond 15 digits Excel would round it. */
const NUMERIC_ID = /^-?(?:0|[1-9]\d{0,14})$/;

/**
 * IDs that are plain integers ("12923") are spilled as numbers so that XLOOKUP/MATCH against the user's
 * numeric ID column finds them; anything else ("C001", "00123") stays text.
 */
export function idCell(id: string): string | number {
  return NUMERIC_ID.test(id) ? Number(id) : id;
}

export function resultColumns(result: ClassificationResult, metrics: boolean): ColumnDef[] {
  return RESULT_COLUMNS.filter(
    (c) => result.available[c.dimension] === true && (metrics || c.format === "text"),
  );
}

function labelMap(result: ClassificationResult, key: string): Map<string, string> {
  const list = (result.catalogue as Record<string, { code: string; label: string }[] | undefined>)[key] ?? [];
  return new Map(list.map((e) => [e.code, e.label]));
}

function cellOf(def: ColumnDef, c: CustomerResult, labels: Map<string, string> | null): string | number {
  const s = def.source;
  if (s.kind === "class" || s.kind === "extra") {
    const code = s.kind === "class" ? c.classes[s.key as ClassKey] : c.extra[s.key];
    if (code === null || code === undefined) return "";
    return labels === null ? code : (labels.get(code) ?? code);
  }
  if (s.kind === "score") return c.scores ? c.scores[s.key] : "";
  const v = c.metrics[s.key];
  return v === null || v === undefined || !Number.isFinite(v) ? "" : v;
}

export function resultMatrix(
  result: ClassificationResult,
  opts: { metrics: boolean; lang: OutputLang },
): (string | number)[][] {
  const defs = resultColumns(result, opts.metrics);
  const lang = opts.lang;
  const labels = defs.map((d) => (lang === "code" ? null : labelMap(result, d.source.key)));
  const header: (string | number)[] = [
    ID_HEADER[lang],
    ...defs.map((d) => (lang === "code" ? d.key : d.header[lang])),
  ];
  const out: (string | number)[][] = new Array<(string | number)[]>(result.customers.length + 1);
  out[0] = header;
  result.customers.forEach((c, i) => {
    const row: (string | number)[] = new Array<string | number>(defs.length + 1);
    row[0] = idCell(c.id);
    for (let k = 0; k < defs.length; k++) row[k + 1] = cellOf(defs[k] as ColumnDef, c, labels[k] ?? null);
    out[i + 1] = row;
  });
  return out;
}
