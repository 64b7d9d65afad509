/**
 * The corpus of bad inputs (cases.ts), each run through the workbook layer on the simulator and, for
 * the file-based ones, through the real CLI process. Every case has an exact expectation written here
 * by hand: either the classes, revenue and orders per customer and the data-quality issues at their
 * cells, or the run stops with a message naming the sheet and cell. On top of that, for every case:
 * no exception, the user's cells unchanged (whole-sheet snapshots, our result columns aside), no
 * formula created, every issue's message naming its cell; the CLI exits 0 or 1 (never a crash or a
 * hang), says where on stderr when it stops, and leaves its input file as it was.
 *
 * Hand calculations use product.md's ABC rule: customers by revenue descending (ties: ID ascending);
 * A while the share of the total *before* the customer is < 80 %, B while < 95 %, else C; revenue ≤ 0
 * is C; no purchase, no class. The base data (cases.ts) is 1001: 200+300, 1002: 100+200, 1003: 150,
 * 1004: 50 — total 1,000, shares before 0, 50, 80, 95 % → A, A, B, C; last sale 2024-06-30.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { qualifiedAddress } from "../../src/engine/read/messages";
import type { WorkbookErrorCode } from "../../src/excel/errors";
import { loadXlsx, type SimWorkbookState } from "../../src/sim";
import { firstDifference, snapshotSheets } from "../workbook/helpers";
import { CASES, CUSTOMERS, EXCEL_ROWS, SALES, type CaseFiles } from "./cases";
import {
  cliMissing,
  runCli,
  runWorkbook,
  writeCase,
  type CliJson,
  type CliRun,
  type WorkbookRun,
} from "./run";

jest.setTimeout(120_000);

type Abc = "A" | "B" | "C" | null;
/** id → [ABC class, revenue, orders]. */
type Customers = Record<string, [Abc, number, number]>;
/** [code, the cells ("Sheet!A1", first cell first), count]. */
type IssueSpec = [string, string[], number];

interface Expectation {
  /** The run classifies: these customers (exactly), these issues (exactly). */
  result?: { customers: Customers; issues: IssueSpec[]; asOf: string };
  /** The run stops before writing anything, with this error naming `at` ("Sheet!A1" or a sheet). */
  error?: { code: WorkbookErrorCode; at: string; says?: RegExp };
  /** The CLI differs from the workbook layer (another kind of source): its own exit and stderr. */
  cli?: { code: 0 | 1; stderr?: RegExp; customers?: Customers };
  /** More checks on the workbook layer's run. */
  also?: (run: WorkbookRun) => void;
  /** More checks on the CLI's run. */
  alsoCli?: (run: CliRun) => Promise<void> | void;
}

const BASE: Customers = {
  "1001": ["A", 500, 2],
  "1002": ["A", 300, 2],
  "1003": ["B", 150, 1],
  "1004": ["C", 50, 1],
};
const BASE_AS_OF = "2024-07-01";
const base = (issues: IssueSpec[] = []): Expectation["result"] => ({
  customers: BASE,
  issues,
  asOf: BASE_AS_OF,
});

function outcomeOf(run: WorkbookRun) {
  if (!run.outcome) throw new Error(`the run stopped: ${run.error?.message ?? "?"}`);
  return run.outcome;
}

