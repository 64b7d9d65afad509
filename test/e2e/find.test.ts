/**
 * Find a customer, its card and "Go to row", and the Products view, in the playground in headless
 * Chromium: the built dist/ served from 127.0.0.1, the sample workbook, the task pane at an Office pane's
 * width (340 px). The card's explanation is compared with the engine's own explanationText for that
 * customer, computed here in node on the same sample through the simulator; the row selected is read
 * through window.__custclass. Screenshots in zh-CN and en-US go to test-artifacts/e2e/ (look at them).
 *
 * Needs `npm run build` (or build:dev) first; skipped when Chromium is absent. The steps share one page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import type { ClassifyOutcome } from "../../src/engine/classify";
import { explainCustomer, explanationText } from "../../src/engine/explain";
import type { Lang } from "../../src/engine/types";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { detectSources } from "../../src/excel/detect";
import type { ExcelHost } from "../../src/excel/host";
import type { CustClassTestHook } from "../../src/playground/test-hook";
import { createSimulator, loadXlsx, PAYLOAD_LIMIT_BYTES } from "../../src/sim";
import { EN } from "../../src/taskpane/strings-en";
import { ZH } from "../../src/taskpane/strings-zh";
import {
  assertBuilt,
  chromiumMissing,
  launch,
  openPage,
  ROOT,
  screenshot,
  screenshotOf,
  startServer,
  type Recorded,
  type Server,
} from "./harness";

jest.setTimeout(180_000);

/** Office's task pane is about 320–350 px wide; the playground's is wider, so the test narrows it. */
const PANE_PX = 340;

const missing = chromiumMissing();
if (missing) console.warn(missing);
const suite = missing ? describe.skip : describe;

function hook<T>(page: Page, read: (h: CustClassTestHook) => T): Promise<T> {
  // The reader is sent as source text: it must not close over anything but its argument.
  return page.evaluate<T>(`(${read.toString()})(window.__custclass)`);
}

