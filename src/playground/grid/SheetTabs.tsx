/** Sheet tabs under the grid, as in Excel: visible sheets in order, the active one raised, tab colours kept. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { SheetState } from "../../sim/state";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: "2px",
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "#F3F3F3",
    paddingLeft: "8px",
    flexShrink: 0,
    minHeight: "30px",
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    paddingLeft: "14px",
    paddingRight: "14px",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: "#E6E6E6" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  active: {
    backgroundColor: "#FFFFFF",
    color: "#217346",
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: "#217346",
    ":hover": { backgroundColor: "#FFFFFF" },
  },
});

export interface SheetTabsProps {
  sheets: readonly SheetState[];
  active: SheetState | null;
  label: string;
  onActivate: (sheet: SheetState) => void;
}

export function SheetTabs({ sheets, active, label, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  const shown = sheets.filter((s) => s.visibility === "Visible" || s === active);
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern); the tab is activated at once.
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = shown[(i + step + shown.length) % shown.length];
    if (next) {
      onActivate(next);
      document.getElementById(`pg-tab-${next.id}`)?.focus();
    }
  };
  return (
    <div role="tablist" aria-label={label} className={styles.bar}>
      {shown.map((s, i) => {
        const on = s === active;
        return (
          <button
            key={s.id}
            id={`pg-tab-${s.id}`}
            type="button"
            role="tab"
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            data-testid="sheet-tab"
            data-sheet={s.name}
            className={on ? `${styles.tab} ${styles.active}` : styles.tab}
            style={s.tabColor ? { boxShadow: `inset 0 -3px 0 ${s.tabColor}` } : undefined}
            onClick={() => onActivate(s)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {s.name}
          </button>
        );
      })}
    </div>
  );
}
