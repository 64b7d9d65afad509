import { classify } from "../../engine/classify";
import { defaultStandard } from "../../engine/standard/defaults";
import type { ProductView } from "../../worker/product-view";
import type { WhatIfOutcome } from "../../worker/protocol";
import { FOUR_SALES } from "../../worker/fixture";
import { initialState, reducer, type PaneAction } from "./reducer";
import type { PaneState, RunResult } from "./types";

const run = (state: PaneState, ...actions: PaneAction[]): PaneState => actions.reduce(reducer, state);

function runResult(): RunResult {
  const { result } = classify({ customers: null, transactions: FOUR_SALES, lang: "en-US" });
  return {
    result,
    baseId: 7,
    sheet: "Customers",
    table: null,
    rows: { sheet: "Customers", listed: true, firstDataRow: 1, left: 0, right: 9 },
    hasProducts: true,
  };
}

const tableSource = (name: string) => ({ spec: { kind: "table" as const, name }, label: name });

describe("pane reducer", () => {
  const start = Object.freeze(initialState("en-US"));

  test("choosing another source drops its preview and the corrections made for the old one", () => {
    const s = run(
      start,
      { type: "source", which: "transactions", source: tableSource("T1") },
      {
        type: "preview",
        which: "transactions",
        preview: { sheet: "S", top: 0, left: 0, rows: [], totalRows: 0 },
      },
      { type: "mapColumn", which: "transactions", field: "amount", col: 3 },
      { type: "mapUnit", which: "transactions", field: "amount", unit: 1000 },
      { type: "mapColumn", which: "customers", field: "id", col: 0 },
    );
    expect(s.mapping.transactions).toEqual({ amount: 3 });
    expect(s.mapping.transactionUnits).toEqual({ amount: 1000 });
    const same = reducer(s, { type: "source", which: "transactions", source: tableSource("T1") });
    expect(same.mapping.transactions).toEqual({ amount: 3 });
    expect(same.previews.transactions).not.toBeNull();
    const other = reducer(s, { type: "source", which: "transactions", source: tableSource("T2") });
    expect(other.mapping.transactions).toEqual({});
    expect(other.mapping.transactionUnits).toEqual({});
    expect(other.previews.transactions).toBeNull();
    // The other source's corrections stay.
    expect(other.mapping.customers).toEqual({ id: 0 });
  });

  test("a column set to 'none' is kept as null; undefined removes the correction", () => {
    const s = run(start, { type: "mapColumn", which: "customers", field: "name", col: null });
    expect(s.mapping.customers).toEqual({ name: null });
    expect(
      reducer(s, { type: "mapColumn", which: "customers", field: "name", col: undefined }).mapping.customers,
    ).toEqual({});
    expect(reducer(s, { type: "resetMapping", which: "customers" }).mapping.customers).toEqual({});
  });

  test("editing the standard copies along the path and leaves the old state alone", () => {
    const s = reducer(start, { type: "editStandard", path: "abc.a", value: 0.7 });
    expect(s.standard.abc.a).toBe(0.7);
    expect(start.standard.abc.a).toBe(0.8);
    expect(s.standard.rfm).toBe(start.standard.rfm);
  });

  test("loaded: the last run's standard becomes the pane's, so a rerun is reproducible", () => {
    const last = { ...defaultStandard(), abc: { ...defaultStandard().abc, a: 0.6 } };
    const s = reducer(start, {
      type: "loaded",
      settings: null,
      sources: { customers: null, transactions: tableSource("T") },
      lastRunStandard: last,
      scenarios: {},
      tables: [],
    });
    expect(s.loaded).toBe(true);
    expect(s.standard.abc.a).toBe(0.6);
    expect(s.standardOrigin).toBe("lastRun");
    expect(s.sources.transactions?.label).toBe("T");
  });

  test("progress only moves a running run; done starts what-if from the applied standard", () => {
    expect(reducer(start, { type: "progress", phase: "writing", fraction: 0.5 }).run.phase).toBeNull();
    const running = reducer(start, { type: "runStarted" });
    expect(running.busy).toBe("run");
    expect(reducer(running, { type: "progress", phase: "writing", fraction: 0.5 }).run).toEqual({
      status: "running",
      phase: "writing",
      fraction: 0.5,
    });
    const r = runResult();
    const done = reducer(running, { type: "runDone", result: r });
    expect(done.busy).toBeNull();
    expect(done.whatIf.standard).toBe(r.result.standard);
    expect(done.whatIf.rev).toBe(start.whatIf.rev + 1);
    expect(reducer(running, { type: "runFailed", cancelled: true }).run.status).toBe("cancelled");
  });

  test("a what-if answer for an older edit is dropped", () => {
    const done = run(start, { type: "runStarted" }, { type: "runDone", result: runResult() });
    const edited = run(
      done,
      { type: "whatIfEdit", path: "abc.a", value: 0.5 },
      { type: "whatIfEdit", path: "abc.a", value: 0.6 },
    );
    const outcome = { base: 7 } as unknown as WhatIfOutcome;
    const stale = reducer(edited, { type: "whatIfDone", rev: edited.whatIf.rev - 1, outcome });
    expect(stale.whatIf.outcome).toBeNull();
    const fresh = reducer(edited, { type: "whatIfDone", rev: edited.whatIf.rev, outcome });
    expect(fresh.whatIf.outcome).toBe(outcome);
    expect(fresh.whatIf.outcomeRev).toBe(edited.whatIf.rev);
    expect(reducer(fresh, { type: "whatIfReset" }).whatIf.standard?.abc.a).toBe(0.8);
  });

  test("what-if edits need a result to compare with", () => {
    expect(reducer(start, { type: "whatIfEdit", path: "abc.a", value: 0.5 })).toBe(start);
  });

  test("removing results clears the result and the what-if", () => {
    const done = run(start, { type: "runStarted" }, { type: "runDone", result: runResult() });
    const removed = reducer(done, { type: "removed" });
    expect(removed.result).toBeNull();
    expect(removed.whatIf.standard).toBeNull();
  });

  test("a deleted scenario falls back to the current result in the comparison", () => {
    const s = run(
      start,
      { type: "scenarios", scenarios: { Strict: { abc: { a: 0.5 } } } },
      { type: "compareSide", side: "b", ref: { kind: "scenario", name: "Strict" } },
    );
    expect(s.compare.b).toEqual({ kind: "scenario", name: "Strict" });
    expect(reducer(s, { type: "scenarios", scenarios: {} }).compare.b).toEqual({ kind: "current" });
  });

  test("find: a new query closes the card; a new run keeps the query but closes the card", () => {
    const done = run(start, { type: "runStarted" }, { type: "runDone", result: runResult() });
    const opened = run(done, { type: "finderQuery", query: "100" }, { type: "finderOpen", index: 2 });
    expect(opened.finder).toEqual({ query: "100", open: 2 });
    expect(opened.resultsView).toBe("find");
    expect(reducer(opened, { type: "finderQuery", query: "1002" }).finder).toEqual({
      query: "1002",
      open: null,
    });
    const rerun = run(opened, { type: "runStarted" }, { type: "runDone", result: runResult() });
    expect(rerun.finder).toEqual({ query: "100", open: null });
  });

  test("products: an answer for an earlier run is dropped; a run without products leaves their view", () => {
    const view = { available: true } as unknown as ProductView;
    const asked = run(start, { type: "resultsView", view: "products" }, { type: "productsPending", base: 8 });
    expect(reducer(asked, { type: "productsDone", base: 7, view }).products).toEqual({
      base: 8,
      pending: true,
      view: null,
    });
    expect(reducer(asked, { type: "productsDone", base: 8, view }).products?.view).toBe(view);
    const without = reducer(asked, { type: "runDone", result: { ...runResult(), hasProducts: false } });
    expect(without.products).toBeNull();
    expect(without.resultsView).toBe("summary");
  });
});
