/**
 * Everything the task pane does to the workbook, in one module handed to the components: each action
 * goes through the workbook layer (src/excel) and its one Excel wrapper (runBatch), with the pane's
 * language for its messages. Components never touch the Excel API.
 */
import type { ClassifyRequest } from "../engine/classify";
import type { Standard } from "../engine/standard/types";
import type { Cell, Lang } from "../engine/types";
import { classifyWorkbook, type ClassifyWorkbookOutcome } from "../excel/classify-workbook";
import { readValues } from "../excel/blocks";
import { detectSources } from "../excel/detect";
import type { ExcelHost } from "../excel/host";
import { maskColumns, ownColumnsToMask } from "../excel/mask";
import { selectedRow, selectRow, type RowTarget } from "../excel/navigate";
import { findOwnColumns } from "../excel/own-columns";
import { removeResults, type RemoveOutcome } from "../excel/remove";
import { fail, runBatch, type ProgressEvent, type RunContext } from "../excel/run";
import { locate, type SourceSpec } from "../excel/source";
import { loadLastRun } from "../excel/state";
import { readStandardSheet, writeStandardSheet } from "../excel/standard-sheet";
import { isEngineAbort } from "../worker/errors";
import type { BaseId, EngineClient } from "../worker/protocol";
import {
  choiceOf,
  PANE_SETTINGS_KEY,
  parsePaneSettings,
  parseScenarios,
  SCENARIOS_KEY,
  stripSheet,
  type PaneSettings,
} from "./state/sources";
import type {
  MappingState,
  Preview,
  Scenarios,
  SheetProblem,
  SourceChoice,
  TableChoice,
} from "./state/types";

/** Rows read to recognise the header (engine/read HEADER_SCAN_ROWS: a title and notes above it are normal). */
export const PREVIEW_ROWS = 20;

export interface RunInput {
  customers: SourceSpec | null;
  transactions: SourceSpec | null;
  standard: Standard;
  mapping: MappingState;
  asOf: string | null;
  summary: boolean;
  /** Write the product sheets (when the transactions have a product column). */
  products: boolean;
}

export type RunOutcome = ClassifyWorkbookOutcome & { baseId: BaseId | null };

export interface Remembered {
  settings: PaneSettings | null;
  lastRunStandard: Standard | null;
  scenarios: Scenarios;
}

export interface StandardSheetRead {
  sheet: string;
  standard: Standard;
  problems: SheetProblem[];
}

export interface PaneActions {
  /** The selected range as a source: a table when the selection is in one, the used part of it otherwise. */
  selection(): Promise<SourceChoice>;
  tables(): Promise<TableChoice[]>;
  detect(): Promise<{ customers: SourceChoice | null; transactions: SourceChoice | null }>;
  preview(spec: SourceSpec): Promise<Preview>;
  run(
    input: RunInput,
    hooks: { signal: AbortSignal; onProgress: (e: ProgressEvent) => void },
  ): Promise<RunOutcome>;
  remove(): Promise<RemoveOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Activates the row's sheet and selects the row; false when the sheet is gone. */
  selectRow(at: RowTarget): Promise<boolean>;
  /** Sheet and 0-based row of the user's selection. */
  selectedRow(): Promise<{ sheet: string; row: number }>;
  load(): Promise<Remembered>;
  saveSettings(settings: PaneSettings): Promise<void>;
  saveScenarios(scenarios: Scenarios): Promise<void>;
  /** Writes the standard as the editable sheet; its name. */
  writeStandard(standard: Standard): Promise<string>;
  /** The standard read back from the sheet, with its problems at their cells; null when there is no sheet. */
  readStandard(): Promise<StandardSheetRead | null>;
  readonly engine: EngineClient;
}

/** The engine's mapping request from the pane's corrections (empty corrections are left out). */
export function mappingRequest(m: MappingState): NonNullable<ClassifyRequest["mapping"]> {
  const out: NonNullable<ClassifyRequest["mapping"]> = {};
  if (Object.keys(m.customers).length > 0) out.customers = m.customers;
  if (Object.keys(m.customerUnits).length > 0) out.customerUnits = m.customerUnits;
  if (Object.keys(m.transactions).length > 0) out.transactions = m.transactions;
  if (Object.keys(m.transactionUnits).length > 0) out.transactionUnits = m.transactionUnits;
  return out;
}

