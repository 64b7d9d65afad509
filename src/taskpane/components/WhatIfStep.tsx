/**
 * Step 5: change thresholds and see, before anything is written, the new counts per class and the
 * from → to matrix against the current result; apply; scenarios (ScenarioPanel).
 */
import { Button, Caption1, Field, Select, Spinner, Text } from "@fluentui/react-components";
import type { ClassKey } from "../../engine/result";
import type { StandardError } from "../../engine/standard/errors";
import type { Lang } from "../../engine/types";
import { formatInteger, formatMoney } from "../format";
import { diffKeys, labeller } from "../labels";
import type { CompareState, RunResult, Scenarios, ScenarioRef, WhatIfState } from "../state/types";
import { stringsFor } from "../strings";
import { CountTable } from "./CountTable";
import { MigrationTable } from "./MigrationTable";
import { ScenarioPanel } from "./ScenarioPanel";
import { StandardForm } from "./StandardForm";
import { useShared } from "./styles";

export interface WhatIfStepProps {
  lang: Lang;
  result: RunResult | null;
  whatIf: WhatIfState;
  errors: readonly StandardError[];
  dimension: ClassKey;
  busy: boolean;
  scenarios: Scenarios;
  compare: CompareState;
  onChange: (path: string, value: unknown) => void;
  onDimension: (key: ClassKey) => void;
  onApply: () => void;
  onReset: () => void;
  onSaveScenario: (name: string) => void;
  onTryScenario: (name: string) => void;
  onDeleteScenario: (name: string) => void;
  onCompareSide: (side: "a" | "b", ref: ScenarioRef) => void;
  onCompare: () => void;
}

export function WhatIfStep(props: WhatIfStepProps) {
  const { lang, result, whatIf, errors, busy } = props;
  const t = stringsFor(lang);
  const shared = useShared();
  if (result === null || whatIf.standard === null) {
    return <Caption1 data-testid="whatif-needs-result">{t.whatIf.needsResult}</Caption1>;
  }
  const outcome = whatIf.outcome;
  const keys = diffKeys(outcome?.diff);
  const key = keys.includes(props.dimension) ? props.dimension : (keys[0] ?? props.dimension);
  const d = outcome?.diff[key];
  const labelOf = labeller(key, lang, outcome?.after.standard, result.result.standard);
  const stale = whatIf.outcomeRev !== whatIf.rev;

  return (
    <div className={shared.column} data-testid="whatif">
      <Caption1>{t.whatIf.intro}</Caption1>
      <StandardForm
        lang={lang}
        standard={whatIf.standard}
        errors={errors}
        idPrefix="whatif"
        openGroups={["value", "rfm"]}
        disabled={busy}
        onChange={props.onChange}
      />
      <div role="status" aria-live="polite" data-testid="whatif-status">
        {errors.length > 0 ? (
          <Caption1 className={shared.error}>{t.whatIf.invalid}</Caption1>
        ) : whatIf.pending || (stale && outcome !== null) ? (
          <Spinner size="tiny" label={t.whatIf.calculating} />
        ) : d === undefined ? (
          <Caption1 className={shared.muted}>{t.whatIf.noMatrix}</Caption1>
        ) : d.matrix.moved === 0 ? (
          <Caption1>{t.whatIf.unchanged}</Caption1>
        ) : (
          <Text weight="semibold">
            {t.whatIf.moved({
              moved: formatInteger(d.matrix.moved, lang),
              total: formatInteger(d.matrix.total, lang),
            })}
          </Text>
        )}
      </div>
      {outcome !== null && d !== undefined && (
        <>
          <Field label={t.whatIf.dimension} size="small">
            <Select
              size="small"
              value={key}
              onChange={(_e, v) => props.onDimension(v.value as ClassKey)}
              data-testid="whatif-dimension"
            >
              {keys.map((k) => (
                <option key={k} value={k}>
                  {t.dimensions[k]}
                </option>
              ))}
            </Select>
          </Field>
          <CountTable
            lang={lang}
            caption={t.whatIf.countsCaption({ dimension: t.dimensions[key] })}
            rows={d.counts}
            labelOf={labelOf}
            beforeLabel={t.whatIf.now}
            afterLabel={t.whatIf.tried}
            testId="whatif-counts"
          />
          <MigrationTable
            lang={lang}
            caption={t.whatIf.matrixCaption({ dimension: t.dimensions[key] })}
            matrix={d.matrix}
            labelOf={labelOf}
            testId="whatif-matrix"
          />
          {d.movers.length > 0 && (
            <div className={shared.column} data-testid="whatif-movers">
              <Caption1 className={shared.muted}>{t.whatIf.movers}</Caption1>
              <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
                {d.movers.slice(0, 5).map((m) => (
                  <li key={m.id}>
                    <Caption1>
                      {m.id} {m.name ?? ""} · {labelOf(m.from)} → {labelOf(m.to)} ·{" "}
                      {formatMoney(m.revenue, lang)}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <div className={shared.row}>
        <Button
          appearance="primary"
          size="small"
          onClick={props.onApply}
          disabled={busy || errors.length > 0}
          data-testid="whatif-apply"
        >
          {t.whatIf.apply}
        </Button>
        <Button size="small" onClick={props.onReset} disabled={busy} data-testid="whatif-reset">
          {t.whatIf.reset}
        </Button>
      </div>
      <ScenarioPanel
        lang={lang}
        scenarios={props.scenarios}
        compare={props.compare}
        dimension={key}
        currentStandard={result.result.standard}
        busy={busy}
        canSave={errors.length === 0}
        onSave={props.onSaveScenario}
        onTry={props.onTryScenario}
        onDelete={props.onDeleteScenario}
        onSide={props.onCompareSide}
        onCompare={props.onCompare}
      />
    </div>
  );
}
