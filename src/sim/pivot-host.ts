/**
 * PivotTables on the host: reading the source, aggregating, and rendering the report into the
 * destination cells (Excel's default Compact layout: "Row Labels"/"Column Labels" captions, data
 * field captions "Sum of X"/"Count of X", items sorted ascending — numbers, then text
 * case-insensitively, blanks shown as "(blank)" last — parent items with their subtotal on the
 * same row (subtotals at top), "Grand Total" row and column). Tabular and Outline layouts put each
 * row field in its own column (without subtotal rows: a documented simplification).
 * Aggregations: Sum/Average/Max/Min/Product/StandardDeviation(P)/Variance(P) use numeric values;
 * Count counts non-empty values (Excel's Count = COUNTA); CountNumbers counts numbers.
 */
import { rect, type Rect } from "./address";
import { clearRect, setContent, setStyleId, styleIdAt } from "./cells";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { formatValue } from "./number-format";
import { CellError, type CellValue, type PivotAggregation, type PivotState, type SheetState } from "./state";
import { cloneStyle } from "./styles";
import { bodyRect } from "./table-host";
import { maxOf, minOf } from "./extremes";

export const BLANK_LABEL = "(blank)";

export interface PivotSource {
  sheet: SheetState;
  /** Header row + data rows. */
  rect: Rect;
  fields: string[];
  /** records[i][f] */
  records: (CellValue | undefined)[][];
}

export function sourceOf(host: SimHost, p: PivotState): PivotSource {
  let sheet: SheetState;
  let x: Rect;
  if ("table" in p.source) {
    const t = p.source.table;
    if (!t.sheet.tables.includes(t)) throw new SimError(SimErrorCode.invalidReference);
    sheet = t.sheet;
    x = rect(t.rect.r0, t.rect.c0, bodyRect(t).r1, t.rect.c1);
  } else {
    sheet = p.source.sheet;
    x = p.source.rect;
  }
  return readSource(host, sheet, x);
}

export function readSource(host: SimHost, sheet: SheetState, x: Rect): PivotSource {
  if (sheet.deleted) throw new SimError(SimErrorCode.invalidReference);
  const r1 = Math.min(x.r1, Math.max(x.r0 + 1, sheet.rows.length - 1));
  const fields: string[] = [];
  for (let c = x.c0; c <= x.c1; c++) {
    const v = host.value(sheet, x.r0, c);
    const t =
      v === undefined ? "" : formatValue(v, host.state.styles.get(styleIdAt(sheet, x.r0, c)).numberFormat);
    // "The PivotTable field name is not valid": every source column needs a header.
    if (t.trim() === "")
      throw new SimError(SimErrorCode.invalidArgument, "The PivotTable field name is not valid.");
    fields.push(t);
  }
  const records: (CellValue | undefined)[][] = [];
  for (let r = x.r0 + 1; r <= r1; r++) {
    const rec: (CellValue | undefined)[] = [];
    let any = false;
    for (let c = x.c0; c <= x.c1; c++) {
      const v = host.value(sheet, r, c);
      if (v !== undefined && v !== "") any = true;
      rec.push(v === "" ? undefined : v);
    }
    if (any) records.push(rec);
  }
  return { sheet, rect: rect(x.r0, x.c0, x.r0 + Math.max(records.length, 1), x.c1), fields, records };
}

export function fieldIndex(src: PivotSource, name: string): number {
  const k = name.toLowerCase();
  const i = src.fields.findIndex((f) => f.toLowerCase() === k);
  if (i < 0) throw new SimError(SimErrorCode.itemNotFound);
  return i;
}

type Key = CellValue | undefined;

function rank(v: Key): number {
  if (v === undefined) return 4;
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  if (typeof v === "boolean") return 2;
  return 3;
}

