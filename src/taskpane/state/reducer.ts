/** Every change of the pane's state, as a pure function (tested in reducer.test.ts). */
import type { ClassKey } from "../../engine/result";
import { defaultStandard } from "../../engine/standard/defaults";
import type { Standard } from "../../engine/standard/types";
import type { Lang } from "../../engine/types";
import type { Phase } from "../../excel/run";
import type { ProductView } from "../../worker/product-view";
import type { BaseId, CompareOutcome, WhatIfOutcome } from "../../worker/protocol";
import { EMPTY_MAPPING, type PaneSettings } from "./sources";
import { setAt } from "./standard-edit";
import type {
  Busy,
  MappingState,
  Notice,
  PaneState,
  Preview,
  ResultsView,
  RunResult,
  ScenarioRef,
  Scenarios,
  SheetProblem,
  SourceChoice,
  StandardOrigin,
  TableChoice,
  Which,
} from "./types";

export type PaneAction =
  | { type: "lang"; lang: Lang }
  | { type: "busy"; busy: Busy | null }
  | { type: "notice"; notice: Notice | null }
  | {
      type: "loaded";
      settings: PaneSettings | null;
      sources: Record<Which, SourceChoice | null>;
      lastRunStandard: Standard | null;
      scenarios: Scenarios;
      tables: TableChoice[];
    }
  | { type: "tables"; tables: TableChoice[] }
  | { type: "source"; which: Which; source: SourceChoice | null }
  | { type: "preview"; which: Which; preview: Preview | null }
  | { type: "mapColumn"; which: Which; field: string; col: number | null | undefined }
  | { type: "mapUnit"; which: Which; field: string; unit: number | undefined }
  | { type: "resetMapping"; which: Which }
  | { type: "standard"; standard: Standard; origin: StandardOrigin; problems?: SheetProblem[] }
  | { type: "editStandard"; path: string; value: unknown }
  | { type: "asOf"; asOf: string }
  | { type: "writeSummary"; on: boolean }
  | { type: "writeProducts"; on: boolean }
  | { type: "runStarted" }
  | { type: "progress"; phase: Phase; fraction: number }
  | { type: "runDone"; result: RunResult }
  | { type: "runFailed"; cancelled: boolean }
  | { type: "removed" }
  | { type: "resultsKey"; key: ClassKey }
  | { type: "resultsView"; view: ResultsView }
  | { type: "finderQuery"; query: string }
  | { type: "finderOpen"; index: number | null }
  | { type: "productsPending"; base: BaseId }
  | { type: "productsDone"; base: BaseId; view: ProductView | null }
  | { type: "whatIfEdit"; path: string; value: unknown }
  | { type: "whatIfSet"; standard: Standard }
  | { type: "whatIfReset" }
  | { type: "whatIfPending"; rev: number }
  | { type: "whatIfDone"; rev: number; outcome: WhatIfOutcome | null }
  | { type: "whatIfKey"; key: ClassKey }
  | { type: "scenarios"; scenarios: Scenarios }
  | { type: "compareSide"; side: "a" | "b"; ref: ScenarioRef }
  | { type: "comparePending" }
  | { type: "compareDone"; outcome: CompareOutcome | null };

export function initialState(lang: Lang): PaneState {
  return {
    lang,
    loaded: false,
    busy: null,
    notice: null,
    sources: { customers: null, transactions: null },
    previews: { customers: null, transactions: null },
    tables: [],
    mapping: EMPTY_MAPPING,
    standard: defaultStandard(),
    standardOrigin: "default",
    lastRunStandard: null,
    sheetProblems: [],
    asOf: "",
    writeSummary: true,
    writeProducts: true,
    run: { status: "idle", phase: null, fraction: 0 },
    result: null,
    resultsKey: "overall",
    resultsView: "summary",
    finder: { query: "", open: null },
    products: null,
    whatIf: { standard: null, rev: 0, pending: false, outcome: null, outcomeRev: -1 },
    whatIfKey: "value",
    scenarios: {},
    compare: { a: { kind: "current" }, b: { kind: "current" }, pending: false, outcome: null },
  };
}