const EXPECT: Record<string, Expectation> = {
  "empty-selection": {
    // Nothing in H10:K20: the selection is named, nothing is written.
    error: { code: "no_data", at: `${SALES}!H10:K20`, says: /selection 销售!H10:K20/ },
    // The CLI reads the range as given: no header in its first row H10.
    cli: { code: 1, stderr: /销售!H10/ },
  },
  "empty-sheet": {
    error: { code: "no_data", at: "Sheet1" },
    cli: { code: 1, stderr: /No customer or transaction table found in book\.xlsx/ },
  },
  "header-only": {
    error: { code: "no_customers", at: `${SALES}!A1`, says: /no data rows below its header \(销售!A1\)/ },
  },
  "single-cell": { error: { code: "no_customers", at: `${SALES}!B2`, says: /header row \(销售!B2\)/ } },
  "merged-cells": {
    result: base(),
    also: (run) => {
      // The merges are the user's and stay (the snapshot compares them too); the title row is not data.
      expect(run.sim.workbook.sheet(SALES).merges.length).toBe(2);
    },
  },
  "hidden-and-filtered-rows": {
    // Hidden lines are still lines: Excel's values include them, and a filter is a view, not a deletion.
    result: base(),
    also: (run) => {
      const rows = run.sim.workbook.sheet(SALES).rows;
      expect([rows[2]?.hidden, rows[5]?.hidden]).toEqual([true, true]);
    },
  },
  "whole-column-selection": { result: base() },
  "formulas-and-errors": {
    // D2 is a formula whose cached result (200) counts; D4 (#N/A: 1003's 150) and D6 (#DIV/0!: 1004's
    // 50) leave their rows out. 1001 500, 1002 300: total 800, shares before 0 and 62.5 % → A, A.
    result: {
      customers: { "1001": ["A", 500, 2], "1002": ["A", 300, 2], "1003": [null, 0, 0], "1004": [null, 0, 0] },
      issues: [["error_value", [`${SALES}!D4`, `${SALES}!D6`], 2]],
      asOf: BASE_AS_OF,
    },
    also: (run) => expect(run.sim.workbook.sheet(SALES).rows[1]?.f?.[3]).toBe("=E2*F2"),
  },
  "dates-before-1900": {
    // 1002's 100 on "1899-12-31" and 1001's 300 on "1024-05-08" are reported, not read as sales of
    // another century. Left: 1001 200, 1002 200, 1003 150, 1004 50 (total 600); 1001 before 1002 on the
    // tie (ID ascending): shares before 0, 33, 67, 92 % → A, A, A, B.
    result: {
      customers: {
        "1001": ["A", 200, 1],
        "1002": ["A", 200, 1],
        "1003": ["A", 150, 1],
        "1004": ["B", 50, 1],
      },
      issues: [["invalid_date", [`${SALES}!A3`, `${SALES}!A5`], 2]],
      asOf: BASE_AS_OF,
    },
  },
  "serial-60-leap-bug": {
    // Serial 60 (1900-02-29, a day that never was) and 0 are no dates: 1002's 100 and 1004's 50 go.
    // 1001 500, 1002 200, 1003 150 (total 850): shares before 0, 59, 82 % → A, A, B.
    result: {
      customers: {
        "1001": ["A", 500, 2],
        "1002": ["A", 200, 1],
        "1003": ["B", 150, 1],
        "1004": [null, 0, 0],
      },
      issues: [["invalid_date", [`${SALES}!A3`, `${SALES}!A6`], 2]],
      asOf: BASE_AS_OF,
    },
  },
  "text-dates-day-first": {
    // 15/1 and 13/3 prove day first, so 10/2/2024 is 10 February (reported as the one ambiguous date).
    result: base([["date_order_assumed", [`${SALES}!A3`], 1]]),
    also: (run) => {
      const c = new Map(outcomeOf(run).result.customers.map((x) => [x.id, x]));
      // 13 March → 1 July 2024: 18 + 30 + 31 + 31 = 110 days; 20240630 → 1 day.
      expect(c.get("1003")?.metrics.recencyDays).toBe(110);
      expect(c.get("1002")?.metrics.recencyDays).toBe(1);
    },
  },
  "text-dates-month-first": {
    // 1/15 proves month first: 2/10/2024 is 10 February; "Mar 5, 2024" and "8-May-2024" by name.
    result: base([["date_order_assumed", [`${SALES}!A3`], 1]]),
    also: (run) => {
      const c = new Map(outcomeOf(run).result.customers.map((x) => [x.id, x]));
      // 5 March → 1 July: 26 + 30 + 31 + 30 + 1 = 118; 4/20 14:20 is 20 April: 10 + 31 + 30 + 1 = 72.
      expect(c.get("1003")?.metrics.recencyDays).toBe(118);
      expect(c.get("1001")?.metrics.recencyDays).toBe(72);
    },
  },
  "text-dates-ambiguous": {
    // No evidence: month first (Excel en-US, Date.parse), all three reported. 1/2, 2/3, 5/3 are
    // 2 Jan, 3 Feb, 3 May: as-of 4 May. 1001 500, 1002 100 (total 600): shares before 0, 83 % → A, B.
    result: {
      customers: { "1001": ["A", 500, 2], "1002": ["B", 100, 1] },
      issues: [["date_order_assumed", [`${SALES}!A2`, `${SALES}!A3`, `${SALES}!A4`], 3]],
      asOf: "2024-05-04",
    },
  },
  "mixed-currencies": {
    // Added as written (no exchange rates in a workbook), and said so at the two odd cells.
    result: base([["mixed_currency", [`${SALES}!D3`, `${SALES}!D6`], 2]]),
  },
  "thousands-separators": {
    // 1,200.00 → 1200; ¥3,000 − (500.00) → 2500 (the refund order has no positive total: 1 order);
    // " 1,000 " → 1000; full-width １００ → 100. Total 4800: 1002 2500, 1001 1200, 1003 1000, 1004 100;
    // shares before 0, 52, 77, 98 % → A, A, A, C. Last sale 8 May.
    result: {
      customers: {
        "1001": ["A", 1200, 1],
        "1002": ["A", 2500, 1],
        "1003": ["A", 1000, 1],
        "1004": ["C", 100, 1],
      },
      issues: [["refund_rows", [`${SALES}!D4`], 1]],
      asOf: "2024-05-09",
    },
  },
  "negative-and-zero": {
    // net: 1001 500 − 100 = 400, 1002 300, 1003 0 (a zero line is no purchase), 1004 100 − 250 = −150.
    // Positive total 700: 1001 A (0 %), 1002 A (57 %); 0 and −150 are C. Orders with a positive total.
    result: {
      customers: {
        "1001": ["A", 400, 1],
        "1002": ["A", 300, 1],
        "1003": ["C", 0, 0],
        "1004": ["C", -150, 1],
      },
      issues: [["refund_rows", [`${SALES}!D4`, `${SALES}!D7`], 2]],
      asOf: BASE_AS_OF,
    },
  },
  "extreme-magnitudes": {
    // 1e15 and more (D4 1e300, D6 1e15, D7 Excel's 9.99…e307) are no amounts: reported, rows left out
    // (1e308 × the money scale would be Infinity). 1001 999,999,999,999 → A; 1002 0.001 → C (share
    // before ≈ 100 %); 1004 −1e-12 rounds to 0 → C with no order; 1003 has no valid line at all.
    // Last valid sale 20 April.
    result: {
      customers: { "1001": ["A", 999_999_999_999, 1], "1002": ["C", 0.001, 1], "1004": ["C", 0, 0] },
      issues: [["invalid_number", [`${SALES}!D4`, `${SALES}!D6`, `${SALES}!D7`], 3]],
      asOf: "2024-04-21",
    },
  },
  "duplicate-headers": {
    // The first 客户编号 and 金额 are used; the second 客户编号 is not taken for the customer's name.
    // 500, 300, 150, 50 → A, A, B, C; last sale 20 April.
    result: {
      customers: {
        "1001": ["A", 500, 1],
        "1002": ["A", 300, 1],
        "1003": ["B", 150, 1],
        "1004": ["C", 50, 1],
      },
      issues: [
        // The ignored second columns are reported at their header cells.
        ["duplicate_header", [`${SALES}!D1`], 1],
        ["duplicate_header", [`${SALES}!E1`], 1],
      ],
      asOf: "2024-04-21",
    },
    also: (run) =>
      expect(outcomeOf(run).result.customers.map((c) => c.name)).toEqual([null, null, null, null]),
  },
  "no-id-column": {
    error: {
      code: "no_customers",
      at: `${SALES}!A1`,
      says: /No column for "customer ID" was found in 销售\. The header row \(销售!A1\)/,
    },
  },
  "ids-case-and-width": {
    // Ｃ００１ and " C001 " are C001 (width and blanks fold): 800; c001 is another customer: 150;
    // the customer Ｃ００２ is the sales' C002: 50. Total 1000: shares before 0, 80, 95 % → A, B, C.
    result: {
      customers: { C001: ["A", 800, 2], c001: ["B", 150, 1], C002: ["C", 50, 1] },
      issues: [],
      asOf: "2024-04-21",
    },
    also: (run) => {
      const names = Object.fromEntries(outcomeOf(run).result.customers.map((c) => [c.id, c.name]));
      expect(names).toEqual({ C001: "大写", c001: "小写", C002: "全角" });
    },
  },
  "unknown-customers": {
    // 2001 (400 + 100) and 2002 (10) are added. Total 1510, by revenue then ID: 1001 500, 2001 500,
    // 1002 300, 1003 150, 1004 50, 2002 10; shares before 0, 33, 66, 86, 96, 99 % → A A A B C C.
    result: {
      customers: { ...BASE, "2001": ["A", 500, 2], "2002": ["C", 10, 1] },
      issues: [["unknown_customer", [`${SALES}!C8`, `${SALES}!C9`, `${SALES}!C10`], 3]],
      asOf: BASE_AS_OF,
    },
  },
  "row-limit-sparse": {
    // The line on row 1,048,576 counts: 1003 150 + 150 = 300. Total 1150: 1001 500, 1002 300, 1003 300
    // (ID order on the tie), 1004 50: shares before 0, 43, 70, 96 % → A, A, A, C.
    result: {
      customers: {
        "1001": ["A", 500, 2],
        "1002": ["A", 300, 2],
        "1003": ["A", 300, 2],
        "1004": ["C", 50, 1],
      },
      issues: [],
      asOf: BASE_AS_OF,
    },
    also: (run) => {
      const c = outcomeOf(run).result.customers.find((x) => x.id === "1003");
      expect(c?.metrics.recencyDays).toBe(16); // 15 June → 1 July
      // Memory: the loaded sheet holds the 8 rows the file has, not a million empty ones before the last.
      const present = Object.keys(run.sim.workbook.sheet(SALES).rows);
      expect(present).toEqual(["0", "1", "2", "3", "4", "5", "6", String(EXCEL_ROWS - 1)]);
    },
  },
  "row-limit-table-end": {
    result: base(),
    also: (run) => {
      const { target, placed } = outcomeOf(run);
      // Header on row 1,048,572, the last customer on row 1,048,576 (0-based 1,048,575).
      expect([target.headerRow, target.firstDataRow + target.dataRows - 1]).toEqual([
        EXCEL_ROWS - 5,
        EXCEL_ROWS - 1,
      ]);
      const sheet = run.sim.workbook.sheet(CUSTOMERS);
      expect(sheet.rows.length).toBe(EXCEL_ROWS);
      const overall = placed.find((p) => p.key === "overall")!.col;
      expect(sheet.rows[EXCEL_ROWS - 1]?.v[overall]).toBe(label(run, "overall", "1004"));
    },
  },
  "unicode-names": {
    result: base(),
    also: (run) => {
      const names = outcomeOf(run).result.customers.map((c) => c.name);
      // As the user wrote them, code point for code point (no normalisation of what is not a number).
      expect(names).toEqual(["😀 王小明 👨‍👩‍👧", "𠀀𠀁 有限公司", "Zoe\u0308 Café", "شركة النور"]);
    },
    alsoCli: (run) => {
      expect(run.json?.customers.map((c) => c.name)).toEqual([
        "😀 王小明 👨‍👩‍👧",
        "𠀀𠀁 有限公司",
        "Zoe\u0308 Café",
        "شركة النور",
      ]);
    },
  },
  "formula-like-names": {
    // The IDs are text and stay text. Total 1001 (the unknown "=cmd…" bought 1): =1001 500, +1002 300,
    // -1003 150, @1004 50, "=cmd…" 1; shares before 0, 50, 80 − 0.08, 94.9, 99.9 % → A, A, A, B, C.
    result: {
      customers: {
        "=1001": ["A", 500, 2],
        "+1002": ["A", 300, 2],
        "-1003": ["A", 150, 1],
        "@1004": ["B", 50, 1],
        "=cmd|' /C calc'!A0": ["C", 1, 1],
      },
      issues: [["unknown_customer", [`${SALES}!C8`], 1]],
      asOf: BASE_AS_OF,
    },
    also: (run) => {
      const names = outcomeOf(run).result.customers.map((c) => c.name);
      expect(names.slice(0, 4)).toEqual([
        '=HYPERLINK("http://example.cn","点我")',
        "+86 138 0000 0000",
        "-折扣客户",
        "@SUM(A1:A9)",
      ]);
      // The summary's data-quality list quotes the unknown ID as text.
      const summary = run.sim.workbook.state.sheets.find(
        (s) =>
          !run.userSheets.includes(s.name) &&
          s.rows.some((r) => r?.v.some((v) => typeof v === "string" && v.includes("=cmd"))),
      );
      expect(summary).toBeDefined();
    },
  },
  "target-columns-in-use": {
    error: {
      code: "target_in_use",
      at: `${CUSTOMERS}!D3`,
      says: /cell D3 already holds your data \("备注：待核实"\)\. Nothing was changed/,
    },
  },
  "table-blocked": {
    // As a table, new table columns would push C4 aside: stop. The CLI reads the sheet (it takes no
    // table names): its used range includes C, so the results go right of C4, which stays.
    error: { code: "target_in_use", at: `${CUSTOMERS}!C4`, says: /"不要动我"/ },
    cli: { code: 0, customers: BASE },
    alsoCli: async (run) => {
      const state = await loadXlsx(readFileSync(run.out!));
      expect(state.sheets.find((s) => s.name === CUSTOMERS)?.rows[3]?.v[2]).toBe("不要动我");
    },
  },
  "totals-and-blank-rows": {
    result: base([["total_row", [`${SALES}!A6`, `${SALES}!A11`], 2]]),
  },
  "title-rows": { result: base() },
  "ids-as-decimals": { result: base([["id_decimal", [`${CUSTOMERS}!A2`], 1]]) },
  "duplicate-customer-ids": {
    result: base([["duplicate_customer_id", [`${CUSTOMERS}!A6`], 1]]),
    also: (run) => {
      // The repeated row gets no class (it is not a second customer).
      const { placed } = outcomeOf(run);
      const overall = placed.find((p) => p.key === "overall")!.col;
      const v = run.sim.workbook.sheet(CUSTOMERS).rows[5]?.v[overall];
      expect(v === undefined || v === "").toBe(true);
    },
  },
  "excel-table-with-totals": {
    // The table's totals row (label 汇总, SUBTOTAL of the amounts) is not a sale: no issue either.
    result: base(),
    // The CLI reads the sheet (not the table): the row is recognised by its label 汇总 and reported.
    cli: { code: 0, customers: BASE },
    alsoCli: (run) => expect(issuesOf(run.json!.issues)).toEqual([["total_row", [`${SALES}!A8`], 1]]),
  },
  "booleans-and-junk-amounts": {
    // TRUE (1002's 100) and 待定 (1001's 300) are not numbers; "-" is an empty amount (1003's 150).
    // 1001 200, 1002 200, 1004 50 (total 450): shares before 0, 44, 89 % → A, A, B.
    result: {
      customers: { "1001": ["A", 200, 1], "1002": ["A", 200, 1], "1003": [null, 0, 0], "1004": ["B", 50, 1] },
      issues: [
        ["invalid_number", [`${SALES}!D3`, `${SALES}!D5`], 2],
        ["missing_amount", [`${SALES}!D4`], 1],
      ],
      asOf: BASE_AS_OF,
    },
  },
  "sheet-name-needs-quotes": {
    result: {
      customers: { "1001": ["A", 200, 1] },
      issues: [["invalid_date", ["'Sales 2024''s'!A3"], 1]],
      asOf: "2024-01-16",
    },
  },
  "after-as-of": {
    // As of 1 May: 1004's 50 (8 May) and 1002's 200 (30 June) are left out. 1001 500, 1003 150,
    // 1002 100 (total 750): shares before 0, 67, 87 % → A, A, B; 1004 bought nothing by then.
    result: {
      customers: {
        "1001": ["A", 500, 2],
        "1002": ["B", 100, 1],
        "1003": ["A", 150, 1],
        "1004": [null, 0, 0],
      },
      issues: [["after_as_of", [`${SALES}!A6`, `${SALES}!A7`], 2]],
      asOf: "2024-05-01",
    },
  },
  "future-typo-date": {
    // Without a given as-of, a line dated after today is reported (after_as_of at A8), and the as-of is
    // the day after the last line up to today (30 June 2024): the base classes, recency as in the base.
    result: base([["after_as_of", [`${SALES}!A8`], 1]]),
    also: (run) => {
      const c = outcomeOf(run).result.customers.find((x) => x.id === "1003");
      expect(c?.metrics.recencyDays).toBe(118); // 5 March → 1 July 2024, not 180 years
    },
  },
  "all-lines-unusable": {
    // No line has a date, so there is no customer: stop at the first unreadable date, A2.
    error: {
      code: "no_customers",
      at: `${SALES}!A2`,
      says: /^Nothing to classify: 2 dates in column A \(日期\) \(销售!A2, 销售!A3\) could not be read/,
    },
  },
  "blank-ids": {
    // The customer row A6 and the sales line C8 (80, ID "   ") have no ID: reported, left out.
    result: base([
      ["missing_customer_id", [`${CUSTOMERS}!A6`], 1],
      ["missing_customer_id", [`${SALES}!C8`], 1],
    ]),
  },
  "leading-zero-ids": {
    // "002" matches; the number 1 is not "001" (IDs are text: 1 and 001 may be different customers),
    // so it is a new customer, reported. "1" 300, "002" 100 (total 400): shares before 0, 75 % → A, A;
    // "001" bought nothing. Last sale 10 February.
    result: {
      customers: { "001": [null, 0, 0], "002": ["A", 100, 1], "1": ["A", 300, 1] },
      issues: [["unknown_customer", [`${SALES}!C2`], 1]],
      asOf: "2024-02-11",
    },
  },
  "customers-only": {
    // No sales: no value classes; NPS 10 promoter, 7 passive, 3 detractor, 11 out of 0–10 (reported).
    // 批发业 is GB/T 4754 section F, 软件和信息技术服务业 section I; blank is no class, 谜之行业 unknown.
    result: {
      customers: { "1001": [null, 0, 0], "1002": [null, 0, 0], "1003": [null, 0, 0], "1004": [null, 0, 0] },
      issues: [["out_of_range", [`${CUSTOMERS}!D5`], 1]],
      asOf: "",
    },
    also: (run) => {
      const cls = outcomeOf(run).result.customers.map((c) => [c.classes.satisfaction, c.classes.industry]);
      expect(cls).toEqual([
        ["promoter", "F"],
        ["passive", "I"],
        ["detractor", null],
        [null, "unknown"],
      ]);
    },
  },
  "csv-bom-crlf": {
    result: base(),
    also: (run) => expect(outcomeOf(run).result.customers[0]?.name).toBe("甲公司, 北京\n分公司"),
  },
  "csv-gbk": { result: base() },
  "csv-semicolon": {
    // Split on ";"; 1004's "50,00" is not read as 5,000: reported. 1001 500, 1002 300, 1003 150
    // (total 950): shares before 0, 53, 84 % → A, A, B.
    result: {
      customers: { "1001": ["A", 500, 2], "1002": ["A", 300, 2], "1003": ["B", 150, 1] },
      issues: [["invalid_number", ["sales!D6"], 1]],
      asOf: BASE_AS_OF,
    },
  },
  "csv-formula-injection": {
    // 500, 300, 150, 50 → A, A, B, C; the IDs and names are text, as typed.
    result: {
      customers: {
        "=1+1": ["A", 500, 1],
        "+1002": ["A", 300, 1],
        "-1003": ["B", 150, 1],
        "@1004": ["C", 50, 1],
      },
      issues: [],
      asOf: "2024-04-21",
    },
    also: (run) => {
      expect(outcomeOf(run).result.customers.map((c) => c.name)).toEqual([
        '=HYPERLINK("http://x.cn","x")',
        "+86 10 1234",
        "-cmd",
        "@SUM(1+1)*cmd|' /C calc'!A0",
      ]);
    },
  },
  "csv-ragged-and-empty-lines": {
    // Row 6 "2024-04-20,SO4" has no amount; row 10's amount is "oops" (the unterminated quote).
    // Every full line is there once: the base classes.
    result: base([
      ["missing_amount", ["sales!D6"], 1],
      ["invalid_number", ["sales!D10"], 1],
    ]),
  },
};

