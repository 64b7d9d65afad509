/**
 * What-if: after a quiet moment, the engine reruns on the kept data with the changed standard; one
 * request at a time, the newest waiting one next (state/latest.ts); older answers are dropped.
 */
import { useEffect, useMemo } from "react";
import { isEngineAbort } from "../../worker/errors";
import type { EngineClient } from "../../worker/protocol";
import { createLatest } from "../state/latest";
import { noticeOf } from "../state/notices";
import type { PaneContext } from "./context";

/** Quiet time after a what-if edit before the engine is asked (typing "0.75" asks once, not four times). */
export const WHATIF_DELAY_MS = 250;

export function useWhatIf(
  { state, stateRef, dispatch, notify }: PaneContext,
  engine: EngineClient,
  valid: boolean,
): void {
  const latest = useMemo(() => createLatest(), []);
  const whatIfStandard = state.whatIf.standard;
  const whatIfRev = state.whatIf.rev;
  const baseId = state.result?.baseId ?? null;
  useEffect(() => {
    if (whatIfStandard === null || baseId === null || !valid) return;
    const timer = setTimeout(() => {
      dispatch({ type: "whatIfPending", rev: whatIfRev });
      latest.run(async () => {
        if (stateRef.current.whatIf.rev !== whatIfRev) return; // a newer edit is queued behind
        try {
          const outcome = await engine.whatIf({ base: baseId, standard: whatIfStandard });
          dispatch({ type: "whatIfDone", rev: whatIfRev, outcome });
        } catch (e) {
          dispatch({ type: "whatIfDone", rev: whatIfRev, outcome: null });
          if (!isEngineAbort(e)) notify(noticeOf(e));
        }
      });
    }, WHATIF_DELAY_MS);
    return () => clearTimeout(timer);
  }, [engine, latest, whatIfStandard, whatIfRev, baseId, valid, notify, dispatch, stateRef]);
}
