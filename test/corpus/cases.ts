/**
 * A corpus of bad inputs, generated (nothing binary is committed): each case is a small workbook built
 * with ExcelJS, or CSV bytes, standing for one thing real exports do — an empty selection, merged and
 * hidden rows, error values, the 1900 leap-year bug, text dates in several orders, mixed currencies,
 * IDs in full-width digits, a table ending at Excel's last row, names that look like formulas … Each
 * case says where its data goes in the workbook layer (`sources`, a selection) and which CLI arguments
 * run it; the expected outcome of each is written by hand in corpus.test.ts.
 *
 * Most cases share one base: four customers whose sales total 500, 300, 150 and 50 (¥1,000 in all),
 * so that their ABC classes are A, A, B, C by product.md's rule (share before each: 0, 50, 80, 95 %).
 */
import ExcelJS from "exceljs";
import encodeGbk from "./gbk";

export const CUSTOMERS = "客户";
export const SALES = "销售";
/** Excel's last row (1-based) and last column ("XFD", 16,384). */
export const EXCEL_ROWS = 1_048_576;

/** What the workbook layer reads: a sheet, a range, an Excel table, the selection, or the CLI's detection. */
export type CaseSource =
  | { kind: "sheet"; sheet: string }
  | { kind: "range"; sheet: string; address: string }
  | { kind: "table"; name: string }
  | { kind: "selection" };

export interface CaseFiles {
  /** File name → bytes. A workbook is "book.xlsx"; CSV files end in .csv. */
  files: Record<string, Uint8Array>;
  /** Workbook layer: the sources (null: none of that kind). For CSV files, the sheet they are imported as. */
  customers: CaseSource | null;
  transactions: CaseSource | null;
  /** The range the user selected ("Sheet!A1:B2"), for selection sources. */
  select?: string;
  /** CLI arguments after `classify`, with file names relative to the case's folder; null: no CLI run. */
  cli: string[] | null;
  /** --as-of for both runs (default: the day after the last sale). */
  asOf?: string;
}

export interface CorpusCase {
  name: string;
  /** What real export or user action it stands for. */
  about: string;
  build(): Promise<CaseFiles>;
}

/** [id, name] of the base customers. */
export const BASE_CUSTOMERS: readonly (readonly [string, string])[] = [
  ["1001", "甲公司"],
  ["1002", "乙公司"],
  ["1003", "丙公司"],
  ["1004", "丁公司"],
];

/**
 * Base sales lines [date (UTC), order, customer id, amount]: 1001 buys 200+300, 1002 100+200,
 * 1003 150, 1004 50. Last sale 2024-06-30, so the default as-of is 2024-07-01.
 */
export const BASE_SALES: readonly (readonly [Date, string, string, number])[] = [
  [day(2024, 1, 15), "SO1", "1001", 200],
  [day(2024, 2, 10), "SO2", "1002", 100],
  [day(2024, 3, 5), "SO3", "1003", 150],
  [day(2024, 4, 20), "SO4", "1001", 300],
  [day(2024, 5, 8), "SO5", "1004", 50],
  [day(2024, 6, 30), "SO6", "1002", 200],
];

export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

const CUSTOMER_HEADER = ["客户编号", "客户名称"];
const SALES_HEADER = ["日期", "单据编号", "客户编号", "金额"];