function label(run: WorkbookRun, key: "overall", id: string): string {
  const r = outcomeOf(run).result;
  const code = r.customers.find((c) => c.id === id)?.classes[key];
  return r.catalogue[key]?.find((e) => e.code === code)?.label ?? "?";
}

/** "Sheet!A1" of an issue, quoted as Excel quotes sheet names. */
const at = (i: { sheet: string; cell: string }) => qualifiedAddress(i.sheet, i.cell);

function customersOf(
  list: readonly {
    id: string;
    classes: Partial<Record<string, string | null>>;
    metrics: Record<string, number | null>;
  }[],
): Customers {
  return Object.fromEntries(
    list.map((c) => [
      c.id,
      [(c.classes.value ?? null) as Abc, c.metrics.monetary ?? 0, c.metrics.frequency ?? 0],
    ]),
  );
}

function issuesOf(
  list: readonly { code: string; sheet: string; cell: string; cells: string[]; count: number }[],
): IssueSpec[] {
  return list.map((i) => {
    // The first cell is `cell`; the rest in any order (grouped issues list the cells as found).
    const cells = i.cells.map((c) => qualifiedAddress(i.sheet, c));
    return [i.code, [at(i), ...cells.filter((c) => c !== at(i)).sort()], i.count];
  });
}

