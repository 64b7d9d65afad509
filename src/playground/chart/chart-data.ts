/**
 * A chart's data as Excel reads it from its source range: with series in columns (Excel's choice when
 * the range has more rows than columns, or when asked), the first column holds the categories and the
 * first row the series names, when they are text; otherwise series run along rows. Pure.
 */
import type { CellValue } from "../../sim/state";

export interface ChartData {
  categories: string[];
  series: { name: string; values: number[] }[];
}

/** `texts` are the cells' displayed texts (for category and series names), parallel to `values`. */
export function chartData(
  values: readonly (readonly (CellValue | undefined)[])[],
  texts: readonly (readonly string[])[],
  seriesBy: "Auto" | "Columns" | "Rows",
): ChartData {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
  // Transpose to "series in columns" so one path handles both.
  const turn = <T>(g: readonly (readonly T[])[]): T[][] =>
    byColumns ? g.map((r) => [...r]) : Array.from({ length: cols }, (_, c) => g.map((r) => r[c]!));
  const grid = turn(values);
  const labels = turn(texts);
  const text = (r: number, c: number) => labels[r]?.[c] ?? "";
  const n = grid.length;
  const m = grid[0]?.length ?? 0;
  const isLabel = (v: CellValue | undefined) => v === undefined || typeof v === "string";
  const headerRow =
    m > 0 && grid[0]!.slice(1).every(isLabel) && grid[0]!.slice(1).some((v) => typeof v === "string");
  const categoryCol = n > 0 && grid.slice(headerRow ? 1 : 0).every((r) => isLabel(r[0])) && m > 1;
  const r0 = headerRow ? 1 : 0;
  const c0 = categoryCol ? 1 : 0;
  const categories = grid.slice(r0).map((_, i) => (categoryCol ? text(i + r0, 0) : String(i + 1)));
  const series: ChartData["series"] = [];
  for (let c = c0; c < m; c++) {
    series.push({
      name: headerRow ? text(0, c) : `Series ${c - c0 + 1}`,
      values: grid.slice(r0).map((r) => {
        const v = r[c];
        return typeof v === "number" && Number.isFinite(v) ? v : 0;
      }),
    });
  }
  return { categories, series };
}

/** Office's default theme colours (Accent 1–6, then their darker shades), in Excel's series order. */
export const SERIES_COLORS = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
  "#636363",
  "#997300",
];

/** A "nice" axis maximum (1, 2, 2.5 or 5 × 10^k) at or above `max`, with its step for 4–5 gridlines. */
export function niceAxis(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 };
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  return { max: Math.ceil(max / step) * step, step };
}
