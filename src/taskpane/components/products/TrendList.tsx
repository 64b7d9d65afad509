/** Rising or falling products: name (code under it) and growth, the earlier and recent values in the title. */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../../../engine/types";
import type { TrendItem } from "../../../worker/product-view";
import { formatGrowth, formatMoney } from "../../format";
import { stringsFor } from "../../strings";
import { useShared } from "../styles";
import { NUMERIC } from "../numeric";

const useStyles = makeStyles({
  name: { overflowWrap: "anywhere" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

export function TrendList({
  lang,
  caption,
  items,
  direction,
  testId,
}: {
  lang: Lang;
  caption: string;
  items: readonly TrendItem[];
  direction: "up" | "down";
  testId: string;
}) {
  const t = stringsFor(lang);
  const shared = useShared();
  const styles = useStyles();
  if (items.length === 0)
    return (
      <div className={shared.column} data-testid={testId}>
        <h4 className={shared.subheading}>{caption}</h4>
        <Caption1 className={shared.muted}>{t.products.noneListed}</Caption1>
      </div>
    );
  return (
    <table className={shared.table} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.products.product}</th>
          <th scope="col" className={shared.num} style={NUMERIC}>
            {t.products.growth}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr
            key={p.code}
            data-code={p.code}
            title={`${formatMoney(p.prior, lang)} → ${formatMoney(p.recent, lang)}`}
          >
            <td className={styles.name}>
              {p.name ?? p.code}
              {p.name !== null && <Caption1 className={shared.muted}> {p.code}</Caption1>}
            </td>
            <td
              className={mergeClasses(shared.num, direction === "up" ? styles.up : styles.down)}
              style={NUMERIC}
            >
              {p.growth === null ? "—" : formatGrowth(p.growth, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
