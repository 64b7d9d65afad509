/**
 * The sheet's charts drawn over the grid where Excel puts them (ChartState top/left/width/height, in
 * points from the sheet's top-left corner), as plain SVG: column/bar, line/area and pie/doughnut, from
 * the current values of their source ranges. A picture of the chart, not Excel's renderer: enough to
 * see what the summary sheet shows.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { formatValue } from "../../sim/number-format";
import { styleIdAt } from "../../sim/cells";
import type { CellValue, ChartState, SheetState } from "../../sim/state";
import type { Axis } from "../grid/geometry";
import { PX_PER_PT } from "../grid/geometry";
import type { Session } from "../session";
import { chartData, niceAxis, SERIES_COLORS, type ChartData } from "./chart-data";

const useStyles = makeStyles({
  chart: {
    position: "absolute",
    zIndex: 1,
    backgroundColor: "#FFFFFF",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    fontFamily: tokens.fontFamilyBase,
    overflow: "hidden",
  },
});

const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

function Bars({ data, w, h, horizontal }: { data: ChartData; w: number; h: number; horizontal: boolean }) {
  const pad = { l: horizontal ? 90 : 44, r: 10, t: 6, b: horizontal ? 22 : 34 };
  const all = data.series.flatMap((s) => s.values);
  const axis = niceAxis(Math.max(0, ...all));
  const pw = Math.max(10, w - pad.l - pad.r);
  const ph = Math.max(10, h - pad.t - pad.b);
  const n = Math.max(1, data.categories.length);
  const k = Math.max(1, data.series.length);
  const band = (horizontal ? ph : pw) / n;
  const bar = (band * 0.7) / k;
  const scale = (v: number) => (Math.max(0, v) / axis.max) * (horizontal ? pw : ph);
  const ticks = Array.from({ length: Math.round(axis.max / axis.step) + 1 }, (_, i) => i * axis.step);
  return (
    <g>
      {ticks.map((v) =>
        horizontal ? (
          <g key={v}>
            <line x1={pad.l + scale(v)} x2={pad.l + scale(v)} y1={pad.t} y2={pad.t + ph} stroke="#E5E5E5" />
            <text x={pad.l + scale(v)} y={h - 6} fontSize={9} textAnchor="middle" fill="#595959">
              {compact.format(v)}
            </text>
          </g>
        ) : (
          <g key={v}>
            <line
              x1={pad.l}
              x2={pad.l + pw}
              y1={pad.t + ph - scale(v)}
              y2={pad.t + ph - scale(v)}
              stroke="#E5E5E5"
            />
            <text x={pad.l - 4} y={pad.t + ph - scale(v) + 3} fontSize={9} textAnchor="end" fill="#595959">
              {compact.format(v)}
            </text>
          </g>
        ),
      )}
      {data.categories.map((cat, i) => (
        <g key={i}>
          {data.series.map((s, j) => {
            const v = s.values[i] ?? 0;
            const pos = i * band + band * 0.15 + j * bar;
            return horizontal ? (
              <rect
                key={j}
                x={pad.l}
                y={pad.t + pos}
                width={scale(v)}
                height={bar}
                fill={SERIES_COLORS[j % SERIES_COLORS.length]}
              >
                <title>{`${cat} · ${s.name}: ${v}`}</title>
              </rect>
            ) : (
              <rect
                key={j}
                x={pad.l + pos}
                y={pad.t + ph - scale(v)}
                width={bar}
                height={scale(v)}
                fill={SERIES_COLORS[j % SERIES_COLORS.length]}
              >
                <title>{`${cat} · ${s.name}: ${v}`}</title>
              </rect>
            );
          })}
          {horizontal ? (
            <text
              x={pad.l - 4}
              y={pad.t + i * band + band / 2 + 3}
              fontSize={9}
              textAnchor="end"
              fill="#404040"
            >
              {cat.length > 14 ? `${cat.slice(0, 13)}…` : cat}
            </text>
          ) : n <= 16 || i % Math.ceil(n / 12) === 0 ? (
            <text
              x={pad.l + i * band + band / 2}
              y={pad.t + ph + 12}
              fontSize={9}
              textAnchor="middle"
              fill="#404040"
            >
              {cat.length > 10 ? `${cat.slice(0, 9)}…` : cat}
            </text>
          ) : null}
        </g>
      ))}
      <line
        x1={pad.l}
        x2={horizontal ? pad.l : pad.l + pw}
        y1={pad.t + ph}
        y2={horizontal ? pad.t : pad.t + ph}
        stroke="#BFBFBF"
      />
    </g>
  );
}

function Lines({ data, w, h, area }: { data: ChartData; w: number; h: number; area: boolean }) {
  const pad = { l: 44, r: 10, t: 6, b: 34 };
  const axis = niceAxis(Math.max(0, ...data.series.flatMap((s) => s.values)));
  const pw = Math.max(10, w - pad.l - pad.r);
  const ph = Math.max(10, h - pad.t - pad.b);
  const n = Math.max(1, data.categories.length);
  const x = (i: number) => pad.l + (n === 1 ? pw / 2 : (i * pw) / (n - 1));
  const y = (v: number) => pad.t + ph - (Math.max(0, v) / axis.max) * ph;
  const ticks = Array.from({ length: Math.round(axis.max / axis.step) + 1 }, (_, i) => i * axis.step);
  const every = Math.ceil(n / 8);
  return (
    <g>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={pad.l} x2={pad.l + pw} y1={y(v)} y2={y(v)} stroke="#E5E5E5" />
          <text x={pad.l - 4} y={y(v) + 3} fontSize={9} textAnchor="end" fill="#595959">
            {compact.format(v)}
          </text>
        </g>
      ))}
      {data.series.map((s, j) => {
        const pts = s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ");
        const color = SERIES_COLORS[j % SERIES_COLORS.length]!;
        return area ? (
          <polygon
            key={j}
            points={`${x(0)},${y(0)} ${pts} ${x(s.values.length - 1)},${y(0)}`}
            fill={color}
            fillOpacity={0.5}
            stroke={color}
          />
        ) : (
          <polyline key={j} points={pts} fill="none" stroke={color} strokeWidth={2} />
        );
      })}
      {data.categories.map((cat, i) =>
        i % every === 0 ? (
          <text key={i} x={x(i)} y={pad.t + ph + 12} fontSize={9} textAnchor="middle" fill="#404040">
            {cat}
          </text>
        ) : null,
      )}
    </g>
  );
}

function Pie({ data, w, h, hole }: { data: ChartData; w: number; h: number; hole: boolean }) {
  const values = (data.series[0]?.values ?? []).map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0);
  const legendW = Math.min(140, w * 0.4);
  const r = Math.max(10, Math.min((w - legendW) / 2, h / 2) - 10);
  const cx = (w - legendW) / 2;
  const cy = h / 2;
  let angle = -Math.PI / 2;
  const slices = values.map((v, i) => {
    const a0 = angle;
    const a1 = angle + (total > 0 ? (v / total) * 2 * Math.PI : 0);
    angle = a1;
    const large = a1 - a0 > Math.PI ? 1 : 0;
    const p = (a: number) => `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
    const d =
      values.length === 1 || a1 - a0 >= 2 * Math.PI - 1e-9
        ? `M ${cx - r},${cy} a ${r},${r} 0 1,0 ${2 * r},0 a ${r},${r} 0 1,0 ${-2 * r},0`
        : `M ${cx},${cy} L ${p(a0)} A ${r},${r} 0 ${large},1 ${p(a1)} Z`;
    return (
      <path key={i} d={d} fill={SERIES_COLORS[i % SERIES_COLORS.length]} stroke="#FFFFFF">
        <title>{`${data.categories[i] ?? ""}: ${v}`}</title>
      </path>
    );
  });
  return (
    <g>
      {slices}
      {hole ? <circle cx={cx} cy={cy} r={r * 0.5} fill="#FFFFFF" /> : null}
      {data.categories.slice(0, 12).map((cat, i) => (
        <g key={i} transform={`translate(${w - legendW + 6}, ${10 + i * 14})`}>
          <rect width={8} height={8} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
          <text x={12} y={8} fontSize={9} fill="#404040">
            {cat.length > 16 ? `${cat.slice(0, 15)}…` : cat}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Where a position in points (as the simulator keeps it, summed from the sheet's row heights or column
 * widths) falls on the grid's own axis, in px. Excel anchors a chart to cells, so the chart goes to the
 * same cell, and the same fraction of it, on the grid, whose rows may be auto-fitted taller.
 */
