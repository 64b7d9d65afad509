/**
 * The customers matching a query, asked of the engine (the index of the run is built there, once, on the
 * first search: the pane's thread never walks 100k customers). Answers to an older query are dropped.
 */
import { useEffect, useState } from "react";
import type { SearchResult } from "../../engine/search";
import type { BaseId, EngineClient } from "../../worker/protocol";

/** Hits shown; the rest are counted ("N more"). */
export const SEARCH_LIMIT = 20;

export interface CustomerSearch {
  /** The latest answer; null before the first one or for an empty query. */
  found: SearchResult | null;
  /** The query `found` answers (it lags behind while a newer one is pending). */
  answers: string;
  pending: boolean;
}

export function useCustomerSearch(
  engine: EngineClient,
  base: BaseId | null,
  query: string,
  onError: (e: unknown) => void,
): CustomerSearch {
  const [state, setState] = useState<CustomerSearch>({ found: null, answers: "", pending: false });
  useEffect(() => {
    if (base === null || query.trim() === "") {
      setState({ found: null, answers: query, pending: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, pending: true }));
    engine.search({ base, query, limit: SEARCH_LIMIT }).then(
      (found) => {
        if (current) setState({ found, answers: query, pending: false });
      },
      (e: unknown) => {
        if (!current) return;
        setState({ found: null, answers: query, pending: false });
        onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [engine, base, query, onError]);
  return state;
}
