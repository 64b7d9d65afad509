/** One customer's explanation in the pane's language, from the engine (it holds the run's internals). */
import { useEffect, useState } from "react";
import type { Explanation } from "../../engine/explain";
import type { Lang } from "../../engine/types";
import type { BaseId, EngineClient } from "../../worker/protocol";

export type ExplanationState =
  { status: "pending" } | { status: "done"; explanation: Explanation | null } | { status: "failed" };

export function useExplanation(
  engine: EngineClient,
  base: BaseId | null,
  customer: number,
  lang: Lang,
  onError: (e: unknown) => void,
): ExplanationState {
  const [state, setState] = useState<ExplanationState>({ status: "pending" });
  useEffect(() => {
    if (base === null) {
      setState({ status: "failed" });
      return;
    }
    let current = true;
    setState({ status: "pending" });
    engine.explain({ base, customer, lang }).then(
      (explanation) => {
        if (current) setState({ status: "done", explanation });
      },
      (e: unknown) => {
        if (!current) return;
        setState({ status: "failed" });
        onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [engine, base, customer, lang, onError]);
  return state;
}
