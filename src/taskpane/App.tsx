/**
 * The task pane: Data → Standard → Run → Results → What-if, in zh-CN or en-US.
 *
 * Contract with its hosts (index.tsx in Office, the playground beside the simulated workbook):
 *   <App host={ExcelHost | null} lang?={"zh-CN" | "en-US"} engine?={EngineClient} />
 * host null = not in Excel (nothing to act on). lang: the initial language (default: Office's display
 * language, else the browser's); the pane has its own switch. engine: how the classifier runs (default:
 * a Web Worker; tests hand in createInThreadEngine()).
 */
import {
  Caption1,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import type { Lang } from "../engine/types";
import type { ExcelHost } from "../excel/host";
import { lazyDefaultEngine } from "../worker/lazy";
import type { EngineClient } from "../worker/protocol";
import { DataStep } from "./components/DataStep";
import { Header } from "./components/Header";
import { NoticeBar } from "./components/NoticeBar";
import { ResultsStep } from "./components/ResultsStep";
import { ResultViews } from "./components/ResultViews";
import { RunStep } from "./components/RunStep";
import { StandardStep } from "./components/StandardStep";
import { Step } from "./components/Step";
import { WhatIfStep } from "./components/WhatIfStep";
import { langFor, stringsFor } from "./strings";
import { usePane } from "./usePane";

export interface AppProps {
  host: ExcelHost | null;
  lang?: Lang;
  engine?: EngineClient;
  /** Fluent theme (index.tsx passes Office's light or dark one); default light. */
  theme?: Theme;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    boxSizing: "border-box",
  },
});

/** Office's display language when running in Office, else the browser's. */
export function hostLanguage(): Lang {
  try {
    if (typeof Office !== "undefined") {
      // Office.context exists only inside an Office host (after Office.onReady).
      const context = Office.context as Office.Context | undefined;
      if (context?.displayLanguage) return langFor(context.displayLanguage);
    }
  } catch {
    // No Office context here: the browser's language decides.
  }
  return langFor(typeof navigator === "undefined" ? undefined : navigator.language);
}

export function App({ host, lang, engine, theme }: AppProps) {
  const own = useMemo(() => (engine ? null : lazyDefaultEngine()), [engine]);
  useEffect(() => () => own?.dispose(), [own]);
  const client = engine ?? own;
  if (client === null) throw new Error("unreachable: an engine is always given or created");
  return (
    <FluentProvider theme={theme ?? webLightTheme}>
      <Pane host={host} engine={client} initialLang={lang ?? hostLanguage()} langProp={lang} />
    </FluentProvider>
  );
}

function Pane({
  host,
  engine,
  initialLang,
  langProp,
}: {
  host: ExcelHost | null;
  engine: EngineClient;
  initialLang: Lang;
  langProp: Lang | undefined;
}) {
  const styles = useStyles();
  const { state, handlers: h, standardErrors, whatIfErrors } = usePane(host, engine, initialLang);
  // A host that changes the language (the playground's own switch) is followed.
  useEffect(() => {
    if (langProp) h.lang(langProp);
  }, [langProp]); // only a change of the prop matters (h.lang only dispatches)
  const { lang } = state;
  const t = stringsFor(lang);

  if (host === null) {
    return (
      <main className={styles.root} lang={lang}>
        <Header lang={lang} onLang={h.lang} />
        <Caption1 role="status" data-testid="outside-excel">
          {t.outsideExcel}
        </Caption1>
      </main>
    );
  }

  const busy = state.busy !== null && state.busy !== "select";
  const noSources = state.sources.customers === null && state.sources.transactions === null;
  const blocked = noSources ? t.run.blockedSources : standardErrors.length > 0 ? t.run.blockedStandard : "";
  return (
    <main className={styles.root} lang={lang} data-testid="taskpane">
      <Header lang={lang} onLang={h.lang} />
      <NoticeBar notice={state.notice} lang={lang} onDismiss={h.dismiss} onGoTo={h.goTo} />
      {!state.loaded && <Caption1 role="status">{t.loading}</Caption1>}
      <Step title={t.steps.data} testId="step-data">
        <DataStep
          lang={lang}
          state={state}
          busy={busy}
          previewing={state.loaded}
          onDetect={h.detect}
          onUseSelection={h.useSelection}
          onPickTable={h.pickTable}
          onClear={h.clear}
          onRefreshTables={h.refreshTables}
          onColumn={h.column}
          onUnit={h.unit}
          onResetMapping={h.resetMapping}
        />
      </Step>
      <Step title={t.steps.standard} testId="step-standard" defaultOpen={false}>
        <StandardStep
          lang={lang}
          standard={state.standard}
          origin={state.standardOrigin}
          hasLastRun={state.lastRunStandard !== null}
          errors={standardErrors}
          sheetProblems={state.sheetProblems}
          busy={busy}
          onOrigin={h.origin}
          onWriteSheet={h.writeSheet}
          onReadSheet={h.readSheet}
          onReset={h.resetStandard}
          onChange={h.editStandard}
          onGoTo={h.goTo}
        />
      </Step>
      <Step title={t.steps.run} testId="step-run">
        <RunStep
          lang={lang}
          asOf={state.asOf}
          writeSummary={state.writeSummary}
          writeProducts={state.writeProducts}
          run={state.run}
          blocked={blocked}
          busy={busy}
          onAsOf={h.asOf}
          onWriteSummary={h.writeSummary}
          onWriteProducts={h.writeProducts}
          onRun={h.run}
          onCancel={h.cancel}
        />
      </Step>
      <Step title={t.steps.results} testId="step-results">
        <ResultViews
          lang={lang}
          run={state.result}
          view={state.resultsView}
          finder={state.finder}
          products={state.products}
          engine={engine}
          onView={h.resultsView}
          onQuery={h.finderQuery}
          onOpen={h.finderOpen}
          onGoToRow={h.goToRow}
          onExplainSelected={h.explainSelected}
          onError={h.engineError}
          summary={
            <ResultsStep
              lang={lang}
              result={state.result?.result ?? null}
              dimension={state.resultsKey}
              busy={busy}
              onDimension={h.resultsKey}
              onGoTo={h.goTo}
              onRemove={h.remove}
              onOpenCustomer={h.finderOpen}
            />
          }
        />
      </Step>
      <Step title={t.steps.whatIf} testId="step-whatif">
        <WhatIfStep
          lang={lang}
          result={state.result}
          whatIf={state.whatIf}
          errors={whatIfErrors}
          dimension={state.whatIfKey}
          busy={busy}
          scenarios={state.scenarios}
          compare={state.compare}
          onChange={h.whatIfEdit}
          onDimension={h.whatIfKey}
          onApply={h.apply}
          onReset={h.whatIfReset}
          onSaveScenario={h.saveScenario}
          onTryScenario={h.tryScenario}
          onDeleteScenario={h.deleteScenario}
          onCompareSide={h.compareSide}
          onCompare={h.compare}
        />
      </Step>
    </main>
  );
}
