/** The task pane's state: plain data, changed only by the reducer (reducer.ts). */
import type { ClassificationResult, ClassKey } from "../../engine/result";
import type {
  CustomerField,
  MappingOverride,
  TransactionField,
  UnitOverride,
} from "../../engine/read/headers";
import type { StandardError } from "../../engine/standard/errors";
import type { StandardInput, Standard } from "../../engine/standard/types";
import type { Cell, Lang } from "../../engine/types";
import type { WorkbookErrorCode } from "../../excel/errors";
import type { CustomerRows } from "../../excel/navigate";
import type { Phase } from "../../excel/run";
import type { SourceSpec } from "../../excel/source";
import type { ProductView } from "../../worker/product-view";
import type { BaseId, CompareOutcome, WhatIfOutcome } from "../../worker/protocol";
import type { NoticeKey } from "../strings";

export type Which = "customers" | "transactions";

/** A data source as chosen, with what the user sees for it ("客户档案!A2:L122", a table's name). */
export interface SourceChoice {
  spec: SourceSpec;
  label: string;
}

/** An Excel table of the workbook, for the table picker. */
export interface TableChoice {
  name: string;
  sheet: string;
  address: string;
}

/** The first rows of a source, read to recognise its columns. */
export interface Preview {
  sheet: string;
  /** 0-based sheet row and column of rows[0][0]. */
  top: number;
  left: number;
  rows: Cell[][];
  /** Rows of the whole source. */
  totalRows: number;
}

/** The user's corrections of the recognised columns (column index within the source, or null = none). */
export interface MappingState {
  customers: MappingOverride<CustomerField>;
  customerUnits: UnitOverride<CustomerField>;
  transactions: MappingOverride<TransactionField>;
  transactionUnits: UnitOverride<TransactionField>;
}

/** Where the standard in the pane came from. */
export type StandardOrigin = "default" | "sheet" | "lastRun" | "scenario";

/** A problem found reading the standard sheet, with the cell to fix when there is one. */
export interface SheetProblem {
  /** The validator's error (its message is in both languages). */
  error: StandardError;
  sheet: string;
  /** A1 address, null when the problem is not about one cell. */
  cell: string | null;
}

/** Something to tell the user, kept as data so it follows a language switch. */
export type Notice = { intent: "error" | "warning" | "info" | "success"; sheet?: string; cell?: string } & (
  | { kind: "pane"; key: NoticeKey; params?: Record<string, string | number> }
  | { kind: "workbook"; code: WorkbookErrorCode; params: Record<string, string | number> }
);

export type RunStatus = "idle" | "running" | "done" | "failed" | "cancelled";

export type Busy =
  "load" | "detect" | "selection" | "preview" | "run" | "remove" | "standard" | "scenario" | "select";

export interface RunResult {
  result: ClassificationResult;
  /** The engine's kept copy of this run's tables (what-if reruns on it); null when the engine lost it. */
  baseId: BaseId | null;
  /** Where the columns went: "客户档案" (sheet) and the table, if any. */
  sheet: string;
  table: string | null;
  /** Where each customer's row is (Go to row, Explain selected row). */
  rows: CustomerRows;
  /** The transactions had a product column: the Products view has something to show. */
  hasProducts: boolean;
}

/** The views of step 4. */
export type ResultsView = "summary" | "find" | "products";

export interface FinderState {
  /** The query searched for (the box shows what is typed; this follows it after a pause). */
  query: string;
  /** The customer whose card is open (index in the result), or null for the list. */
  open: number | null;
}

export interface ProductsState {
  /** The run (base) the view belongs to. */
  base: BaseId;
  pending: boolean;
  view: ProductView | null;
}

export interface WhatIfState {
  /** The standard being tried; null until there is a result to compare with. */
  standard: Standard | null;
  /** Bumped by every edit: an answer for an older revision is stale. */
  rev: number;
  pending: boolean;
  outcome: WhatIfOutcome | null;
  /** Revision the outcome answers. */
  outcomeRev: number;
}

export type Scenarios = Record<string, StandardInput>;

/** "current" = the standard of the result shown; otherwise a scenario's name. */
export type ScenarioRef = { kind: "current" } | { kind: "scenario"; name: string };

export interface CompareState {
  a: ScenarioRef;
  b: ScenarioRef;
  pending: boolean;
  outcome: CompareOutcome | null;
}

export interface PaneState {
  lang: Lang;
  /** False until the workbook's remembered settings were read (or there is no workbook). */
  loaded: boolean;
  busy: Busy | null;
  notice: Notice | null;

  sources: Record<Which, SourceChoice | null>;
  previews: Record<Which, Preview | null>;
  tables: TableChoice[];
  mapping: MappingState;

  standard: Standard;
  standardOrigin: StandardOrigin;
  /** The standard of the last run, as stored in the workbook (offered as a choice). */
  lastRunStandard: Standard | null;
  sheetProblems: SheetProblem[];

  asOf: string;
  writeSummary: boolean;
  writeProducts: boolean;
  run: { status: RunStatus; phase: Phase | null; fraction: number };
  result: RunResult | null;
  resultsKey: ClassKey;
  resultsView: ResultsView;
  finder: FinderState;
  products: ProductsState | null;

  whatIf: WhatIfState;
  whatIfKey: ClassKey;
  scenarios: Scenarios;
  compare: CompareState;
}
