/** Step 2: which standard (built-in, as last run, the workbook's sheet), its main thresholds, the sheet. */
import { Button, Caption1, Field, Link, Select } from "@fluentui/react-components";
import type { StandardError } from "../../engine/standard/errors";
import type { Standard } from "../../engine/standard/types";
import type { Lang } from "../../engine/types";
import type { SheetProblem, StandardOrigin } from "../state/types";
import { stringsFor } from "../strings";
import { StandardForm } from "./StandardForm";
import { useShared } from "./styles";

export interface StandardStepProps {
  lang: Lang;
  standard: Standard;
  origin: StandardOrigin;
  hasLastRun: boolean;
  errors: readonly StandardError[];
  sheetProblems: readonly SheetProblem[];
  busy: boolean;
  onOrigin: (origin: "default" | "lastRun" | "sheet") => void;
  onWriteSheet: () => void;
  onReadSheet: () => void;
  onReset: () => void;
  onChange: (path: string, value: unknown) => void;
  onGoTo: (sheet: string, cell: string) => void;
}

export function StandardStep(props: StandardStepProps) {
  const { lang, standard, origin, errors, sheetProblems, busy } = props;
  const t = stringsFor(lang);
  const shared = useShared();
  const origins = (
    [
      "default",
      ...(props.hasLastRun ? ["lastRun"] : []),
      "sheet",
      ...(origin === "scenario" ? ["scenario"] : []),
    ] as const
  ).map((o) => o as StandardOrigin);
  return (
    <div className={shared.column}>
      <Field label={t.standard.origin} size="small">
        <Select
          size="small"
          value={origin}
          disabled={busy}
          data-testid="standard-origin"
          onChange={(_e, d) => {
            const v = d.value as StandardOrigin;
            if (v !== "scenario") props.onOrigin(v);
          }}
        >
          {origins.map((o) => (
            <option key={o} value={o}>
              {t.standard.origins[o]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={shared.row}>
        <Button size="small" onClick={props.onReadSheet} disabled={busy} data-testid="standard-read">
          {t.standard.read}
        </Button>
        <Button
          size="small"
          onClick={props.onWriteSheet}
          disabled={busy || errors.length > 0}
          data-testid="standard-write"
        >
          {t.standard.write}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onReset}
          disabled={busy}
          data-testid="standard-reset"
        >
          {t.standard.reset}
        </Button>
      </div>
      {sheetProblems.length > 0 && (
        <div role="alert" className={shared.column} data-testid="standard-sheet-problems">
          <Caption1 className={shared.error}>{t.standard.sheetProblems}</Caption1>
          <ul>
            {sheetProblems.map((p, i) => (
              <li key={i}>
                {p.error.message[lang]}{" "}
                {p.cell !== null && (
                  <Link
                    as="button"
                    onClick={() => props.onGoTo(p.sheet, p.cell ?? "")}
                    data-testid={`standard-problem-cell-${i}`}
                  >
                    {t.goToCell({ cell: `${p.sheet}!${p.cell}` })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {errors.length > 0 && (
        <Caption1 className={shared.error} role="status" data-testid="standard-error-count">
          {t.standard.problems({ count: errors.length })}
        </Caption1>
      )}
      <StandardForm
        lang={lang}
        standard={standard}
        errors={errors}
        idPrefix="std"
        openGroups={["value"]}
        disabled={busy}
        showHints
        onChange={props.onChange}
      />
    </div>
  );
}