/** Excel's ascending item order. */
export function compareItems(a: Key, b: Key): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a instanceof CellError ? a.code : a).toLowerCase();
  const y = String(b instanceof CellError ? b.code : b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function keyString(v: Key): string {
  if (v === undefined) return "\u0000blank";
  if (v instanceof CellError) return `\u0000e${v.code}`;
  return `${typeof v}:${String(v)}`;
}

/** An item's key: text compares without case (Excel's pivot items do). */
function itemKey(v: Key): string {
  return keyString(typeof v === "string" ? v.toLowerCase() : v);
}

/** Records by key, in the order keys are first met; each group's records in their order. */
function groupBy(recs: Key[][], keyOf: (r: Key[]) => string): Map<string, { first: Key[]; recs: Key[][] }> {
  const groups = new Map<string, { first: Key[]; recs: Key[][] }>();
  for (const r of recs) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.recs.push(r);
    else groups.set(k, { first: r, recs: [r] });
  }
  return groups;
}

/** Distinct values of a field in Excel's item order. */
export function uniqueItems(src: PivotSource, f: number): Key[] {
  const seen = new Map<string, Key>();
  for (const rec of src.records) {
    const v = rec[f];
    const k = itemKey(v);
    if (!seen.has(k)) seen.set(k, v);
  }
  return [...seen.values()].sort(compareItems);
}

export function itemLabel(v: Key): CellValue {
  if (v === undefined) return BLANK_LABEL;
  return v;
}

export function aggregate(values: Key[], how: PivotAggregation): CellValue | undefined {
  const nums = values.filter((v): v is number => typeof v === "number");
  const nonEmpty = values.filter((v) => v !== undefined);
  const err = values.find((v) => v instanceof CellError);
  if (err && how !== "Count" && how !== "CountNumbers") return err;
  switch (how) {
    case "Sum":
      return nums.reduce((s, x) => s + x, 0);
    case "Count":
      return nonEmpty.length;
    case "CountNumbers":
      return nums.length;
    case "Average":
      return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : new CellError("#DIV/0!");
    case "Max":
      return nums.length ? maxOf(nums) : 0;
    case "Min":
      return nums.length ? minOf(nums) : 0;
    case "Product":
      return nums.length ? nums.reduce((s, x) => s * x, 1) : 0;
    case "StandardDeviation":
    case "StandardDeviationP":
    case "Variance":
    case "VarianceP": {
      const sample = how === "StandardDeviation" || how === "Variance";
      const n = nums.length;
      if (n === 0 || (sample && n < 2)) return new CellError("#DIV/0!");
      const mean = nums.reduce((s, x) => s + x, 0) / n;
      const ss = nums.reduce((s, x) => s + (x - mean) * (x - mean), 0);
      const variance = ss / (sample ? n - 1 : n);
      return how.startsWith("Variance") ? variance : Math.sqrt(variance);
    }
  }
}

/** The aggregation Excel picks for a new data field: Sum when every value is a number, else Count. */
export function defaultAggregation(src: PivotSource, f: number): PivotAggregation {
  return src.records.every((r) => r[f] === undefined || typeof r[f] === "number") ? "Sum" : "Count";
}

export function captionFor(how: PivotAggregation, field: string): string {
  const word: Record<PivotAggregation, string> = {
    Sum: "Sum",
    Count: "Count",
    Average: "Average",
    Max: "Max",
    Min: "Min",
    Product: "Product",
    CountNumbers: "Count",
    StandardDeviation: "StdDev",
    StandardDeviationP: "StdDevp",
    Variance: "Var",
    VarianceP: "Varp",
  };
  return `${word[how]} of ${field}`;
}

interface Grid {
  cells: (CellValue | undefined)[][];
  /** Which cells hold data values (to apply number formats): [row, col, dataIndex]. */
  dataCells: [number, number, number][];
  firstHeaderRow: number;
  firstDataRow: number;
  firstDataCol: number;
}

