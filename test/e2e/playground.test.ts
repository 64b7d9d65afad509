/**
 * The playground in headless Chromium, end to end: the built dist/ served from 127.0.0.1, the sample
 * workbook in the grid, the ranges mapped from the grid's selection, a run, the result columns and
 * the summary sheet in the simulated workbook, a what-if change checked against an independent ABC
 * computation, the language switch, download and opening one's own file — and no request leaves the
 * local server. Screenshots of each step go to test-artifacts/e2e/ (look at them).
 *
 * Needs `npm run build` first (CI builds before testing); skipped when Chromium is absent.
 * The steps share one page and run in order.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { label } from "../../src/engine/standard/labels";
import { RESULT_COLUMNS } from "../../src/engine/output/columns";
import { CLASS_FILLS } from "../../src/excel/palette";
import { createSimulator, createWorkbookState, loadXlsx, saveXlsx } from "../../src/sim";
import { EN } from "../../src/taskpane/strings-en";
import { ZH } from "../../src/taskpane/strings-zh";
import type { CustClassTestHook } from "../../src/playground/test-hook";
import {
  ARTIFACTS,
  assertBuilt,
  chromiumMissing,
  launch,
  openPage,
  screenshot,
  startServer,
  type Recorded,
  type Server,
} from "./harness";

jest.setTimeout(180_000);

const CUSTOMERS = "客户档案";
const SALES = "销售明细";
const SUMMARY = "客户分类汇总";
/** The sample's customer table: header in row 2, 121 rows (120 customers and one duplicate), A:L. */
const CUSTOMER_RANGE = `${CUSTOMERS}!A2:L123`;
/** The sales lines: header in row 1, 2,995 lines and the 合计 row, A:M. */
const SALES_RANGE = `${SALES}!A1:M2998`;

const missing = chromiumMissing();
if (missing) console.warn(missing);
const suite = missing ? describe.skip : describe;

/** Reads the simulated workbook through the playground's read-only hook. */
function hook<T>(page: Page, read: (h: CustClassTestHook) => T): Promise<T> {
  // The reader is sent as source text: it must not close over anything but its argument.
  return page.evaluate<T>(`(${read.toString()})(window.__custclass)`);
}

/** Waits until the element holds `text` (playwright-core has no auto-retrying expect). */
async function waitText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 60_000 });
}

function colLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

type Klass = "A" | "B" | "C";

/** Customer IDs as product.md normalises them: text, trimmed, "1023.0" → "1023". */
function normId(v: unknown): string {
  return (typeof v === "number" || typeof v === "string" ? String(v) : "").trim().replace(/\.0+$/, "");
}

function count(classes: ReadonlyMap<string, Klass | null>, k: Klass): number {
  let n = 0;
  for (const c of classes.values()) if (c === k) n += 1;
  return n;
}

/**
 * ABC as product.md states it ("Conventions that must be exact"): customers sorted by value
 * descending, ties by ID ascending (numeric-aware); A while the cumulative share *before* the customer
 * is < a, B while < b, else C; a value ≤ 0 is always C. Share of the total of the positive values.
 * Computed here from the revenue column the run wrote, independently of the engine.
 */
function abc(values: ReadonlyMap<string, number>, a: number, b: number): Map<string, Klass> {
  const ids = [...values.keys()].sort(
    (x, y) => values.get(y)! - values.get(x)! || x.localeCompare(y, "en", { numeric: true }),
  );
  const total = ids.reduce((s, id) => s + Math.max(0, values.get(id)!), 0);
  const out = new Map<string, Klass>();
  let before = 0;
  for (const id of ids) {
    const v = values.get(id)!;
    const share = before / total;
    out.set(id, v <= 0 ? "C" : share < a ? "A" : share < b ? "B" : "C");
    before += Math.max(0, v);
  }
  return out;
}

