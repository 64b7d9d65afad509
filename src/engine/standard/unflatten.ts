/**
 * The editable sheet back to a Standard, with every problem pointed at its row (and column).
 */
import {
  isBlank,
  readBoolean,
  readCode,
  readCodes,
  readNumber,
  readRange,
  readText,
  type FlatCell,
} from "./cells";
import { setOwn } from "./clone";
import { DIMENSION_KEYS } from "./codes";
import { standardError, type StandardError } from "./errors";
import { mergeStandard } from "./merge";
import { formatPath, parsePath, type PathSegment } from "./path";
import type { Spec } from "./schema";
import {
  ALIAS_COLUMNS,
  CUSTOM_WORDS,
  GRADE_COLUMNS,
  LABEL_COLUMNS,
  RFM_COLUMNS,
  SETTINGS,
  TABLE_PATHS,
  type FlatStandardInput,
  type TableId,
} from "./sheetLayout";
import { suggest } from "./suggest";
import type { Standard } from "./types";

/** Where each value of the partial standard came from, to point errors at cells. */
interface Origin {
  settings: Map<string, number>;
  tables: Map<TableId, { itemRow: number[]; columns: Map<string, number>; keys?: string[] }>;
}

/**
 * The sheet's rows and tables back to a Standard: each row's value read as its setting needs (cells.ts),
 * then merged onto the defaults and validated (mergeStandard). Blank rows and blank values take the
 * default; a table given replaces that table (rfm.rules only when rfm.model = custom). Errors carry
 * `table` ("" for the settings list), `row` (index in the given rows; −1 = the table's header) and, for
 * tables, `column`.
 */
export function unflattenStandard(flat: FlatStandardInput): { standard: Standard; errors: StandardError[] } {
  const partial: Record<string, unknown> = {};
  const errors: StandardError[] = [];
  const origin: Origin = { settings: new Map(), tables: new Map() };
  let custom = false;

  for (let i = 0; i < flat.rows.length; i++) {
    const { path: rawPath, value } = flat.rows[i]!;
    const path = String(rawPath ?? "").trim();
    if (path === "") continue;
    const spec = SETTINGS.get(path);
    if (spec === undefined) {
      const e = standardError("unknown_key", path, withSuggestion({ key: path }, path, SETTINGS.keys()));
      errors.push({ ...e, table: "", row: i });
      continue;
    }
    if (origin.settings.has(path)) {
      errors.push({ ...standardError("duplicate", path, { value: path }), table: "", row: i });
      continue;
    }
    origin.settings.set(path, i);
    if (isBlank(value)) continue;
    let v: unknown = readSetting(spec, value);
    if (spec.kind === "model" && typeof v === "string" && CUSTOM_WORDS.has(v.toLowerCase())) {
      custom = true;
      v = [];
    }
    setAt(partial, path.split("."), v);
  }

  for (const t of flat.tables ?? []) {
    const id = t.id.trim() as TableId;
    if (!Object.prototype.hasOwnProperty.call(TABLE_PATHS, id)) {
      const e = standardError("unknown_key", id, withSuggestion({ key: id }, id, Object.keys(TABLE_PATHS)));
      errors.push({ ...e, table: id, row: -1 });
      continue;
    }
    const read = readTable(id, t.columns, t.rows, errors);
    origin.tables.set(id, read.origin);
    if (id === "rfm.rules") {
      if (custom) setAt(partial, ["rfm", "model"], read.value);
    } else setAt(partial, TABLE_PATHS[id] as string[], read.value);
  }

  const merged = mergeStandard(partial);
  for (const e of merged.errors) errors.push(locate(e, origin, custom));
  return { standard: merged.standard, errors };
}

function withSuggestion(
  params: Record<string, string>,
  word: string,
  candidates: Iterable<string>,
): Record<string, string> {
  const near = suggest(word, candidates);
  return near === undefined ? params : { ...params, suggestion: near };
}

function readSetting(spec: Spec, v: FlatCell): unknown {
  switch (spec.kind) {
    case "number":
      return readNumber(v);
    case "boolean":
      return readBoolean(v);
    case "string":
      return spec.format === undefined ? readText(v) : readCode(v);
    default:
      return readCode(v);
  }
}

function setAt(target: Record<string, unknown>, path: readonly string[], v: unknown): void {
  let t = target;
  for (const k of path.slice(0, -1)) {
    const next = t[k];
    if (typeof next === "object" && next !== null && !Array.isArray(next))
      t = next as Record<string, unknown>;
    else t = t[k] = {};
  }
  t[path[path.length - 1] as string] = v;
}

