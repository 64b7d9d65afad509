/**
 * The simulated workbook as Excel shows it: a name box with the selection, the active sheet's grid
 * (with its charts over the cells) and the sheet tabs. The active sheet and the selection are the
 * simulator's own (state.activeSheet, sheet.selection): what the user clicks here is what the task
 * pane's "use selection" reads, and a range the task pane selects shows here.
 */
import { Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import { formatRect } from "../sim/address";
import { ChartLayer } from "./chart/ChartLayer";
import { SheetGrid } from "./grid/SheetGrid";
import { SheetTabs } from "./grid/SheetTabs";
import type { Session } from "./session";
import type { PlaygroundStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1 },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    flexShrink: 0,
  },
  nameBox: { width: "200px" },
  invalid: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export function WorkbookView({ session, t }: { session: Session; t: PlaygroundStrings }) {
  const styles = useStyles();
  const version = useSyncExternalStore(session.subscribe, session.version);
  const wb = session.sim.workbook;
  const state = wb.state;
  const sheet = state.activeSheet ?? state.sheets[0] ?? null;
  const shown = sheet ? formatRect(sheet.selection) : "";
  const [typed, setTyped] = useState(shown);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setTyped(shown);
    setBad(false);
  }, [shown, sheet]);

  const goTo = () => {
    try {
      const target = typed.includes("!") || !sheet ? typed : `'${sheet.name.replace(/'/g, "''")}'!${typed}`;
      wb.select(target);
      session.changed();
      setBad(false);
    } catch {
      setBad(true);
    }
  };

  return (
    <section className={styles.root} aria-label={t.workbook}>
      <div className={styles.bar}>
        <Input
          className={styles.nameBox}
          size="small"
          aria-label={t.nameBox}
          data-testid="name-box"
          value={typed}
          onChange={(_, d) => setTyped(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") goTo();
            if (e.key === "Escape") setTyped(shown);
          }}
        />
        {bad ? (
          <span className={styles.invalid} role="alert">
            {t.badAddress}
          </span>
        ) : null}
      </div>
      {sheet ? (
        <SheetGrid
          key={sheet.id}
          session={session}
          sheet={sheet}
          version={version}
          label={t.grid(sheet.name)}
          overlay={(g) => (
            <ChartLayer session={session} sheet={sheet} version={version} geometry={g} label={t.chart} />
          )}
        />
      ) : null}
      <SheetTabs
        sheets={state.sheets}
        active={sheet}
        label={t.sheets}
        onActivate={(s) => {
          state.activeSheet = s;
          session.changed();
        }}
      />
    </section>
  );
}
