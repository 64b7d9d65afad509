/**
 * Customers and revenue per class as a bar chart made of a table: the numbers are the table's text (what
 * a screen reader reads), the bars are decoration drawn with CSS widths. No chart library needed.
 */
import { NUMERIC } from "./numeric";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ClassCount } from "../../engine/result";
import type { Lang } from "../../engine/types";
import { formatInteger, formatMoney, formatPercent } from "../format";
import { stringsFor } from "../strings";
import { useShared } from "./styles";

const useStyles = makeStyles({
  barCell: { width: "45%" },
  track: { display: "flex", flexDirection: "column", gap: "2px" },
  count: {
    height: "8px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  revenue: {
    height: "4px",
    backgroundColor: tokens.colorNeutralForeground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  legend: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "6px",
    marginRight: "4px",
    verticalAlign: "middle",
  },
});

export interface ClassBarsProps {
  lang: Lang;
  caption: string;
  counts: readonly ClassCount[];
  labelOf: (code: string) => string;
  testId?: string;
}

export function ClassBars({ lang, caption, counts, labelOf, testId }: ClassBarsProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  const styles = useStyles();
  const max = counts.reduce((m, c) => Math.max(m, c.customers), 0);
  const pct = (x: number) => `${Math.max(0, Math.min(100, x * 100)).toFixed(1)}%`;
  return (
    <div className={shared.column}>
      <table className={shared.table} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.results.klass}</th>
            <th scope="col" className={styles.barCell}>
              <span className={styles.legend} aria-hidden="true">
                <span>
                  <span className={styles.swatch} style={{ backgroundColor: tokens.colorBrandBackground }} />
                  {t.results.count}
                </span>
                <span>
                  <span
                    className={styles.swatch}
                    style={{ backgroundColor: tokens.colorNeutralForeground3 }}
                  />
                  {t.results.revenue}
                </span>
              </span>
            </th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {t.results.count}
            </th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {t.results.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.code} data-code={c.code}>
              <th scope="row">{labelOf(c.code)}</th>
              <td className={styles.barCell} aria-hidden="true">
                <div className={styles.track}>
                  <div className={styles.count} style={{ width: pct(max > 0 ? c.customers / max : 0) }} />
                  <div className={styles.revenue} style={{ width: pct(c.revenueShare) }} />
                </div>
              </td>
              <td className={shared.num} style={NUMERIC}>{formatInteger(c.customers, lang)}</td>
              <td className={shared.num} style={NUMERIC} title={formatMoney(c.revenue, lang)}>
                {formatPercent(c.revenueShare, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
