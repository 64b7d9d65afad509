/**
 * Excel.ChartSeriesCollection / ChartSeries (ExcelApi 1.7: chartType; 1.8: axisGroup): a series of a
 * chart drawn as another type or on the secondary axes — a combo chart, e.g. a Pareto chart's
 * cumulative-share line over its columns. Series are the ones the chart's source range gives
 * (chart-ooxml.ts seriesOf); only their type and axis group can be set here.
 */
import type { ChartState, SheetState } from "./state";
import { seriesOf } from "./chart-ooxml";
import { SimError, SimErrorCode } from "./errors";
import {
  bound,
  method,
  prop,
  SimCollection,
  SimObject,
  type PropTable,
  type ProxyContext,
  type AnySimObject,
} from "./proxy";
import { alive } from "./worksheet";

interface SeriesRef {
  sheet: SheetState;
  chart: ChartState;
  index: number;
}

function chartOf(r: { sheet: SheetState; chart: ChartState }): ChartState {
  if (alive(r.sheet).charts.indexOf(r.chart) < 0) throw new SimError(SimErrorCode.itemNotFound);
  return r.chart;
}

function override(r: SeriesRef): NonNullable<NonNullable<ChartState["series"]>[number]> {
  const ch = chartOf(r);
  ch.series ??= [];
  ch.series[r.index] ??= {};
  return ch.series[r.index]!;
}

export class SimChartSeries extends SimObject<SeriesRef> {
  get _className(): string {
    return "ChartSeries";
  }
  protected _props(): PropTable<SeriesRef> {
    return {
      chartType: {
        get: (r) => chartOf(r).series?.[r.index]?.chartType ?? r.chart.type,
        set: (r, v) => {
          if (typeof v !== "string" || v === "" || v === "Invalid")
            throw new SimError(SimErrorCode.invalidArgument);
          override(r).chartType = v;
        },
      },
      axisGroup: {
        get: (r) => chartOf(r).series?.[r.index]?.axisGroup ?? "Primary",
        set: (r, v) => {
          if (v !== "Primary" && v !== "Secondary") throw new SimError(SimErrorCode.invalidArgument);
          override(r).axisGroup = v;
        },
      },
    };
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v);
  }
  get axisGroup(): "Primary" | "Secondary" {
    return this._get("axisGroup");
  }
  set axisGroup(v: "Primary" | "Secondary") {
    this._set("axisGroup", v);
  }
}

export class SimChartSeriesCollection extends SimCollection<
  { sheet: SheetState; chart: ChartState },
  SimChartSeries
> {
  get _className(): string {
    return "ChartSeriesCollection";
  }
  constructor(ctx: ProxyContext, parent: AnySimObject) {
    // The parent chart's reference ({ sheet, chart }) is this collection's.
    super(
      ctx,
      parent,
      prop((r: { sheet: SheetState; chart: ChartState }) => r),
      parent._pathText + ".series",
    );
  }
  protected override _props(): PropTable<{ sheet: SheetState; chart: ChartState }> {
    return { count: { get: (r, h) => seriesOf(h, chartOf(r)).length } };
  }
  protected _listItems(r: { sheet: SheetState; chart: ChartState }, h: ProxyContext["_host"]): unknown[] {
    return seriesOf(h, chartOf(r)).map((_s, index) => ({ ...r, index }));
  }
  protected _makeItem(h: unknown): SimChartSeries {
    return new SimChartSeries(
      this._ctx,
      this,
      bound(h as SeriesRef),
      `ChartSeries(${(h as SeriesRef).index})`,
    );
  }
  get count(): number {
    return this._get("count");
  }
  getItemAt(index: number): SimChartSeries {
    return new SimChartSeries(
      this._ctx,
      this,
      method("getItemAt", () => {
        const r = this._ref()!;
        const n = seriesOf(this._ctx._host, chartOf(r)).length;
        if (!Number.isInteger(index) || index < 0 || index >= n)
          throw new SimError(SimErrorCode.invalidArgument);
        return { ...r, index };
      }),
      `ChartSeriesCollection.getItemAt`,
    );
  }
}