export function createActions(host: ExcelHost, engine: EngineClient, lang: () => Lang): PaneActions {
  const ctx = (extra: Partial<RunContext> = {}): RunContext => ({ host, lang: lang(), ...extra });

  async function writeSetting(key: string, value: unknown): Promise<void> {
    await runBatch(ctx(), async (context) => {
      context.workbook.settings.add(key, JSON.stringify(value));
      await context.sync();
    });
  }

  return {
    engine,

    async selection() {
      const c = ctx();
      const spec = await runBatch(c, async (context): Promise<SourceSpec> => {
        const selected = context.workbook.getSelectedRange();
        selected.load("cellCount,rowIndex,columnIndex");
        // The selection is on the active sheet.
        const selectedSheet = context.workbook.worksheets.getActiveWorksheet();
        selectedSheet.load("name");
        const used = selected.getUsedRangeOrNullObject(true);
        used.load("address");
        // The table the selection starts in, found by position: Range.getTables needs ExcelApi 1.9.
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const boxes = tables.items.map((t) => {
          const range = t.getRange();
          range.load("rowIndex,columnIndex,rowCount,columnCount");
          range.worksheet.load("name");
          return { name: t.name, range };
        });
        await context.sync();
        const sheet = selectedSheet.name;
        const r = selected.rowIndex;
        const col = selected.columnIndex;
        const inside = boxes.find(
          ({ range: b }) =>
            b.worksheet.name === sheet &&
            r >= b.rowIndex &&
            r < b.rowIndex + b.rowCount &&
            col >= b.columnIndex &&
            col < b.columnIndex + b.columnCount,
        );
        if (inside !== undefined) return { kind: "table", name: inside.name };
        // One cell selected: the user means the table around it; the sheet's used range is the safe reading.
        if (selected.cellCount === 1) return { kind: "sheet", sheet };
        if (used.isNullObject) throw fail(c, "no_data", { where: sheet });
        return { kind: "range", sheet, address: stripSheet(used.address) };
      });
      return choiceOf(spec);
    },

    async tables() {
      return runBatch(ctx(), async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const rows = tables.items.map((t) => {
          const range = t.getRange();
          range.load("address");
          t.worksheet.load("name");
          return { t, range };
        });
        await context.sync();
        return rows.map(({ t, range }) => ({
          name: t.name,
          sheet: t.worksheet.name,
          address: stripSheet(range.address),
        }));
      });
    },

    async detect() {
      const found = await detectSources(ctx());
      return {
        customers: found.customers ? choiceOf(found.customers) : null,
        transactions: found.transactions ? choiceOf(found.transactions) : null,
      };
    },

    async preview(spec) {
      const c = ctx();
      const located = await locate(c, spec);
      const box = { ...located.box, rows: Math.min(PREVIEW_ROWS, located.box.rows) };
      const rows: (readonly Cell[])[] = await readValues(c, box);
      // The columns an earlier run added are not data (classifyWorkbook masks them the same way).
      const own = await findOwnColumns(c);
      const raw = { sheet: box.sheet, top: box.top, left: box.left, rows };
      const masked = maskColumns(raw, ownColumnsToMask(raw, own));
      return {
        sheet: box.sheet,
        top: box.top,
        left: box.left,
        rows: masked.rows.map((r) => [...r]),
        totalRows: located.box.rows,
      };
    },

    async run(input, hooks) {
      const c = ctx({ signal: hooks.signal, onProgress: hooks.onProgress });
      let baseId: BaseId | null = null;
      const classify = async (req: ClassifyRequest) => {
        try {
          const out = await engine.classify(req, hooks.signal);
          baseId = out.baseId;
          return out;
        } catch (e) {
          if (isEngineAbort(e)) throw fail(c, "cancelled");
          throw e;
        }
      };
      const mapping = mappingRequest(input.mapping);
      const out = await classifyWorkbook(c, {
        customers: input.customers,
        transactions: input.transactions,
        standard: input.standard,
        asOf: input.asOf,
        summary: input.summary,
        products: input.products,
        ...(Object.keys(mapping).length > 0 && { mapping }),
        engine: classify,
        // The engine's internals stay in the worker: the product sheets get the analysis from there.
        productAnalysis: async () => {
          if (baseId === null) return null;
          try {
            return await engine.productAnalysis({ base: baseId }, hooks.signal);
          } catch (e) {
            if (isEngineAbort(e)) throw fail(c, "cancelled");
            throw e;
          }
        },
      });
      return { ...out, baseId };
    },

    remove: () => removeResults(ctx()),

    async selectCell(sheet, cell) {
      await runBatch(ctx(), async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).select();
        await context.sync();
      });
    },

    selectRow: (at) => selectRow(ctx(), at),
    selectedRow: () => selectedRow(ctx()),

    async load() {
      const c = ctx();
      const [values, lastRun] = await Promise.all([
        runBatch(c, async (context) => {
          const pane = context.workbook.settings.getItemOrNullObject(PANE_SETTINGS_KEY);
          const scenarios = context.workbook.settings.getItemOrNullObject(SCENARIOS_KEY);
          pane.load("value");
          scenarios.load("value");
          await context.sync();
          return {
            pane: pane.isNullObject ? null : (pane.value as unknown),
            scenarios: scenarios.isNullObject ? null : (scenarios.value as unknown),
          };
        }),
        loadLastRun(c),
      ]);
      return {
        settings: parsePaneSettings(values.pane),
        lastRunStandard: lastRun?.standard ?? null,
        scenarios: parseScenarios(values.scenarios),
      };
    },

    saveSettings: (settings) => writeSetting(PANE_SETTINGS_KEY, settings),
    saveScenarios: (scenarios) => writeSetting(SCENARIOS_KEY, scenarios),

    writeStandard: (standard) => writeStandardSheet(ctx(), standard),

    async readStandard() {
      const read = await readStandardSheet(ctx());
      if (read === null) return null;
      return {
        sheet: read.sheet,
        standard: read.standard,
        problems: read.errors.map((e) => ({
          error: e.error,
          sheet: e.sheet,
          cell: e.cell === "" ? null : e.cell,
        })),
      };
    },
  };
}
