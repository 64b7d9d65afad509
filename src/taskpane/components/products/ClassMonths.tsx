/**
 * Sales per customer class in the last months: a class per row, a month per column (three columns fit
 * the pane), amounts in short form with the full amount in the cell's title.
 */
import type { Standard } from "../../../engine/standard/types";
import type { Lang } from "../../../engine/types";
import type { ProductView } from "../../../worker/product-view";
import { formatCompact, formatMoney } from "../../format";
import { classLabel } from "../../labels";
import { stringsFor } from "../../strings";
import { useShared } from "../styles";
import { NUMERIC } from "../numeric";

export function ClassMonths({
  lang,
  byClass,
  standard,
}: {
  lang: Lang;
  byClass: ProductView["byClass"];
  standard: Standard;
}) {
  const t = stringsFor(lang);
  const shared = useShared();
  if (byClass.months.length === 0) return null;
  const key = byClass.classKey;
  return (
    <div className={shared.scroll}>
      <table className={shared.table} data-testid="products-by-class">
        <caption>
          {t.products.byClass({ dimension: t.dimensions[key], months: byClass.months.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.results.klass}</th>
            {byClass.months.map((m) => (
              <th key={m} scope="col" className={shared.num} style={NUMERIC}>
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byClass.classes.map((code, c) => (
            <tr key={code} data-code={code}>
              <th scope="row" style={{ fontWeight: "normal" }}>
                {code === "none" ? t.results.noClass : classLabel(key, code, lang, standard)}
              </th>
              {byClass.revenue.map((row, k) => {
                const v = row[c] ?? 0;
                return (
                  <td
                    key={byClass.months[k]}
                    className={shared.num}
                    style={NUMERIC}
                    title={formatMoney(v, lang)}
                  >
                    {formatCompact(v, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
