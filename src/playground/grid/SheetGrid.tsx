/**
 * The simulated worksheet as a grid: column letters and row numbers, the sheet's frozen panes, cell
 * formats and conditional formats, and Excel-like selection (click, shift+click, drag, arrows,
 * shift+arrows, Ctrl+Home/End, Ctrl+A for the current region). Only the rows and columns in view are
 * rendered (plus a few either side), so a sheet of thousands of rows scrolls smoothly: the table keeps
 * its full size with spacer rows and columns around the rendered window.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { colToLetters, formatRect, MAX_COLS, MAX_ROWS } from "../../sim/address";
import { styleIdAt, usedRect } from "../../sim/cells";
import type { SheetState } from "../../sim/state";
import type { Session } from "../session";
import { cellView } from "./cell-view";
import { cfPainter } from "./cf-paint";
import {
  colAxis,
  PX_PER_PT,
  rowAxis,
  rowFontPt,
  shownCount,
  sizeOf,
  visibleWindow,
  type Axis,
} from "./geometry";
import { mergeSpans, runsOf } from "./merges";
import {
  clickCell,
  currentRegion,
  fromRect,
  inRect,
  moveSelection,
  selectionRect,
  type GridSelection,
  type MoveKey,
} from "./selection";

const HEADER_HEIGHT = 22;
const OVERSCAN_ROWS = 8;
const OVERSCAN_COLS = 3;
/** Empty rows and columns shown past the used range, as Excel shows an endless sheet. */
const MARGIN_ROWS = 60;
const MARGIN_COLS = 10;
const GRIDLINE = "#E1E1E1";
const HEADER_BG = "#F3F3F3";
const SELECTED_HEADER_BG = "#D2D2D2";
const SELECTION_TINT = "rgba(33, 115, 70, 0.14)";
const ACCENT = "#217346"; // Excel's green, for the active cell outline
const HEADER_LINE = "#D4D4D4";
const HEADER_EDGE = "#BDBDBD";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
    outlineStyle: "none",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    userSelect: "none",
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: HEADER_BG,
    color: "#444444",
    fontWeight: 400,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    textAlign: "center",
    lineHeight: "14px",
    borderRight: `1px solid ${HEADER_LINE}`,
    borderBottom: `1px solid ${HEADER_EDGE}`,
    padding: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: HEADER_BG,
    color: "#444444",
    fontWeight: 400,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    textAlign: "center",
    borderRight: `1px solid ${HEADER_EDGE}`,
    borderBottom: `1px solid ${HEADER_LINE}`,
    padding: 0,
  },
  corner: { left: 0, zIndex: 4 },
  // A fixed-height box, so the row number never makes a row taller than the sheet says.
  rowNumber: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    overflow: "hidden",
    lineHeight: "14px",
  },
  cell: {
    padding: 0,
    backgroundColor: "#FFFFFF",
    overflow: "hidden",
  },
  inner: {
    display: "flex",
    alignItems: "flex-end",
    overflow: "hidden",
    whiteSpace: "nowrap",
    paddingLeft: "3px",
    paddingRight: "3px",
    boxSizing: "border-box",
    lineHeight: 1.25,
  },
  text: { flexGrow: 1, overflow: "hidden", minWidth: 0 },
  icon: { flexShrink: 0, marginRight: "3px", fontSize: "11px" },
  spacer: { padding: 0, border: "none" },
});

export interface SheetGridProps {
  session: Session;
  sheet: SheetState;
  /** The session's version: the grid recomputes what it shows when it changes. */
  version: number;
  label: string;
  /** Chart and other floating things drawn over the cells, positioned in sheet pixels. */
  overlay?: (geometry: { rows: Axis; cols: Axis; top: number; left: number }) => ReactNode;
}

function alignItems(verticalAlign: unknown): string {
  return verticalAlign === "top" ? "flex-start" : verticalAlign === "middle" ? "center" : "flex-end";
}

