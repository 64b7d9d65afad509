/**
 * Fuzzing with generated tables (fast-check, the global fixed seed of test/setup/fast-check.ts; set
 * FC_SEED=random to explore): recognisable headers over junk cells — numbers of every size, text
 * dates, error values, formula-like text, blanks, totals, full-width digits — at random places.
 *  1. the engine: never throws, every issue names its cell in its message, classes are codes of the
 *     standard and metrics are finite;
 *  2. the workbook layer on the simulator: never throws anything but a WorkbookError that names a
 *     sheet, leaves every user cell as it was, creates no formula;
 *  3. the real CLI process on a few random CSV and .xlsx files: exits 0 or 1 within a generous hang
 *     guard, no stack trace, leaves its input untouched, and its JSON issues name their cells.
 * Bounded (numRuns) so the file runs in well under a minute under jest.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { classify } from "../../src/engine/classify";
import { qualifiedAddress } from "../../src/engine/read/messages";
import type { Cell, Issue, RawTable } from "../../src/engine/types";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { WorkbookError } from "../../src/excel/errors";
import { CellError, createSimulator, createWorkbookState, type CellValue } from "../../src/sim";
import { contextOf, firstDifference, snapshotSheets } from "../workbook/helpers";
import { cliMissing, runCli, writeCase } from "./run";

jest.setTimeout(180_000);

const CUSTOMER_HEADERS = [
  "客户编号",
  "客户名称",
  "所属行业",
  "员工人数",
  "营业收入(万元)",
  "NPS评分",
  "满意度",
  "地区",
  "Customer ID",
  "Name",
];
const SALES_HEADERS = [
  "日期",
  "单据编号",
  "客户编号",
  "金额",
  "数量",
  "单价",
  "成本",
  "到期日",
  "付款日期",
  "已付金额",
  "存货编码",
  "InvoiceDate",
  "CustomerID",
  "Amount",
  "Quantity",
  "UnitPrice",
];

const junk: fc.Arbitrary<Cell> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom("1001", "1002", "c1001", "１００２", 1003, 1004.0, "1005.0", " 1006 "),
  },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 36_000, max: 47_000 }) }, // Excel serials 1998–2028
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 60, -0, 1e15, 1e308, -1e-12, 9.99999999999999e307, 2_958_466) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "2024-03-05",
      "2024/3/5",
      "5/3/2024",
      "13/3/2024",
      "2024年3月5日",
      "2024-02-30",
      "1899-12-31",
      "Mar 5, 2024",
      "20240305",
      "¥5,000",
      "$3.50",
      "(500.00)",
      "1,234.50",
      "50,00",
      "合计",
      "汇总",
      "Total",
      "#N/A",
      "#DIV/0!",
      "=1+1",
      "+86 138",
      "-abc",
      "@SUM(A1)",
      "=cmd|' /C calc'!A0",
      "😀",
      "𠀀",
      "",
      " ",
      "-",
      "TRUE",
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

interface Table {
  top: number;
  left: number;
  rows: Cell[][];
}

function table(headers: readonly string[], maxRows: number): fc.Arbitrary<Table> {
  return fc
    .record({
      top: fc.nat(4),
      left: fc.nat(3),
      title: fc.boolean(),
      header: fc.shuffledSubarray([...headers], { minLength: 0, maxLength: 7 }),
      extra: fc.array(junk, { maxLength: 2 }),
      body: fc.array(fc.array(junk, { minLength: 0, maxLength: 9 }), { maxLength: maxRows }),
    })
    .map(({ top, left, title, header, extra, body }) => ({
      top,
      left,
      rows: [...(title ? [["某某公司销售明细"] as Cell[]] : []), [...header, ...extra], ...body],
    }));
}

const SHEET_NAMES = ["销售", "Sales 2024's", "客户", "Sheet1"] as const;

const input = fc.record({
  customers: fc.option(table(CUSTOMER_HEADERS, 8), { nil: null }),
  sales: fc.option(table(SALES_HEADERS, 14), { freq: 6, nil: null }),
  salesSheet: fc.constantFrom(...SHEET_NAMES.filter((n) => n !== "客户")),
  lang: fc.constantFrom("zh-CN" as const, "en-US" as const),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

const raw = (sheet: string, t: Table): RawTable => ({ sheet, top: t.top, left: t.left, rows: t.rows });

/** Every issue names a cell, and its message quotes it as Excel writes it (Sheet!A1 / 'Sh eet'!A1). */
function issuesNameCells(issues: readonly Issue[]): void {
  for (const i of issues) {
    expect([i.code, i.cell]).not.toEqual([i.code, ""]);
    expect([i.code, i.message.includes(qualifiedAddress(i.sheet, i.cell))]).toEqual([i.code, true]);
  }
}

