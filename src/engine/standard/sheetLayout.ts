/**
 * The layout of the editable standard sheet (客户分类标准 / Classification standard): a settings list
 * {path, value, description} and four small tables. Shared by flatten.ts and unflatten.ts.
 */
import type { FlatCell } from "./cells";
import type { PathSegment } from "./path";
import {
  CREDIT_GRADE_SPEC,
  OVERALL_RULE_SPEC,
  RFM_RULE_SPEC,
  STANDARD_SCHEMA,
  type ObjectSpec,
  type Spec,
} from "./schema";
import type { Labels } from "./types";

export type { FlatCell } from "./cells";

export interface FlatRow {
  path: string;
  value: FlatCell;
  description: Labels;
}

export type TableId = "rfm.rules" | "credit.grades" | "overall.rules" | "industry.aliases";

export interface FlatTable {
  id: TableId;
  description: Labels;
  /** Column headers: field names (`label.zh-CN` for a label; dimension keys for overall conditions). */
  columns: string[];
  columnDescriptions: Labels[];
  rows: FlatCell[][];
}

export interface FlatStandard {
  rows: FlatRow[];
  tables: FlatTable[];
}

/** What comes back from the sheet: descriptions are not needed; tables may be missing. */
export interface FlatStandardInput {
  rows: readonly { path: FlatCell; value: FlatCell }[];
  tables?: readonly { id: string; columns: readonly FlatCell[]; rows: readonly (readonly FlatCell[])[] }[];
}

/** rfm.model's value in the settings list when the model is the rule table "rfm.rules". */
export const CUSTOM_MODEL = "custom";
export const CUSTOM_WORDS = new Set([CUSTOM_MODEL, "自定义", "rules"]);

const L = (zh: string, en: string): Labels => ({ "zh-CN": zh, "en-US": en });

/** Settings rows: every leaf of the schema outside the tables, in schema order. */
export const SETTINGS: ReadonlyMap<string, Spec> = (() => {
  const out = new Map<string, Spec>();
  const walk = (spec: ObjectSpec, prefix: string[]): void => {
    for (const [k, f] of Object.entries(spec.fields)) {
      if (f.kind === "object") walk(f, [...prefix, k]);
      else if (f.kind !== "table" && f.kind !== "map") out.set([...prefix, k].join("."), f);
    }
  };
  walk(STANDARD_SCHEMA, []);
  return out;
})();

export const LABEL_COLUMNS = (field: string): string[] => [`${field}.zh-CN`, `${field}.en-US`];
export const RFM_COLUMNS = ["segment", "r", "f", "m", ...LABEL_COLUMNS("label")];
export const GRADE_COLUMNS = [
  "grade",
  "minOnTimeRate",
  "maxWeightedDaysLate",
  "maxOldestOverdueDays",
  "maxOverdueShare",
  "terms",
];
export const ALIAS_COLUMNS = ["text", "section"];
export const TABLE_PATHS: Record<TableId, PathSegment[]> = {
  "rfm.rules": ["rfm", "model"],
  "credit.grades": ["credit", "grades"],
  "overall.rules": ["overall", "rules"],
  "industry.aliases": ["industry", "aliases"],
};
const TABLE_DOCS: Record<TableId, Labels> = {
  "rfm.rules": L(
    "RFM 自定义规则表（rfm.model = custom 时使用）",
    "Custom RFM rule table (used when rfm.model = custom)",
  ),
  "credit.grades": CREDIT_GRADE_SPEC.doc,
  "overall.rules": OVERALL_RULE_SPEC.doc,
  "industry.aliases": L(
    "自定义行业别名：文字 → GB/T 4754 门类字母",
    "Custom industry aliases: text → GB/T 4754 section letter",
  ),
};

function columnDoc(table: TableId, column: string): Labels {
  if (table === "industry.aliases")
    return column === "text"
      ? L("客户资料中的行业文字", "Industry text as written")
      : L("门类字母 A–T", "Section letter A–T");
  const item =
    table === "rfm.rules" ? RFM_RULE_SPEC : table === "credit.grades" ? CREDIT_GRADE_SPEC : OVERALL_RULE_SPEC;
  const [field, lang] = column.split(".") as [string, string | undefined];
  const spec = item.fields[field];
  if (spec === undefined)
    return L(
      `条件：${column} 的分类代码（逗号分隔；none = 无数据）`,
      `Condition: codes of ${column} (comma-separated; none = no data)`,
    );
  if (spec.kind === "object" && lang !== undefined) return spec.fields[lang]?.doc ?? spec.doc;
  return spec.doc;
}

export function table(id: TableId, columns: string[], rows: FlatCell[][]): FlatTable {
  return {
    id,
    description: TABLE_DOCS[id],
    columns,
    columnDescriptions: columns.map((c) => columnDoc(id, c)),
    rows,
  };
}
