/**
 * The main thresholds of a standard, grouped as the standard is, each with the schema's description and
 * the validation messages of validateStandard under it. Used by the Standard step and by What-if.
 */
import { Caption1, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { StandardError } from "../../engine/standard/errors";
import type { Standard } from "../../engine/standard/types";
import type { Lang } from "../../engine/types";
import {
  FIELD_GROUPS,
  GRADE_BOUNDS,
  optionsOf,
  specAt,
  stepOf,
  type FieldPath,
  type GroupId,
} from "../state/fields";
import { getAt } from "../state/standard-edit";
import { stringsFor } from "../strings";
import { CreditGrades } from "./CreditGrades";
import { NumberInput } from "./NumberInput";
import { Step } from "./Step";
import { useShared } from "./styles";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
});

export interface StandardFormProps {
  lang: Lang;
  standard: Standard;
  errors: readonly StandardError[];
  /** Prefix of the controls' test ids: "std" or "whatif". */
  idPrefix: string;
  openGroups: readonly GroupId[];
  disabled?: boolean;
  showHints?: boolean;
  onChange: (path: string, value: unknown) => void;
}

/** Paths the form shows a field for (errors elsewhere are listed under the form). */
export function formPaths(standard: Standard): Set<string> {
  const paths = new Set<string>(FIELD_GROUPS.flatMap((g) => g.fields));
  standard.credit.grades.forEach((_g, i) => {
    for (const k of GRADE_BOUNDS) paths.add(`credit.grades[${i}].${k}`);
  });
  return paths;
}

export function StandardForm(props: StandardFormProps) {
  const {
    lang,
    standard,
    errors,
    idPrefix,
    openGroups,
    disabled = false,
    showHints = false,
    onChange,
  } = props;
  const t = stringsFor(lang);
  const styles = useStyles();
  const shared = useShared();
  const [typing, setTyping] = useState<Record<string, boolean>>({});
  const messagesAt = (path: string): string[] => [
    ...(typing[path] ? [t.standard.notANumber] : []),
    ...errors.filter((e) => e.path === path).map((e) => e.message[lang]),
  ];
  const setTypingAt = (path: string, bad: boolean) =>
    setTyping((m) => (m[path] === bad ? m : { ...m, [path]: bad }));
  const shown = formPaths(standard);
  const others = errors.filter((e) => !shown.has(e.path));

  const field = (path: FieldPath) => {
    const spec = specAt(path);
    const value = getAt(standard, path);
    const messages = messagesAt(path);
    const hint = showHints && spec ? spec.doc[lang] : undefined;
    const testId = `${idPrefix}-${path}`;
    const common = {
      label: t.standard.fields[path],
      validationState: messages.length > 0 ? ("error" as const) : ("none" as const),
      validationMessage: messages.length > 0 ? messages.join(" ") : undefined,
      hint,
    };
    if (spec?.kind === "number") {
      return (
        <Field key={path} {...common} size="small">
          <NumberInput
            size="small"
            value={typeof value === "number" ? value : undefined}
            step={stepOf(spec)}
            disabled={disabled}
            data-testid={testId}
            onNumber={(n) => onChange(path, n)}
            onBadText={(bad) => setTypingAt(path, bad)}
          />
        </Field>
      );
    }
    if (spec?.kind === "boolean") {
      return (
        <Field key={path} {...common} label={undefined} size="small">
          <Checkbox
            label={t.standard.fields[path]}
            checked={value === true}
            disabled={disabled}
            data-testid={testId}
            onChange={(_e, d) => onChange(path, d.checked === true)}
          />
        </Field>
      );
    }
    const options = optionsOf(path, value);
    const current = Array.isArray(value) ? "custom" : String(value);
    return (
      <Field key={path} {...common} size="small">
        <Select
          size="small"
          value={current}
          disabled={disabled}
          data-testid={testId}
          onChange={(_e, d) => {
            if (d.value !== "custom") onChange(path, d.value);
          }}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {t.standard.options[o]}
            </option>
          ))}
        </Select>
      </Field>
    );
  };

  return (
    <div className={shared.column} data-testid={`${idPrefix}-form`}>
      {FIELD_GROUPS.map((g) => (
        <Step
          key={g.id}
          level={3}
          title={t.standard.groups[g.id]}
          defaultOpen={openGroups.includes(g.id)}
          testId={`${idPrefix}-group-${g.id}`}
        >
          <div className={styles.grid}>
            {g.fields.map(field)}
            {g.id === "credit" && (
              <CreditGrades
                lang={lang}
                grades={standard.credit.grades}
                idPrefix={idPrefix}
                disabled={disabled}
                messagesAt={messagesAt}
                onTyping={setTypingAt}
                onChange={onChange}
              />
            )}
          </div>
        </Step>
      ))}
      {others.length > 0 && (
        <div role="alert" className={shared.column} data-testid={`${idPrefix}-other-errors`}>
          <Caption1 className={shared.error}>{t.standard.otherProblems}</Caption1>
          <ul>
            {others.map((e, i) => (
              <li key={i} className={shared.error}>
                {e.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
