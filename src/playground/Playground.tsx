/**
 * The playground page: the real task pane (App) beside a simulated workbook, preloaded with the sample.
 * The task pane gets the simulator as its ExcelHost; every batch it runs re-renders the grid.
 * A user can open their own .xlsx and download the result; nothing leaves the browser.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title3,
  Tooltip,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, useLayoutEffect, type ReactNode } from "react";
import type { Lang } from "../engine/types";
import { App } from "../taskpane/App";
import { PaneBoundary } from "./PaneBoundary";
import { SAMPLE_NAME, SAMPLE_URL } from "./sample";
import { downloadName, openSession, saveSession, type Session } from "./session";
import type { PlaygroundStrings } from "./strings";
import { installTestHook } from "./test-hook";
import { WorkbookView } from "./WorkbookView";

const PANE_WIDTH = 380;

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346",
    color: "#FFFFFF",
    flexShrink: 0,
    flexWrap: "wrap",
  },
  brand: { display: "flex", flexDirection: "column", marginRight: "auto", minWidth: 0 },
  subtitle: { color: "#E6F2EA" },
  file: { color: "#E6F2EA", fontSize: tokens.fontSizeBase200 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  left: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, backgroundColor: "#FFFFFF" },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  center: { margin: "auto" },
  message: { margin: tokens.spacingHorizontalM },
});

type Status = { kind: "loading" } | { kind: "ready" } | { kind: "failed"; title: string; detail: string };

/** Sets a performance mark once the task pane has first been committed to the DOM (read by scripts/first-render.mjs). */
function MarkFirstRender({ name, children }: { name: string; children: ReactNode }) {
  useLayoutEffect(() => {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  }, [name]);
  return <>{children}</>;
}

export function Playground({ t, lang, paneTheme }: { t: PlaygroundStrings; lang: Lang; paneTheme?: Theme }) {
  const styles = useStyles();
  const [session, setSession] = useState<Session | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const current = useRef<Session | null>(null);

  const open = useCallback(
    async (bytes: () => Promise<ArrayBuffer>, name: string) => {
      setStatus({ kind: "loading" });
      try {
        const next = await openSession(await bytes(), name);
        current.current = next;
        setSession(next);
        setStatus({ kind: "ready" });
      } catch (e) {
        setStatus({
          kind: "failed",
          title: `${t.loadFailed}: ${name}`,
          detail: `${t.loadFailedHint} (${e instanceof Error ? e.message : String(e)})`,
        });
      }
    },
    [t],
  );

  const openSample = useCallback(
    () =>
      open(async () => {
        const res = await fetch(SAMPLE_URL);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.arrayBuffer();
      }, SAMPLE_NAME),
    [open],
  );

  useEffect(() => {
    installTestHook(() => current.current);
    void openSample();
  }, [openSample]);

  useEffect(() => {
    document.title = session ? `${session.fileName} — ${t.title}` : t.title;
  }, [session, t]);

  const download = async () => {
    if (!session) return;
    setSaving(true);
    try {
      const blob = await saveSession(session);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = downloadName(session.fileName);
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Let the browser start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setStatus({ kind: "failed", title: t.saveFailed, detail: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <div className={styles.brand}>
          <Title3 as="h1">{t.title}</Title3>
          <Text className={styles.subtitle} size={200}>
            {t.subtitle}
          </Text>
        </div>
        {session ? (
          <Text className={styles.file} data-testid="file-name">
            {session.fileName}
          </Text>
        ) : null}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="open-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void open(() => file.arrayBuffer(), file.name);
          }}
        />
        <Tooltip content={t.openHint} relationship="description">
          <Button onClick={() => fileInput.current?.click()}>{t.open}</Button>
        </Tooltip>
        <Tooltip content={t.downloadHint} relationship="description">
          <Button
            appearance="primary"
            disabled={!session || saving}
            onClick={() => void download()}
            data-testid="download"
          >
            {saving ? t.saving : t.download}
          </Button>
        </Tooltip>
        <Tooltip content={t.sampleHint} relationship="description">
          <Button onClick={() => void openSample()}>{t.sample}</Button>
        </Tooltip>
      </header>
      {status.kind === "failed" ? (
        <MessageBar intent="error" className={styles.message}>
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {status.detail}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <main className={styles.main}>
        <div className={styles.left}>
          {session ? (
            <WorkbookView session={session} t={t} />
          ) : status.kind === "loading" ? (
            <Spinner className={styles.center} label={t.loading} />
          ) : null}
        </div>
        <aside className={styles.pane} aria-label={t.taskPane} data-testid="task-pane">
          {session ? (
            <PaneBoundary key={session.id} title={t.paneCrashed} retry={t.retry}>
              <MarkFirstRender name="custclass:taskpane-first-render">
                <App host={session.host} lang={lang} {...(paneTheme && { theme: paneTheme })} />
              </MarkFirstRender>
            </PaneBoundary>
          ) : null}
        </aside>
      </main>
    </div>
  );
}
