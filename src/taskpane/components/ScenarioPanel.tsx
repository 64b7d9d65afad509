/** Named scenarios saved in the workbook, and two of them (or the current result) compared side by side. */
import { Button, Caption1, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { ClassKey } from "../../engine/result";
import type { Standard } from "../../engine/standard/types";
import type { Lang } from "../../engine/types";
import type { CompareState, Scenarios, ScenarioRef } from "../state/types";
import { labeller } from "../labels";
import { stringsFor } from "../strings";
import { CountTable } from "./CountTable";
import { MigrationTable } from "./MigrationTable";
import { Step } from "./Step";
import { useShared } from "./styles";

export interface ScenarioPanelProps {
  lang: Lang;
  scenarios: Scenarios;
  compare: CompareState;
  dimension: ClassKey;
  currentStandard: Standard;
  busy: boolean;
  canSave: boolean;
  onSave: (name: string) => void;
  onTry: (name: string) => void;
  onDelete: (name: string) => void;
  onSide: (side: "a" | "b", ref: ScenarioRef) => void;
  onCompare: () => void;
}

const refValue = (r: ScenarioRef): string => (r.kind === "current" ? "current" : `s:${r.name}`);
const refOf = (v: string): ScenarioRef =>
  v.startsWith("s:") ? { kind: "scenario", name: v.slice(2) } : { kind: "current" };

export function ScenarioPanel(props: ScenarioPanelProps) {
  const { lang, scenarios, compare, dimension, busy } = props;
  const t = stringsFor(lang);
  const shared = useShared();
  const [name, setName] = useState("");
  const names = Object.keys(scenarios).sort((a, b) => a.localeCompare(b, lang));
  const refName = (r: ScenarioRef) => (r.kind === "current" ? t.scenarios.current : r.name);
  const outcome = compare.outcome;
  const d = outcome?.diff[dimension];
  const labelOf = labeller(
    dimension,
    lang,
    outcome?.b.standard,
    outcome?.a.standard ?? props.currentStandard,
  );
  const a = refName(compare.a);
  const b = refName(compare.b);

  const save = () => {
    props.onSave(name.trim());
    if (name.trim() !== "") setName("");
  };

  return (
    <Step title={t.scenarios.title} level={3} testId="scenarios">
      <div className={shared.row}>
        <Field label={t.scenarios.name} size="small" className={shared.grow}>
          <Input
            size="small"
            value={name}
            onChange={(_e, v) => setName(v.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") save();
            }}
            data-testid="scenario-name"
          />
        </Field>
        <Button size="small" onClick={save} disabled={busy || !props.canSave} data-testid="scenario-save">
          {t.scenarios.save}
        </Button>
      </div>
      {names.length === 0 ? (
        <Caption1 className={shared.muted}>{t.scenarios.none}</Caption1>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 0, listStyle: "none" }} data-testid="scenario-list">
          {names.map((n) => (
            <li key={n} className={shared.row}>
              <Caption1 className={shared.grow}>{n}</Caption1>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.scenarios.tryFor({ name: n })}
                onClick={() => props.onTry(n)}
                disabled={busy}
              >
                {t.scenarios.tryIt}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.scenarios.removeFor({ name: n })}
                onClick={() => props.onDelete(n)}
                disabled={busy}
              >
                {t.scenarios.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={shared.row}>
        {(["a", "b"] as const).map((side) => (
          <Field
            key={side}
            label={side === "a" ? t.scenarios.a : t.scenarios.b}
            size="small"
            className={shared.grow}
          >
            <Select
              size="small"
              value={refValue(compare[side])}
              onChange={(_e, v) => props.onSide(side, refOf(v.value))}
              data-testid={`compare-${side}`}
            >
              <option value="current">{t.scenarios.current}</option>
              {names.map((n) => (
                <option key={n} value={`s:${n}`}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <Button
          size="small"
          onClick={props.onCompare}
          disabled={busy || compare.pending}
          data-testid="compare-run"
        >
          {t.scenarios.run}
        </Button>
      </div>
      {outcome !== null && d !== undefined && (
        <div className={shared.column} data-testid="compare-result">
          <CountTable
            lang={lang}
            caption={t.scenarios.caption({ a, b, dimension: t.dimensions[dimension] })}
            rows={d.counts}
            labelOf={labelOf}
            beforeLabel={a}
            afterLabel={b}
            testId="compare-counts"
          />
          <MigrationTable
            lang={lang}
            caption={t.scenarios.matrixCaption({ a, b })}
            matrix={d.matrix}
            labelOf={labelOf}
            testId="compare-matrix"
          />
        </div>
      )}
    </Step>
  );
}
