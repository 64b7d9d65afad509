/**
 * The pane's controller: state (reducer.ts), the workbook actions (actions.ts) and the engine wired
 * together. Every action reports its failure in the message bar (noticeOf); none fails silently.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { ClassKey } from "../engine/result";
import { defaultStandard } from "../engine/standard/defaults";
import { mergeStandard } from "../engine/standard/merge";
import type { Standard } from "../engine/standard/types";
import { validateStandard } from "../engine/standard/validate";
import type { Lang } from "../engine/types";
import { isCancelled } from "../excel/errors";
import type { ExcelHost } from "../excel/host";
import { customerRowsOf } from "../excel/navigate";
import { isEngineAbort } from "../worker/errors";
import type { EngineClient } from "../worker/protocol";
import { createActions, type PaneActions } from "./actions";
import { noticeOf } from "./state/notices";
import { initialState, reducer } from "./state/reducer";
import { choiceOf } from "./state/sources";
import { standardDiff } from "./state/standard-edit";
import type { Busy, Notice, ScenarioRef, Scenarios, Which } from "./state/types";
import { stringsFor } from "./strings";
import { WHICH, type PaneContext } from "./hooks/context";
import { usePreviews } from "./hooks/usePreviews";
import { useWhatIf } from "./hooks/useWhatIf";
import { useFinder } from "./hooks/useFinder";
import { useProducts } from "./hooks/useProducts";
import { hasProductColumn } from "./state/products";
import { useWorkbookMemory } from "./hooks/useWorkbookMemory";

export function usePane(host: ExcelHost | null, engine: EngineClient, initialLang: Lang) {
  const [state, dispatch] = useReducer(reducer, initialLang, initialState);
  const langRef = useRef(state.lang);
  langRef.current = state.lang;
  const actions: PaneActions | null = useMemo(
    () => (host ? createActions(host, engine, () => langRef.current) : null),
    [host, engine],
  );
  const abortRef = useRef<AbortController | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const notify = useCallback((notice: Notice | null) => dispatch({ type: "notice", notice }), []);

  /** Runs an action with a busy flag; a failure becomes the message, and the result is undefined. */
  const guard = useCallback(
    async <T>(busy: Busy, fn: () => Promise<T>): Promise<T | undefined> => {
      dispatch({ type: "busy", busy });
      try {
        return await fn();
      } catch (e) {
        notify(noticeOf(e));
        return undefined;
      } finally {
        dispatch({ type: "busy", busy: null });
      }
    },
    [notify],
  );

  const standardErrors = useMemo(() => validateStandard(state.standard), [state.standard]);
  const whatIfErrors = useMemo(
    () => (state.whatIf.standard ? validateStandard(state.whatIf.standard) : []),
    [state.whatIf.standard],
  );

  const ctx: PaneContext = { actions, state, stateRef, dispatch, notify };
  useWorkbookMemory(ctx);
  usePreviews(ctx);
  useWhatIf(ctx, engine, whatIfErrors.length === 0);
  useProducts(ctx, engine);
  const finder = useFinder(ctx);

  // --- Run, and cancel (button or Escape).
  const running = state.run.status === "running";
  const cancel = useCallback(() => abortRef.current?.abort(), []);
  useEffect(() => {
    if (!running) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        cancel();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [running, cancel]);

  const runWith = useCallback(
    async (standard: Standard) => {
      if (!actions) return;
      const s = stateRef.current;
      if (s.sources.customers === null && s.sources.transactions === null) {
        notify({ intent: "warning", kind: "pane", key: "needSources" });
        return;
      }
      const errors = validateStandard(standard);
      if (errors.length > 0) {
        notify({ intent: "error", kind: "pane", key: "standardInvalid", params: { count: errors.length } });
        return;
      }
      const ctrl = new AbortController();
      abortRef.current = ctrl;
      dispatch({ type: "runStarted" });
      try {
        const out = await actions.run(
          {
            customers: s.sources.customers?.spec ?? null,
            transactions: s.sources.transactions?.spec ?? null,
            standard,
            mapping: s.mapping,
            asOf: s.asOf === "" ? null : s.asOf,
            summary: s.writeSummary,
            products: s.writeProducts,
          },
          {
            signal: ctrl.signal,
            onProgress: (e) => dispatch({ type: "progress", phase: e.phase, fraction: e.fraction }),
          },
        );
        dispatch({
          type: "runDone",
          result: {
            result: out.result,
            baseId: out.baseId,
            sheet: out.target.sheet,
            table: out.target.table,
            rows: customerRowsOf(out, s.sources.customers !== null),
            hasProducts: hasProductColumn(out.engine.mappings.transactions),
          },
        });
        const params = { customers: out.result.customers.length, sheet: out.target.sheet };
        const warned = out.warnings.length > 0;
        notify(
          warned
            ? {
                intent: "warning",
                kind: "pane",
                key: "runWarnings",
                params: { ...params, detail: out.warnings.map((w) => w.message).join(" ") },
              }
            : { intent: "success", kind: "pane", key: "runDone", params },
        );
      } catch (e) {
        dispatch({ type: "runFailed", cancelled: isCancelled(e) || isEngineAbort(e) });
        notify(noticeOf(e));
      } finally {
        abortRef.current = null;
      }
    },
    [actions, notify],
  );

  const goTo = useCallback(
    (sheet: string, cell: string) => {
      if (!actions) return;
      actions.selectCell(sheet, cell).catch((e: unknown) => {
        const n = noticeOf(e);
        notify(
          n.kind === "workbook"
            ? n
            : {
                intent: "error",
                kind: "pane",
                key: "selectFailed",
                params: { cell, detail: String(n.params?.detail ?? "") },
              },
        );
      });
    },
    [actions, notify],
  );

  const saveScenarios = useCallback(
    async (next: Scenarios, notice: Notice) => {
      if (!actions) return;
      const done = await guard("scenario", () => actions.saveScenarios(next).then(() => true));
      if (done === true) {
        dispatch({ type: "scenarios", scenarios: next });
        notify(notice);
      }
    },
    [actions, guard, notify],
  );

  const handlers = {
    ...finder,
    lang: (lang: Lang) => dispatch({ type: "lang", lang }),
    dismiss: () => notify(null),
    goTo,
    detect: () => {
      if (!actions) return;
      void guard("detect", async () => {
        const found = await actions.detect();
        for (const which of WHICH)
          if (found[which] !== null) dispatch({ type: "source", which, source: found[which] });
        const none = stringsFor(langRef.current).data.notChosen;
        notify(
          found.customers === null && found.transactions === null
            ? { intent: "warning", kind: "pane", key: "detectedNone" }
            : {
                intent: "info",
                kind: "pane",
                key: "detected",
                params: {
                  customers: found.customers?.label ?? none,
                  transactions: found.transactions?.label ?? none,
                },
              },
        );
      });
    },
    useSelection: (which: Which) => {
      if (!actions) return;
      void guard("selection", async () => {
        const source = await actions.selection();
        dispatch({ type: "source", which, source });
      });
    },
    pickTable: (which: Which, name: string) =>
      dispatch({ type: "source", which, source: choiceOf({ kind: "table", name }) }),
    clear: (which: Which) => dispatch({ type: "source", which, source: null }),
    refreshTables: () => {
      if (!actions) return;
      actions.tables().then(
        (tables) => dispatch({ type: "tables", tables }),
        (e: unknown) => notify(noticeOf(e)),
      );
    },
    column: (which: Which, field: string, col: number | null | undefined) =>
      dispatch({ type: "mapColumn", which, field, col }),
    unit: (which: Which, field: string, unit: number | undefined) =>
      dispatch({ type: "mapUnit", which, field, unit }),
    resetMapping: (which: Which) => dispatch({ type: "resetMapping", which }),

    origin: (origin: "default" | "lastRun" | "sheet") => {
      if (origin === "default") dispatch({ type: "standard", standard: defaultStandard(), origin });
      else if (origin === "lastRun" && stateRef.current.lastRunStandard)
        dispatch({ type: "standard", standard: stateRef.current.lastRunStandard, origin });
      else if (origin === "sheet") handlers.readSheet();
    },
    readSheet: () => {
      if (!actions) return;
      void guard("standard", async () => {
        const read = await actions.readStandard();
        if (read === null) {
          notify({ intent: "warning", kind: "pane", key: "noStandardSheet" });
          return;
        }
        dispatch({ type: "standard", standard: read.standard, origin: "sheet", problems: read.problems });
        notify(
          read.problems.length > 0
            ? {
                intent: "warning",
                kind: "pane",
                key: "standardReadProblems",
                params: { sheet: read.sheet, count: read.problems.length },
              }
            : { intent: "success", kind: "pane", key: "standardRead", params: { sheet: read.sheet } },
        );
      });
    },
    writeSheet: () => {
      if (!actions) return;
      void guard("standard", async () => {
        const sheet = await actions.writeStandard(stateRef.current.standard);
        notify({ intent: "success", kind: "pane", key: "standardWritten", params: { sheet } });
      });
    },
    resetStandard: () => dispatch({ type: "standard", standard: defaultStandard(), origin: "default" }),
    editStandard: (path: string, value: unknown) => dispatch({ type: "editStandard", path, value }),
    asOf: (asOf: string) => dispatch({ type: "asOf", asOf }),
    writeSummary: (on: boolean) => dispatch({ type: "writeSummary", on }),
    writeProducts: (on: boolean) => dispatch({ type: "writeProducts", on }),
    run: () => void runWith(stateRef.current.standard),
    cancel,
    remove: () => {
      if (!actions) return;
      void guard("remove", async () => {
        const out = await actions.remove();
        dispatch({ type: "removed" });
        notify(
          out.columns === 0 && out.sheets.length === 0
            ? { intent: "info", kind: "pane", key: "nothingRemoved" }
            : {
                intent: "success",
                kind: "pane",
                key: "removed",
                params: { columns: out.columns, sheets: out.sheets.join(", ") },
              },
        );
      });
    },
    resultsKey: (key: ClassKey) => dispatch({ type: "resultsKey", key }),

    whatIfEdit: (path: string, value: unknown) => dispatch({ type: "whatIfEdit", path, value }),
    whatIfKey: (key: ClassKey) => dispatch({ type: "whatIfKey", key }),
    whatIfReset: () => dispatch({ type: "whatIfReset" }),
    apply: () => {
      const standard = stateRef.current.whatIf.standard;
      if (standard === null) return;
      // The applied standard becomes the pane's standard: what is in the workbook is what step 2 shows.
      dispatch({ type: "standard", standard, origin: stateRef.current.standardOrigin });
      void runWith(standard);
    },
    saveScenario: (name: string) => {
      const standard = stateRef.current.whatIf.standard;
      if (name === "") {
        notify({ intent: "warning", kind: "pane", key: "scenarioNameMissing" });
        return;
      }
      if (standard === null) return;
      const next = { ...stateRef.current.scenarios, [name]: standardDiff(standard) };
      void saveScenarios(next, { intent: "success", kind: "pane", key: "scenarioSaved", params: { name } });
    },
    tryScenario: (name: string) => {
      const partial = stateRef.current.scenarios[name];
      if (partial === undefined) return;
      dispatch({ type: "whatIfSet", standard: mergeStandard(partial).standard });
    },
    deleteScenario: (name: string) => {
      const next = { ...stateRef.current.scenarios };
      Reflect.deleteProperty(next, name);
      void saveScenarios(next, { intent: "info", kind: "pane", key: "scenarioDeleted", params: { name } });
    },
    compareSide: (side: "a" | "b", ref: ScenarioRef) => dispatch({ type: "compareSide", side, ref }),
    compare: () => {
      const s = stateRef.current;
      if (s.result === null || s.result.baseId === null) {
        notify({ intent: "warning", kind: "pane", key: "noBase" });
        return;
      }
      const current = s.result.result.standard;
      const std = (r: ScenarioRef): unknown =>
        r.kind === "current" ? current : (s.scenarios[r.name] ?? current);
      dispatch({ type: "comparePending" });
      engine.compare({ base: s.result.baseId, a: std(s.compare.a), b: std(s.compare.b) }).then(
        (outcome) => dispatch({ type: "compareDone", outcome }),
        (e: unknown) => {
          dispatch({ type: "compareDone", outcome: null });
          notify(noticeOf(e));
        },
      );
    },
  };

  return { state, handlers, standardErrors, whatIfErrors };
}

export type PaneHandlers = ReturnType<typeof usePane>["handlers"];
