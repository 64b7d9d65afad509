/** The recognised columns of one source, with a dropdown per field to correct it and the money unit. */
import { Button, Caption1, Select, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { MappingOverride, TableKind, UnitOverride } from "../../engine/read/headers";
import type { Lang } from "../../engine/types";
import { columnOptions, mappingRows, recognise, unitChoices } from "../state/mapping";
import type { Preview, Which } from "../state/types";
import { formatInteger } from "../format";
import { stringsFor } from "../strings";
import { Step } from "./Step";
import { useShared } from "./styles";

const useStyles = makeStyles({
  select: { minWidth: "7em", maxWidth: "12em" },
  sample: { maxWidth: "7em", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface MappingPreviewProps {
  which: Which;
  lang: Lang;
  preview: Preview;
  override: MappingOverride;
  units: UnitOverride;
  disabled: boolean;
  onColumn: (field: string, col: number | null | undefined) => void;
  onUnit: (field: string, unit: number | undefined) => void;
  onReset: () => void;
}

const NONE = "none";

export function MappingPreview({
  which,
  lang,
  preview,
  override,
  units,
  disabled,
  onColumn,
  onUnit,
  onReset,
}: MappingPreviewProps) {
  const shared = useShared();
  const styles = useStyles();
  const t = stringsFor(lang);
  const [all, setAll] = useState(false);
  const kind: TableKind = which;
  const mapping = useMemo(() => recognise(preview, kind, override, units), [preview, kind, override, units]);
  const rows = useMemo(() => mappingRows(kind, mapping, preview), [kind, mapping, preview]);
  const options = useMemo(() => columnOptions(preview, mapping.headerRow), [preview, mapping.headerRow]);
  const fieldName = (f: string) =>
    kind === "customers"
      ? t.customerField[f as keyof typeof t.customerField]
      : t.transactionField[f as keyof typeof t.transactionField];
  const shown = all
    ? rows
    : rows.filter((r) => r.required || r.col !== null || isCorrected(override, r.field));
  const missing = mapping.missingRequired.map(fieldName);
  const corrected = Object.keys(override).length + Object.keys(units).length > 0;
  const found = rows.filter((r) => r.col !== null).length;

  return (
    <div className={shared.column} data-testid={`mapping-${which}`}>
      <Caption1 className={shared.muted}>
        {t.data.headerRow({
          row: preview.top + mapping.headerRow + 1,
          rows: formatInteger(preview.totalRows, lang),
        })}
      </Caption1>
      {missing.length > 0 && (
        <Caption1 className={shared.error} role="alert" data-testid={`mapping-missing-${which}`}>
          {t.data.missing({ fields: missing.join(lang === "zh-CN" ? "、" : ", ") })}
        </Caption1>
      )}
      <Step
        level={3}
        title={t.data.recognised({ found, fields: rows.length })}
        defaultOpen={missing.length > 0}
        testId={`mapping-details-${which}`}
      >
        <div className={shared.scroll}>
          <table className={shared.table}>
            <caption>{t.data.mapping({ what: t.data[which] })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.data.field}</th>
                <th scope="col">{t.data.column}</th>
                <th scope="col">{t.data.sample}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.field}>
                  <th scope="row">
                    {fieldName(r.field)}
                    {r.required && <span className={shared.muted}> *</span>}
                  </th>
                  <td>
                    <div className={shared.column}>
                      <Select
                        size="small"
                        className={styles.select}
                        aria-label={t.data.columnFor({ field: fieldName(r.field) })}
                        value={r.col === null ? NONE : String(r.col)}
                        disabled={disabled}
                        data-testid={`map-${which}-${r.field}`}
                        onChange={(_e, d) => onColumn(r.field, d.value === NONE ? null : Number(d.value))}
                      >
                        <option value={NONE}>{t.data.notUsed}</option>
                        {options.map((o) => (
                          <option key={o.col} value={String(o.col)}>
                            {o.label}
                          </option>
                        ))}
                      </Select>
                      {r.money && r.col !== null && (
                        <Select
                          size="small"
                          className={styles.select}
                          aria-label={t.data.unitFor({ field: fieldName(r.field) })}
                          value={String(r.unit)}
                          disabled={disabled}
                          data-testid={`unit-${which}-${r.field}`}
                          onChange={(_e, d) => onUnit(r.field, Number(d.value))}
                        >
                          {unitChoices(r.unit).map((u) => (
                            <option key={u} value={String(u)}>
                              {unitLabel(t, u)}
                            </option>
                          ))}
                        </Select>
                      )}
                    </div>
                  </td>
                  <td className={styles.sample} title={r.sample}>
                    {r.sample}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className={shared.row}>
          {(all || shown.length < rows.length) && (
            <Button
              size="small"
              appearance="subtle"
              onClick={() => setAll((a) => !a)}
              data-testid={`mapping-all-${which}`}
            >
              {all ? t.data.fewerFields : t.data.allFields}
            </Button>
          )}
          {corrected && (
            <Button
              size="small"
              appearance="subtle"
              onClick={onReset}
              disabled={disabled}
              data-testid={`mapping-reset-${which}`}
            >
              {t.data.resetMapping}
            </Button>
          )}
        </div>
      </Step>
    </div>
  );
}

function isCorrected(o: MappingOverride, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, field);
}

function unitLabel(t: ReturnType<typeof stringsFor>, u: number): string {
  const known = t.units as Record<number, string | undefined>;
  return known[u] ?? t.unitOther({ multiplier: u });
}