const MAPPING_KEYS: Record<
  Which,
  { cols: "customers" | "transactions"; units: "customerUnits" | "transactionUnits" }
> = {
  customers: { cols: "customers", units: "customerUnits" },
  transactions: { cols: "transactions", units: "transactionUnits" },
};

/** A copy of `o` with `key` set, or removed when `value` is undefined. */
function withKey<T>(
  o: Partial<Record<string, T>>,
  key: string,
  value: T | undefined,
): Partial<Record<string, T>> {
  const out = { ...o };
  if (value === undefined) Reflect.deleteProperty(out, key);
  else out[key] = value;
  return out;
}

function remap(
  mapping: MappingState,
  which: Which,
  part: "cols" | "units",
  next: Partial<Record<string, unknown>>,
): MappingState {
  return { ...mapping, [MAPPING_KEYS[which][part]]: next };
}

export function reducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "lang":
      return { ...state, lang: action.lang };
    case "busy":
      return { ...state, busy: action.busy };
    case "notice":
      return { ...state, notice: action.notice };
    case "loaded": {
      const s = action.settings;
      return {
        ...state,
        loaded: true,
        sources: action.sources,
        mapping: s?.mapping ?? state.mapping,
        lastRunStandard: action.lastRunStandard,
        // A rerun is reproducible: the pane starts from the standard the workbook was last classified with.
        ...(action.lastRunStandard !== null && {
          standard: action.lastRunStandard,
          standardOrigin: "lastRun" as const,
        }),
        scenarios: action.scenarios,
        tables: action.tables,
      };
    }
    case "tables":
      return { ...state, tables: action.tables };
    case "source": {
      // Another source means other columns: the corrections made for the old one no longer apply.
      const keys = MAPPING_KEYS[action.which];
      const same = JSON.stringify(state.sources[action.which]?.spec) === JSON.stringify(action.source?.spec);
      return {
        ...state,
        sources: { ...state.sources, [action.which]: action.source },
        previews: same ? state.previews : { ...state.previews, [action.which]: null },
        mapping: same ? state.mapping : { ...state.mapping, [keys.cols]: {}, [keys.units]: {} },
      };
    }
    case "preview":
      return { ...state, previews: { ...state.previews, [action.which]: action.preview } };
    case "mapColumn": {
      const cols = state.mapping[MAPPING_KEYS[action.which].cols] as Partial<Record<string, number | null>>;
      return {
        ...state,
        mapping: remap(state.mapping, action.which, "cols", withKey(cols, action.field, action.col)),
      };
    }
    case "mapUnit": {
      const units = state.mapping[MAPPING_KEYS[action.which].units] as Partial<Record<string, number>>;
      return {
        ...state,
        mapping: remap(state.mapping, action.which, "units", withKey(units, action.field, action.unit)),
      };
    }
    case "resetMapping": {
      const keys = MAPPING_KEYS[action.which];
      return { ...state, mapping: { ...state.mapping, [keys.cols]: {}, [keys.units]: {} } };
    }
    case "standard":
      return {
        ...state,
        standard: action.standard,
        standardOrigin: action.origin,
        sheetProblems: action.problems ?? [],
      };
    case "editStandard":
      return { ...state, standard: setAt(state.standard, action.path, action.value) };
    case "asOf":
      return { ...state, asOf: action.asOf };
    case "writeSummary":
      return { ...state, writeSummary: action.on };
    case "writeProducts":
      return { ...state, writeProducts: action.on };
    case "runStarted":
      return {
        ...state,
        busy: "run",
        notice: null,
        run: { status: "running", phase: "reading", fraction: 0 },
      };
    case "progress":
      return state.run.status === "running"
        ? { ...state, run: { status: "running", phase: action.phase, fraction: action.fraction } }
        : state;
    case "runDone": {
      const standard = action.result.result.standard;
      return {
        ...state,
        busy: null,
        run: { status: "done", phase: null, fraction: 1 },
        result: action.result,
        // Another run: customer indices and products are its own; the query stays (it is the user's).
        finder: { ...state.finder, open: null },
        products: null,
        resultsView:
          state.resultsView === "products" && !action.result.hasProducts ? "summary" : state.resultsView,
        // What-if starts from the standard just applied, with nothing tried yet.
        whatIf: { standard, rev: state.whatIf.rev + 1, pending: false, outcome: null, outcomeRev: -1 },
        compare: { ...state.compare, pending: false, outcome: null },
      };
    }
    case "runFailed":
      return {
        ...state,
        busy: null,
        run: { status: action.cancelled ? "cancelled" : "failed", phase: null, fraction: 0 },
      };
    case "removed":
      return {
        ...state,
        result: null,
        run: { status: "idle", phase: null, fraction: 0 },
        finder: { ...state.finder, open: null },
        products: null,
        resultsView: "summary",
        whatIf: { standard: null, rev: state.whatIf.rev + 1, pending: false, outcome: null, outcomeRev: -1 },
        compare: { ...state.compare, pending: false, outcome: null },
      };
    case "resultsKey":
      return { ...state, resultsKey: action.key };
    case "resultsView":
      return { ...state, resultsView: action.view };
    case "finderQuery":
      return { ...state, finder: { query: action.query, open: null } };
    case "finderOpen":
      return { ...state, finder: { ...state.finder, open: action.index }, resultsView: "find" };
    case "productsPending":
      return { ...state, products: { base: action.base, pending: true, view: null } };
    case "productsDone":
      // An answer for an earlier run is dropped.
      return state.products?.base === action.base
        ? { ...state, products: { base: action.base, pending: false, view: action.view } }
        : state;
    case "whatIfEdit": {
      if (state.whatIf.standard === null) return state;
      return {
        ...state,
        whatIf: {
          ...state.whatIf,
          standard: setAt(state.whatIf.standard, action.path, action.value),
          rev: state.whatIf.rev + 1,
        },
      };
    }
    case "whatIfSet":
      return state.result === null
        ? state
        : { ...state, whatIf: { ...state.whatIf, standard: action.standard, rev: state.whatIf.rev + 1 } };
    case "whatIfReset":
      return state.result === null
        ? state
        : {
            ...state,
            whatIf: {
              standard: state.result.result.standard,
              rev: state.whatIf.rev + 1,
              pending: false,
              outcome: null,
              outcomeRev: -1,
            },
          };
    case "whatIfPending":
      return action.rev === state.whatIf.rev
        ? { ...state, whatIf: { ...state.whatIf, pending: true } }
        : state;
    case "whatIfDone":
      // An answer for an older revision is dropped: a newer request is on its way.
      if (action.rev !== state.whatIf.rev) return state;
      return {
        ...state,
        whatIf: { ...state.whatIf, pending: false, outcome: action.outcome, outcomeRev: action.rev },
      };
    case "whatIfKey":
      return { ...state, whatIfKey: action.key };
    case "scenarios": {
      const missing = (r: ScenarioRef) => r.kind === "scenario" && !(r.name in action.scenarios);
      const current: ScenarioRef = { kind: "current" };
      return {
        ...state,
        scenarios: action.scenarios,
        compare: {
          ...state.compare,
          a: missing(state.compare.a) ? current : state.compare.a,
          b: missing(state.compare.b) ? current : state.compare.b,
        },
      };
    }
    case "compareSide":
      return { ...state, compare: { ...state.compare, [action.side]: action.ref, outcome: null } };
    case "comparePending":
      return { ...state, compare: { ...state.compare, pending: true } };
    case "compareDone":
      return { ...state, compare: { ...state.compare, pending: false, outcome: action.outcome } };
  }
}