/** Builds the report grid (see file header for the layout). */
export function buildGrid(host: SimHost, p: PivotState): Grid {
  const src = sourceOf(host, p);
  const rowF = p.rows.map((n) => fieldIndex(src, n));
  const colF = p.cols.map((n) => fieldIndex(src, n));
  const data = p.data.map((d) => ({ ...d, f: fieldIndex(src, d.field) }));
  const filtered = src.records;
  const tabular = p.layoutType !== "Compact";

  // Column keys: distinct combinations of column-field values, ordered field by field. A record's
  // combination is keyed once (its fields' item keys), for the column groups below too.
  const colKeyOf = (values: Key[]): string => JSON.stringify(values.map(itemKey));
  const recColKey = new Map<Key[], string>();
  const colKeys: Key[][] = [];
  if (colF.length) {
    const seen = new Set<string>();
    for (const rec of filtered) {
      const k = colF.map((f) => rec[f]);
      const s = colKeyOf(k);
      recColKey.set(rec, s);
      if (!seen.has(s)) {
        seen.add(s);
        colKeys.push(k);
      }
    }
    colKeys.sort((a, b) => {
      for (let i = 0; i < a.length; i++) {
        const c = compareItems(a[i], b[i]);
        if (c !== 0) return c;
      }
      return 0;
    });
  }
  // Records are grouped by item key in one pass (not filtered once per item: that was items × records,
  // 3 s of a 77k-customer summary sheet).

  const nData = data.length;
  const labelCols = rowF.length === 0 ? 0 : tabular ? rowF.length : 1;
  const cells: (CellValue | undefined)[][] = [];
  const dataCells: [number, number, number][] = [];
  const colGroups: (Key[] | null)[] = colF.length
    ? [...colKeys, ...(p.showRowGrandTotals ? [null] : [])]
    : [null];
  const width = labelCols + Math.max(1, colGroups.length * Math.max(nData, 1));

  const valueRow = (recs: Key[][]): (CellValue | undefined)[] => {
    const out: (CellValue | undefined)[] = [];
    const byCol = colF.length ? groupBy(recs, (r) => recColKey.get(r) as string) : null;
    for (const g of colGroups) {
      const subset = g ? (byCol?.get(colKeyOf(g))?.recs ?? []) : recs;
      for (const d of data)
        out.push(
          subset.length
            ? aggregate(
                subset.map((r) => r[d.f]),
                d.summarizeBy,
              )
            : undefined,
        );
    }
    return out;
  };

  // Header rows.
  let firstHeaderRow = 1;
  let firstDataRow = 1;
  if (colF.length) {
    const r0: (CellValue | undefined)[] = blankRow(width);
    if (nData === 1 && labelCols > 0) r0[0] = data[0]!.name;
    r0[labelCols] = "Column Labels";
    cells.push(r0);
    const r1: (CellValue | undefined)[] = blankRow(width);
    if (labelCols > 0) {
      if (tabular) rowF.forEach((f, i) => (r1[i] = src.fields[f]));
      else r1[0] = "Row Labels";
    }
    colGroups.forEach((g, gi) => {
      r1[labelCols + gi * Math.max(nData, 1)] = g
        ? g.map((v) => String(itemLabel(v))).join(" / ")
        : "Grand Total";
    });
    cells.push(r1);
    firstDataRow = 2;
    if (nData > 1) {
      const r2: (CellValue | undefined)[] = blankRow(width);
      colGroups.forEach((g, gi) =>
        data.forEach((d, di) => (r2[labelCols + gi * nData + di] = g ? d.name : `Total ${d.name}`)),
      );
      cells.push(r2);
      firstDataRow = 3;
    }
  } else {
    const r0: (CellValue | undefined)[] = blankRow(width);
    if (labelCols > 0) {
      if (tabular) rowF.forEach((f, i) => (r0[i] = src.fields[f]));
      else r0[0] = "Row Labels";
    }
    data.forEach((d, i) => (r0[labelCols + i] = d.name));
    cells.push(r0);
    firstHeaderRow = 1;
    firstDataRow = 1;
  }

  const pushValues = (row: (CellValue | undefined)[], recs: Key[][]): void => {
    const vals = valueRow(recs);
    vals.forEach((v, i) => {
      row[labelCols + i] = v;
      if (nData > 0) dataCells.push([cells.length, labelCols + i, i % nData]);
    });
    cells.push(row);
  };

  // Body rows.
  const walk = (level: number, recs: Key[][]): void => {
    const f = rowF[level]!;
    // Items as first met (case folded), in Excel's item order; each with its records in their order.
    const items = [...groupBy(recs, (r) => itemKey(r[f])).values()].sort((a, b) =>
      compareItems(a.first[f], b.first[f]),
    );
    for (const { first, recs: sub } of items) {
      const it = first[f];
      const row: (CellValue | undefined)[] = blankRow(width);
      row[tabular ? level : 0] = itemLabel(it);
      const leaf = level === rowF.length - 1;
      if (leaf || (!tabular && p.subtotalLocation === "AtTop")) pushValues(row, sub);
      else cells.push(row);
      if (!leaf) walk(level + 1, sub);
    }
  };
  if (rowF.length) walk(0, filtered);
  else if (nData > 0) pushValues(blankRow(width), filtered);
  if (rowF.length && p.showColumnGrandTotals && nData > 0) {
    const row: (CellValue | undefined)[] = blankRow(width);
    row[0] = "Grand Total";
    pushValues(row, filtered);
  }
  return { cells, dataCells, firstHeaderRow, firstDataRow, firstDataCol: labelCols };
}