async function xlsx(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function baseCustomers(ws: ExcelJS.Worksheet): void {
  ws.addRow(CUSTOMER_HEADER);
  for (const c of BASE_CUSTOMERS) ws.addRow([...c]);
}

function baseSales(ws: ExcelJS.Worksheet): void {
  ws.addRow(SALES_HEADER);
  for (const s of BASE_SALES) ws.addRow([...s]);
}

const sheetSrc = (sheet: string): CaseSource => ({ kind: "sheet", sheet });
const BOTH = { customers: sheetSrc(CUSTOMERS), transactions: sheetSrc(SALES) };
const BOOK_CLI = ["book.xlsx", "--customers", CUSTOMERS, "--transactions", SALES];

/** A workbook with the two base sheets, changed by `edit`, run on both sheets. */
function baseBook(edit: (cu: ExcelJS.Worksheet, sa: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
  return async (): Promise<CaseFiles> => ({
    files: {
      "book.xlsx": await xlsx((wb) => {
        const cu = wb.addWorksheet(CUSTOMERS);
        const sa = wb.addWorksheet(SALES);
        baseCustomers(cu);
        baseSales(sa);
        edit(cu, sa, wb);
      }),
    },
    ...BOTH,
    cli: BOOK_CLI,
  });
}

/** A workbook with one sales sheet of `rows` (header first), run on that sheet alone. */
function salesBook(rows: readonly (readonly unknown[])[], sheet = SALES) {
  return async (): Promise<CaseFiles> => ({
    files: {
      "book.xlsx": await xlsx((wb) => {
        const ws = wb.addWorksheet(sheet);
        for (const r of rows) ws.addRow([...r]);
      }),
    },
    customers: null,
    transactions: sheetSrc(sheet),
    cli: ["book.xlsx", "--transactions", sheet],
  });
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

/** CSV transactions (and optionally customers), imported as sheets named after the files. */
function csvCase(transactions: Uint8Array, customers?: Uint8Array) {
  return (): Promise<CaseFiles> =>
    Promise.resolve({
      files: { "sales.csv": transactions, ...(customers ? { "customers.csv": customers } : {}) },
      customers: customers ? sheetSrc("customers") : null,
      transactions: sheetSrc("sales"),
      cli: [...(customers ? ["--customers", "customers.csv"] : []), "--transactions", "sales.csv"],
    });
}

const csvLine = (cells: readonly (string | number)[], sep = ",") =>
  cells
    .map((c) => (typeof c === "string" && /[",\n;]/.test(c) ? `"${c.replace(/"/g, '""')}"` : String(c)))
    .join(sep);

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The base sales as CSV lines (ISO dates), header first. */
function baseSalesCsv(sep = ","): string[] {
  return [csvLine(SALES_HEADER, sep), ...BASE_SALES.map(([d, o, id, a]) => csvLine([iso(d), o, id, a], sep))];
}

export const CASES: readonly CorpusCase[] = [
  {
    name: "empty-selection",
    about: "the user runs with a selection of empty cells (a blank area next to the data)",
    build: async () => ({
      ...(await baseBook(() => undefined)()),
      customers: null,
      transactions: { kind: "selection" },
      select: `${SALES}!H10:K20`,
      cli: ["book.xlsx", "--transactions", `${SALES}!H10:K20`],
    }),
  },
  {
    name: "empty-sheet",
    about: "a workbook whose only sheet is empty (a new workbook)",
    build: async () => ({
      files: { "book.xlsx": await xlsx((wb) => wb.addWorksheet("Sheet1")) },
      customers: null,
      transactions: sheetSrc("Sheet1"),
      cli: ["book.xlsx"],
    }),
  },
  {
    name: "header-only",
    about: "an export with the header row and no lines (an empty period)",
    build: salesBook([SALES_HEADER]),
  },
  {
    name: "single-cell",
    about: "a sheet holding one number, selected as the transactions",
    build: async () => ({
      files: { "book.xlsx": await xlsx((wb) => (wb.addWorksheet(SALES).getCell("B2").value = 42)) },
      customers: null,
      transactions: { kind: "selection" },
      select: `${SALES}!B2`,
      cli: ["book.xlsx", "--transactions", `${SALES}!B2`],
    }),
  },
  {
    name: "merged-cells",
    about: "a merged title over the table, and a merged customer-name cell spanning two lines",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          baseCustomers(cu);
          const sa = wb.addWorksheet(SALES);
          sa.addRow(["2024年销售明细"]);
          sa.mergeCells("A1:E1");
          sa.addRow([...SALES_HEADER, "客户名称"]);
          BASE_SALES.forEach(([d, o, id, a]) => sa.addRow([d, o, id, a, id === "1001" ? "甲公司" : null]));
          // 1001's two lines are rows 3 and 6; E3:E4 merged (name shown once, as exports do).
          sa.mergeCells("E3:E4");
        }),
      },
      ...BOTH,
      cli: BOOK_CLI,
    }),
  },
  {
    name: "hidden-and-filtered-rows",
    about: "lines hidden by hand and by an AutoFilter: still data (Excel's values include them)",
    build: baseBook((_cu, sa) => {
      sa.autoFilter = "A1:D7";
      sa.getRow(3).hidden = true; // SO2, 1002, 100
      sa.getRow(6).hidden = true; // SO5, 1004, 50
      sa.getColumn(2).hidden = true; // the order numbers
    }),
  },
  {
    name: "whole-column-selection",
    about: "the user selects whole columns A:D of the sales sheet (a million rows)",
    build: async () => ({
      ...(await baseBook(() => undefined)()),
      customers: sheetSrc(CUSTOMERS),
      transactions: { kind: "selection" },
      select: `${SALES}!A:D`,
      cli: ["book.xlsx", "--customers", CUSTOMERS, "--transactions", `${SALES}!A:D`],
    }),
  },
  {
    name: "formulas-and-errors",
    about: "amounts computed by formulas, two of them errors (#N/A from a lookup, #DIV/0!)",
    build: baseBook((_cu, sa) => {
      sa.getCell("E1").value = "数量";
      sa.getCell("F1").value = "单价";
      // D2 = E2*F2 = 2*100 = 200 (cached result 200, as Excel saves it).
      sa.getCell("E2").value = 2;
      sa.getCell("F2").value = 100;
      sa.getCell("D2").value = { formula: "E2*F2", result: 200 };
      sa.getCell("D4").value = { formula: "VLOOKUP(C4,$H:$I,2,FALSE)", result: { error: "#N/A" } };
      sa.getCell("D6").value = { error: "#DIV/0!" };
    }),
  },
  {
    name: "dates-before-1900",
    about: "dates Excel cannot hold as serials (before 1900) are text; one is a typo for 2024",
    build: baseBook((_cu, sa) => {
      sa.getCell("A3").value = "1899-12-31";
      sa.getCell("A5").value = "1024-05-08";
    }),
  },
  {
    name: "serial-60-leap-bug",
    about: "serial 60 is Excel's fictitious 1900-02-29; serial 0 is 1900-01-00",
    build: baseBook((_cu, sa) => {
      sa.getCell("A3").value = 60;
      sa.getCell("A3").numFmt = "yyyy-mm-dd";
      sa.getCell("A6").value = 0;
    }),
  },
  {
    name: "text-dates-day-first",
    about: "text dates d/m/yyyy (13/3/2024 proves day first), 2024年3月5日, 2024.3.5, 20240305",
    build: salesBook([
      SALES_HEADER,
      ["15/1/2024", "SO1", "1001", 200],
      ["10/2/2024", "SO2", "1002", 100],
      ["13/3/2024", "SO3", "1003", 150],
      ["2024年4月20日", "SO4", "1001", 300],
      ["2024.5.8", "SO5", "1004", 50],
      ["20240630", "SO6", "1002", 200],
    ]),
  },
  {
    name: "text-dates-month-first",
    about: "US exports: m/d/yyyy text (1/15/2024 proves month first), 'Mar 5, 2024', '8-May-2024'",
    build: salesBook([
      SALES_HEADER,
      ["1/15/2024", "SO1", "1001", 200],
      ["2/10/2024", "SO2", "1002", 100],
      ["Mar 5, 2024", "SO3", "1003", 150],
      ["4/20/2024 14:20", "SO4", "1001", 300],
      ["8-May-2024", "SO5", "1004", 50],
      ["6/30/2024", "SO6", "1002", 200],
    ]),
  },
  {
    name: "text-dates-ambiguous",
    about: "every a/b/yyyy date could be either order (5/3/2024): read month first and reported",
    build: salesBook([
      SALES_HEADER,
      ["1/2/2024", "SO1", "1001", 200],
      ["2/3/2024", "SO2", "1002", 100],
      ["5/3/2024", "SO3", "1001", 300],
    ]),
  },
  {
    name: "mixed-currencies",
    about: "amounts as text with ¥ mostly, one in $ and one in €",
    build: salesBook([
      SALES_HEADER,
      [day(2024, 1, 15), "SO1", "1001", "¥200"],
      [day(2024, 2, 10), "SO2", "1002", "$100"],
      [day(2024, 3, 5), "SO3", "1003", "¥150"],
      [day(2024, 4, 20), "SO4", "1001", "¥300"],
      [day(2024, 5, 8), "SO5", "1004", "€50"],
      [day(2024, 6, 30), "SO6", "1002", "¥200"],
    ]),
  },
  {
    name: "thousands-separators",
    about: "amounts as text with thousands separators and accounting negatives: 1,200.00, ¥3,000, (500.00)",
    build: salesBook([
      SALES_HEADER,
      [day(2024, 1, 15), "SO1", "1001", "1,200.00"],
      [day(2024, 2, 10), "SO2", "1002", "¥3,000"],
      [day(2024, 3, 5), "SO3", "1002", "(500.00)"],
      [day(2024, 4, 20), "SO4", "1003", " 1,000 "],
      [day(2024, 5, 8), "SO5", "1004", "１００"],
    ]),
  },
  {
    name: "negative-and-zero",
    about: "refunds (negative lines), a zero line, a customer whose refunds exceed the sales",
    build: salesBook([
      SALES_HEADER,
      [day(2024, 1, 15), "SO1", "1001", 500],
      [day(2024, 2, 10), "SO2", "1002", 300],
      [day(2024, 3, 5), "SO3", "1001", -100],
      [day(2024, 4, 20), "SO4", "1003", 0],
      [day(2024, 5, 8), "SO5", "1004", 100],
      [day(2024, 6, 30), "SO6", "1004", -250],
    ]),
  },
  {
    name: "extreme-magnitudes",
    about:
      "a ¥999,999,999,999 order, a 0.001 line, -1e-12, and junk magnitudes: 1e15, 1e300, Excel's largest number",
    build: salesBook([
      SALES_HEADER,
      [day(2024, 1, 15), "SO1", "1001", 999_999_999_999],
      [day(2024, 2, 10), "SO2", "1002", 0.001],
      [day(2024, 3, 5), "SO3", "1003", 1e300],
      [day(2024, 4, 20), "SO4", "1004", -1e-12],
      [day(2024, 5, 8), "SO5", "1002", 1e15],
      [day(2024, 5, 9), "SO6", "1003", 9.99999999999999e307],
    ]),
  },
  {
    name: "duplicate-headers",
    about: "two columns headed 金额 (gross and net), two headed 客户编号",
    build: salesBook([
      ["日期", "客户编号", "金额", "客户编号", "金额"],
      [day(2024, 1, 15), "1001", 500, "9999", 1],
      [day(2024, 2, 10), "1002", 300, "9999", 1],
      [day(2024, 3, 5), "1003", 150, "9999", 1],
      [day(2024, 4, 20), "1004", 50, "9999", 1],
    ]),
  },
  {
    name: "no-id-column",
    about: "sales lines without any customer column (a product report)",
    build: salesBook([
      ["日期", "单据编号", "存货名称", "金额"],
      [day(2024, 1, 15), "SO1", "螺丝", 200],
      [day(2024, 2, 10), "SO2", "螺母", 100],
    ]),
  },
  {
    name: "ids-case-and-width",
    about: "IDs C001 / Ｃ００１ (full-width) / c001 / ' C001 ': width and blanks fold, letter case does not",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          cu.addRow(CUSTOMER_HEADER);
          cu.addRow(["C001", "大写"]);
          cu.addRow(["c001", "小写"]);
          cu.addRow(["Ｃ００２", "全角"]);
          const sa = wb.addWorksheet(SALES);
          sa.addRow(SALES_HEADER);
          sa.addRow([day(2024, 1, 15), "SO1", "Ｃ００１", 500]);
          sa.addRow([day(2024, 2, 10), "SO2", " C001 ", 300]);
          sa.addRow([day(2024, 3, 5), "SO3", "c001", 150]);
          sa.addRow([day(2024, 4, 20), "SO4", "C002", 50]);
        }),
      },
      ...BOTH,
      cli: BOOK_CLI,
    }),
  },
  {
    name: "unknown-customers",
    about: "sales for customers missing from the customer table (new accounts not yet in master data)",
    build: baseBook((_cu, sa) => {
      sa.addRow([day(2024, 6, 1), "SO7", "2001", 400]);
      sa.addRow([day(2024, 6, 2), "SO8", "2001", 100]);
      sa.addRow([day(2024, 6, 3), "SO9", "2002", 10]);
    }),
  },
  {
    name: "row-limit-sparse",
    about: "a sales sheet with a last line on row 1,048,576, Excel's last row, far below the others",
    build: baseBook((_cu, sa) => {
      sa.getRow(EXCEL_ROWS).values = [day(2024, 6, 15), "SO9", "1003", 150];
    }),
  },
  {
    name: "row-limit-table-end",
    about: "a customer table whose last customer is on row 1,048,576: result columns beside, none below",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          const top = EXCEL_ROWS - BASE_CUSTOMERS.length;
          cu.getRow(top).values = CUSTOMER_HEADER;
          BASE_CUSTOMERS.forEach((c, i) => (cu.getRow(top + 1 + i).values = [...c]));
          baseSales(wb.addWorksheet(SALES));
        }),
      },
      ...BOTH,
      cli: ["book.xlsx"],
    }),
  },
  {
    name: "unicode-names",
    about: "names with emoji, astral CJK (𠀀), combining accents, right-to-left text and a zero-width joiner",
    build: baseBook((cu) => {
      cu.getCell("B2").value = "😀 王小明 👨‍👩‍👧";
      cu.getCell("B3").value = "𠀀𠀁 有限公司";
      cu.getCell("B4").value = "Zoe\u0308 Café";
      cu.getCell("B5").value = "شركة النور";
    }),
  },
  {
    name: "formula-like-names",
    about: "names and IDs starting with =, +, -, @ (typed as text by the user or an export)",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          cu.addRow(CUSTOMER_HEADER);
          cu.addRow(["=1001", '=HYPERLINK("http://example.cn","点我")']);
          cu.addRow(["+1002", "+86 138 0000 0000"]);
          cu.addRow(["-1003", "-折扣客户"]);
          cu.addRow(["@1004", "@SUM(A1:A9)"]);
          const sa = wb.addWorksheet(SALES);
          sa.addRow(SALES_HEADER);
          BASE_SALES.forEach(([d, o, id, a]) =>
            sa.addRow([d, o, { "1001": "=1001", "1002": "+1002", "1003": "-1003", "1004": "@1004" }[id], a]),
          );
          // An unknown customer whose ID is formula-like: it goes into the data-quality list as text.
          sa.addRow([day(2024, 6, 1), "SO7", "=cmd|' /C calc'!A0", 1]);
        }),
      },
      ...BOTH,
      cli: BOOK_CLI,
    }),
  },
  {
    name: "target-columns-in-use",
    about: "a note two columns right of the customer table, where the result columns would go",
    build: baseBook((cu) => {
      cu.getCell("D3").value = "备注：待核实";
    }),
  },
  {
    name: "table-blocked",
    about: "customers in an Excel table, with the user's data right of the table in the table's rows",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          cu.addTable({
            name: "客户表",
            ref: "A1",
            headerRow: true,
            columns: CUSTOMER_HEADER.map((name) => ({ name })),
            rows: BASE_CUSTOMERS.map((c) => [...c]),
          });
          cu.getCell("C4").value = "不要动我";
          baseSales(wb.addWorksheet(SALES));
        }),
      },
      customers: { kind: "table", name: "客户表" },
      transactions: sheetSrc(SALES),
      cli: BOOK_CLI,
    }),
  },
  {
    name: "totals-and-blank-rows",
    about: "a 合计 line at the end, blank lines between blocks, a subtotal line in the middle",
    build: baseBook((_cu, sa) => {
      sa.spliceRows(5, 0, [], ["小计", null, null, 450]);
      sa.addRow([]);
      sa.addRow(["合计", null, null, 1000]);
    }),
  },
  {
    name: "title-rows",
    about: "an export with a company title, a period line and a blank row above the header",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const sa = wb.addWorksheet(SALES);
          sa.addRow(["某某贸易有限公司"]);
          sa.addRow(["期间：2024-01-01 至 2024-06-30", null, "单位：元"]);
          sa.addRow([]);
          baseSales(sa);
          baseCustomers(wb.addWorksheet(CUSTOMERS));
        }),
      },
      ...BOTH,
      cli: ["book.xlsx"],
    }),
  },
  {
    name: "ids-as-decimals",
    about: "IDs exported through a float column: 1001.0 in the customers, 1001 in the sales",
    build: baseBook((cu) => {
      cu.getCell("A2").value = "1001.0";
      cu.getCell("A3").value = 1002;
    }),
  },
  {
    name: "duplicate-customer-ids",
    about: "the same customer ID twice in the customer table",
    build: baseBook((cu) => {
      cu.addRow(["1002", "乙公司（重复）"]);
    }),
  },
  {
    name: "excel-table-with-totals",
    about: "sales in an Excel table with its totals row shown (SUBTOTAL in the last row)",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const sa = wb.addWorksheet(SALES);
          sa.addTable({
            name: "销售表",
            ref: "A1",
            headerRow: true,
            totalsRow: true,
            columns: SALES_HEADER.map((name, i) =>
              i === 0
                ? { name, totalsRowLabel: "汇总" }
                : i === 3
                  ? { name, totalsRowFunction: "sum" }
                  : { name },
            ),
            rows: BASE_SALES.map((s) => [...s]),
          });
          baseCustomers(wb.addWorksheet(CUSTOMERS));
        }),
      },
      customers: sheetSrc(CUSTOMERS),
      transactions: { kind: "table", name: "销售表" },
      cli: BOOK_CLI,
    }),
  },
  {
    name: "booleans-and-junk-amounts",
    about: "TRUE, '-', 'N/A' and '待定' in the amount column",
    build: baseBook((_cu, sa) => {
      sa.getCell("D3").value = true;
      sa.getCell("D4").value = "-";
      sa.getCell("D5").value = "待定";
    }),
  },
  {
    name: "sheet-name-needs-quotes",
    about: "a sheet named \"Sales 2024's\": cell addresses in messages need quotes ('Sales 2024''s'!A3)",
    build: salesBook(
      [SALES_HEADER, [day(2024, 1, 15), "SO1", "1001", 200], ["not a date", "SO2", "1002", 100]],
      "Sales 2024's",
    ),
  },
  {
    name: "after-as-of",
    about: "lines dated after the as-of date the user gives",
    build: async () => ({ ...(await baseBook(() => undefined)()), asOf: "2024-05-01" }),
  },
  {
    name: "future-typo-date",
    about: "one line dated 2204 (a typo for 2024): it must not become the as-of and make everyone dormant",
    build: baseBook((_cu, sa) => {
      sa.addRow(["2204-06-15", "SO7", "1003", 150]);
    }),
  },
  {
    name: "all-lines-unusable",
    about: "an export whose date column holds only text the reader cannot use: nothing to classify",
    build: salesBook([
      SALES_HEADER,
      ["见备注", "SO1", "1001", 200],
      ["上月", "SO2", "1002", 100],
      ["#REF!", "SO3", "1003", 150],
    ]),
  },
  {
    name: "blank-ids",
    about: "a customer row and a sales line without an ID (filled in later by hand, or never)",
    build: baseBook((cu, sa) => {
      cu.addRow([null, "无编号公司"]);
      sa.addRow([day(2024, 6, 20), "SO7", "   ", 80]);
    }),
  },
  {
    name: "leading-zero-ids",
    about: "IDs 001/002 as text in the customers, but 1/2 as numbers in the sales (Excel dropped the zeros)",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          cu.addRow(CUSTOMER_HEADER);
          cu.addRow(["001", "甲公司"]);
          cu.addRow(["002", "乙公司"]);
          const sa = wb.addWorksheet(SALES);
          sa.addRow(SALES_HEADER);
          sa.addRow([day(2024, 1, 15), "SO1", 1, 300]);
          sa.addRow([day(2024, 2, 10), "SO2", "002", 100]);
        }),
      },
      ...BOTH,
      cli: BOOK_CLI,
    }),
  },
  {
    name: "customers-only",
    about: "only a customer table (no sales): master-data classes only",
    build: async () => ({
      files: {
        "book.xlsx": await xlsx((wb) => {
          const cu = wb.addWorksheet(CUSTOMERS);
          cu.addRow(["客户编号", "客户名称", "所属行业", "NPS评分"]);
          cu.addRow(["1001", "甲公司", "批发业", 10]);
          cu.addRow(["1002", "乙公司", "软件和信息技术服务业", 7]);
          cu.addRow(["1003", "丙公司", "", 3]);
          cu.addRow(["1004", "丁公司", "谜之行业", 11]);
        }),
      },
      customers: sheetSrc(CUSTOMERS),
      transactions: null,
      cli: ["book.xlsx", "--customers", CUSTOMERS],
    }),
  },
  {
    name: "csv-bom-crlf",
    about: "a UTF-8 CSV with a byte-order mark, CRLF line ends, a quoted name with a comma and a line break",
    build: csvCase(
      utf8(
        "\ufeff" +
          [
            csvLine([...SALES_HEADER, "客户名称"]),
            ...BASE_SALES.map(([d, o, id, a]) =>
              csvLine([iso(d), o, id, a, id === "1001" ? "甲公司, 北京\n分公司" : ""]),
            ),
          ].join("\r\n") +
          "\r\n",
      ),
    ),
  },
  {
    name: "csv-gbk",
    about: "a CSV saved by Excel on Chinese Windows: GBK (code page 936), not UTF-8",
    build: csvCase(encodeGbk([...baseSalesCsv(), ""].join("\r\n"))),
  },
  {
    name: "csv-semicolon",
    about: "a European CSV: semicolons between fields, decimal commas",
    build: csvCase(
      utf8(
        [
          csvLine(["Date", "Invoice", "CustomerID", "Amount"], ";"),
          // Plain amounts but one with a decimal comma (50,00), which is not read as 5000.
          ...BASE_SALES.map(([d, o, id, a]) => csvLine([iso(d), o, id, id === "1004" ? `${a},00` : a], ";")),
        ].join("\n"),
      ),
    ),
  },
  {
    name: "csv-formula-injection",
    about: "a CSV whose names and IDs start with =, +, -, @ (a CSV-injection payload among them)",
    build: csvCase(
      utf8(
        [
          csvLine([...SALES_HEADER, "客户名称"]),
          csvLine(["2024-01-15", "SO1", "=1+1", 500, '=HYPERLINK("http://x.cn","x")']),
          csvLine(["2024-02-10", "SO2", "+1002", 300, "+86 10 1234"]),
          csvLine(["2024-03-05", "SO3", "-1003", 150, "-cmd"]),
          csvLine(["2024-04-20", "SO4", "@1004", 50, "@SUM(1+1)*cmd|' /C calc'!A0"]),
        ].join("\n"),
      ),
    ),
  },
  {
    name: "csv-ragged-and-empty-lines",
    about: "a CSV with short and long lines, empty lines and an unterminated quote at the end",
    build: csvCase(
      utf8(
        [
          ...baseSalesCsv().slice(0, 3),
          "",
          "2024-03-05,SO3,1003,150,extra,cells",
          "2024-04-20,SO4",
          ...baseSalesCsv().slice(4),
          '2024-07-01,SO9,1004,"oops',
        ].join("\n"),
      ),
    ),
  },
];
