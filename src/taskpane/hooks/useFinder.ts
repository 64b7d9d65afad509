/**
 * Find a customer, open its card, go to its row, explain the selected row: the handlers of step 4's
 * views. The search itself runs in the engine (components/useCustomerSearch.ts); these touch the
 * workbook, through the actions.
 */
import { useMemo } from "react";
import { customerAtRow, rowOfCustomer } from "../../excel/navigate";
import { noticeOf } from "../state/notices";
import type { ResultsView } from "../state/types";
import type { PaneContext } from "./context";

export function useFinder({ actions, stateRef, dispatch, notify }: PaneContext) {
  return useMemo(
    () => ({
      /** A failed search or explanation: the engine's message (e.g. "run again" when its data is gone). */
      engineError: (e: unknown) => notify(noticeOf(e)),
      resultsView: (view: ResultsView) => dispatch({ type: "resultsView", view }),
      finderQuery: (query: string) => dispatch({ type: "finderQuery", query }),
      finderOpen: (index: number | null) => dispatch({ type: "finderOpen", index }),
      goToRow: (index: number) => {
        const run = stateRef.current.result;
        if (!actions || !run) return;
        const at = rowOfCustomer(run.rows, run.result, index);
        if (at === null) return; // the card offers no button then
        actions.selectRow(at).then(
          (done) => {
            if (!done)
              notify({ intent: "warning", kind: "pane", key: "rowGone", params: { sheet: at.sheet } });
          },
          (e: unknown) => notify(noticeOf(e)),
        );
      },
      explainSelected: () => {
        if (!actions) return;
        actions.selectedRow().then(
          ({ sheet, row }) => {
            const run = stateRef.current.result;
            if (!run) return;
            const index = customerAtRow(run.rows, run.result, sheet, row);
            if (index >= 0) dispatch({ type: "finderOpen", index });
            else
              notify({
                intent: "info",
                kind: "pane",
                key: "notCustomerRow",
                params: { row: row + 1, sheet, customers: run.rows.sheet },
              });
          },
          (e: unknown) => notify(noticeOf(e)),
        );
      },
    }),
    [actions, stateRef, dispatch, notify],
  );
}

export type FinderHandlers = ReturnType<typeof useFinder>;
