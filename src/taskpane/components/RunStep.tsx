/** Step 3: the as-of date, one button to run, a progress bar with the phases, and cancel (also Esc). */
import { Button, Caption1, Checkbox, Field, Input, ProgressBar } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import type { Phase } from "../../excel/run";
import { formatPercent } from "../format";
import { overallProgress, phaseNumber, PHASES } from "../state/progress";
import type { RunStatus } from "../state/types";
import { stringsFor } from "../strings";
import { useShared } from "./styles";

export interface RunStepProps {
  lang: Lang;
  asOf: string;
  writeSummary: boolean;
  writeProducts: boolean;
  run: { status: RunStatus; phase: Phase | null; fraction: number };
  /** Why the run button is disabled, when it is ("" = it is not). */
  blocked: string;
  busy: boolean;
  onAsOf: (asOf: string) => void;
  onWriteSummary: (on: boolean) => void;
  onWriteProducts: (on: boolean) => void;
  onRun: () => void;
  onCancel: () => void;
}

export function RunStep({
  lang,
  asOf,
  writeSummary,
  writeProducts,
  run,
  blocked,
  busy,
  onAsOf,
  onWriteSummary,
  onWriteProducts,
  onRun,
  onCancel,
}: RunStepProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  const running = run.status === "running";
  const value = run.status === "done" ? 1 : overallProgress(run.phase, run.fraction);
  const label =
    running && run.phase !== null
      ? t.run.phaseOf({
          phase: t.run.phases[run.phase],
          n: phaseNumber(run.phase),
          total: PHASES.length,
          percent: formatPercent(value, lang),
        })
      : run.status === "done"
        ? t.run.done
        : "";
  return (
    <div className={shared.column}>
      <Field label={t.run.asOf} hint={t.run.asOfHint} size="small">
        <Input
          size="small"
          type="date"
          value={asOf}
          disabled={running}
          onChange={(_e, d) => onAsOf(d.value)}
          data-testid="as-of"
        />
      </Field>
      <Checkbox
        label={t.run.summary}
        checked={writeSummary}
        disabled={running}
        onChange={(_e, d) => onWriteSummary(d.checked === true)}
        data-testid="write-summary"
      />
      <Checkbox
        label={t.run.products}
        checked={writeProducts}
        disabled={running}
        onChange={(_e, d) => onWriteProducts(d.checked === true)}
        data-testid="write-products"
      />
      <div className={shared.row}>
        <Button
          appearance="primary"
          onClick={onRun}
          disabled={running || busy || blocked !== ""}
          data-testid="run"
        >
          {t.run.run}
        </Button>
        {running && (
          <>
            <Button onClick={onCancel} data-testid="cancel" aria-keyshortcuts="Escape">
              {t.run.cancel}
            </Button>
            <Caption1 className={shared.muted}>{t.run.cancelHint}</Caption1>
          </>
        )}
      </div>
      {blocked !== "" && !running && (
        <Caption1 className={shared.muted} data-testid="run-blocked">
          {blocked}
        </Caption1>
      )}
      {(running || run.status === "done") && (
        <Field label={t.run.progress} validationMessage={label} validationState="none" size="small">
          <ProgressBar
            value={value}
            max={1}
            thickness="large"
            data-testid="progress"
            aria-valuetext={label}
          />
        </Field>
      )}
    </div>
  );
}
