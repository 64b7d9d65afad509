/** What the pane's effect hooks share: the workbook actions, the state and how to change it. */
import type { Dispatch, MutableRefObject } from "react";
import type { PaneActions } from "../actions";
import type { PaneAction } from "../state/reducer";
import type { Notice, PaneState, Which } from "../state/types";

export interface PaneContext {
  /** null outside Excel. */
  actions: PaneActions | null;
  state: PaneState;
  /** The latest state, for callbacks that outlive a render. */
  stateRef: MutableRefObject<PaneState>;
  dispatch: Dispatch<PaneAction>;
  notify: (notice: Notice | null) => void;
}

export const WHICH: readonly Which[] = ["customers", "transactions"];
