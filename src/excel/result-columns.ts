import { RESULT_COLUMNS, type ColumnDef } from "../engine/output/columns";
import type { ClassificationResult, ClassKey, CustomerResult } from "../engine/result";
import type { Lang } from "../engine/types";
import type { FormatPlan } from "./format";
import type { OutputColumn } from "./write-columns";

/** The columns to write: those whose dimension had data, in RESULT_COLUMNS order. */
export function activeColumns(result: ClassificationResult): ColumnDef[] {
  return RESULT_COLUMNS.filter((c) => result.available[c.dimension] === true);
}

function labelMap(result: ClassificationResult, key: string): Map<string, string> {
  const list = result.catalogue[key as ClassKey] ?? [];
  return new Map(list.map((e) => [e.code, e.label]));
}

/** One cell value of a column for a customer: a class label, a number, or "" when not applicable. */
export function cellValue(def: ColumnDef, c: CustomerResult, labels: Map<string, string>): string | number {
  const s = def.source;
  if (s.kind === "class") {
    const code = c.classes[s.key as ClassKey];
    return code === null || code === undefined ? "" : (labels.get(code) ?? code);
  }
  if (s.kind === "score") return c.scores ? c.scores[s.key] : "";
  if (s.kind === "extra") {
    const v = c.extra[s.key];
    return v === null || v === undefined ? "" : (labels.get(v) ?? v);
  }
  const v = c.metrics[s.key];
  return v === null || v === undefined || !Number.isFinite(v) ? "" : v;
}

/**
 * Values aligned to the customer table's data rows (first data row = index 0). Rows that are not a
 * customer (blank, total, duplicate) stay empty.
 */
export function buildOutputColumns(
  result: ClassificationResult,
  firstDataRow: number,
  dataRows: number,
  lang: Lang,
  /** Sheet row of a customer; defaults to its row in the customer table. */
  sheetRow: (c: CustomerResult, index: number) => number = (c) => c.row,
): OutputColumn[] {
  const defs = activeColumns(result);
  const rowOf = new Int32Array(dataRows).fill(-1);
  result.customers.forEach((c, i) => {
    const r = sheetRow(c, i) - firstDataRow;
    if (r >= 0 && r < dataRows && rowOf[r] === -1) rowOf[r] = i;
  });
  return defs.map((def) => {
    const labels = labelMap(result, def.source.kind === "extra" ? def.source.key : def.source.key);
    const values: (string | number | null)[] = new Array<string | number | null>(dataRows);
    for (let r = 0; r < dataRows; r++) {
      const ci = rowOf[r] ?? -1;
      const c = ci >= 0 ? result.customers[ci] : undefined;
      values[r] = c ? cellValue(def, c, labels) : "";
    }
    return { key: def.key, header: def.header[lang], format: def.format, values };
  });
}

/** Which conditional format each written column gets. */
export function formatPlan(result: ClassificationResult, columns: readonly OutputColumn[]): FormatPlan {
  const defs = new Map(RESULT_COLUMNS.map((d) => [d.key, d]));
  const classLabels: Record<string, string[]> = {};
  for (const c of columns) {
    const def = defs.get(c.key);
    if (def?.source.kind === "class" && def.key !== "action") {
      classLabels[c.key] = (result.catalogue[def.source.key as ClassKey] ?? [])
        .map((e) => e.label)
        .slice(0, 12);
    }
  }
  return {
    classLabels,
    scoreColumns: ["r", "f", "m"],
    barColumns: ["monetary"],
    iconColumns: ["creditScore"],
  };
}
