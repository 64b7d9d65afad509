/**
 * Sales by product (engine/products, computed in the worker when the view is first opened): product ABC
 * counts and shares, the top products, rising and falling products (recent months against the months
 * before), and sales per customer class in the last months.
 */
import { Caption1, Spinner, Text } from "@fluentui/react-components";
import { PRODUCT_ABC_LABELS } from "../../../engine/products";
import type { Standard } from "../../../engine/standard/types";
import type { Lang } from "../../../engine/types";
import { formatInteger, formatMoney, formatPercent } from "../../format";
import type { ProductsState } from "../../state/types";
import { stringsFor } from "../../strings";
import { useShared } from "../styles";
import { NUMERIC } from "../numeric";
import { ClassMonths } from "./ClassMonths";
import { TrendList } from "./TrendList";

export interface ProductsViewProps {
  lang: Lang;
  hasProducts: boolean;
  products: ProductsState | null;
  standard: Standard;
}

export function ProductsView({ lang, hasProducts, products, standard }: ProductsViewProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  if (!hasProducts) return <Caption1 data-testid="products-none">{t.products.none}</Caption1>;
  if (products === null || products.pending)
    return <Spinner size="tiny" label={t.products.loading} data-testid="products-loading" />;
  const v = products.view;
  if (v === null) return <Caption1 data-testid="products-failed">{t.products.failed}</Caption1>;
  if (!v.available) return <Caption1 data-testid="products-none">{t.products.none}</Caption1>;
  const basis = v.basis === "profit" ? t.standard.options.profit : t.standard.options.revenue;
  const abcLabel = (code: string) => PRODUCT_ABC_LABELS[code]?.[lang] ?? code;
  const tr = v.trends;
  return (
    <div className={shared.column} data-testid="products">
      <Text weight="semibold" data-testid="products-summary">
        {t.products.summary({
          products: formatInteger(v.products, lang),
          basis,
          total: formatMoney(v.total, lang),
        })}
      </Text>
      <table className={shared.table} data-testid="products-abc">
        <caption>{t.products.abcCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.products.klass}</th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {t.products.count}
            </th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {t.products.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {v.classes.map((c) => (
            <tr key={c.code} data-code={c.code}>
              <td>{abcLabel(c.code)}</td>
              <td className={shared.num} style={NUMERIC}>
                {formatInteger(c.products, lang)}
              </td>
              <td className={shared.num} style={NUMERIC}>
                {formatPercent(c.share, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={shared.table} data-testid="products-top">
        <caption>{t.products.top}</caption>
        <thead>
          <tr>
            <th scope="col">{t.products.product}</th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {t.products.share}
            </th>
            <th scope="col">{t.products.klass}</th>
          </tr>
        </thead>
        <tbody>
          {v.top.map((p) => (
            <tr key={p.code} data-code={p.code} title={formatMoney(p.value, lang)}>
              <td style={{ overflowWrap: "anywhere" }}>
                {p.name ?? p.code}
                {p.name !== null && <Caption1 className={shared.muted}> {p.code}</Caption1>}
              </td>
              <td className={shared.num} style={NUMERIC}>
                {formatPercent(p.share, lang)}
              </td>
              <td>{p.class}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tr === null ? (
        <Caption1 className={shared.muted}>{t.products.noTrends}</Caption1>
      ) : (
        <>
          <Caption1 className={shared.muted} data-testid="products-windows">
            {t.products.windows({
              recentFrom: tr.recent.from,
              recentTo: tr.recent.to,
              priorFrom: tr.prior.from,
              priorTo: tr.prior.to,
            })}
          </Caption1>
          {!tr.priorCovered && <Caption1 className={shared.muted}>{t.products.notCovered}</Caption1>}
          <TrendList
            lang={lang}
            caption={t.products.rising({ count: tr.counts.rising })}
            items={tr.rising}
            direction="up"
            testId="products-rising"
          />
          <TrendList
            lang={lang}
            caption={t.products.falling({ count: tr.counts.falling })}
            items={tr.falling}
            direction="down"
            testId="products-falling"
          />
          {tr.counts.new > 0 && (
            <Caption1 className={shared.muted}>{t.products.newCount({ count: tr.counts.new })}</Caption1>
          )}
        </>
      )}
      <ClassMonths lang={lang} byClass={v.byClass} standard={standard} />
    </div>
  );
}