function readTable(
  id: TableId,
  header: readonly FlatCell[],
  rows: readonly (readonly FlatCell[])[],
  errors: StandardError[],
): { value: unknown; origin: { itemRow: number[]; columns: Map<string, number>; keys?: string[] } } {
  const known =
    id === "rfm.rules"
      ? RFM_COLUMNS
      : id === "credit.grades"
        ? GRADE_COLUMNS
        : id === "industry.aliases"
          ? ALIAS_COLUMNS
          : null;
  const columns = new Map<string, number>();
  header.forEach((h, j) => {
    const name = String(h ?? "").trim();
    if (name === "") return;
    const ok = known === null ? isOverallColumn(name) : known.includes(name);
    if (!ok) {
      const candidates = known ?? [
        "class",
        "action",
        ...DIMENSION_KEYS,
        ...LABEL_COLUMNS("label"),
        ...LABEL_COLUMNS("actionLabel"),
      ];
      const code = known === null ? "unknown_dimension" : "unknown_key";
      const base = formatPath([...TABLE_PATHS[id], name]);
      errors.push({
        ...standardError(code, base, withSuggestion({ key: name }, name, candidates)),
        table: id,
        row: -1,
        column: j,
      });
    } else if (!columns.has(name)) columns.set(name, j);
  });
  const at = (row: readonly FlatCell[], name: string): FlatCell => {
    const j = columns.get(name);
    return j === undefined ? null : (row[j] ?? null);
  };
  const itemRow: number[] = [];
  if (id === "industry.aliases") {
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    rows.forEach((row, r) => {
      if (row.every(isBlank)) return;
      const text = String(readCode(at(row, "text")) ?? "");
      if (Object.prototype.hasOwnProperty.call(value, text)) {
        const e = standardError("duplicate", formatPath([...TABLE_PATHS[id]]), { value: text });
        errors.push({ ...e, table: id, row: r, column: columns.get("text") ?? 0 });
        return;
      }
      setOwn(value, text, readCode(at(row, "section")));
      itemRow.push(r);
      keys.push(text);
    });
    return { value, origin: { itemRow, columns, keys } };
  }
  const items: Record<string, unknown>[] = [];
  rows.forEach((row, r) => {
    if (row.every(isBlank)) return;
    const item: Record<string, unknown> = {};
    const put = (field: string, v: unknown): void => {
      if (v !== undefined) item[field] = v;
    };
    const opt = (name: string, read: (v: FlatCell) => unknown): unknown => {
      const v = at(row, name);
      return isBlank(v) ? undefined : read(v);
    };
    const labels = (field: string): void => {
      const [zh, en] = LABEL_COLUMNS(field).map((c) => opt(c, readText));
      if (zh === undefined && en === undefined) return;
      // One language given: it stands in for the other (a label must have both).
      item[field] = { "zh-CN": zh ?? en, "en-US": en ?? zh };
    };
    if (id === "rfm.rules") {
      put("segment", opt("segment", readCode));
      for (const k of ["r", "f", "m"]) put(k, opt(k, readRange));
      labels("label");
    } else if (id === "credit.grades") {
      put("grade", opt("grade", readCode));
      for (const k of GRADE_COLUMNS.slice(1, 5)) put(k, opt(k, readNumber));
      put("terms", opt("terms", readCode));
    } else {
      put("class", opt("class", readCode));
      put("action", opt("action", readCode));
      const when: Record<string, unknown> = {};
      for (const d of DIMENSION_KEYS) {
        const v = opt(d, readCodes);
        if (v !== undefined) when[d] = v;
      }
      item.when = when;
      labels("label");
      labels("actionLabel");
    }
    items.push(item);
    itemRow.push(r);
  });
  return { value: items, origin: { itemRow, columns } };
}

function isOverallColumn(name: string): boolean {
  return (
    ["class", "action", ...LABEL_COLUMNS("label"), ...LABEL_COLUMNS("actionLabel")].includes(name) ||
    (DIMENSION_KEYS as readonly string[]).includes(name)
  );
}

/** Points a merge/validate error at the settings row or table cell its path came from. */
function locate(e: StandardError, origin: Origin, custom: boolean): StandardError {
  const segs = parsePath(e.path);
  if (segs !== null) {
    for (const [id, path] of Object.entries(TABLE_PATHS) as [TableId, PathSegment[]][]) {
      if (id === "rfm.rules" && !custom) continue;
      if (!path.every((p, i) => segs[i] === p)) continue;
      const o = origin.tables.get(id);
      if (o === undefined) break;
      const rest = segs.slice(path.length);
      if (id === "industry.aliases") {
        const k = o.keys?.indexOf(String(rest[0])) ?? -1;
        if (k < 0) return { ...e, table: id, row: -1 };
        const column = e.code === "invalid_code" && e.params.value === rest[0] ? "text" : "section";
        return { ...e, table: id, row: o.itemRow[k] ?? -1, column: o.columns.get(column) ?? 0 };
      }
      const k =
        typeof rest[0] === "number" ? rest[0] : e.code === "missing_fallback" ? o.itemRow.length - 1 : -1;
      const located: StandardError = { ...e, table: id, row: k < 0 ? -1 : (o.itemRow[k] ?? -1) };
      const field = rest[1] === "when" ? rest[2] : rest[1];
      const column =
        typeof field !== "string"
          ? undefined
          : (o.columns.get(field) ??
            (typeof rest[2] === "string" ? o.columns.get(`${field}.${rest[2]}`) : undefined) ??
            o.columns.get(`${field}.zh-CN`));
      if (column !== undefined) located.column = column;
      return located;
    }
    for (let n = segs.length; n > 0; n--) {
      const row = origin.settings.get(formatPath(segs.slice(0, n)));
      if (row !== undefined) return { ...e, table: "", row };
    }
  }
  return { ...e, table: "" };
}
