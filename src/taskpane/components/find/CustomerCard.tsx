/**
 * One customer: its classes, a few figures, "Go to row", and why it is in each class — the engine's
 * sentences (engine/explain), the same words as CUSTCLASS.EXPLAIN and the CLI's --explain, in the pane's
 * language. The heading takes the focus when the card opens, so a keyboard or screen-reader user lands
 * on it; Escape or "Back to the list" returns to the search box.
 */
import { Button, Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Lang } from "../../../engine/types";
import { rowOfCustomer } from "../../../excel/navigate";
import type { EngineClient } from "../../../worker/protocol";
import { formatInteger, formatMoney } from "../../format";
import { useExplanation } from "../../hooks/useExplanation";
import { classLabel } from "../../labels";
import type { RunResult } from "../../state/types";
import { stringsFor } from "../../strings";
import { useShared } from "../styles";
import { ClassBadges } from "./ClassBadges";

const useStyles = makeStyles({
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
    // Focused by script when the card opens: Fluent's focus ring, not the browser's black box.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    // A label that wraps (“Days since last purchase”) must not push its number below the others.
    alignItems: "end",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    "& dd": { margin: 0 },
  },
  why: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    "& dt": { color: tokens.colorNeutralForeground2 },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
  },
  entry: { display: "flex", flexDirection: "column", gap: 0 },
  back: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
});

export interface CustomerCardProps {
  lang: Lang;
  run: RunResult;
  index: number;
  engine: EngineClient;
  onBack: () => void;
  onGoToRow: (index: number) => void;
  onError: (e: unknown) => void;
}

export function CustomerCard({ lang, run, index, engine, onBack, onGoToRow, onError }: CustomerCardProps) {
  const t = stringsFor(lang);
  const styles = useStyles();
  const shared = useShared();
  const heading = useRef<HTMLHeadingElement>(null);
  const customer = run.result.customers[index];
  const explained = useExplanation(engine, run.baseId, index, lang, onError);
  useEffect(() => heading.current?.focus(), [index]);
  if (customer === undefined) return null;
  const at = rowOfCustomer(run.rows, run.result, index);
  const m = customer.metrics;
  const action = customer.classes.action ?? null;
  const figure = (label: string, value: string) => (
    <div>
      <dt>
        <Caption1 className={shared.muted}>{label}</Caption1>
      </dt>
      <dd>
        <Text weight="semibold">{value}</Text>
      </dd>
    </div>
  );
  return (
    <article
      className={shared.card}
      aria-labelledby={`customer-card-${index}`}
      data-testid="customer-card"
      data-id={customer.id}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onBack();
        }
      }}
    >
      <Button
        appearance="subtle"
        size="small"
        className={styles.back}
        onClick={onBack}
        data-testid="card-back"
      >
        ‹ {t.card.back}
      </Button>
      <h3 id={`customer-card-${index}`} ref={heading} tabIndex={-1} className={styles.heading}>
        {customer.name ?? customer.id}
      </h3>
      <Caption1 className={shared.muted}>{t.card.id({ id: customer.id })}</Caption1>
      <ClassBadges customer={customer} lang={lang} standard={run.result.standard} short={false} />
      {action !== null && (
        <Text size={200} data-testid="card-action">
          {t.card.action}: {classLabel("action", action, lang, run.result.standard)}
        </Text>
      )}
      <dl className={styles.figures}>
        {typeof m.monetary === "number" && figure(t.card.revenue, formatMoney(m.monetary, lang))}
        {typeof m.frequency === "number" && figure(t.card.orders, formatInteger(m.frequency, lang))}
        {typeof m.recencyDays === "number" && figure(t.card.recency, formatInteger(m.recencyDays, lang))}
      </dl>
      {at !== null ? (
        <div className={shared.row}>
          <Button size="small" appearance="primary" onClick={() => onGoToRow(index)} data-testid="go-to-row">
            {t.card.goToRow}
          </Button>
          <Caption1 className={shared.muted}>
            {t.card.goToRowHint({ sheet: at.sheet, row: at.row + 1 })}
          </Caption1>
        </div>
      ) : (
        <Caption1 className={shared.muted} data-testid="no-row">
          {t.card.noRow}
        </Caption1>
      )}
      <h4 className={shared.subheading}>{t.card.why}</h4>
      {explained.status === "pending" && <Spinner size="tiny" label={t.card.explaining} />}
      {explained.status === "done" && explained.explanation === null && (
        <Caption1>{t.card.noExplanation}</Caption1>
      )}
      {explained.status === "done" && explained.explanation !== null && (
        <dl className={styles.why} data-testid="explanation">
          {explained.explanation.entries.map((e) => (
            <div
              key={e.dimension}
              className={styles.entry}
              data-testid="explain-entry"
              data-dimension={e.dimension}
            >
              <dt>
                <Text size={200} weight="semibold">
                  {t.card.dimensions[e.dimension]}
                </Text>
              </dt>
              <dd>
                <Text size={200} data-testid="explain-text">
                  {e.text}
                </Text>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
