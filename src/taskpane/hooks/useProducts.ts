/**
 * The Products view's data: asked of the engine when the view is first shown for a run (the analysis
 * reads every transaction line, so a run that never opens the view never pays for it), then kept in the
 * pane's state until the next run.
 */
import { useEffect } from "react";
import type { EngineClient } from "../../worker/protocol";
import { noticeOf } from "../state/notices";
import type { PaneContext } from "./context";

export function useProducts({ state, dispatch, notify }: PaneContext, engine: EngineClient): void {
  const base = state.result?.baseId ?? null;
  const wanted = state.resultsView === "products" && state.result?.hasProducts === true;
  const have = state.products?.base ?? null;
  useEffect(() => {
    if (!wanted || base === null || have === base) return;
    dispatch({ type: "productsPending", base });
    engine.products({ base }).then(
      (view) => dispatch({ type: "productsDone", base, view }),
      (e: unknown) => {
        dispatch({ type: "productsDone", base, view: null });
        notify(noticeOf(e));
      },
    );
  }, [wanted, base, have, engine, dispatch, notify]);
}