/** The engine's explanation of a sample customer, from the same run in node (detect, then classify). */
async function peerExplanation(id: string, lang: Lang): Promise<string> {
  const sim = createSimulator(
    await loadXlsx(new Uint8Array(readFileSync(path.join(ROOT, "samples", "customers-demo.xlsx")))),
  );
  const host: ExcelHost = {
    run: (b) => sim.run(b),
    isSetSupported: () => true,
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
  const ctx = { host, lang: "zh-CN" as const, retryDelayMs: 0 };
  const found = await detectSources(ctx);
  const out = await classifyWorkbook(ctx, {
    customers: found.customers,
    transactions: found.transactions,
    summary: false,
  });
  const e = explainCustomer(out.engine as ClassifyOutcome, id, lang);
  if (e === null) throw new Error(`no customer ${id} in the sample`);
  return explanationText(e);
}

suite(
  missing ? `find a customer in the playground (SKIPPED: ${missing})` : "find a customer in the playground",
  () => {
    let server: Server | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let recorded: Recorded;

    beforeAll(async () => {
      assertBuilt();
      server = await startServer();
      browser = await launch();
      ({ page, recorded } = await openPage(browser, `${server.url}playground.html?lang=zh-CN`));
      await page.setViewportSize({ width: 1280, height: 1300 });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const pane = (): Locator => page.getByTestId("task-pane");
    const explainTexts = async () => (await pane().getByTestId("explain-text").allTextContents()).join("\n");

    test("runs on the sample, with the pane at an Office pane's width", async () => {
      await pane().getByTestId("taskpane").waitFor({ timeout: 60_000 });
      await pane().evaluate((el, px) => {
        const style = (el as HTMLElement).style;
        style.boxSizing = "border-box"; // the border counts, as in Office's own pane
        style.width = `${px}px`;
      }, PANE_PX);
      await page.waitForFunction(
        () => document.querySelector('[data-testid="detect"]')?.hasAttribute("disabled") === false,
      );
      await pane().getByTestId("detect").click();
      await pane().getByTestId("source-label-transactions").filter({ hasText: "销售明细" }).waitFor();
      await pane().getByTestId("source-label-customers").filter({ hasText: "客户档案" }).waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="run"]')?.hasAttribute("disabled") === false,
      );
      await pane().getByTestId("run").click();
      await pane().getByTestId("result-views").waitFor({ timeout: 120_000 });
      expect(await pane().evaluate((el) => el.getBoundingClientRect().width)).toBe(PANE_PX);
    });

    test("types part of a name, then a full-width ID; Enter opens the card with the engine's explanation", async () => {
      await pane().getByTestId("view-find").click();
      const input = pane().getByTestId("find-input");
      // Many names hold 有限公司: the first 20 are listed, and the count of the rest is said.
      await input.fill("有限公司");
      await pane().getByTestId("find-more").waitFor();
      const names = (await hook(page, (h) => h.values("客户档案", "B3:B123"))).map((r) => String(r[0]));
      // 1057 is listed twice (samples/README.md, duplicate_id): one customer, once in the search.
      const holding = new Set(
        (await hook(page, (h) => h.values("客户档案", "A3:B123")))
          .filter((r) => String(r[1]).includes("有限公司"))
          .map((r) => String(r[0]).replace(/\.0$/, "")),
      );
      expect(names.length).toBe(121);
      expect(await pane().getByTestId("find-hit").count()).toBe(20);
      expect(await pane().getByTestId("find-more").textContent()).toBe(
        ZH.find.more({ count: holding.size - 20 }),
      );
      await pane()
        .getByTestId("result-views")
        .evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(pane(), "find-many-zh");
      // 济南正恒信息技术有限公司 is customer 1023 (客户档案!A25, the text "1023.0": samples/README.md).
      await input.fill("正恒");
      await pane().locator('[data-testid="find-hit"][data-id="1023"]').waitFor();
      await input.fill("１０２３");
      await pane()
        .locator('[data-testid="find-hit"]')
        .first()
        .and(pane().locator('[data-id="1023"]'))
        .waitFor();
      await pane()
        .getByTestId("result-views")
        .evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(pane(), "find-list-zh");
      await input.press("Enter");
      const card = pane().getByTestId("customer-card");
      await card.waitFor();
      expect(await card.getAttribute("data-id")).toBe("1023");
      await pane().getByTestId("explain-text").first().waitFor();
      expect(await explainTexts()).toBe(await peerExplanation("1023", "zh-CN"));
      await card.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(pane(), "find-card-zh");
    });

    test("Go to row selects the customer's row on 客户档案 and activates the sheet", async () => {
      await page.locator('[data-testid=sheet-tab][data-sheet="销售明细"]').click();
      expect(await hook(page, (h) => h.activeSheet())).toBe("销售明细");
      await pane().getByTestId("go-to-row").click();
      await page.waitForFunction(() => window.__custclass?.activeSheet() === "客户档案");
      const selection = await hook(page, (h) => h.selection());
      // Row 25 from column A to the last result column (the header row 2 says where they end).
      const header = (await hook(page, (h) => h.values("客户档案", "A2:AZ2")))[0]!;
      let last = header.length - 1;
      while (last > 0 && header[last] === "") last--;
      const letter = (c: number) => {
        let s = "";
        for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
          s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        return s;
      };
      expect(selection).toBe(`客户档案!A25:${letter(last)}25`);
      expect(await hook(page, (h) => h.cell("客户档案", "A25"))).toBe("1023.0");
      // The grid shows that sheet with the row selected.
      await page.locator('[data-testid=sheet-grid][data-sheet="客户档案"]').waitFor();
      await screenshot(page, "find-go-to-row");
    });

    test("Explain selected row: the card of the customer in the row selected in the grid", async () => {
      // 客户档案!A30 is customer 1028 (厦门正达商贸有限公司).
      // The name box, as a user would: the grid is scrolled to the right end of the row selected before.
      await page.getByTestId("name-box").fill("B30");
      await page.getByTestId("name-box").press("Enter");
      expect(await hook(page, (h) => h.selection())).toBe("客户档案!B30");
      await pane().getByTestId("card-back").click();
      await pane().getByTestId("explain-selected").click();
      await pane().locator('[data-testid="customer-card"][data-id="1028"]').waitFor();
      expect(await pane().getByTestId("customer-card").locator("h3").textContent()).toBe(
        String(await hook(page, (h) => h.cell("客户档案", "B30"))),
      );
      // Back to 1023 for the next step.
      await pane().getByTestId("go-to-row").waitFor();
      await pane().getByTestId("card-back").click();
      await pane().getByTestId("find-input").fill("1023");
      await pane().locator('[data-testid="find-hit"][data-id="1023"]').waitFor();
      await pane().getByTestId("find-input").press("Enter");
      await pane().locator('[data-testid="customer-card"][data-id="1023"]').waitFor();
    });

    test("the card follows the language switch: the English sentences of the same customer", async () => {
      await pane().getByTestId("lang-switch").selectOption("en-US");
      await pane().getByTestId("customer-card").filter({ hasText: EN.card.why }).waitFor();
      await page.waitForFunction(
        (first) =>
          document.querySelector('[data-testid="explain-text"]')?.textContent.startsWith(first) === true,
        (await peerExplanation("1023", "en-US")).split("\n")[0]!,
      );
      expect(await explainTexts()).toBe(await peerExplanation("1023", "en-US"));
      await pane()
        .getByTestId("customer-card")
        .evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(pane(), "find-card-en");
      await pane().getByTestId("card-back").click();
      await pane().getByTestId("find-results").waitFor();
      await screenshotOf(pane(), "find-list-en");
    });

    test("the Products view: product ABC, top, rising and falling products (samples/README.md)", async () => {
      await pane().getByTestId("view-products").click();
      const view = pane().getByTestId("products");
      await view.waitFor({ timeout: 60_000 });
      // samples/README.md: 22 products. Product ABC covers each of them once.
      expect(await pane().getByTestId("products-summary").textContent()).toMatch(/^22 products/);
      const counts = await pane()
        .getByTestId("products-abc")
        .locator("tbody tr td:nth-child(2)")
        .allTextContents();
      expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(22);
      // Rising and falling as engine/products/trends.ts defines them: growth ≥ +20 %, ≤ −20 % (the
      // recent three months against the three before; the sample's yearly trends of samples/README.md
      // are a longer view, and its seasonality shows here).
      const growth = async (id: string) =>
        (await pane().getByTestId(id).locator("tbody tr td:nth-child(2)").allTextContents()).map((g) =>
          Number(g.replace(/[%,+]/g, "").replace("−", "-")),
        );
      const rising = await growth("products-rising");
      const falling = await growth("products-falling");
      expect(rising.length + falling.length).toBeGreaterThan(0);
      for (const g of rising) expect(g).toBeGreaterThanOrEqual(20);
      for (const g of falling) expect(g).toBeLessThanOrEqual(-20);
      await view.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(pane(), "products-en");
      await pane().getByTestId("lang-switch").selectOption("zh-CN");
      await pane().getByTestId("view-products").filter({ hasText: ZH.views.products }).waitFor();
      await view.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(pane(), "products-zh");
      await pane().getByTestId("products-by-class").scrollIntoViewIfNeeded();
      await screenshotOf(pane(), "products-by-class-zh");
    });

    test("in the dark theme (Office's black or dark grey): the card and the products, readable", async () => {
      const dark = await openPage(browser!, `${server!.url}playground.html?lang=en-US&theme=dark`);
      const p = dark.page;
      await p.setViewportSize({ width: 1280, height: 1300 });
      const darkPane = p.getByTestId("task-pane");
      await darkPane.getByTestId("taskpane").waitFor({ timeout: 60_000 });
      await darkPane.evaluate((el, px) => {
        const style = (el as HTMLElement).style;
        style.boxSizing = "border-box";
        style.width = `${px}px`;
      }, PANE_PX);
      await p.waitForFunction(
        () => document.querySelector('[data-testid="detect"]')?.hasAttribute("disabled") === false,
      );
      await darkPane.getByTestId("detect").click();
      await p.waitForFunction(
        () => document.querySelector('[data-testid="run"]')?.hasAttribute("disabled") === false,
      );
      await darkPane.getByTestId("run").click();
      await darkPane.getByTestId("result-views").waitFor({ timeout: 120_000 });
      await darkPane.getByTestId("view-find").click();
      await darkPane.getByTestId("find-input").fill("1023");
      await darkPane.locator('[data-testid="find-hit"][data-id="1023"]').waitFor();
      await darkPane.getByTestId("find-input").press("Enter");
      await darkPane.getByTestId("explain-text").first().waitFor();
      // The pane is painted by its own (dark) FluentProvider: a dark background, light text.
      const colours = await darkPane.getByTestId("customer-card").evaluate((el) => {
        const rgb = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        let bg = "rgba(0, 0, 0, 0)";
        for (let e: Element | null = el; e && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); e = e.parentElement)
          bg = getComputedStyle(e).backgroundColor;
        return { bg: rgb(bg), fg: rgb(getComputedStyle(el.querySelector("h3")!).color) };
      });
      expect(Math.max(...colours.bg)).toBeLessThan(80);
      expect(Math.min(...colours.fg)).toBeGreaterThan(180);
      await darkPane.getByTestId("customer-card").evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(darkPane, "find-card-dark");
      await darkPane.getByTestId("view-products").click();
      await darkPane.getByTestId("products").waitFor({ timeout: 60_000 });
      await darkPane.getByTestId("products").evaluate((el) => el.scrollIntoView({ block: "start" }));
      await screenshotOf(darkPane, "products-dark");
      expect(dark.recorded.errors).toEqual([]);
      await p.context().close();
    });

    test("no page error", () => {
      expect(recorded.errors).toEqual([]);
    });
  },
);
