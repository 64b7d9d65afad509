/**
 * Standard ⇄ the editable sheet (客户分类标准 / Classification standard): a list of settings rows
 * {path, value, description} and four small tables (the rule tables and the industry aliases). The
 * workbook layer writes and reads these; errors on the way back name the row (and column) to point at.
 */
import { writeCodes, writeRange, type FlatCell } from "./cells";
import { DIMENSION_KEYS } from "./codes";
import {
  ALIAS_COLUMNS,
  CUSTOM_MODEL,
  GRADE_COLUMNS,
  LABEL_COLUMNS,
  RFM_COLUMNS,
  SETTINGS,
  table,
  type FlatRow,
  type FlatStandard,
} from "./sheetLayout";
import type { Labels, RfmRule, Standard } from "./types";

export type { FlatCell } from "./cells";
export {
  CUSTOM_MODEL,
  type FlatRow,
  type FlatStandard,
  type FlatStandardInput,
  type FlatTable,
  type TableId,
} from "./sheetLayout";
export { unflattenStandard } from "./unflatten";

const get = (o: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (x, k) => (typeof x === "object" && x !== null ? (x as Record<string, unknown>)[k] : undefined),
    o,
  );

const cell = (v: number | string | undefined): FlatCell => (v === undefined ? null : v);
const labelCells = (l: Labels | undefined): FlatCell[] => [l?.["zh-CN"] ?? null, l?.["en-US"] ?? null];

export function flattenStandard(s: Standard): FlatStandard {
  const rows: FlatRow[] = [];
  for (const [path, spec] of SETTINGS) {
    let value = get(s, path.split(".")) as FlatCell | readonly unknown[];
    if (Array.isArray(value)) value = CUSTOM_MODEL;
    rows.push({ path, value: value as FlatCell, description: spec.doc });
  }
  const rfmRules: RfmRule[] = Array.isArray(s.rfm.model) ? s.rfm.model : [];
  const dims = DIMENSION_KEYS.filter((d) => s.overall.rules.some((r) => r.when[d] !== undefined));
  return {
    rows,
    tables: [
      table(
        "rfm.rules",
        RFM_COLUMNS,
        rfmRules.map((r) => [
          r.segment,
          r.r ? writeRange(r.r) : null,
          r.f ? writeRange(r.f) : null,
          r.m ? writeRange(r.m) : null,
          ...labelCells(r.label),
        ]),
      ),
      table(
        "credit.grades",
        GRADE_COLUMNS,
        s.credit.grades.map((g) => [
          g.grade,
          cell(g.minOnTimeRate),
          cell(g.maxWeightedDaysLate),
          cell(g.maxOldestOverdueDays),
          cell(g.maxOverdueShare),
          g.terms,
        ]),
      ),
      table(
        "overall.rules",
        ["class", "action", ...dims, ...LABEL_COLUMNS("label"), ...LABEL_COLUMNS("actionLabel")],
        s.overall.rules.map((r) => [
          r.class,
          r.action,
          ...dims.map((d) => {
            const codes = r.when[d];
            return codes === undefined ? null : writeCodes(codes);
          }),
          ...labelCells(r.label),
          ...labelCells(r.actionLabel),
        ]),
      ),
      table("industry.aliases", ALIAS_COLUMNS, Object.entries(s.industry.aliases)),
    ],
  };
}
