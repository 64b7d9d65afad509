/** Step 4: counts and revenue per class, the top customers, the data-quality list, and remove results. */
import { NUMERIC } from "./numeric";
import { Button, Caption1, Field, Link, Select, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ClassKey, ClassificationResult } from "../../engine/result";
import type { Lang } from "../../engine/types";
import { formatDate, formatInteger, formatMoney } from "../format";
import { classLabel } from "../labels";
import { stringsFor } from "../strings";
import { ClassBars } from "./ClassBars";
import { IssueList } from "./IssueList";
import { useShared } from "./styles";

export interface ResultsStepProps {
  lang: Lang;
  result: ClassificationResult | null;
  dimension: ClassKey;
  busy: boolean;
  onDimension: (key: ClassKey) => void;
  onGoTo: (sheet: string, cell: string) => void;
  onRemove: () => void;
  /** Opens a customer's card (the Find view): the top customers' IDs are links to it. */
  onOpenCustomer?: (index: number) => void;
}

const TOP = 10;

export function ResultsStep({
  lang,
  result,
  dimension,
  busy,
  onDimension,
  onGoTo,
  onRemove,
  onOpenCustomer,
}: ResultsStepProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  const keys = useMemo(
    () =>
      result
        ? (Object.keys(result.summary.byDimension) as ClassKey[]).filter(
            (k) => (result.summary.byDimension[k]?.length ?? 0) > 0,
          )
        : [],
    [result],
  );
  const top = useMemo(() => {
    if (!result) return [];
    const rev = (m: number | null | undefined) => (typeof m === "number" && Number.isFinite(m) ? m : 0);
    return result.customers
      .map((c, index) => ({ c, index }))
      .filter(({ c }) => rev(c.metrics.monetary) > 0)
      .sort((a, b) => rev(b.c.metrics.monetary) - rev(a.c.metrics.monetary))
      .slice(0, TOP);
  }, [result]);

  const remove = (
    <div className={shared.row}>
      <Button size="small" onClick={onRemove} disabled={busy} data-testid="remove-results">
        {t.results.remove}
      </Button>
      <Caption1 className={shared.muted}>{t.results.removeHint}</Caption1>
    </div>
  );
  if (!result) {
    return (
      <div className={shared.column}>
        <Caption1 data-testid="results-none">{t.results.none}</Caption1>
        {remove}
      </div>
    );
  }
  const key = keys.includes(dimension) ? dimension : (keys[0] ?? "overall");
  const counts = result.summary.byDimension[key] ?? [];
  const s = result.summary;
  return (
    <div className={shared.column} data-testid="results">
      {result.asOf !== "" && <Caption1>{t.results.asOf({ date: formatDate(result.asOf, lang) })}</Caption1>}
      <dl className={shared.row} style={{ margin: 0 }} data-testid="results-totals">
        {[
          [t.results.customers, formatInteger(s.customers, lang)],
          [t.results.active, formatInteger(s.activeCustomers, lang)],
          [t.results.revenue, formatMoney(s.revenue, lang)],
        ].map(([k, v]) => (
          <div key={k} className={shared.column} style={{ gap: 0 }}>
            <dt>
              <Caption1 className={shared.muted}>{k}</Caption1>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text weight="semibold">{v}</Text>
            </dd>
          </div>
        ))}
      </dl>
      <Field label={t.results.dimension} size="small">
        <Select
          size="small"
          value={key}
          onChange={(_e, d) => onDimension(d.value as ClassKey)}
          data-testid="results-dimension"
        >
          {keys.map((k) => (
            <option key={k} value={k}>
              {t.dimensions[k]}
            </option>
          ))}
        </Select>
      </Field>
      <ClassBars
        lang={lang}
        caption={t.results.chart({ dimension: t.dimensions[key] })}
        counts={counts}
        labelOf={(code) => classLabel(key, code, lang, result.standard)}
        testId="results-chart"
      />
      <div className={shared.scroll}>
        <table className={shared.table} data-testid="top-customers">
          <caption>{t.results.top}</caption>
          <thead>
            <tr>
              <th scope="col">{t.results.id}</th>
              <th scope="col">{t.results.name}</th>
              <th scope="col" className={shared.num} style={NUMERIC}>
                {t.results.revenue}
              </th>
              <th scope="col">{t.results.overall}</th>
            </tr>
          </thead>
          <tbody>
            {top.map(({ c, index }) => (
              <tr key={c.id}>
                <td>
                  {onOpenCustomer ? (
                    <Link as="button" onClick={() => onOpenCustomer(index)} data-testid="top-customer-open">
                      {c.id}
                    </Link>
                  ) : (
                    c.id
                  )}
                </td>
                <td>{c.name ?? ""}</td>
                <td className={shared.num} style={NUMERIC}>{formatMoney(c.metrics.monetary ?? 0, lang)}</td>
                <td>{classLabel("overall", c.classes.overall ?? null, lang, result.standard)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className={shared.subheading}>{t.results.issues}</h3>
      <IssueList lang={lang} issues={result.issues} onGoTo={onGoTo} />
      {remove}
    </div>
  );
}
