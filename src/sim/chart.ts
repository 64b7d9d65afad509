/**
 * Excel.ChartCollection / Chart (ExcelApi 1.1): charts are kept as records (type, source range,
 * series orientation, title, legend, position) and written to .xlsx as DrawingML chart parts.
 */
import { SimError, SimErrorCode } from "./errors";
import { itemOrNull } from "./lookup";
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
import { SimChartSeriesCollection } from "./chart-series";
import { resolveRangeArg, SimRange } from "./range";
import type { ChartState, SheetState } from "./state";
import { alive, SimWorksheet } from "./worksheet";

interface ChartRef {
  sheet: SheetState;
  chart: ChartState;
}

function chartAlive(c: ChartRef): ChartState {
  if (alive(c.sheet).charts.indexOf(c.chart) < 0) throw new SimError(SimErrorCode.itemNotFound);
  return c.chart;
}

/** Left/top in points of a cell's top-left corner (column widths and row heights). */
export function cellOffset(sheet: SheetState, r: number, c: number): { left: number; top: number } {
  let left = 0;
  for (let i = 0; i < c; i++)
    left += sheet.cols[i]?.hidden ? 0 : (sheet.cols[i]?.width ?? sheet.standardWidth);
  let top = 0;
  for (let i = 0; i < r; i++)
    top += sheet.rows[i]?.hidden ? 0 : (sheet.rows[i]?.height ?? sheet.standardHeight);
  return { left, top };
}

const SERIES_BY = ["Auto", "Columns", "Rows"];

class SimChartTitle extends SimObject<ChartState> {
  get _className(): string {
    return "ChartTitle";
  }
  protected _props(): PropTable<ChartState> {
    return {
      text: {
        get: (ch) => ch.title.text,
        set: (ch, v) => {
          ch.title.text = String(v);
          ch.title.visible = true;
        },
      },
      visible: { get: (ch) => ch.title.visible, set: (ch, v) => void (ch.title.visible = v === true) },
      overlay: { get: () => false },
      position: { get: () => "Top" },
    };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
}

class SimChartLegend extends SimObject<ChartState> {
  get _className(): string {
    return "ChartLegend";
  }
  protected _props(): PropTable<ChartState> {
    return {
      visible: { get: (ch) => ch.legend.visible, set: (ch, v) => void (ch.legend.visible = v === true) },
      position: {
        get: (ch) => ch.legend.position,
        set: (ch, v) => {
          if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(String(v)))
            throw new SimError(SimErrorCode.invalidArgument);
          ch.legend.position = String(v);
        },
      },
    };
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._set("position", v);
  }
}

export class SimChart extends SimObject<ChartRef> {
  get _className(): string {
    return "Chart";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return {
      title: () => this.title,
      legend: () => this.legend,
      worksheet: () => this.worksheet,
      series: () => this.series,
    };
  }
  protected _props(): PropTable<ChartRef> {
    const num = (k: "top" | "left" | "width" | "height") => ({
      get: (c: ChartRef) => chartAlive(c)[k],
      set: (c: ChartRef, v: unknown) => {
        if (typeof v !== "number" || v < 0) throw new SimError(SimErrorCode.invalidArgument);
        chartAlive(c)[k] = v;
      },
    });
    return {
      id: { get: (c) => chartAlive(c).id },
      name: {
        get: (c) => chartAlive(c).name,
        set: (c, v) => {
          chartAlive(c);
          if (typeof v !== "string" || v === "") throw new SimError(SimErrorCode.invalidArgument);
          c.chart.name = v;
        },
      },
      chartType: { get: (c) => chartAlive(c).type, set: (c, v) => void (chartAlive(c).type = String(v)) },
      top: num("top"),
      left: num("left"),
      width: num("width"),
      height: num("height"),
      plotBy: { get: (c) => (chartAlive(c).seriesBy === "Rows" ? "Rows" : "Columns") },
    };
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v);
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._set("top", v);
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._set("left", v);
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._set("width", v);
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._set("height", v);
  }
  get title(): SimChartTitle {
    return this._child(
      "title",
      () =>
        new SimChartTitle(
          this._ctx,
          this,
          prop((c: ChartRef) => chartAlive(c)),
          this._pathText + ".title",
        ),
    );
  }
  get legend(): SimChartLegend {
    return this._child(
      "legend",
      () =>
        new SimChartLegend(
          this._ctx,
          this,
          prop((c: ChartRef) => chartAlive(c)),
          this._pathText + ".legend",
        ),
    );
  }
  get series(): SimChartSeriesCollection {
    return this._child("series", () => new SimChartSeriesCollection(this._ctx, this));
  }
  get worksheet(): SimWorksheet {
    return this._child("worksheet", () => SimWorksheet.fromParent(this._ctx, this, (c: ChartRef) => c.sheet));
  }
  /** Places the chart over startCell..endCell (endCell default: keep the size). */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this._queue("setPosition", 16, (c, h) => {
      const ch = chartAlive(c);
      const a = resolveRangeArg(h, startCell, c.sheet);
      const p = cellOffset(c.sheet, a.rect.r0, a.rect.c0);
      ch.left = p.left;
      ch.top = p.top;
      if (endCell !== undefined) {
        const b = resolveRangeArg(h, endCell, c.sheet);
        const q = cellOffset(c.sheet, b.rect.r1 + 1, b.rect.c1 + 1);
        ch.width = Math.max(0, q.left - p.left);
        ch.height = Math.max(0, q.top - p.top);
      }
    });
  }
  setData(sourceData: SimRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): void {
    this._queue("setData", 16, (c, h) => {
      const r = resolveRangeArg(h, sourceData, c.sheet);
      chartAlive(c).source = { sheet: r.sheet, rect: r.rect };
      c.chart.seriesBy = seriesBy;
    });
  }
  delete(): void {
    this._queue("delete", 0, (c) => {
      chartAlive(c);
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c.chart);
    });
  }
  activate(): void {
    this._queue("activate", 0, (c) => void chartAlive(c));
  }
}