export function pointsToAxis(pt: number, simSize: (i: number) => number, axis: Axis): number {
  let at = 0; // points before item i, by the simulator's sizes
  for (let i = 0; i < axis.count; i++) {
    const size = simSize(i);
    if (size > 0 && pt < at + size)
      return axis.offsets[i]! + ((pt - at) / size) * (axis.offsets[i + 1]! - axis.offsets[i]!);
    at += size;
  }
  // Past the grid's last row or column: the rest at the simulator's sizes.
  return axis.offsets[axis.count]! + (pt - at) * PX_PER_PT;
}

function ChartBox({
  chart,
  data,
  place,
  label,
}: {
  chart: ChartState;
  data: ChartData;
  place: { top: number; left: number; width: number; height: number };
  label: string;
}) {
  const styles = useStyles();
  const w = Math.max(40, Math.round(place.width));
  const h = Math.max(40, Math.round(place.height));
  const titleH = chart.title.visible && chart.title.text ? 22 : 4;
  const type = chart.type.toLowerCase();
  const plotH = h - titleH - 4;
  const body = /pie|doughnut/.test(type) ? (
    <Pie data={data} w={w} h={plotH} hole={type.includes("doughnut")} />
  ) : /line|area/.test(type) ? (
    <Lines data={data} w={w} h={plotH} area={type.includes("area")} />
  ) : (
    <Bars data={data} w={w} h={plotH} horizontal={type.startsWith("bar")} />
  );
  return (
    <figure
      className={styles.chart}
      style={{ top: Math.round(place.top), left: Math.round(place.left), width: w, height: h, margin: 0 }}
      aria-label={`${label}: ${chart.title.text || chart.name}`}
      data-testid="chart"
    >
      <svg width={w} height={h} role="img" aria-label={`${label}: ${chart.title.text || chart.name}`}>
        {titleH > 4 ? (
          <text x={w / 2} y={16} fontSize={12} fontWeight={600} textAnchor="middle" fill="#404040">
            {chart.title.text}
          </text>
        ) : null}
        <g transform={`translate(0, ${titleH})`}>{body}</g>
      </svg>
    </figure>
  );
}

