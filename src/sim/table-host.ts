/**
 * Excel tables (ListObjects) on the host: creation, header names, growth.
 * Header rules are Excel's: a header is text; a blank header becomes "Column<n>" (n = position);
 * a duplicate gets the smallest number suffix that makes it unique ("Name", "Name2"); names compare
 * case-insensitively. Table names follow Excel's naming rules (letter, "_" or "\" first; letters,
 * digits, "." and "_" after; no cell-reference look-alikes) and are unique among tables and names.
 */
import { intersect, rect, rectRows, type Rect } from "./address";
import { clearRect, setContent } from "./cells";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { formatValue } from "./number-format";
import { shiftCells } from "./shift";
import { allTables, type SheetState, type SimWorkbookState, type TableState } from "./state";
import { styleIdAt } from "./cells";
import { writeEntries } from "./range-host";

export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr](\d*)([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name))
    return false;
  return true;
}

export function nameTaken(state: SimWorkbookState, name: string, except?: TableState): boolean {
  const k = name.toLowerCase();
  return (
    allTables(state).some((t) => t !== except && t.name.toLowerCase() === k) ||
    state.names.some((n) => n.name.toLowerCase() === k)
  );
}

function nextTableName(state: SimWorkbookState): string {
  for (let i = 1; ; i++) if (!nameTaken(state, `Table${i}`)) return `Table${i}`;
}

/**
 * Normalises header texts (see file header). Names listed in `keep` (columns whose header did not
 * change) keep their name; the others get a suffix if needed, as when a user types a duplicate
 * header into an existing table.
 */
