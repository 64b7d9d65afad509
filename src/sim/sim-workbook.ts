/**
 * Host-side access to the simulated workbook, without proxies or syncs: what a test uses to set up
 * or inspect cells, to play "the user" (typing, inserting rows), and what the CLI and the
 * playground read to show the workbook.
 */
import { formatAddress, MAX_COLS, MAX_ROWS, rect, type Rect } from "./address";
import { usedRect } from "./cells";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import {
  readFormulas,
  readNumberFormat,
  readText,
  readValues,
  writeEntries,
  writeNumberFormat,
} from "./range-host";
import { fromSettingJson } from "./settings";
import { shiftCells } from "./shift";
import { findSheet, newSheet, type SheetState, type SimWorkbookState } from "./state";

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  columns: string[];
  showHeaders: boolean;
  style: string;
}

export class SimWorkbook {
  constructor(readonly host: SimHost) {}

  get state(): SimWorkbookState {
    return this.host.state;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetState {
    const s = findSheet(this.state, name);
    if (!s) throw new SimError(SimErrorCode.itemNotFound, `No sheet named ${name}`);
    return s;
  }

  addSheet(name: string): SheetState {
    if (findSheet(this.state, name)) throw new SimError(SimErrorCode.itemAlreadyExists);
    const s = newSheet(this.state, name);
    this.state.sheets.push(s);
    if (!this.state.activeSheet) this.state.activeSheet = s;
    return s;
  }

  /** "Sheet1!A1:B2" (or "A1:B2" on the active sheet). */
  resolve(address: string): { sheet: SheetState; rect: Rect } {
    const r = this.host.resolveAddress(address, this.state.activeSheet);
    if (!r) throw new SimError(SimErrorCode.invalidArgument, `Bad address ${address}`);
    return r;
  }

  getValues(address: string): unknown[][] {
    return readValues(this.host, this.resolve(address));
  }
  getFormulas(address: string): unknown[][] {
    return readFormulas(this.host, this.resolve(address));
  }
  getText(address: string): string[][] {
    return readText(this.host, this.resolve(address));
  }
  getNumberFormats(address: string): string[][] {
    return readNumberFormat(this.host, this.resolve(address));
  }
  /** Types values into cells (Excel's entry rules apply, as in the UI). */
  setValues(address: string, values: unknown): void {
    writeEntries(this.host, this.resolve(address), values);
  }
  setNumberFormats(address: string, formats: unknown): void {
    writeNumberFormat(this.host, this.resolve(address), formats);
  }

  /** The user inserts `count` whole rows before 0-based row `at`. */
  insertRows(sheetName: string, at: number, count = 1): void {
    shiftCells(this.host, this.sheet(sheetName), rect(at, 0, at + count - 1, MAX_COLS - 1), "Down");
  }
  deleteRows(sheetName: string, at: number, count = 1): void {
    shiftCells(this.host, this.sheet(sheetName), rect(at, 0, at + count - 1, MAX_COLS - 1), "Up");
  }
  insertColumns(sheetName: string, at: number, count = 1): void {
    shiftCells(this.host, this.sheet(sheetName), rect(0, at, MAX_ROWS - 1, at + count - 1), "Right");
  }
  deleteColumns(sheetName: string, at: number, count = 1): void {
    shiftCells(this.host, this.sheet(sheetName), rect(0, at, MAX_ROWS - 1, at + count - 1), "Left");
  }

  /** The user selects a range (and its sheet becomes active). */
  select(address: string): void {
    const r = this.resolve(address);
    r.sheet.selection = { ...r.rect };
    this.state.activeSheet = r.sheet;
  }

  usedRange(sheetName: string, valuesOnly = false): string | null {
    const s = this.sheet(sheetName);
    const u = usedRect(s, valuesOnly);
    return u ? formatAddress(s.name, u) : null;
  }

  tables(): TableInfo[] {
    return this.state.sheets.flatMap((s) =>
      s.tables.map((t) => ({
        name: t.name,
        sheet: s.name,
        address: formatAddress(s.name, t.rect),
        columns: t.columns.map((c) => c.name),
        showHeaders: t.showHeaders,
        style: t.style,
      })),
    );
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries(this.state.settings.map((s) => [s.key, fromSettingJson(s.json)]));
  }
}