/** Recomputes the report and writes it into the destination cells (previous output cleared). */
export function renderPivot(host: SimHost, p: PivotState): void {
  const sheet = p.sheet;
  if (p.rendered) clearRect(sheet, p.rendered, true, true);
  p.rendered = null;
  if (p.rows.length === 0 && p.cols.length === 0 && p.data.length === 0) {
    p.layout = { firstHeaderRow: 1, firstDataRow: 1, firstDataCol: 0 };
    host.dirty();
    return;
  }
  const g = buildGrid(host, p);
  const h = g.cells.length;
  let w = -Infinity;
  for (const r of g.cells) if (r.length > w) w = r.length;
  const out = rect(p.dest.r, p.dest.c, p.dest.r + h - 1, p.dest.c + w - 1);
  for (const t of sheet.tables)
    if (intersects(t.rect, out)) throw new SimError(SimErrorCode.pivotTableRangeConflict);
  for (const other of sheet.pivots)
    if (other !== p && other.rendered && intersects(other.rendered, out))
      throw new SimError(SimErrorCode.pivotTableRangeConflict);
  g.cells.forEach((row, i) =>
    row.forEach((v, j) => setContent(sheet, p.dest.r + i, p.dest.c + j, v, undefined)),
  );
  const styles = host.state.styles;
  const memo = new Map<string, number>();
  for (const [i, j, di] of g.dataCells) {
    const nf = p.data[di]?.numberFormat;
    if (!nf || nf === "General") continue;
    const r = p.dest.r + i;
    const c = p.dest.c + j;
    const sid = styleIdAt(sheet, r, c);
    const k = `${sid}|${nf}`;
    let id = memo.get(k);
    if (id === undefined) {
      const s = cloneStyle(styles.get(sid));
      s.numberFormat = nf;
      id = styles.intern(s);
      memo.set(k, id);
    }
    setStyleId(sheet, r, c, id);
  }
  p.rendered = out;
  p.layout = { firstHeaderRow: g.firstHeaderRow, firstDataRow: g.firstDataRow, firstDataCol: g.firstDataCol };
  host.dirty();
}

function blankRow(width: number): (CellValue | undefined)[] {
  return Array.from({ length: width }, () => undefined);
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