function sameIssues(actual: IssueSpec[], expected: IssueSpec[]): void {
  // The first cell must be one of the expected cells; compare the rest as sets.
  const norm = (l: IssueSpec[]) =>
    l
      .map(([c, cells, n]) => [c, [...cells].sort(), n])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  expect(norm(actual)).toEqual(norm(expected));
  for (const [code, cells] of actual) {
    const first = expected.some((x) => x[0] === code && x[1].includes(cells[0] ?? ""));
    expect([code, first]).toEqual([code, true]);
  }
}

/** Formulas of a workbook, "Sheet!r,c=formula". */
function formulas(state: SimWorkbookState): Set<string> {
  const out = new Set<string>();
  for (const s of state.sheets)
    s.rows.forEach((r, i) => r?.f?.forEach((f, c) => f !== undefined && out.add(`${s.name}!${i},${c}=${f}`)));
  return out;
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const cliSkip = cliMissing();
if (cliSkip) console.warn(`${cliSkip}: the CLI half of the corpus is skipped`);

test("every corpus case has an expectation, and there are at least 30 kinds", () => {
  expect(Object.keys(EXPECT).sort()).toEqual(CASES.map((c) => c.name).sort());
  expect(CASES.length).toBeGreaterThanOrEqual(30);
});

/** At most `n` at a time: the CLI processes run two by two beside the workbook-layer runs. */
function limit(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((go) => waiting.push(go));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

interface CliCase {
  run: CliRun;
  /** SHA-256 of each input file before and after the run. */
  inputs: { file: string; before: string; after: string }[];
}

const built = new Map<string, Promise<CaseFiles>>();
const cliRuns = new Map<string, Promise<CliCase | null>>();

beforeAll(() => {
  const slot = limit(2);
  for (const c of CASES) {
    const files = c.build();
    built.set(c.name, files);
    const cli = cliSkip
      ? Promise.resolve(null)
      : files.then((f) =>
          slot(async (): Promise<CliCase | null> => {
            if (!f.cli) return null;
            const dir = writeCase(f.files);
            const names = Object.keys(f.files);
            const before = names.map((n) => sha(readFileSync(join(dir, n))));
            const run = await runCli(dir, [...f.cli, ...(f.asOf ? ["--as-of", f.asOf] : [])]);
            const inputs = names.map((file, i) => ({
              file,
              before: before[i]!,
              after: sha(readFileSync(join(dir, file))),
            }));
            return { run, inputs };
          }),
        );
    // Awaited in the case's test; a rejection before then is not "unhandled".
    cli.catch(() => undefined);
    files.catch(() => undefined);
    cliRuns.set(c.name, cli);
  }
});

describe.each(CASES.map((c) => [c.name] as const))("%s", (name) => {
  const expected = EXPECT[name]!;
  let files: CaseFiles;
  let run: WorkbookRun;

  beforeAll(async () => {
    files = await built.get(name)!;
    run = await runWorkbook(files);
  });

  test(`workbook layer: ${expected.error ? `stops with ${expected.error.code}` : "classifies"}`, () => {
    if (expected.error) {
      expect(run.outcome).toBeNull();
      const e = run.error!;
      expect(e.code).toBe(expected.error.code);
      const where = e.cell ? qualifiedAddress(e.sheet ?? "", e.cell) : e.sheet;
      expect(where).toBe(expected.error.at);
      expect(e.message).toContain(expected.error.at.replace(/^.*!/, ""));
      if (expected.error.says) expect(e.message).toMatch(expected.error.says);
    } else {
      expect(run.error?.message ?? null).toBeNull();
      const { result } = outcomeOf(run);
      expect(customersOf(result.customers)).toEqual(expected.result!.customers);
      sameIssues(issuesOf(result.issues), expected.result!.issues);
      expect(result.asOf).toBe(expected.result!.asOf);
    }
    expected.also?.(run);
  });

  test("every issue names its cell in its message", () => {
    for (const i of run.outcome?.result.issues ?? []) {
      expect([i.code, i.cell]).not.toEqual([i.code, ""]);
      expect([i.code, i.message.includes(at(i))]).toEqual([i.code, true]);
    }
  });

  test("the user's cells are unchanged and no formula was created", () => {
    const skip: Record<string, Set<number>> = {};
    const o = run.outcome;
    if (o) skip[o.target.sheet] = new Set(o.placed.map((p) => p.col));
    const after = snapshotSheets(run.sim.workbook.state, run.userSheets, skip);
    const before = Object.fromEntries(
      Object.entries(run.before).map(([n, s]) => [
        n,
        { ...s, cells: new Map([...s.cells].filter(([k]) => !skip[n] || !isCol(k, skip[n]))) },
      ]),
    );
    for (const n of run.userSheets) {
      expect([n, firstDifference(before[n]!.cells, after[n]!.cells)]).toEqual([n, null]);
      expect(after[n]!.merges).toEqual(before[n]!.merges);
    }
    // A run that stopped added nothing: no sheet, no column.
    if (!o) expect(run.sim.workbook.state.sheets.map((s) => s.name)).toEqual(run.userSheets);
    // Formulas now are exactly those the user had (text written by the run never became one).
    const had = new Set<string>();
    for (const [n, snap] of Object.entries(run.before))
      for (const [k, cell] of snap.cells)
        if (cell.formula !== undefined && !k.startsWith("row ") && !k.startsWith("col "))
          had.add(`${n}!${k}=${cell.formula}`);
    expect([...formulas(run.sim.workbook.state)].sort()).toEqual([...had].sort());
  });

  (cliSkip ? test.skip : test)("the CLI: exit code, stderr, JSON, input untouched", async () => {
    const done = await cliRuns.get(name)!;
    if (!done) {
      expect(files.cli).toBeNull();
      return;
    }
    const r = done.run;
    // Never a crash: a stack trace or an exit other than 0/1 fails.
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/^\s+at /m);
    for (const i of done.inputs) expect([i.file, i.after]).toEqual([i.file, i.before]);
    const wantCode = expected.cli?.code ?? (expected.error ? 1 : 0);
    expect([r.code, r.stderr]).toEqual([wantCode, wantCode === 0 ? "" : expect.any(String)]);
    if (wantCode === 1) {
      if (expected.cli?.stderr) expect(r.stderr).toMatch(expected.cli.stderr);
      else expect(r.stderr).toContain(`[${expected.error!.at}]`);
      expect(r.json).toBeNull();
      expect(r.out).toBeNull();
    } else {
      const json = r.json as CliJson;
      const want = expected.cli?.customers ?? expected.result!.customers;
      expect(customersOf(json.customers)).toEqual(want);
      if (!expected.cli) {
        sameIssues(issuesOf(json.issues), expected.result!.issues);
        expect(json.asOf).toBe(expected.result!.asOf);
      }
      for (const i of json.issues) expect([i.code, i.message.includes(at(i))]).toEqual([i.code, true]);
      // The result workbook holds no formula the input did not have.
      const out = await loadXlsx(readFileSync(r.out!));
      const inputBook = files.files["book.xlsx"];
      const had = inputBook ? formulas(await loadXlsx(inputBook)) : new Set<string>();
      expect([...formulas(out)].filter((f) => !had.has(f))).toEqual([]);
    }
    await expected.alsoCli?.(r);
  });
});

function isCol(key: string, cols: ReadonlySet<number>): boolean {
  const m = /^(\d+),(\d+)$/.exec(key) ?? /^col (\d+)$/.exec(key);
  if (!m) return false;
  return cols.has(Number(m[2] ?? m[1]));
}
