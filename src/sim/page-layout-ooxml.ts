/**
 * Page layout ↔ .xlsx (ECMA-376 Part 1 §18.3.1: pageSetup, printOptions, pageMargins, headerFooter;
 * §18.2.5: the print area and print titles are the sheet-scoped defined names _xlnm.Print_Area and
 * _xlnm.Print_Titles). ExcelJS writes and reads the sheet elements; the names are written with the
 * workbook's other defined names (xlsx-save.ts), because ExcelJS's own print-area names would be a
 * second definedNames element.
 */
import type ExcelJS from "exceljs";
import { formatAddress, isEntireColumn, isEntireRow, parseAddress, rect, type Rect } from "./address";
import { defaultPageLayout, emptyHeaderFooter } from "./page-layout";
import type { HeaderFooterTexts, PageLayoutState, SheetState, SimWorkbookState } from "./state";
import type { OoxmlPackage } from "./ooxml-package";
import { esc } from "./xml";

const INCH = 72;
/** Points → inches, to 1/10000 inch (0.3 inch is 21.6 pt, and 21.6 / 72 is not 0.3 in floating point). */
const inches = (pt: number) => Math.round((pt / INCH) * 10_000) / 10_000;

/** Excel.PaperType ↔ the OOXML paperSize code (§18.18.x ST_PaperSize, the common ones). */
const PAPER: Record<string, number> = {
  Letter: 1,
  LetterSmall: 2,
  Tabloid: 3,
  Ledger: 4,
  Legal: 5,
  Statement: 6,
  Executive: 7,
  A3: 8,
  A4: 9,
  A4Small: 10,
  A5: 11,
  B4: 12,
  B5: 13,
  Folio: 14,
  Quatro: 15,
  Paper10x14: 16,
  Paper11x17: 17,
  Note: 18,
};

/** "&Lleft&Ccenter&Rright": the sections of an OOXML header or footer string. */
export function joinSections(left: string, center: string, right: string): string {
  return (left ? `&L${left}` : "") + (center ? `&C${center}` : "") + (right ? `&R${right}` : "");
}

/** Splits an OOXML header/footer string into its left/center/right sections ("&&" is a literal &). */
export function splitSections(s: string): [string, string, string] {
  const out: [string, string, string] = ["", "", ""];
  // Text before any section code is centred (Excel's reading).
  let cur = 1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "&" && i + 1 < s.length) {
      const next = s[i + 1]!;
      const k = next === "L" ? 0 : next === "C" ? 1 : next === "R" ? 2 : -1;
      if (k >= 0) {
        cur = k;
        i++;
        continue;
      }
      out[cur] = `${out[cur]}${ch}${next}`;
      i++;
      continue;
    }
    out[cur] = `${out[cur]}${ch}`;
  }
  return out;
}

const header = (h: HeaderFooterTexts) => joinSections(h.leftHeader, h.centerHeader, h.rightHeader);
const footer = (h: HeaderFooterTexts) => joinSections(h.leftFooter, h.centerFooter, h.rightFooter);

function texts(head: string | undefined, foot: string | undefined): HeaderFooterTexts {
  const [leftHeader, centerHeader, rightHeader] = splitSections(head ?? "");
  const [leftFooter, centerFooter, rightFooter] = splitSections(foot ?? "");
  return { leftHeader, centerHeader, rightHeader, leftFooter, centerFooter, rightFooter };
}

/** Sets an ExcelJS worksheet's pageSetup and headerFooter from the sheet's page layout. */
export function writePageSetup(ws: ExcelJS.Worksheet, l: PageLayoutState): void {
  const fit = l.zoom.horizontalFitToPages !== undefined || l.zoom.verticalFitToPages !== undefined;
  const m = l.margins;
  const paper = PAPER[l.paperSize];
  Object.assign(ws.pageSetup, {
    orientation: l.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPage: fit,
    ...(fit
      ? { fitToWidth: l.zoom.horizontalFitToPages ?? 0, fitToHeight: l.zoom.verticalFitToPages ?? 0 }
      : { scale: l.zoom.scale ?? 100 }),
    margins: {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.header),
      footer: inches(m.footer),
    },
    horizontalCentered: l.centerHorizontally,
    verticalCentered: l.centerVertically,
    showGridLines: l.printGridlines,
    showRowColHeaders: l.printHeadings,
    blackAndWhite: l.blackAndWhite,
    draft: l.draftMode,
    pageOrder: l.printOrder === "OverThenDown" ? "overThenDown" : "downThenOver",
    ...(l.firstPageNumber !== "" ? { firstPageNumber: l.firstPageNumber } : {}),
  } satisfies Partial<ExcelJS.PageSetup>);
  // ExcelJS types the code as an enum of a few sizes; the file takes any ST_PaperSize number (1 = Letter, its default).
  if (paper !== undefined && paper !== 1)
    (ws.pageSetup as unknown as { paperSize: number }).paperSize = paper;
  // ExcelJS's defaults would otherwise write fitToWidth/Height beside a scale, or a scale beside them.
  const p: Partial<ExcelJS.PageSetup> = ws.pageSetup;
  if (fit) delete p.scale;
  else {
    delete p.fitToWidth;
    delete p.fitToHeight;
  }
  const hf = l.headersFooters;
  const first = hf.state === "FirstAndDefault" || hf.state === "FirstOddAndEven";
  const oddEven = hf.state === "OddAndEven" || hf.state === "FirstOddAndEven";
  const odd = oddEven ? hf.oddPages : hf.defaultForAllPages;
  ws.headerFooter = {
    differentFirst: first,
    differentOddEven: oddEven,
    oddHeader: header(odd),
    oddFooter: footer(odd),
    evenHeader: oddEven ? header(hf.evenPages) : "",
    evenFooter: oddEven ? footer(hf.evenPages) : "",
    firstHeader: first ? header(hf.firstPage) : "",
    firstFooter: first ? footer(hf.firstPage) : "",
  };
}

