/**
 * Charts as DrawingML parts (ECMA-376 Part 1 §21.2 charts, §20.5 spreadsheet drawings): per sheet
 * with charts a drawing part with one twoCellAnchor/graphicFrame per chart, and per chart a
 * chartSpace part whose series reference the source cells (with cached values). Column/bar,
 * line, pie, doughnut, area and scatter types are written; other Excel.ChartType values fall back
 * to a clustered column chart (documented). A series with its own type or axis group (ChartSeries)
 * makes a combo: one chart element per type/axis group in the plot area, the secondary group on its own
 * pair of axes. Reading back recognises the same parts.
 */
import { colToLetters, parseRect, rect, type Rect } from "./address";
import { cellOffset } from "./chart";
import type { SimHost } from "./host";
import { formatValue } from "./number-format";
import { CT, insertBefore, OoxmlPackage, REL, resolveTarget } from "./ooxml-package";
import { styleIdAt } from "./cells";
import { findSheet, type ChartState, type SheetState, type SimWorkbookState } from "./state";
import { child, children, esc, local, parseXml, type XmlNode } from "./xml";

const EMU_PER_POINT = 12700;

function absRef(sheet: SheetState, x: Rect): string {
  const name = /^[A-Za-z_][\w.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  const a = `$${colToLetters(x.c0)}$${x.r0 + 1}`;
  const b = `$${colToLetters(x.c1)}$${x.r1 + 1}`;
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

interface Series {
  name?: Rect;
  cat?: Rect;
  val: Rect;
}

/** Splits the source range into series the way Excel does for a fresh chart (see file header). */
export function seriesOf(host: SimHost, ch: ChartState): Series[] {
  const { sheet, rect: x } = ch.source;
  const isText = (r: number, c: number) => typeof host.value(sheet, r, c) === "string";
  const rows = x.r1 - x.r0 + 1;
  const cols = x.c1 - x.c0 + 1;
  const byCols = ch.seriesBy === "Columns" || (ch.seriesBy === "Auto" && rows >= cols);
  const [outer0, outer1, inner0, inner1] = byCols ? [x.c0, x.c1, x.r0, x.r1] : [x.r0, x.r1, x.c0, x.c1];
  const cellText = (o: number, i: number) => (byCols ? isText(i, o) : isText(o, i));
  let hasHeader = false;
  for (let o = outer0; o <= outer1; o++) if (cellText(o, inner0)) hasHeader = true;
  let hasCats = false;
  if (outer1 > outer0)
    for (let i = inner0 + (hasHeader ? 1 : 0); i <= inner1; i++) if (cellText(outer0, i)) hasCats = true;
  const first = inner0 + (hasHeader ? 1 : 0);
  const mk = (o: number, a: number, b: number): Rect => (byCols ? rect(a, o, b, o) : rect(o, a, o, b));
  const out: Series[] = [];
  for (let o = outer0 + (hasCats ? 1 : 0); o <= outer1; o++) {
    out.push({
      ...(hasHeader ? { name: mk(o, inner0, inner0) } : {}),
      ...(hasCats ? { cat: mk(outer0, first, inner1) } : {}),
      val: mk(o, first, Math.max(first, inner1)),
    });
  }
  return out;
}

function cells(x: Rect): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (let r = x.r0; r <= x.r1; r++) for (let c = x.c0; c <= x.c1; c++) out.push({ r, c });
  return out;
}

function strRef(host: SimHost, sheet: SheetState, x: Rect): string {
  const pts = cells(x).map(({ r, c }, i) => {
    const v = host.value(sheet, r, c);
    const t =
      v === undefined ? "" : formatValue(v, host.state.styles.get(styleIdAt(sheet, r, c)).numberFormat);
    return `<c:pt idx="${i}"><c:v>${esc(t)}</c:v></c:pt>`;
  });
  return `<c:strRef><c:f>${esc(absRef(sheet, x))}</c:f><c:strCache><c:ptCount val="${pts.length}"/>${pts.join("")}</c:strCache></c:strRef>`;
}

function numRef(host: SimHost, sheet: SheetState, x: Rect): string {
  const pts = cells(x)
    .map(({ r, c }, i) => {
      const v = host.value(sheet, r, c);
      return typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "";
    })
    .join("");
  const n = (x.r1 - x.r0 + 1) * (x.c1 - x.c0 + 1);
  return `<c:numRef><c:f>${esc(absRef(sheet, x))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${pts}</c:numCache></c:numRef>`;
}

type Kind = { el: string; extra: string; axes: "catVal" | "valVal" | "none"; serExtra: string };

function kindOf(type: string): Kind {
  const t = type.toLowerCase();
  const grouping = t.includes("stacked100")
    ? "percentStacked"
    : t.includes("stacked")
      ? "stacked"
      : "clustered";
  if (t.startsWith("bar") || t.includes("bar"))
    return {
      el: "barChart",
      extra: `<c:barDir val="bar"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>`,
      axes: "catVal",
      serExtra: '<c:invertIfNegative val="0"/>',
    };
  if (t.startsWith("line"))
    return {
      el: "lineChart",
      extra: `<c:grouping val="${grouping === "clustered" ? "standard" : grouping}"/><c:varyColors val="0"/>`,
      axes: "catVal",
      serExtra: "",
    };
  if (t === "pie" || t === "pieexploded" || t === "3dpie")
    return { el: "pieChart", extra: '<c:varyColors val="1"/>', axes: "none", serExtra: "" };
  if (t.startsWith("doughnut"))
    return { el: "doughnutChart", extra: '<c:varyColors val="1"/>', axes: "none", serExtra: "" };
  if (t.startsWith("area"))
    return {
      el: "areaChart",
      extra: `<c:grouping val="${grouping === "clustered" ? "standard" : grouping}"/><c:varyColors val="0"/>`,
      axes: "catVal",
      serExtra: "",
    };
  if (t.startsWith("xyscatter"))
    return {
      el: "scatterChart",
      extra: '<c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>',
      axes: "valVal",
      serExtra: "",
    };
  return {
    el: "barChart",
    extra: `<c:barDir val="col"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>`,
    axes: "catVal",
    serExtra: '<c:invertIfNegative val="0"/>',
  };
}

/** One chart-type element of the plot area: its series (global indexes) and whether it is on the secondary axes. */
interface Group {
  type: string;
  secondary: boolean;
  series: number[];
}

/** Series grouped by their own chart type and axis group (ChartSeries overrides); one group without any. */
function groupsOf(ch: ChartState, count: number): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < count; i++) {
    const o = ch.series?.[i];
    const type = o?.chartType ?? ch.type;
    const secondary = o?.axisGroup === "Secondary";
    let g = groups.find((x) => x.type === type && x.secondary === secondary);
    if (!g) groups.push((g = { type, secondary, series: [] }));
    g.series.push(i);
  }
  // The primary axes' group first (Excel writes the secondary group after it).
  return groups.sort((a, b) => Number(a.secondary) - Number(b.secondary));
}