export function normaliseHeaders(texts: string[], keep: boolean[] = []): string[] {
  const used = new Set<string>();
  const out = new Array<string>(texts.length);
  texts.forEach((t, i) => {
    if (keep[i] && t.trim() !== "" && !used.has(t.toLowerCase())) {
      out[i] = t;
      used.add(t.toLowerCase());
    }
  });
  texts.forEach((t, i) => {
    if (out[i] !== undefined) return;
    const base = t.trim() === "" ? `Column${i + 1}` : t;
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}${k}`;
    used.add(name.toLowerCase());
    out[i] = name;
  });
  return out;
}

function headerTexts(host: SimHost, sheet: SheetState, r: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let c = c0; c <= c1; c++) {
    const v = host.value(sheet, r, c);
    out.push(formatValue(v, host.state.styles.get(styleIdAt(sheet, r, c)).numberFormat));
  }
  return out;
}

function writeHeaders(sheet: SheetState, t: TableState): void {
  if (!t.showHeaders) return;
  t.columns.forEach((col, j) => setContent(sheet, t.rect.r0, t.rect.c0 + j, col.name, undefined));
}

export function bodyRect(t: TableState): Rect {
  const r0 = t.rect.r0 + (t.showHeaders ? 1 : 0);
  const r1 = t.rect.r1 - (t.showTotals ? 1 : 0);
  return rect(r0, t.rect.c0, Math.max(r0, r1), t.rect.c1);
}

export function bodyRowCount(t: TableState): number {
  return rectRows(bodyRect(t));
}

function checkOverlaps(sheet: SheetState, x: Rect, except?: TableState): void {
  for (const t of sheet.tables)
    if (t !== except && intersect(t.rect, x)) throw new SimError(SimErrorCode.mergedRangeConflict);
  for (const m of sheet.merges) if (intersect(m, x)) throw new SimError(SimErrorCode.mergedRangeConflict);
  for (const p of sheet.pivots)
    if (p.rendered && intersect(p.rendered, x)) throw new SimError(SimErrorCode.pivotTableRangeConflict);
}

/** TableCollection.add(address, hasHeaders). */
export function createTable(host: SimHost, sheet: SheetState, x: Rect, hasHeaders: boolean): TableState {
  const state = host.state;
  checkOverlaps(sheet, x);
  let r = { ...x };
  if (!hasHeaders) {
    // "Excel will automatically generate a header and shift the data down by one row."
    shiftCells(host, sheet, rect(r.r0, r.c0, r.r0, r.c1), "Down");
    r = rect(r.r0, r.c0, r.r1 + 1, r.c1);
  }
  if (r.r1 === r.r0) r = rect(r.r0, r.c0, r.r0 + 1, r.c1); // a table always has a data row
  const texts = hasHeaders
    ? headerTexts(host, sheet, r.r0, r.c0, r.c1)
    : new Array<string>(r.c1 - r.c0 + 1).fill("");
  const names = normaliseHeaders(texts);
  state.seq.table += 1;
  const t: TableState = {
    id: state.seq.table,
    name: nextTableName(state),
    sheet,
    rect: r,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    columns: names.map((name, i) => ({ id: i + 1, name })),
    nextColumnId: names.length + 1,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  sheet.tables.push(t);
  writeHeaders(sheet, t);
  host.dirty();
  return t;
}

/** After cells of `x` were written: header cells of tables define the column names again. */
export function syncTableHeaders(host: SimHost, sheet: SheetState, x: Rect): void {
  for (const t of sheet.tables) {
    if (!t.showHeaders) continue;
    const hdr = rect(t.rect.r0, t.rect.c0, t.rect.r0, t.rect.c1);
    if (!intersect(hdr, x)) continue;
    const texts = headerTexts(host, sheet, t.rect.r0, t.rect.c0, t.rect.c1);
    const names = normaliseHeaders(
      texts,
      texts.map((x, j) => t.columns[j]?.name === x),
    );
    names.forEach((n, j) => {
      const col = t.columns[j];
      if (col) col.name = n;
    });
    writeHeaders(sheet, t);
  }
}

export function renameColumn(host: SimHost, t: TableState, index: number, name: string): void {
  const texts = t.columns.map((c, j) => (j === index ? name : c.name));
  const names = normaliseHeaders(
    texts,
    texts.map((_x, j) => j !== index),
  );
  names.forEach((n, j) => (t.columns[j]!.name = n));
  writeHeaders(t.sheet, t);
  host.dirty();
}

/** TableColumnCollection.add: inserts cells inside the table rows (cells to the right move right). */
export function addTableColumn(
  host: SimHost,
  t: TableState,
  index: number | undefined | null,
  values: unknown,
  name: string | undefined | null,
): number {
  const n = t.columns.length;
  const at = index === undefined || index === null ? n : index;
  if (!Number.isInteger(at) || at < 0 || at > n) throw new SimError(SimErrorCode.invalidArgument);
  const rows = rectRows(t.rect);
  let grid: unknown[][] | undefined;
  if (Array.isArray(values)) {
    if (values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== 1))
      throw new SimError(SimErrorCode.invalidArgument);
    grid = values as unknown[][];
  }
  const c = t.rect.c0 + at;
  shiftCells(host, t.sheet, rect(t.rect.r0, c, t.rect.r1, c), "Right", t);
  t.rect = rect(t.rect.r0, t.rect.c0, t.rect.r1, t.rect.c1 + 1);
  const id = t.nextColumnId++;
  const headerFromValues = grid && t.showHeaders ? grid[0]![0] : undefined;
  const requested =
    name ??
    (typeof headerFromValues === "string" ||
    typeof headerFromValues === "number" ||
    typeof headerFromValues === "boolean"
      ? String(headerFromValues)
      : "");
  t.columns.splice(at, 0, { id, name: requested });
  const texts = t.columns.map((col) => col.name);
  normaliseHeaders(
    texts,
    texts.map((_x, j) => j !== at),
  ).forEach((nm, j) => (t.columns[j]!.name = nm));
  writeHeaders(t.sheet, t);
  const body = bodyRect(t);
  for (let r = body.r0, i = t.showHeaders ? 1 : 0; r <= body.r1; r++, i++) {
    const v = grid ? grid[i]![0] : values;
    if (v !== undefined && v !== null) writeCell(host, t.sheet, r, c, v);
  }
  host.dirty();
  return id;
}

/** TableRowCollection.add: inserts rows of cells inside the table columns. */
export function addTableRows(
  host: SimHost,
  t: TableState,
  index: number | undefined | null,
  values: unknown,
): number {
  const bodyCount = bodyRowCount(t);
  const at = index === undefined || index === null ? bodyCount : index;
  if (!Number.isInteger(at) || at < 0 || at > bodyCount) throw new SimError(SimErrorCode.invalidArgument);
  const ncols = t.columns.length;
  let grid: unknown[][] = [new Array(ncols).fill(null)];
  if (Array.isArray(values)) {
    if (values.length === 0 || values.some((r) => !Array.isArray(r) || r.length !== ncols))
      throw new SimError(SimErrorCode.invalidArgument);
    grid = values as unknown[][];
  } else if (values !== undefined && values !== null) grid = [new Array(ncols).fill(values)];
  const k = grid.length;
  const r = bodyRect(t).r0 + at;
  shiftCells(host, t.sheet, rect(r, t.rect.c0, r + k - 1, t.rect.c1), "Down", t);
  t.rect = rect(t.rect.r0, t.rect.c0, t.rect.r1 + k, t.rect.c1);
  grid.forEach((row, i) =>
    row.forEach((v, j) => v !== null && v !== undefined && writeCell(host, t.sheet, r + i, t.rect.c0 + j, v)),
  );
  host.dirty();
  return at;
}

export function deleteTableRows(host: SimHost, t: TableState, index: number, count: number): void {
  const body = bodyRect(t);
  const n = bodyRowCount(t);
  if (index < 0 || count < 1 || index + count > n) throw new SimError(SimErrorCode.invalidArgument);
  const r = body.r0 + index;
  shiftCells(host, t.sheet, rect(r, t.rect.c0, r + count - 1, t.rect.c1), "Up", t);
  let r1 = t.rect.r1 - count;
  if (r1 < t.rect.r0 + (t.showHeaders ? 1 : 0)) r1 = t.rect.r0 + (t.showHeaders ? 1 : 0); // keep one (empty) data row
  t.rect = rect(t.rect.r0, t.rect.c0, r1, t.rect.c1);
  host.dirty();
}

export function deleteTableColumn(host: SimHost, t: TableState, index: number): void {
  if (t.columns.length <= 1) throw new SimError(SimErrorCode.invalidOperation);
  const c = t.rect.c0 + index;
  shiftCells(host, t.sheet, rect(t.rect.r0, c, t.rect.r1, c), "Left", t);
  t.rect = rect(t.rect.r0, t.rect.c0, t.rect.r1, t.rect.c1 - 1);
  t.columns.splice(index, 1);
  host.dirty();
}

/** Table.delete(): the table and its cells go. */
export function deleteTable(host: SimHost, t: TableState): void {
  clearRect(t.sheet, t.rect, true, true);
  t.sheet.tables = t.sheet.tables.filter((x) => x !== t);
  host.dirty();
}

export function convertToRange(host: SimHost, t: TableState): Rect {
  t.sheet.tables = t.sheet.tables.filter((x) => x !== t);
  host.dirty();
  return t.rect;
}

export function setShowHeaders(host: SimHost, t: TableState, show: boolean): void {
  if (show === t.showHeaders) return;
  if (!show) {
    setContentRow(t.sheet, t.rect.r0, t.rect.c0, t.rect.c1);
    t.showHeaders = false;
    t.rect = rect(t.rect.r0 + 1, t.rect.c0, t.rect.r1, t.rect.c1);
  } else {
    if (t.rect.r0 === 0) throw new SimError(SimErrorCode.invalidOperation);
    t.showHeaders = true;
    t.rect = rect(t.rect.r0 - 1, t.rect.c0, t.rect.r1, t.rect.c1);
    writeHeaders(t.sheet, t);
  }
  host.dirty();
}

export function setShowTotals(host: SimHost, t: TableState, show: boolean): void {
  if (show === t.showTotals) return;
  if (show) {
    t.showTotals = true;
    t.rect = rect(t.rect.r0, t.rect.c0, t.rect.r1 + 1, t.rect.c1);
    setContent(t.sheet, t.rect.r1, t.rect.c0, "Total", undefined);
  } else {
    setContentRow(t.sheet, t.rect.r1, t.rect.c0, t.rect.c1);
    t.showTotals = false;
    t.rect = rect(t.rect.r0, t.rect.c0, t.rect.r1 - 1, t.rect.c1);
  }
  host.dirty();
}

function setContentRow(sheet: SheetState, r: number, c0: number, c1: number): void {
  for (let c = c0; c <= c1; c++) setContent(sheet, r, c, undefined, undefined);
}

function writeCell(host: SimHost, sheet: SheetState, r: number, c: number, v: unknown): void {
  writeEntries(host, { sheet, rect: rect(r, c) }, [[v]]);
}

export function findTable(state: SimWorkbookState, key: string): TableState | undefined {
  const k = key.toLowerCase();
  return allTables(state).find((t) => t.name.toLowerCase() === k || String(t.id) === key);
}