/** The page layout ExcelJS read for a sheet, or null when it is Excel's default (nothing to keep). */
export function readPageSetup(ws: ExcelJS.Worksheet): PageLayoutState | null {
  const p = ws.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
  const h = ws.headerFooter as Partial<ExcelJS.HeaderFooter> | undefined;
  const l = defaultPageLayout();
  if (p) {
    l.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    const paper = Object.entries(PAPER).find(([, n]) => n === Number(p.paperSize));
    if (paper) l.paperSize = paper[0];
    l.zoom = p.fitToPage
      ? { horizontalFitToPages: p.fitToWidth ?? 1, verticalFitToPages: p.fitToHeight ?? 1 }
      : { scale: p.scale ?? 100 };
    const m = p.margins as Partial<ExcelJS.Margins> | undefined;
    if (m) {
      const pt = (v: number | undefined, d: number) =>
        typeof v === "number" ? Math.round(v * INCH * 100) / 100 : d;
      const d = l.margins;
      l.margins = {
        top: pt(m.top, d.top),
        bottom: pt(m.bottom, d.bottom),
        left: pt(m.left, d.left),
        right: pt(m.right, d.right),
        header: pt(m.header, d.header),
        footer: pt(m.footer, d.footer),
      };
    }
    l.centerHorizontally = p.horizontalCentered === true;
    l.centerVertically = p.verticalCentered === true;
    l.printGridlines = p.showGridLines === true;
    l.printHeadings = p.showRowColHeaders === true;
    l.blackAndWhite = p.blackAndWhite === true;
    l.draftMode = p.draft === true;
    l.printOrder = p.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver";
    const useFirst = (p as { useFirstPageNumber?: boolean }).useFirstPageNumber;
    if (useFirst && typeof p.firstPageNumber === "number") l.firstPageNumber = p.firstPageNumber;
  }
  if (h) {
    const first = h.differentFirst === true;
    const oddEven = h.differentOddEven === true;
    l.headersFooters.state = first
      ? oddEven
        ? "FirstOddAndEven"
        : "FirstAndDefault"
      : oddEven
        ? "OddAndEven"
        : "Default";
    const odd = texts(h.oddHeader, h.oddFooter);
    l.headersFooters.defaultForAllPages = odd;
    l.headersFooters.oddPages = oddEven ? { ...odd } : emptyHeaderFooter();
    if (oddEven) l.headersFooters.evenPages = texts(h.evenHeader, h.evenFooter);
    if (first) l.headersFooters.firstPage = texts(h.firstHeader, h.firstFooter);
  }
  return JSON.stringify(l) === JSON.stringify(defaultPageLayout()) ? null : l;
}

/** The _xlnm.Print_Area / _xlnm.Print_Titles defined names of every sheet that has them. */
export function printNamesXml(state: SimWorkbookState): string {
  const out: string[] = [];
  state.sheets.forEach((s, i) => {
    const l = s.pageLayout;
    if (!l) return;
    if (l.printArea?.length)
      out.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${esc(
          l.printArea.map((x) => formatAddress(s.name, x, true)).join(","),
        )}</definedName>`,
      );
    const titles: string[] = [];
    if (l.titleCols)
      titles.push(formatAddress(s.name, rect(0, l.titleCols.c0, 1_048_575, l.titleCols.c1), true));
    if (l.titleRows)
      titles.push(formatAddress(s.name, rect(l.titleRows.r0, 0, l.titleRows.r1, 16_383), true));
    if (titles.length)
      out.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(titles.join(","))}</definedName>`,
      );
  });
  return out.join("");
}

/** Splits "'S'!$A:$B,'S'!$1:$4" at the commas between areas (not those inside a quoted sheet name). */
function areas(formula: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of formula) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Applies a read _xlnm.Print_Area / _xlnm.Print_Titles name to its sheet; false when it is neither. */
export function readPrintName(name: string, sheet: SheetState | undefined, formula: string): boolean {
  const kind = name.toLowerCase();
  if (kind !== "_xlnm.print_area" && kind !== "_xlnm.print_titles") return false;
  if (!sheet) return true;
  const rects: Rect[] = [];
  for (const a of areas(formula.replace(/^=/, "").replace(/\$/g, ""))) {
    const p = parseAddress(a.trim());
    if (p) rects.push(p.rect);
  }
  sheet.pageLayout ??= defaultPageLayout();
  const l = sheet.pageLayout;
  if (kind === "_xlnm.print_area") {
    if (rects.length) l.printArea = rects;
    return true;
  }
  for (const x of rects) {
    if (isEntireRow(x)) l.titleRows = { r0: x.r0, r1: x.r1 };
    else if (isEntireColumn(x)) l.titleCols = { c0: x.c0, c1: x.c1 };
  }
  return true;
}

/**
 * Manual row breaks from each sheet part's rowBreaks element (ExcelJS reads brk's "ref", which the
 * element does not have, so the ids are read here): brk id = the last row of a page, 1-based.
 */
export async function readRowBreaks(
  pkg: OoxmlPackage,
  state: SimWorkbookState,
  sheetParts: Map<string, string>,
): Promise<void> {
  for (const sheet of state.sheets) {
    const part = sheetParts.get(sheet.name);
    const xml = part ? await pkg.text(part) : null;
    const block = xml ? /<rowBreaks\b[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(xml) : null;
    if (!block) continue;
    const rows = [...(block[1] ?? "").matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    if (rows.length) sheet.rowBreaks = [...new Set(rows)].sort((a, b) => a - b);
  }
}