export class SimChartCollection extends SimCollection<SheetState, SimChart> {
  get _className(): string {
    return "ChartCollection";
  }
  constructor(ctx: ProxyContext, parent: SimWorksheet) {
    super(
      ctx,
      parent,
      prop((s: SheetState) => s),
      parent._pathText + ".charts",
    );
  }
  protected override _props(): PropTable<SheetState> {
    return { count: { get: (s) => alive(s).charts.length } };
  }
  protected _listItems(s: SheetState): unknown[] {
    return alive(s).charts.map((chart) => ({ sheet: s, chart }));
  }
  protected _makeItem(h: unknown): SimChart {
    return new SimChart(this._ctx, this, bound(h as ChartRef), `Chart(${(h as ChartRef).chart.name})`);
  }
  get count(): number {
    return this._get("count");
  }
  add(type: string, sourceData: SimRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): SimChart {
    return new SimChart(
      this._ctx,
      this,
      method("add", () => {
        const s = alive(this._ref()!);
        const h = this._ctx._host;
        if (!SERIES_BY.includes(seriesBy) || typeof type !== "string" || type === "Invalid")
          throw new SimError(SimErrorCode.invalidArgument);
        const src = resolveRangeArg(h, sourceData, s);
        h.state.seq.chart += 1;
        let k = s.charts.length + 1;
        while (s.charts.some((c) => c.name === `Chart ${k}`)) k++;
        // Excel's default chart is 360 × 216 points (5 × 3 inches).
        const anchor = cellOffset(s, src.rect.r0, src.rect.c1 + 2);
        const chart: ChartState = {
          id: `{${String(h.state.seq.chart).padStart(8, "0")}-C4A7-0000-0000-000000000000}`,
          name: `Chart ${k}`,
          type,
          source: { sheet: src.sheet, rect: src.rect },
          seriesBy,
          title: { text: "", visible: false },
          legend: { visible: true, position: "Right" },
          top: anchor.top,
          left: anchor.left,
          width: 360,
          height: 216,
        };
        s.charts.push(chart);
        return { sheet: s, chart };
      }),
      "ChartCollection.add",
    );
  }
  private by(name: string, pick: (s: SheetState) => ChartState | undefined, orNull: boolean): SimChart {
    return new SimChart(
      this._ctx,
      this,
      method(name, () => {
        const s = alive(this._ref()!);
        const c = pick(s);
        return itemOrNull(c && { sheet: s, chart: c }, orNull);
      }),
      `ChartCollection.${name}`,
    );
  }
  getItem(name: string): SimChart {
    return this.by("getItem", (s) => s.charts.find((c) => c.name === name), false);
  }
  getItemOrNullObject(name: string): SimChart {
    return this.by("getItemOrNullObject", (s) => s.charts.find((c) => c.name === name), true);
  }
  getItemAt(index: number): SimChart {
    return this.by("getItemAt", (s) => s.charts[index], false);
  }
}