describe("the engine on random tables", () => {
  test("never throws; issues name their cells; classes and metrics are sane", () => {
    fc.assert(
      fc.property(input, (x) => {
        const out = classify({
          customers: x.customers ? raw("客户", x.customers) : null,
          transactions: x.sales ? raw(x.salesSheet, x.sales) : null,
          lang: x.lang,
        });
        issuesNameCells(out.result.issues);
        for (const c of out.result.customers) {
          expect(["A", "B", "C", null, undefined]).toContain(c.classes.value);
          for (const [k, v] of Object.entries(c.metrics))
            expect([k, v === null || Number.isFinite(v)]).toEqual([k, true]);
          if (c.scores)
            for (const s of [c.scores.r, c.scores.f, c.scores.m]) expect(s >= 1 && s <= 5).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A cell as a loaded .xlsx holds it: error texts as error values, null as no cell. */
function simValue(v: Cell): CellValue | undefined {
  if (v === null) return undefined;
  if (typeof v === "string" && /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(v))
    return new CellError(v);
  return v;
}

function fill(state: ReturnType<typeof createWorkbookState>, name: string, t: Table): void {
  const sheet = state.sheets.find((s) => s.name === name)!;
  t.rows.forEach((r, i) => {
    const v: (CellValue | undefined)[] = [];
    r.forEach((c, j) => (v[t.left + j] = simValue(c)));
    sheet.rows[t.top + i] = { v };
  });
}

describe("the workbook layer on random sheets", () => {
  test("stops only with a WorkbookError naming a sheet; user cells unchanged; no formula created", async () => {
    let classified = 0;
    let stopped = 0;
    await fc.assert(
      fc.asyncProperty(input, async (x: Input) => {
        // With no table at all there is nothing to run (the task pane asks for one first).
        fc.pre(x.customers !== null || x.sales !== null);
        const names = [...(x.customers ? ["客户"] : []), ...(x.sales ? [x.salesSheet] : [])];
        const state = createWorkbookState(names.length > 0 ? names : ["Sheet1"]);
        if (x.customers) fill(state, "客户", x.customers);
        if (x.sales) fill(state, x.salesSheet, x.sales);
        const sim = createSimulator(state);
        const user = state.sheets.map((s) => s.name);
        const before = snapshotSheets(state, user);
        let placed: { sheet: string; cols: Set<number> } | null = null;
        try {
          const out = await classifyWorkbook(contextOf(sim, x.lang), {
            customers: x.customers ? { kind: "sheet", sheet: "客户" } : null,
            transactions: x.sales ? { kind: "sheet", sheet: x.salesSheet } : null,
          });
          placed = { sheet: out.target.sheet, cols: new Set(out.placed.map((p) => p.col)) };
          issuesNameCells(out.result.issues);
          expect(out.result.customers.length).toBeGreaterThan(0);
          classified++;
        } catch (e) {
          if (!(e instanceof WorkbookError)) throw e;
          stopped++;
          expect(e.sheet ?? "").not.toBe("");
          // A stop changes nothing: no sheet added.
          expect(sim.workbook.state.sheets.map((s) => s.name)).toEqual(user);
        }
        const skip: Record<string, Set<number>> = placed ? { [placed.sheet]: placed.cols } : {};
        const after = snapshotSheets(sim.workbook.state, user, skip);
        for (const n of user) {
          const was = new Map(
            [...before[n]!.cells].filter(
              ([k]) => !skip[n]?.has(Number(/^\d+,(\d+)$/.exec(k)?.[1] ?? /^col (\d+)$/.exec(k)?.[1] ?? -1)),
            ),
          );
          expect([n, firstDifference(was, after[n]!.cells)]).toEqual([n, null]);
        }
        for (const s of sim.workbook.state.sheets)
          for (const r of s.rows) expect(r?.f?.filter((f) => f !== undefined) ?? []).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // Not vacuous: both outcomes happen, and classifying runs are common (the headers are recognisable).
    console.log(`workbook fuzz: ${classified} classified, ${stopped} stopped`);
    expect(classified).toBeGreaterThanOrEqual(30);
    expect(stopped).toBeGreaterThanOrEqual(5);
  });
});

const cliSkip = cliMissing();
if (cliSkip) console.warn(`${cliSkip}: the CLI fuzz runs are skipped`);

function csvText(t: Table): string {
  const q = (c: Cell) => {
    const s = c === null ? "" : String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return t.rows.map((r) => r.map(q).join(",")).join("\r\n");
}

async function xlsxBytes(x: Input): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, t] of [
    ["客户", x.customers],
    [x.salesSheet, x.sales],
  ] as const) {
    if (!t) continue;
    const ws = wb.addWorksheet(name);
    t.rows.forEach((r, i) =>
      r.forEach((c, j) => {
        const v = simValue(c);
        ws.getCell(t.top + i + 1, t.left + j + 1).value =
          v instanceof CellError ? { error: v.code as ExcelJS.CellErrorValue["error"] } : (v ?? null);
      }),
    );
  }
  if (wb.worksheets.length === 0) wb.addWorksheet("Sheet1");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

(cliSkip ? describe.skip : describe)("the CLI process on random files", () => {
  // Three workbooks and three CSV files: each a cold process start (seconds on a busy machine).
  const samples = fc.sample(input, { numRuns: 6 });

  test.each(samples.map((x, i) => [i, i % 2 === 0 ? "xlsx" : "csv", x] as const))(
    "random input %i (%s): exit 0 or 1, no crash, input untouched, issues at their cells",
    async (_i, kind, x) => {
      const files: Record<string, Uint8Array> = {};
      const args: string[] = [];
      if (kind === "xlsx") {
        files["book.xlsx"] = await xlsxBytes(x);
        args.push("book.xlsx");
      } else {
        if (x.customers) files["customers.csv"] = new Uint8Array(Buffer.from(csvText(x.customers)));
        files["sales.csv"] = new Uint8Array(
          Buffer.from(csvText(x.sales ?? { top: 0, left: 0, rows: [["金额"]] })),
        );
        if (x.customers) args.push("--customers", "customers.csv");
        args.push("--transactions", "sales.csv");
      }
      const dir = writeCase(files);
      const hash = (f: string) =>
        createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex");
      const before = Object.keys(files).map(hash);
      const r = await runCli(dir, args, x.lang);
      expect(r.signal).toBeNull();
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(Object.keys(files).map(hash)).toEqual(before);
      if (r.code === 1) expect(r.stderr).toMatch(/^custclass: \S/);
      else issuesNameCells((r.json?.issues ?? []) as Issue[]);
    },
  );
});