export function SheetGrid({ session, sheet, version, label, overlay }: SheetGridProps) {
  const styles = useStyles();
  const host = session.sim.workbook.host;
  const styleTable = session.sim.workbook.state.styles;
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState({ width: 800, height: 600 });
  // Excel keeps only the selected rectangle; the anchor (active cell) lives here, per sheet.
  const anchors = useRef(new WeakMap<SheetState, GridSelection>());
  const dragging = useRef(false);

  const stored = anchors.current.get(sheet);
  const rectNow = sheet.selection;
  const selection: GridSelection =
    stored && formatRect(selectionRect(stored)) === formatRect(rectNow) ? stored : fromRect(rectNow);
  const selRect = selectionRect(selection);

  // `version` stands for every change inside the sheet: the memos below depend on it on purpose.
  const used = useMemo(() => usedRect(sheet, false), [sheet, version]);
  const lastUsed = { r: used?.r1 ?? 0, c: used?.c1 ?? 0 };
  // At least enough default-sized rows and columns to fill the viewport, as an empty Excel sheet does.
  const fillRows = Math.ceil(viewport.height / (sheet.standardHeight * PX_PER_PT));
  const fillCols = Math.ceil(viewport.width / (sheet.standardWidth * PX_PER_PT));
  const rowCount = Math.min(
    MAX_ROWS,
    Math.max(
      fillRows,
      shownCount((used?.r1 ?? -1) + 1, sheet.freezeRows, selection.focus.r + 1, MARGIN_ROWS),
    ),
  );
  const colCount = Math.min(
    MAX_COLS,
    Math.max(
      fillCols,
      shownCount((used?.c1 ?? -1) + 1, sheet.freezeCols, selection.focus.c + 1, MARGIN_COLS),
    ),
  );
  const rows = useMemo(
    () => rowAxis(sheet, rowCount, (r) => rowFontPt(sheet, r, (id) => styleTable.get(id).fontSize)),
    [sheet, rowCount, styleTable, version],
  );
  const cols = useMemo(() => colAxis(sheet, colCount), [sheet, colCount, version]);
  const paint = useMemo(
    () => cfPainter(sheet.cfs, (r, c) => host.value(sheet, r, c)),
    [sheet, host, version],
  );

  const lastRowLabel = String(rowCount);
  const rowHeaderWidth = Math.max(32, 8 + lastRowLabel.length * 8);
  const frozenRows = Math.min(sheet.freezeRows, rows.count);
  const frozenCols = Math.min(sheet.freezeCols, cols.count);
  const frozenHeight = rows.offsets[frozenRows]!;
  const frozenWidth = cols.offsets[frozenCols]!;
  const rowWin = visibleWindow(
    rows,
    frozenRows,
    scroll.top,
    viewport.height - HEADER_HEIGHT - frozenHeight,
    OVERSCAN_ROWS,
  );
  const colWin = visibleWindow(
    cols,
    frozenCols,
    scroll.left,
    viewport.width - rowHeaderWidth - frozenWidth,
    OVERSCAN_COLS,
  );
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
  const rowList = [...range(0, frozenRows - 1), ...range(rowWin.first, rowWin.last)].filter(
    (r) => sizeOf(rows, r) > 0,
  );
  const colList = [...range(0, frozenCols - 1), ...range(colWin.first, colWin.last)].filter(
    (c) => sizeOf(cols, c) > 0,
  );
  const topGap = rows.offsets[rowWin.first]! - frozenHeight;
  const bottomGap = rows.offsets[rows.count]! - rows.offsets[rowWin.last + 1]!;
  const leftGap = cols.offsets[colWin.first]! - frozenWidth;
  const rightGap = cols.offsets[cols.count]! - cols.offsets[colWin.last + 1]!;
  const spans = useMemo(
    () => mergeSpans(sheet.merges, runsOf(rowList), runsOf(colList)),
    [sheet.merges, rowList.join(), colList.join()],
  );

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  // Keep the focus cell in view after a selection change (keyboard, or the task pane selecting a cell).
  const focusKey = `${sheet.id}:${selection.focus.r}:${selection.focus.c}`;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const { r, c } = selection.focus;
    if (r >= frozenRows && r < rows.count) {
      const y0 = rows.offsets[r]! - frozenHeight;
      const y1 = rows.offsets[r + 1]! - frozenHeight;
      const room = el.clientHeight - HEADER_HEIGHT - frozenHeight;
      if (y0 < el.scrollTop) el.scrollTop = y0;
      else if (y1 > el.scrollTop + room) el.scrollTop = y1 - room;
    }
    if (c >= frozenCols && c < cols.count) {
      const x0 = cols.offsets[c]! - frozenWidth;
      const x1 = cols.offsets[c + 1]! - frozenWidth;
      const room = el.clientWidth - rowHeaderWidth - frozenWidth;
      if (x0 < el.scrollLeft) el.scrollLeft = x0;
      else if (x1 > el.scrollLeft + room) el.scrollLeft = Math.max(0, x1 - room);
    }
    // Only when the focus cell moves, not on every render.
  }, [focusKey]);

  const select = useCallback(
    (next: GridSelection) => {
      anchors.current.set(sheet, next);
      session.sim.workbook.select(`'${sheet.name.replace(/'/g, "''")}'!${formatRect(selectionRect(next))}`);
      session.changed();
    },
    [session, sheet],
  );

  const cellAt = (e: MouseEvent): { r: number; c: number } | null => {
    const td = (e.target as HTMLElement).closest<HTMLElement>("[data-r]");
    if (!td) return null;
    return { r: Number(td.dataset.r), c: Number(td.dataset.c) };
  };
  const onMouseDown = (e: MouseEvent) => {
    if (e.button !== 0) return;
    const cell = cellAt(e);
    if (!cell) return;
    e.preventDefault();
    scroller.current?.focus({ preventScroll: true });
    dragging.current = true;
    select(clickCell(selection, cell, e.shiftKey));
  };
  const onMouseOver = (e: MouseEvent) => {
    if (!dragging.current || (e.buttons & 1) === 0) return;
    const cell = cellAt(e);
    if (cell && (cell.r !== selection.focus.r || cell.c !== selection.focus.c))
      select(clickCell(selection, cell, true));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && (e.key === "a" || e.key === "A")) {
      e.preventDefault();
      const filled = (r: number, c: number) => {
        const v = host.value(sheet, r, c);
        return v !== undefined && v !== "";
      };
      const bounds = { rows: (used?.r1 ?? 0) + 1, cols: (used?.c1 ?? 0) + 1 };
      const region = currentRegion(selection.anchor, filled, bounds);
      // A second Ctrl+A selects the whole used range, as Excel does.
      const whole = used && formatRect(region) === formatRect(selRect) ? used : region;
      // Excel keeps the active cell where it was; here the anchor moves to the region's corner, since
      // the anchor and the focus are what define the rectangle.
      select(fromRect(whole));
      return;
    }
    const keys: readonly string[] = [
      "ArrowUp",
      "ArrowDown",
      "ArrowLeft",
      "ArrowRight",
      "PageUp",
      "PageDown",
      "Home",
      "End",
    ];
    if (!keys.includes(e.key)) return;
    e.preventDefault();
    const page = Math.max(1, Math.floor((viewport.height - HEADER_HEIGHT - frozenHeight) / 20) - 1);
    select(
      moveSelection(selection, e.key as MoveKey, {
        shift: e.shiftKey,
        ctrl,
        page,
        lastUsed,
        bounds: { rows: MAX_ROWS, cols: MAX_COLS },
      }),
    );
  };

  const colHeader = (c: number) => {
    const sticky = c < frozenCols ? { left: rowHeaderWidth + cols.offsets[c]!, zIndex: 3 } : {};
    const on = c >= selRect.c0 && c <= selRect.c1;
    return (
      <th
        key={c}
        scope="col"
        role="columnheader"
        aria-colindex={c + 2}
        className={styles.header}
        style={{ ...sticky, ...(on ? { backgroundColor: SELECTED_HEADER_BG, color: ACCENT } : {}) }}
      >
        {colToLetters(c)}
      </th>
    );
  };

  /**
   * Excel lets left-aligned text run on over the empty cells to its right (numbers never do). The width
   * it may use, in px, when that is more than its own column; 0 otherwise. Only rendered columns of the
   * same pane count, so the text never runs under a frozen column or off the window.
   */
  const spillWidth = (r: number, c: number, v: unknown, align: unknown, whiteSpace: unknown): number => {
    if (typeof v !== "string" || v === "" || whiteSpace !== undefined || align !== "left") return 0;
    const last = c < frozenCols ? frozenCols - 1 : colWin.last;
    let w = sizeOf(cols, c);
    let grew = false;
    for (let k = c + 1; k <= last && k <= c + 20; k++) {
      const next = host.value(sheet, r, k);
      if ((next !== undefined && next !== "") || spans.get(r, k) !== undefined) break;
      w += sizeOf(cols, k);
      grew = true;
    }
    return grew ? w - 1 : 0;
  };

  const renderRow = (r: number) => {
    const h = sizeOf(rows, r);
    const frozen = r < frozenRows;
    const stickyTop = frozen
      ? { position: "sticky" as const, top: HEADER_HEIGHT + rows.offsets[r]!, zIndex: 1 }
      : {};
    const rowOn = r >= selRect.r0 && r <= selRect.r1;
    const cells: ReactNode[] = [];
    const pushCell = (c: number) => {
      const span = spans.get(r, c);
      if (span === null) return; // covered by a merged cell rendered elsewhere in this row or above
      const v = host.value(sheet, span ? span.r : r, span ? span.c : c);
      const view = cellView(
        v,
        styleTable.get(styleIdAt(sheet, span ? span.r : r, span ? span.c : c)),
        paint(span ? span.r : r, span ? span.c : c),
      );
      const on = inRect(selRect, r, c);
      const active = r === selection.anchor.r && c === selection.anchor.c;
      const stickyLeft =
        c < frozenCols
          ? { position: "sticky" as const, left: rowHeaderWidth + cols.offsets[c]!, zIndex: frozen ? 2 : 1 }
          : {};
      const height = span ? rows.offsets[r + span.rowSpan]! - rows.offsets[r]! : h;
      const gridlines = sheet.showGridlines
        ? { borderRight: `1px solid ${GRIDLINE}`, borderBottom: `1px solid ${GRIDLINE}` }
        : {};
      // The selection tint is one more inset shadow, over the cell's own border shadows.
      const shadows = [
        view.style.boxShadow,
        on && !active ? `inset 0 0 0 9999px ${SELECTION_TINT}` : undefined,
      ]
        .filter(Boolean)
        .join(", ");
      const tint = shadows ? { boxShadow: shadows } : {};
      const outline = active ? { outline: `2px solid ${ACCENT}`, outlineOffset: "-2px" } : {};
      const { verticalAlign, textAlign, ...look } = view.style;
      const spill = span === undefined ? spillWidth(r, c, v, textAlign, view.style.whiteSpace) : 0;
      cells.push(
        <td
          key={c}
          id={active ? "pg-active-cell" : undefined}
          role="gridcell"
          aria-selected={on}
          aria-colindex={c + 2}
          data-r={r}
          data-c={c}
          data-addr={`${colToLetters(c)}${r + 1}`}
          colSpan={span?.colSpan}
          rowSpan={span?.rowSpan}
          className={styles.cell}
          style={{
            ...gridlines,
            ...look,
            ...stickyTop,
            ...stickyLeft,
            ...tint,
            ...outline,
            ...(spill ? { overflow: "visible" } : {}),
          }}
        >
          <div
            className={styles.inner}
            style={{
              height: height - 1,
              alignItems: alignItems(verticalAlign),
              textAlign,
              ...(view.style.whiteSpace ? { whiteSpace: view.style.whiteSpace } : {}),
              ...(spill ? { width: spill, position: "relative" } : {}),
            }}
          >
            {view.icon ? (
              <span
                className={styles.icon}
                style={{ color: view.icon.color }}
                title={view.icon.label}
                aria-hidden
              >
                {view.icon.glyph}
              </span>
            ) : null}
            <span className={styles.text}>{view.text}</span>
          </div>
        </td>,
      );
    };
    for (let i = 0; i < frozenCols; i++) if (sizeOf(cols, i) > 0) pushCell(i);
    if (leftGap > 0) cells.push(<td key="gap-l" className={styles.spacer} aria-hidden />);
    for (let c = colWin.first; c <= colWin.last; c++) if (sizeOf(cols, c) > 0) pushCell(c);
    if (rightGap > 0) cells.push(<td key="gap-r" className={styles.spacer} aria-hidden />);
    return (
      <tr key={r} role="row" style={{ height: h }} aria-rowindex={r + 2}>
        <th
          scope="row"
          role="rowheader"
          className={styles.rowHeader}
          style={{
            ...(frozen ? { top: HEADER_HEIGHT + rows.offsets[r]!, zIndex: 3 } : {}),
            ...(rowOn ? { backgroundColor: SELECTED_HEADER_BG, color: ACCENT } : {}),
          }}
        >
          <div className={styles.rowNumber} style={{ height: h - 1 }}>
            {r + 1}
          </div>
        </th>
        {cells}
      </tr>
    );
  };

  const columnsRendered = 1 + colList.length + (leftGap > 0 ? 1 : 0) + (rightGap > 0 ? 1 : 0);
  const gapRow = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} style={{ height }} aria-hidden>
        <td colSpan={columnsRendered} className={styles.spacer} />
      </tr>
    ) : null;
  const totalWidth = rowHeaderWidth + cols.offsets[cols.count]!;

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.count + 1}
      aria-colcount={cols.count + 1}
      aria-multiselectable
      aria-activedescendant={
        rowList.includes(selection.anchor.r) && colList.includes(selection.anchor.c)
          ? "pg-active-cell"
          : undefined
      }
      data-testid="sheet-grid"
      data-sheet={sheet.name}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onMouseOver={onMouseOver}
    >
      <table className={styles.table} style={{ width: totalWidth }} role="presentation">
        <colgroup>
          <col style={{ width: rowHeaderWidth }} />
          {colList
            .filter((c) => c < frozenCols)
            .map((c) => (
              <col key={c} style={{ width: sizeOf(cols, c) }} />
            ))}
          {leftGap > 0 ? <col style={{ width: leftGap }} /> : null}
          {colList
            .filter((c) => c >= frozenCols)
            .map((c) => (
              <col key={c} style={{ width: sizeOf(cols, c) }} />
            ))}
          {rightGap > 0 ? <col style={{ width: rightGap }} /> : null}
        </colgroup>
        <thead>
          <tr role="row" style={{ height: HEADER_HEIGHT }} aria-rowindex={1}>
            <th className={`${styles.header} ${styles.corner}`} aria-label={label} />
            {colList.filter((c) => c < frozenCols).map(colHeader)}
            {leftGap > 0 ? <th className={styles.header} aria-hidden /> : null}
            {colList.filter((c) => c >= frozenCols).map(colHeader)}
            {rightGap > 0 ? <th className={styles.header} aria-hidden /> : null}
          </tr>
        </thead>
        <tbody>
          {rowList.filter((r) => r < frozenRows).map(renderRow)}
          {gapRow("gap-t", topGap)}
          {rowList.filter((r) => r >= frozenRows).map(renderRow)}
          {gapRow("gap-b", bottomGap)}
        </tbody>
      </table>
      {overlay?.({ rows, cols, top: HEADER_HEIGHT, left: rowHeaderWidth })}
    </div>
  );
}
