/** The first rows of each chosen source, read when it is chosen, for the column preview. */
import { useEffect } from "react";
import { noticeOf } from "../state/notices";
import { WHICH, type PaneContext } from "./context";

export function usePreviews({ actions, state, stateRef, dispatch, notify }: PaneContext): void {
  const specKey = JSON.stringify([state.sources.customers?.spec, state.sources.transactions?.spec]);
  useEffect(() => {
    if (!actions || !state.loaded) return;
    const token = { live: true };
    for (const which of WHICH) {
      const source = stateRef.current.sources[which];
      if (source === null || stateRef.current.previews[which] !== null) continue;
      actions.preview(source.spec).then(
        (preview) => {
          if (token.live) dispatch({ type: "preview", which, preview });
        },
        (e: unknown) => {
          if (!token.live) return;
          const n = noticeOf(e);
          notify(
            n.kind === "workbook"
              ? n
              : {
                  intent: "error",
                  kind: "pane",
                  key: "previewFailed",
                  params: { source: source.label, detail: String(n.params?.detail ?? "") },
                },
          );
        },
      );
    }
    return () => {
      token.live = false;
    };
  }, [actions, state.loaded, specKey, notify]);
}
