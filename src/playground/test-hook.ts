/**
 * A read-only window onto the simulated workbook for end-to-end tests (and curious users in the
 * console): `window.__custclass`. It reads through the simulator's host-side API, never changes
 * anything, and answers for the workbook open at the moment of the call.
 */
import { formatAddress } from "../sim/address";
import { CellError } from "../sim/state";
import type { Session } from "./session";

export interface CustClassTestHook {
  /** Sheet names in tab order. */
  sheetNames(): string[];
  /** A cell's value as Range.values reports it (errors as their code, "" for empty). */
  cell(sheet: string, address: string): string | number | boolean;
  /** A cell's text as the grid shows it (the value under its number format). */
  text(sheet: string, address: string): string;
  /** Values of a range, row by row. */
  values(sheet: string, address: string): (string | number | boolean)[][];
  activeSheet(): string | null;
  /** The selection as "Sheet!A1:B2". */
  selection(): string | null;
  usedRange(sheet: string): string | null;
  tables(): { name: string; sheet: string; address: string; columns: string[] }[];
  pivotTables(sheet: string): { name: string; rows: string[]; data: string[] }[];
  charts(sheet: string): { name: string; type: string; title: string }[];
  conditionalFormatCount(sheet: string): number;
  /** Grows by one after every task-pane batch and every grid selection. */
  version(): number;
  /** The file the workbook came from. */
  fileName(): string;
}

declare global {
  interface Window {
    __custclass?: CustClassTestHook;
  }
}

function plain(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return v instanceof CellError ? v.code : JSON.stringify(v);
}

export function installTestHook(current: () => Session | null): void {
  const wb = () => {
    const s = current();
    if (!s) throw new Error("no workbook is open yet");
    return s.sim.workbook;
  };
  const at = (sheet: string, address: string) =>
    formatAddress(sheet, wb().resolve(`'${sheet.replace(/'/g, "''")}'!${address}`).rect);
  window.__custclass = Object.freeze({
    sheetNames: () => wb().sheetNames(),
    cell: (sheet: string, address: string) => plain(wb().getValues(at(sheet, address))[0]?.[0]),
    text: (sheet: string, address: string) => wb().getText(at(sheet, address))[0]?.[0] ?? "",
    values: (sheet: string, address: string) =>
      wb()
        .getValues(at(sheet, address))
        .map((row) => row.map(plain)),
    activeSheet: () => wb().state.activeSheet?.name ?? null,
    selection: () => {
      const s = wb().state.activeSheet;
      return s ? formatAddress(s.name, s.selection) : null;
    },
    usedRange: (sheet: string) => wb().usedRange(sheet),
    tables: () =>
      wb()
        .tables()
        .map(({ name, sheet, address, columns }) => ({ name, sheet, address, columns })),
    pivotTables: (sheet: string) =>
      wb()
        .sheet(sheet)
        .pivots.map((p) => ({ name: p.name, rows: [...p.rows], data: p.data.map((d) => d.name) })),
    charts: (sheet: string) =>
      wb()
        .sheet(sheet)
        .charts.map((c) => ({ name: c.name, type: c.type, title: c.title.text })),
    conditionalFormatCount: (sheet: string) => wb().sheet(sheet).cfs.length,
    version: () => current()?.version() ?? 0,
    fileName: () => current()?.fileName ?? "",
  });
}
