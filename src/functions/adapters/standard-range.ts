/**
 * The `standard` argument → a Standard. Three forms, all read by the engine's own standard code so a
 * formula and the task pane read the same cells the same way:
 *   1. the standard sheet's settings list: rows of [path, value, description …] as flattenStandard
 *      writes them (rfm.model | rf10 | …), optionally with its tables: a row holding a table id alone
 *      (rfm.rules, credit.grades, overall.rules, industry.aliases), the next row its column names, then
 *      its rows down to the first blank row;
 *   2. any two-column key/value range: [path, value] rows (e.g. refunds | exclude);
 *   3. one cell holding the standard as JSON ({"rfm": {"model": "cn8"}}).
 * A header row (path/key/设置项 … over value/值) and title rows with no value are skipped. Whatever is
 * left out takes the default. Every problem is #VALUE! naming the row of the range: a standard the
 * engine would repair with a default (a typo in a key, a value out of range) would give plausible
 * wrong classes.
 */
import { flattenStandard, defaultStandard, mergeStandard, unflattenStandard } from "../../engine/standard";
import type { FlatCell, StandardError } from "../../engine/standard";
import type { Standard } from "../../engine/standard/types";
import { isBlankCell } from "../../engine/read/cells";
import { showValue, toCell } from "../args/cells";
import { at, atZh, isBlankMatrix, matrixArg, type Matrix } from "../args/ranges";
import { invalid } from "../errors";

const HEADER_KEYS = new Set([
  "path",
  "key",
  "setting",
  "settings",
  "设置项",
  "设置",
  "参数",
  "项目",
  "键",
  "路径",
  "配置项",
]);
const HEADER_VALUES = new Set(["value", "values", "值", "取值", "设置值", "数值", "参数值"]);

let known: { settings: Set<string>; tables: Set<string> } | null = null;
/** Setting paths and table ids, as flattenStandard lays out the sheet. */
function layout(): { settings: Set<string>; tables: Set<string> } {
  if (known === null) {
    const flat = flattenStandard(defaultStandard());
    known = {
      settings: new Set(flat.rows.map((r) => r.path)),
      tables: new Set(flat.tables.map((t) => t.id)),
    };
  }
  return known;
}

function text(c: FlatCell): string {
  return c === null ? "" : String(c).trim();
}

function cells(m: Matrix, name: string): FlatCell[][] {
  return m.map((row, r) =>
    row.map((v, c) => {
      const cell = toCell(v);
      if (cell === undefined)
        throw invalid(
          `${name}: ${at(r, c)}: ${showValue(v)} is not a value a cell can hold.`,
          `${name}：${atZh(r, c)}的 ${showValue(v)} 不是有效的单元格值。`,
        );
      return cell;
    }),
  );
}

function fail(name: string, errors: readonly StandardError[], rowOf: (e: StandardError) => number): never {
  const e = errors[0] as StandardError;
  const r = rowOf(e);
  const more = errors.length - 1;
  const whereEn = r >= 0 ? `, row ${r + 1}` : "";
  const whereZh = r >= 0 ? `第 ${r + 1} 行` : "";
  throw invalid(
    `${name}${whereEn}: ${e.message["en-US"]}${more > 0 ? ` (and ${more} more)` : ""}.`,
    `${name}（标准）${whereZh}：${e.message["zh-CN"]}${more > 0 ? `（另有 ${more} 处问题）` : ""}。`,
  );
}

function fromJson(json: string, name: string): Standard {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw invalid(`${name}: not valid JSON (${why}).`, `${name}：不是有效的 JSON（${why}）。`);
  }
  const merged = mergeStandard(parsed);
  if (merged.errors.length > 0) fail(name, merged.errors, () => -1);
  return merged.standard;
}

interface TableBuild {
  id: string;
  columns: FlatCell[];
  rows: FlatCell[][];
  /** Range row of the header and of each table row. */
  headerRow: number;
  rangeRows: number[];
}

function fromRows(grid: FlatCell[][], name: string): Standard {
  const { settings, tables } = layout();
  const rows: { path: FlatCell; value: FlatCell }[] = [];
  const settingRangeRow: number[] = [];
  const built: TableBuild[] = [];
  let table: TableBuild | null = null;
  let needHeader = false;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const key = text(row[0] ?? null);
    const value = row[1] ?? null;
    if (row.every((c) => isBlankCell(c))) {
      table = null;
      continue;
    }
    if (tables.has(key) && row.slice(1).every((c) => isBlankCell(c) || typeof c === "string")) {
      table = { id: key, columns: [], rows: [], headerRow: -1, rangeRows: [] };
      built.push(table);
      needHeader = true;
      continue;
    }
    if (table !== null) {
      if (needHeader) {
        table.columns = row;
        table.headerRow = r;
        needHeader = false;
      } else {
        table.rows.push(row);
        table.rangeRows.push(r);
      }
      continue;
    }
    const lower = key.toLowerCase();
    if (HEADER_KEYS.has(lower) && (isBlankCell(value) || HEADER_VALUES.has(text(value).toLowerCase())))
      continue;
    // A title or section heading: no value, not a setting (a blank value takes the default anyway).
    if (isBlankCell(value) && !settings.has(key)) continue;
    rows.push({ path: key, value });
    settingRangeRow.push(r);
  }
  const { standard, errors } = unflattenStandard({
    rows,
    tables: built.map((t) => ({ id: t.id, columns: t.columns, rows: t.rows })),
  });
  if (errors.length > 0) {
    fail(name, errors, (e) => {
      if (e.row === undefined) return -1;
      if (e.table === undefined || e.table === "") return settingRangeRow[e.row] ?? -1;
      const t = built.find((b) => b.id === e.table);
      if (t === undefined) return -1;
      return e.row < 0 ? t.headerRow : (t.rangeRows[e.row] ?? -1);
    });
  }
  return standard;
}

let last: { key: string; standard: Standard } | null = null;

/**
 * The standard a `standard` argument gives; undefined when it is omitted or blank (the defaults).
 * The last one read is remembered (spilled or filled-down formulas pass the same range again and again),
 * so the result is shared: callers must not change it (the engine never does: it merges onto a copy).
 */
export function standardArg(v: unknown, name = "standard"): Standard | undefined {
  const m = matrixArg(v, name);
  if (m === null || isBlankMatrix(m)) return undefined;
  const grid = cells(m, name);
  const key = JSON.stringify(grid);
  if (last !== null && last.key === key) return last.standard;
  const filled = grid.flat().filter((c) => !isBlankCell(c));
  const only = filled.length === 1 ? filled[0] : undefined;
  const standard =
    typeof only === "string" && only.trim().startsWith("{") ? fromJson(only, name) : fromRows(grid, name);
  last = { key, standard };
  return standard;
}
