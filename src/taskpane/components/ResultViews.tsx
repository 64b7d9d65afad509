/**
 * Step 4's views after a run, as tabs: the summary (counts, top customers, data quality), find a
 * customer (search, card, go to row), and sales by product (only when the transactions had a product
 * column). Before a run there is only the summary's "no results yet".
 */
import { Tab, TabList } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { Lang } from "../../engine/types";
import type { EngineClient } from "../../worker/protocol";
import type { FinderState, ProductsState, ResultsView, RunResult } from "../state/types";
import { stringsFor } from "../strings";
import { CustomerFinder } from "./find/CustomerFinder";
import { ProductsView } from "./products/ProductsView";

export interface ResultViewsProps {
  lang: Lang;
  run: RunResult | null;
  view: ResultsView;
  finder: FinderState;
  products: ProductsState | null;
  engine: EngineClient;
  /** The summary view (ResultsStep), as App renders it. */
  summary: ReactNode;
  onView: (view: ResultsView) => void;
  onQuery: (query: string) => void;
  onOpen: (index: number | null) => void;
  onGoToRow: (index: number) => void;
  onExplainSelected: () => void;
  onError: (e: unknown) => void;
}

export function ResultViews(p: ResultViewsProps) {
  const t = stringsFor(p.lang);
  const id = useId();
  if (p.run === null) return <>{p.summary}</>;
  const views: ResultsView[] = p.run.hasProducts ? ["summary", "find", "products"] : ["summary", "find"];
  const view = views.includes(p.view) ? p.view : "summary";
  const tabId = (v: ResultsView) => `${id}-tab-${v}`;
  return (
    <>
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_e, d) => p.onView(d.value as ResultsView)}
        aria-label={t.views.label}
        data-testid="result-views"
      >
        {views.map((v) => (
          <Tab key={v} value={v} id={tabId(v)} aria-controls={`${id}-panel`} data-testid={`view-${v}`}>
            {t.views[v]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(view)}>
        {view === "summary" && p.summary}
        {view === "find" && (
          <CustomerFinder
            lang={p.lang}
            run={p.run}
            engine={p.engine}
            query={p.finder.query}
            open={p.finder.open}
            onQuery={p.onQuery}
            onOpen={p.onOpen}
            onGoToRow={p.onGoToRow}
            onExplainSelected={p.onExplainSelected}
            onError={p.onError}
          />
        )}
        {view === "products" && (
          <ProductsView
            lang={p.lang}
            hasProducts={p.run.hasProducts}
            products={p.products}
            standard={p.run.result.standard}
          />
        )}
      </div>
    </>
  );
}