suite(
  missing
    ? `the playground in headless Chromium (SKIPPED: ${missing})`
    : "the playground in headless Chromium",
  () => {
    let server: Server | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let recorded: Recorded;
    let origin = "";
    /** Every classified customer's ABC class after the run (null: no purchases), by normalised ID. */
    let now = new Map<string, Klass | null>();
    /** Revenue per ID of the customers that bought something (one with no orders has no value class). */
    let buyers = new Map<string, number>();

    beforeAll(async () => {
      assertBuilt();
      server = await startServer();
      browser = await launch();
      ({ page, recorded } = await openPage(browser, `${server.url}playground.html?lang=zh-CN`));
      origin = server.origin;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const pane = () => page.getByTestId("task-pane");
    const grid = () => page.getByTestId("sheet-grid");
    const openSheet = async (name: string) => {
      await page.locator(`[data-testid=sheet-tab][data-sheet="${name}"]`).click();
      await page.locator(`[data-testid=sheet-grid][data-sheet="${name}"]`).waitFor();
    };

    test("loads the sample workbook into the grid, beside the task pane", async () => {
      await grid().waitFor({ timeout: 60_000 });
      await pane().getByTestId("taskpane").waitFor();
      expect(await hook(page, (h) => h.sheetNames())).toEqual([CUSTOMERS, SALES]);
      expect(await hook(page, (h) => h.fileName())).toBe("customers-demo.xlsx");
      // The header row is frozen (row 2 on 客户档案): its cells are sticky.
      expect(await grid().locator('[data-addr="A2"]').textContent()).toBe("客户编号");
      expect(
        await grid()
          .locator('[data-addr="A2"]')
          .evaluate((el) => getComputedStyle(el).position),
      ).toBe("sticky");
      // The grid shows values under their number format, as the simulator formats them (#,##0.00 here).
      await openSheet(SALES);
      const money = await hook(page, (h) => h.text("销售明细", "I2"));
      expect(money).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
      expect(await grid().locator('[data-addr="I2"]').textContent()).toBe(money);
      await waitText(pane().getByRole("heading", { level: 1 }), "CustClass");
      await screenshot(page, "loaded");
    });

    test("maps the customer and transaction ranges from the grid's selection", async () => {
      await openSheet(CUSTOMERS);
      // Click the header's first cell, then Ctrl+Shift+End: to the last used cell, as in Excel.
      await grid().locator('[data-addr="A2"]').click();
      await page.keyboard.press("Control+Shift+End");
      expect(await hook(page, (h) => h.selection())).toBe(CUSTOMER_RANGE);
      await screenshot(page, "customers-selected");
      await pane().getByTestId("use-selection-customers").click();
      await waitText(pane().getByTestId("source-label-customers"), CUSTOMERS);

      await openSheet(SALES);
      await grid().locator('[data-addr="A1"]').click();
      // Shift+click far away: the grid scrolls there first (name box), then the cell is shift-clicked.
      await page.getByTestId("name-box").fill("M2998");
      await page.getByTestId("name-box").press("Enter");
      await grid().locator('[data-addr="A1"]').click();
      await grid()
        .locator('[data-addr="M2998"]')
        .click({ modifiers: ["Shift"] });
      expect(await hook(page, (h) => h.selection())).toBe(SALES_RANGE);
      await pane().getByTestId("use-selection-transactions").click();
      await waitText(pane().getByTestId("source-label-transactions"), SALES);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="run"]')?.hasAttribute("disabled") === false,
      );
      await screenshot(page, "mapped");
    });

    test("runs, and writes the result columns beside the customers and the summary sheet", async () => {
      await pane().getByTestId("run").click();
      await page.waitForFunction((s) => window.__custclass?.sheetNames().includes(s), SUMMARY, {
        timeout: 120_000,
      });
      await pane().getByTestId("results").waitFor({ timeout: 60_000 });

      // Result headers in row 2 from column M on, in RESULT_COLUMNS order (src/engine/output/columns.ts).
      const header = (await hook(page, (h) => h.values("客户档案", "A2:AZ2")))[0]!.map(String);
      const firstResult = header.indexOf("综合分类");
      expect(firstResult).toBe(12); // column M: right after the user's 12 columns, which stay as they were
      expect(header.slice(0, 12)).toEqual([
        "客户编号",
        "客户名称",
        "客户类型",
        "所属行业",
        "员工人数",
        "营业收入(万元)",
        "资产总额(万元)",
        "所在地区",
        "NPS评分",
        "满意度(1-5)",
        "信用额度(元)",
        "备注",
      ]);
      const written = header.slice(firstResult).filter((h) => h !== "");
      const expectedOrder = RESULT_COLUMNS.map((c) => c.header["zh-CN"]).filter((h) => written.includes(h));
      expect(written).toEqual(expectedOrder);
      for (const must of ["综合分类", "建议措施", "RFM分群", "价值等级(ABC)", "销售额", "信用等级"])
        expect(written).toContain(must);

      const col = (name: string) => colLetter(header.indexOf(name));
      const table = await hook(page, (h) => h.values("客户档案", "A3:AZ123"));
      expect(table).toHaveLength(121);
      const at = (r: readonly unknown[], name: string) => r[header.indexOf(name)];
      const codeOf = new Map((["A", "B", "C"] as const).map((k) => [label("value", k, "zh-CN"), k]));

      // Every customer row has an overall class, except the second entry of the sample's one duplicated ID
      // (samples/README.md: 1057 at A59 and A113), which is reported rather than classified twice.
      const seen = new Set<string>();
      const repeats = table.map((r) => (seen.has(normId(r[0])) ? true : (seen.add(normId(r[0])), false)));
      expect(repeats.filter(Boolean)).toHaveLength(1);
      expect(table.map((r) => at(r, "综合分类") === "")).toEqual(repeats);
      const listed = table.filter((_, i) => !repeats[i]);
      now = new Map(listed.map((r) => [normId(r[0]), codeOf.get(String(at(r, "价值等级(ABC)"))) ?? null]));
      // Customers who bought: their revenue as the run wrote it. The sample has 4 who never bought.
      buyers = new Map(
        listed.filter((r) => Number(at(r, "订单数")) > 0).map((r) => [normId(r[0]), Number(at(r, "销售额"))]),
      );
      expect(listed.length - buyers.size).toBe(4);
      // Sales lines of customers missing from 客户档案 (samples/README.md: 1999, two lines) are classified too.
      const lines = await hook(page, (h) => h.values("销售明细", "A2:I2997"));
      for (const l of lines) {
        const id = normId(l[2]);
        if (id === "" || now.has(id)) continue;
        buyers.set(id, (buyers.get(id) ?? 0) + Number(String(l[8]).replace(/[¥,]/g, "")));
      }
      const unknown = [...buyers.keys()].filter((id) => !now.has(id));
      expect(unknown).toEqual(["1999"]);

      // The classes in the sheet are those an independent ABC computation gives from the revenue.
      const expected = abc(buyers, 0.8, 0.95);
      for (const [id, k] of now) expect([id, k]).toEqual([id, expected.get(id) ?? null]);
      for (const id of unknown) now.set(id, expected.get(id) ?? null);

      // The grid paints the class colours the workbook layer chose (src/excel/palette.ts).
      await openSheet(CUSTOMERS);
      await page.getByTestId("name-box").fill(`${col("价值等级(ABC)")}3`);
      await page.getByTestId("name-box").press("Enter");
      const fill = await grid()
        .locator(`[data-addr="${col("价值等级(ABC)")}4"]`)
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const rgb = (hex: string) =>
        `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
      expect(CLASS_FILLS.map(rgb)).toContain(fill);
      expect(await hook(page, (h) => h.conditionalFormatCount("客户档案"))).toBeGreaterThan(0);
      await screenshot(page, "result-columns");

      // The summary sheet: key figures, a real PivotTable and charts.
      expect(await hook(page, (h) => h.pivotTables("客户分类汇总").length)).toBeGreaterThanOrEqual(1);
      expect(await hook(page, (h) => h.charts("客户分类汇总").length)).toBeGreaterThanOrEqual(3);
      const summary = await hook(page, (h) => h.values("客户分类汇总", "A1:F200"));
      // Key figures and table headers as src/excel/summary-content.ts writes them in zh-CN.
      expect(summary.find((r) => r[0] === "客户数")?.[1]).toBe(121);
      // Its ABC table agrees with the columns and the computation above: customers per class.
      for (const k of ["A", "B", "C"] as const) {
        const row = summary.findIndex((r) => r[0] === label("value", k, "zh-CN"));
        expect(row).toBeGreaterThan(0);
        const head = summary
          .slice(0, row)
          .reverse()
          .find((r) => r.includes("客户数") && r[0] !== "客户数")!;
        expect([k, summary[row]![head.indexOf("客户数")]]).toEqual([k, count(now, k)]);
      }
      await openSheet(SUMMARY);
      await grid().locator('[data-testid="chart"]').first().waitFor();
      await screenshot(page, "summary-sheet");
    });

    test("what-if: a lower A cut-off moves customers from A to B, before anything is written", async () => {
      const version = await hook(page, (h) => h.version());
      const whatIf = pane().getByTestId("whatif");
      await whatIf.scrollIntoViewIfNeeded();
      await whatIf.getByTestId("whatif-abc.a").fill("0.6");
      // Wait for the worker's answer: the status says how many customers change class.
      const moved = ZH.whatIf
        .moved({ moved: "\u0001", total: "\u0002" })
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace("\u0001", "\\d+")
        .replace("\u0002", "[\\d,]+");
      await waitText(whatIf.getByTestId("whatif-status"), new RegExp(moved));
      // The changed threshold and the status, at the top of the what-if step.
      await whatIf.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshot(page, "what-if-threshold");
      await whatIf.getByTestId("whatif-dimension").selectOption("value");
      await waitText(
        whatIf.getByTestId("whatif-counts").locator("caption"),
        ZH.whatIf.countsCaption({ dimension: ZH.dimensions.value }),
      );

      const after = new Map([...now.keys()].map((id) => [id, abc(buyers, 0.6, 0.95).get(id) ?? null]));
      const cells = async (code: Klass) =>
        (
          await whatIf.getByTestId("whatif-counts").locator(`tr[data-code="${code}"] td`).allTextContents()
        ).map((t) => t.trim());
      for (const k of ["A", "B", "C"] as const) {
        const [before, then] = await cells(k);
        expect([k, Number(before), Number(then)]).toEqual([k, count(now, k), count(after, k)]);
      }
      expect(count(after, "A")).toBeLessThan(count(now, "A"));
      const movers = (from: Klass, to: Klass) =>
        [...now].filter(([id, k]) => k === from && after.get(id) === to).length;
      const matrixCell = (from: Klass, to: Klass) =>
        whatIf.getByTestId("whatif-matrix").locator(`td[data-from="${from}"][data-to="${to}"]`).textContent();
      expect(Number(await matrixCell("A", "B"))).toBe(movers("A", "B"));
      expect(Number(await matrixCell("A", "A"))).toBe(movers("A", "A"));
      expect(Number(await matrixCell("B", "A"))).toBe(0);
      expect(movers("A", "B")).toBeGreaterThan(0);
      // Nothing was written: the workbook is as the run left it.
      expect(await hook(page, (h) => h.version())).toBe(version);
      await whatIf.getByTestId("whatif-matrix").scrollIntoViewIfNeeded();
      await screenshot(page, "what-if");
    });

    test("switches the task pane to English", async () => {
      await pane().getByTestId("lang-switch").selectOption("en-US");
      await waitText(pane().getByTestId("step-data"), EN.steps.data);
      expect(await pane().getByTestId("taskpane").getAttribute("lang")).toBe("en-US");
      await waitText(
        pane().getByTestId("whatif-counts").locator("caption"),
        EN.whatIf.countsCaption({ dimension: EN.dimensions.value }),
      );
      expect(ZH.steps.data).not.toBe(EN.steps.data);
      await pane().getByTestId("step-data").scrollIntoViewIfNeeded();
      await screenshot(page, "english");
    });

    test("downloads the workbook with the results as an .xlsx", async () => {
      const download = page.waitForEvent("download");
      await page.getByTestId("download").click();
      const file = path.join(ARTIFACTS, "customers-demo-custclass.xlsx");
      mkdirSync(ARTIFACTS, { recursive: true });
      const d = await download;
      expect(d.suggestedFilename()).toBe("customers-demo-custclass.xlsx");
      await d.saveAs(file);
      const saved = createSimulator(await loadXlsx(readFileSync(file)));
      expect(saved.workbook.sheetNames()).toEqual(expect.arrayContaining([CUSTOMERS, SALES, SUMMARY]));
      expect(saved.workbook.getValues(`${CUSTOMERS}!M2`)).toEqual([["综合分类"]]);
    });

    test("opens the user's own workbook, with a fresh task pane", async () => {
      const state = createWorkbookState(["我的客户"]);
      createSimulator(state).workbook.setValues("我的客户!A1:B3", [
        ["客户编号", "客户名称"],
        ["C-1", "甲公司"],
        ["C-2", "乙公司"],
      ]);
      const file = path.join(ARTIFACTS, "own-book.xlsx");
      writeFileSync(file, await saveXlsx(state));
      await page.getByTestId("open-file-input").setInputFiles(file);
      await waitText(page.getByTestId("file-name"), "own-book.xlsx");
      await page.waitForFunction(() => window.__custclass?.sheetNames().join() === "我的客户");
      await waitText(grid().locator('[data-addr="B3"]'), "乙公司");
      await pane().getByTestId("results-none").waitFor();
      await screenshot(page, "own-workbook");
    });

    test("made no request outside the local server, and no page error", () => {
      const outside = recorded.requests.filter(
        (u) => !u.startsWith(`${origin}/`) && !u.startsWith("blob:") && !u.startsWith("data:"),
      );
      expect(outside).toEqual([]);
      expect(recorded.requests.length).toBeGreaterThan(3);
      expect(recorded.errors).toEqual([]);
    });
  },
);
