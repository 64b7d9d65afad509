/** The credit grade table: the bounds of each grade (best first); the last grade takes everyone else. */
import type { CreditGradeRule } from "../../engine/standard/types";
import type { Lang } from "../../engine/types";
import { GRADE_BOUNDS } from "../state/fields";
import { stringsFor } from "../strings";
import { NumberInput } from "./NumberInput";
import { useShared } from "./styles";

export interface CreditGradesProps {
  lang: Lang;
  grades: readonly CreditGradeRule[];
  idPrefix: string;
  disabled: boolean;
  messagesAt: (path: string) => string[];
  onTyping: (path: string, bad: boolean) => void;
  onChange: (path: string, value: unknown) => void;
}

export function CreditGrades({
  lang,
  grades,
  idPrefix,
  disabled,
  messagesAt,
  onTyping,
  onChange,
}: CreditGradesProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  const last = grades.length - 1;
  const problems = grades.flatMap((_g, i) =>
    GRADE_BOUNDS.flatMap((b) => messagesAt(`credit.grades[${i}].${b}`)),
  );
  return (
    <div className={shared.column}>
      <div className={shared.scroll}>
        <table className={shared.table} data-testid={`${idPrefix}-grades`}>
          <caption>{t.standard.grades}</caption>
          <thead>
            <tr>
              <th scope="col">{t.standard.grade}</th>
              {GRADE_BOUNDS.map((b) => (
                <th key={b} scope="col">
                  {t.standard.bounds[b]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grades.map((g, i) => (
              <tr key={i}>
                <th scope="row">{g.grade}</th>
                {i === last ? (
                  <td colSpan={GRADE_BOUNDS.length} className={shared.muted}>
                    {t.standard.fallback}
                  </td>
                ) : (
                  GRADE_BOUNDS.map((b) => {
                    const path = `credit.grades[${i}].${b}`;
                    const bad = messagesAt(path).length > 0;
                    return (
                      <td key={b}>
                        <NumberInput
                          size="small"
                          style={{ width: "4.5em", minWidth: 0 }}
                          value={g[b]}
                          optional
                          placeholder={t.standard.noLimit}
                          aria-label={t.standard.boundFor({ bound: t.standard.bounds[b], grade: g.grade })}
                          aria-invalid={bad}
                          disabled={disabled}
                          data-testid={`${idPrefix}-${path}`}
                          onNumber={(n) => onChange(path, n)}
                          onBadText={(x) => onTyping(path, x)}
                        />
                      </td>
                    );
                  })
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <ul role="alert" className={shared.error}>
          {problems.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