export function chartXml(host: SimHost, ch: ChartState): string {
  const sheet = ch.source.sheet;
  const all = seriesOf(host, ch);
  const groups = groupsOf(ch, all.length);
  const ser = (k: Kind, i: number) => {
    const s = all[i]!;
    const tx = s.name ? `<c:tx>${strRef(host, sheet, s.name)}</c:tx>` : "";
    const catTag = k.el === "scatterChart" ? "xVal" : "cat";
    const valTag = k.el === "scatterChart" ? "yVal" : "val";
    const cat = s.cat ? `<c:${catTag}>${strRef(host, sheet, s.cat)}</c:${catTag}>` : "";
    const tail = k.el === "lineChart" || k.el === "scatterChart" ? '<c:smooth val="0"/>' : "";
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}${k.serExtra}${cat}<c:${valTag}>${numRef(host, sheet, s.val)}</c:${valTag}>${tail}</c:ser>`;
  };
  const tailOf = (k: Kind) =>
    k.el === "barChart"
      ? '<c:gapWidth val="150"/>'
      : k.el === "doughnutChart"
        ? '<c:firstSliceAng val="0"/><c:holeSize val="50"/>'
        : k.el === "pieChart"
          ? '<c:firstSliceAng val="0"/>'
          : k.el === "lineChart"
            ? '<c:marker val="1"/>'
            : "";
  const k = kindOf(groups[0]?.type ?? ch.type);
  const ids = (secondary: boolean) => (secondary ? [500000003, 500000004] : [500000001, 500000002]);
  const plot = (groups.length ? groups : [{ type: ch.type, secondary: false, series: [] }])
    .map((g) => {
      const gk = kindOf(g.type);
      const [a, b] = ids(g.secondary);
      const axIds = gk.axes === "none" ? "" : `<c:axId val="${a}"/><c:axId val="${b}"/>`;
      return `<c:${gk.el}>${gk.extra}${g.series.map((i) => ser(gk, i)).join("")}${tailOf(gk)}${axIds}</c:${gk.el}>`;
    })
    .join("");
  const axis = (
    tag: string,
    id: number,
    cross: number,
    pos: string,
    grid: boolean,
    opts: { deleted?: boolean; crossesMax?: boolean } = {},
  ) =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${opts.deleted ? 1 : 0}"/><c:axPos val="${pos}"/>${grid ? "<c:majorGridlines/>" : ""}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${opts.crossesMax ? "max" : "autoZero"}"/></c:${tag}>`;
  const barDir = k.extra.includes('barDir val="bar"');
  let axes =
    k.axes === "catVal"
      ? axis("catAx", 500000001, 500000002, barDir ? "l" : "b", false) +
        axis("valAx", 500000002, 500000001, barDir ? "b" : "l", true)
      : k.axes === "valVal"
        ? axis("valAx", 500000001, 500000002, "b", false) + axis("valAx", 500000002, 500000001, "l", true)
        : "";
  // Secondary axes: a hidden category axis and a value axis on the right, crossing at the maximum.
  if (k.axes === "catVal" && groups.some((g) => g.secondary))
    axes +=
      axis("catAx", 500000003, 500000004, "b", false, { deleted: true }) +
      axis("valAx", 500000004, 500000003, "r", false, { crossesMax: true });
  const title = ch.title.visible
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${esc(ch.title.text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : '<c:autoTitleDeleted val="1"/>';
  const legendPos: Record<string, string> = { Top: "t", Bottom: "b", Left: "l", Right: "r", Corner: "tr" };
  const legend = ch.legend.visible
    ? `<c:legend><c:legendPos val="${legendPos[ch.legend.position] ?? "r"}"/><c:overlay val="0"/></c:legend>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>${plot}${axes}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** Cell and offset (EMU) of a point position, walking column widths / row heights. */
function anchorOf(
  sheet: SheetState,
  leftPt: number,
  topPt: number,
): { col: number; colOff: number; row: number; rowOff: number } {
  let col = 0;
  let x = 0;
  for (;;) {
    const w = sheet.cols[col]?.hidden ? 0 : (sheet.cols[col]?.width ?? sheet.standardWidth);
    if (x + w > leftPt || col > 16000) break;
    x += w;
    col++;
  }
  let row = 0;
  let y = 0;
  for (;;) {
    const h = sheet.rows[row]?.hidden ? 0 : (sheet.rows[row]?.height ?? sheet.standardHeight);
    if (y + h > topPt || row > 1_048_000) break;
    y += h;
    row++;
  }
  return {
    col,
    colOff: Math.round((leftPt - x) * EMU_PER_POINT),
    row,
    rowOff: Math.round((topPt - y) * EMU_PER_POINT),
  };
}

function drawingXml(sheet: SheetState, rids: string[]): string {
  const anchors = sheet.charts
    .map((ch, i) => {
      const a = anchorOf(sheet, ch.left, ch.top);
      const b = anchorOf(sheet, ch.left + ch.width, ch.top + ch.height);
      const pos = (tag: string, p: typeof a) =>
        `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>${p.colOff}</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>${p.rowOff}</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${pos("from", a)}${pos("to", b)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(ch.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rids[i]}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors}</xdr:wsDr>`;
}

export async function writeChartParts(
  pkg: OoxmlPackage,
  host: SimHost,
  sheetParts: Map<string, string>,
): Promise<void> {
  let chartN = 0;
  let drawingN = 0;
  for (const sheet of host.state.sheets) {
    const sheetPart = sheetParts.get(sheet.name);
    if (!sheetPart || sheet.charts.length === 0) continue;
    drawingN += 1;
    const drawingPart = `xl/drawings/drawing${drawingN}.xml`;
    const rids: string[] = [];
    for (const ch of sheet.charts) {
      chartN += 1;
      const chartPart = `xl/charts/chart${chartN}.xml`;
      pkg.set(chartPart, chartXml(host, ch));
      await pkg.addOverride(chartPart, CT.chart);
      rids.push(await pkg.addRel(drawingPart, REL.chart, `../charts/chart${chartN}.xml`));
    }
    pkg.set(drawingPart, drawingXml(sheet, rids));
    await pkg.addOverride(drawingPart, CT.drawing);
    const rid = await pkg.addRel(sheetPart, REL.drawing, `../drawings/drawing${drawingN}.xml`);
    const xml = (await pkg.text(sheetPart))!;
    // CT_Worksheet order: … headerFooter, rowBreaks, colBreaks, customProperties, cellWatches, ignoredErrors, smartTags, drawing, legacyDrawing, …, tableParts, extLst
    pkg.set(
      sheetPart,
      insertBefore(
        xml,
        `<drawing r:id="${rid}"/>`,
        [
          "legacyDrawing",
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst",
        ],
        "</worksheet>",
      ),
    );
  }
}

const TYPE_FROM_XML: Record<string, string> = {
  barChart: "ColumnClustered",
  lineChart: "Line",
  pieChart: "Pie",
  doughnutChart: "Doughnut",
  areaChart: "Area",
  scatterChart: "XYScatter",
};

function refRect(f: string | undefined): { sheet?: string; rect: Rect } | null {
  if (!f) return null;
  const bang = f.lastIndexOf("!");
  const sheetPart = bang > 0 ? f.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : undefined;
  const r = parseRect(f.slice(bang + 1).replace(/\$/g, ""));
  return r ? { ...(sheetPart !== undefined ? { sheet: sheetPart } : {}), rect: r } : null;
}

function findAll(n: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (local(c.name) === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** Reads charts written by writeChartParts (or similar simple charts) back into the state. */
export async function readChartParts(
  pkg: OoxmlPackage,
  state: SimWorkbookState,
  sheetParts: Map<string, string>,
): Promise<void> {
  for (const [sheetName, sheetPart] of sheetParts) {
    const sheet = findSheet(state, sheetName);
    if (!sheet) continue;
    for (const rel of await pkg.rels(sheetPart)) {
      if (rel.type !== REL.drawing) continue;
      const drawingPart = resolveTarget(sheetPart, rel.target);
      const dx = await pkg.text(drawingPart);
      if (!dx) continue;
      const drels = await pkg.rels(drawingPart);
      for (const anchor of children(parseXml(dx), "twoCellAnchor")) {
        const chartEl = findAll(anchor, "chart")[0];
        const rid = chartEl ? Object.entries(chartEl.attrs).find(([k]) => k.endsWith(":id"))?.[1] : undefined;
        const crel = drels.find((r) => r.id === rid && r.type === REL.chart);
        if (!crel) continue;
        const cx = await pkg.text(resolveTarget(drawingPart, crel.target));
        if (!cx) continue;
        const root = parseXml(cx);
        const plot = findAll(root, "plotArea")[0];
        const kindEl = plot?.children.find((c) => TYPE_FROM_XML[local(c.name)] !== undefined);
        if (!kindEl) continue;
        let type = TYPE_FROM_XML[local(kindEl.name)]!;
        if (type === "ColumnClustered" && child(kindEl, "barDir")?.attrs.val === "bar") type = "BarClustered";
        // Every chart-type element of the plot: a combo's later groups are series overrides.
        const kindEls = plot!.children.filter((c) => TYPE_FROM_XML[local(c.name)] !== undefined);
        const axIdsOf = (el: XmlNode) =>
          children(el, "axId")
            .map((a) => a.attrs.val ?? "")
            .join(",");
        const overrides: NonNullable<ChartState["series"]> = [];
        for (const el of kindEls.slice(1)) {
          const secondary = axIdsOf(el) !== axIdsOf(kindEl);
          for (const s of children(el, "ser")) {
            const idx = Number(child(s, "idx")?.attrs.val ?? -1);
            if (idx >= 0)
              overrides[idx] = {
                chartType: TYPE_FROM_XML[local(el.name)]!,
                ...(secondary ? { axisGroup: "Secondary" as const } : {}),
              };
          }
        }
        const refs = kindEls
          .flatMap((el) => findAll(el, "f"))
          .map((f) => refRect(f.text))
          .filter((x): x is NonNullable<typeof x> => x !== null);
        if (!refs.length) continue;
        const srcSheet = (refs[0]!.sheet !== undefined ? findSheet(state, refs[0]!.sheet) : sheet) ?? sheet;
        const bound = refs.reduce(
          (acc, x) =>
            rect(
              Math.min(acc.r0, x.rect.r0),
              Math.min(acc.c0, x.rect.c0),
              Math.max(acc.r1, x.rect.r1),
              Math.max(acc.c1, x.rect.c1),
            ),
          refs[0]!.rect,
        );
        const pos = (tag: string) => {
          const p = child(anchor, tag);
          return {
            col: Number(child(p!, "col")?.text ?? 0),
            colOff: Number(child(p!, "colOff")?.text ?? 0),
            row: Number(child(p!, "row")?.text ?? 0),
            rowOff: Number(child(p!, "rowOff")?.text ?? 0),
          };
        };
        const from = pos("from");
        const to = pos("to");
        const a = cellOffset(sheet, from.row, from.col);
        const b = cellOffset(sheet, to.row, to.col);
        const left = a.left + from.colOff / EMU_PER_POINT;
        const top = a.top + from.rowOff / EMU_PER_POINT;
        const titleText = findAll(
          findAll(root, "title")[0] ?? { name: "", attrs: {}, children: [], text: "" },
          "t",
        )
          .map((t) => t.text)
          .join("");
        const nameEl = findAll(anchor, "cNvPr")[0];
        const firstVal = refRect(
          findAll(findAll(kindEl, "val")[0] ?? findAll(kindEl, "yVal")[0] ?? kindEl, "f")[0]?.text,
        );
        const seriesBy =
          firstVal && firstVal.rect.r0 === firstVal.rect.r1 && firstVal.rect.c1 > firstVal.rect.c0
            ? "Rows"
            : "Columns";
        state.seq.chart += 1;
        sheet.charts.push({
          id: `{${String(state.seq.chart).padStart(8, "0")}-C4A7-0000-0000-000000000000}`,
          name: nameEl?.attrs.name ?? `Chart ${sheet.charts.length + 1}`,
          type,
          source: { sheet: srcSheet, rect: bound },
          seriesBy,
          ...(overrides.length ? { series: overrides } : {}),
          title: { text: titleText, visible: titleText !== "" },
          legend: { visible: findAll(root, "legend").length > 0, position: "Right" },
          left,
          top,
          width: Math.max(0, b.left + to.colOff / EMU_PER_POINT - left),
          height: Math.max(0, b.top + to.rowOff / EMU_PER_POINT - top),
        });
      }
    }
  }
}