export function ChartLayer({
  session,
  sheet,
  version,
  geometry,
  label,
}: {
  session: Session;
  sheet: SheetState;
  version: number;
  geometry: { rows: Axis; cols: Axis; top: number; left: number };
  label: string;
}) {
  const host = session.sim.workbook.host;
  const styles = session.sim.workbook.state.styles;
  const charts = useMemo(
    () =>
      sheet.charts.map((chart) => {
        const { sheet: src, rect } = chart.source;
        const values: (CellValue | undefined)[][] = [];
        const texts: string[][] = [];
        for (let r = rect.r0; r <= rect.r1; r++) {
          const row: (CellValue | undefined)[] = [];
          const text: string[] = [];
          for (let c = rect.c0; c <= rect.c1; c++) {
            const v = host.value(src, r, c);
            row.push(v);
            text.push(formatValue(v, styles.get(styleIdAt(src, r, c)).numberFormat));
          }
          values.push(row);
          texts.push(text);
        }
        return { chart, data: chartData(values, texts, chart.seriesBy) };
      }),
    // `version` stands for any change to the source cells.
    [sheet, host, styles, version],
  );
  if (charts.length === 0) return null;
  const rowPt = (r: number) => (sheet.rows[r]?.hidden ? 0 : (sheet.rows[r]?.height ?? sheet.standardHeight));
  const colPt = (c: number) => (sheet.cols[c]?.hidden ? 0 : (sheet.cols[c]?.width ?? sheet.standardWidth));
  return (
    <>
      {charts.map(({ chart, data }) => {
        const top = pointsToAxis(chart.top, rowPt, geometry.rows);
        const left = pointsToAxis(chart.left, colPt, geometry.cols);
        const place = {
          top: geometry.top + top,
          left: geometry.left + left,
          height: pointsToAxis(chart.top + chart.height, rowPt, geometry.rows) - top,
          width: pointsToAxis(chart.left + chart.width, colPt, geometry.cols) - left,
        };
        return <ChartBox key={chart.id} chart={chart} data={data} place={place} label={label} />;
      })}
    </>
  );
}
