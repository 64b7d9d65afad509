/**
 * The pane's memory per workbook (its settings): read once when the pane opens — sources that are gone
 * are said so and dropped — and written back whenever the sources or column corrections change.
 */
import { useEffect, useRef } from "react";
import { noticeOf } from "../state/notices";
import { choiceOf, type PaneSettings } from "../state/sources";
import type { SourceChoice, Which } from "../state/types";
import { WHICH, type PaneContext } from "./context";

export function useWorkbookMemory({ actions, state, stateRef, dispatch, notify }: PaneContext): void {
  useEffect(() => {
    if (!actions) return;
    const token = { live: true };
    void (async () => {
      dispatch({ type: "busy", busy: "load" });
      try {
        const remembered = await actions.load();
        // Without the table list the rest still works: say so, and go on.
        const tables = await actions.tables().catch((e: unknown) => {
          notify(noticeOf(e));
          return [];
        });
        const sources: Record<Which, SourceChoice | null> = { customers: null, transactions: null };
        for (const which of WHICH) {
          const spec = remembered.settings?.sources[which] ?? null;
          if (spec === null) continue;
          const choice = choiceOf(spec);
          const gone = spec.kind === "table" ? !tables.some((t) => t.name === spec.name) : false;
          if (gone)
            notify({ intent: "warning", kind: "pane", key: "sourceGone", params: { source: choice.label } });
          else sources[which] = choice;
        }
        if (!token.live) return;
        dispatch({
          type: "loaded",
          settings: remembered.settings,
          sources,
          lastRunStandard: remembered.lastRunStandard,
          scenarios: remembered.scenarios,
          tables,
        });
      } catch (e) {
        if (!token.live) return;
        notify(noticeOf(e, "loadFailed"));
        dispatch({
          type: "loaded",
          settings: null,
          sources: { customers: null, transactions: null },
          lastRunStandard: null,
          scenarios: {},
          tables: [],
        });
      } finally {
        if (token.live) dispatch({ type: "busy", busy: null });
      }
    })();
    return () => {
      token.live = false;
    };
  }, [actions, notify]);

  // Written back when they change (not the values just read).
  const settingsJson = JSON.stringify({
    s: [state.sources.customers?.spec ?? null, state.sources.transactions?.spec ?? null],
    m: state.mapping,
  });
  const savedJson = useRef<string | null>(null);
  useEffect(() => {
    if (!actions || !state.loaded) return;
    if (savedJson.current === null) {
      savedJson.current = settingsJson; // what was just loaded: nothing to write
      return;
    }
    if (savedJson.current === settingsJson) return;
    savedJson.current = settingsJson;
    const s = stateRef.current;
    const settings: PaneSettings = {
      version: 1,
      sources: {
        customers: s.sources.customers?.spec ?? null,
        transactions: s.sources.transactions?.spec ?? null,
      },
      mapping: s.mapping,
    };
    actions.saveSettings(settings).catch((e: unknown) => notify(noticeOf(e)));
  }, [actions, state.loaded, settingsJson, notify]);
}
