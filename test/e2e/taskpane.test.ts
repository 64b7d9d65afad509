/**
 * The real task pane page (dist/taskpane.html, what Office loads; not the playground) in headless
 * Chromium, with every request recorded from the first byte to the end of a full run. The page's one
 * outside URL is Microsoft's office.js; the test answers that request itself with a local stand-in
 * (office-stub.ts: Office and Excel.run over the project's simulator holding a seeded workbook), and
 * fails on any other request that leaves the page's own origin — none is expected: no fonts, no
 * telemetry, no CDN scripts. The page runs under its own Content-Security-Policy (a meta element), so
 * any CSP violation is recorded too and fails the test.
 *
 * Needs `npm run build` first (CI builds before testing); skipped when Chromium is absent.
 */
import type { Browser, Page, Request } from "playwright-core";
import { generateSynthetic, type SyntheticTable } from "../../src/fixtures/synthetic";
import type { Simulator } from "../../src/sim";
import { assertBuilt, chromiumMissing, launch, screenshot, startServer, type Server } from "./harness";
import { officeStubScript } from "./office-stub";

jest.setTimeout(180_000);

/** The only outside script taskpane.html references (src/taskpane/taskpane.html). */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CUSTOMERS = "客户";
const SALES = "销售";

const missing = chromiumMissing();
if (missing) console.warn(missing);
const suite = missing ? describe.skip : describe;

declare global {
  interface Window {
    __custclassSim?: Simulator;
    __cspViolations?: string[];
  }
}

function rows(t: SyntheticTable): (string | number | boolean | null)[][] {
  return [[...t.header], ...t.rows.map((r) => [...r])];
}

suite(
  missing
    ? `the task pane page in headless Chromium (SKIPPED: ${missing})`
    : "the task pane page in headless Chromium",
  () => {
    let server: Server | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let origin = "";
    const requests: string[] = [];
    /** Requests to anywhere but this origin and office.js: aborted, and the test fails on them. */
    const outside: string[] = [];
    const errors: string[] = [];
    const data = generateSynthetic({ customers: 40, transactions: 600, seed: 5, headers: "zh" });

    beforeAll(async () => {
      assertBuilt();
      server = await startServer();
      origin = server.origin;
      browser = await launch();
      const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
      // Everything the page asks for goes through here: own files pass, office.js gets the stand-in.
      const stub = officeStubScript({
        sheets: [
          { name: CUSTOMERS, rows: rows(data.customers) },
          { name: SALES, rows: rows(data.transactions) },
        ],
        displayLanguage: "zh-CN",
      });
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS)
          await route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
        else if (new URL(url).origin === origin) await route.continue();
        else {
          outside.push(url);
          await route.abort("blockedbyclient");
        }
      });
      // Workers' requests too (the engine runs in a Web Worker).
      context.on("request", (r: Request) => requests.push(r.url()));
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      });
      page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
      });
      await page.goto(`${server.url}taskpane.html`);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const pane = () => page.getByTestId("taskpane");

    test("loads inside the (stand-in) Office host: the pane, not the outside-Excel notice", async () => {
      await pane().waitFor({ timeout: 60_000 });
      await page.getByTestId("detect").waitFor();
      expect(await page.getByTestId("outside-excel").count()).toBe(0);
      expect(requests).toContain(OFFICE_JS);
    });

    test("a full run: detect the tables, classify, the result columns and the summary sheet", async () => {
      await page.getByTestId("detect").click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="run"]')?.hasAttribute("disabled") === false,
        null,
        {
          timeout: 60_000,
        },
      );
      await page.getByTestId("run").click();
      await page.getByTestId("results").waitFor({ timeout: 120_000 });
      const sheets = await page.evaluate(
        () => window.__custclassSim?.workbook.state.sheets.map((s) => s.name) ?? [],
      );
      expect(sheets.slice(0, 2)).toEqual([CUSTOMERS, SALES]);
      expect(sheets).toContain("客户分类汇总");
      // The result columns start right of the user's columns, in the header row (row 1).
      const header = await page.evaluate(
        (n) =>
          window.__custclassSim?.workbook.state.sheets.find((s) => s.name === n)?.rows[0]?.v.map(String) ??
          [],
        CUSTOMERS,
      );
      expect(header.slice(0, data.customers.header.length)).toEqual([...data.customers.header]);
      expect(header[data.customers.header.length]).toBe("综合分类");
      await screenshot(page, "taskpane-after-run");
    });

    test("no request left the page's origin but office.js (answered locally); no CSP violation, no error", async () => {
      expect(outside).toEqual([]);
      const foreign = requests.filter(
        (u) =>
          !u.startsWith(`${origin}/`) && u !== OFFICE_JS && !u.startsWith("data:") && !u.startsWith("blob:"),
      );
      expect(foreign).toEqual([]);
      // The page's own files were loaded (the check above is not vacuous).
      expect(requests.filter((u) => u.startsWith(`${origin}/`)).length).toBeGreaterThan(3);
      expect(await page.evaluate(() => window.__cspViolations ?? ["no recorder"])).toEqual([]);
      expect(errors).toEqual([]);
      // Requests of the engine's Web Worker are recorded too (its script is one of the own files).
      expect(requests.some((u) => /\/custclass-engine\.[^/]*\.js$/.test(u))).toBe(true);
    });

    test("the page's CSP refuses outside connections and scripts before they reach the network", async () => {
      const fetched = await page.evaluate(() =>
        fetch("https://example.com/collect").then(
          () => "sent",
          () => "refused",
        ),
      );
      expect(fetched).toBe("refused");
      await page.evaluate(() => {
        const s = document.createElement("script");
        s.src = "https://cdn.example.com/x.js";
        document.head.appendChild(s);
      });
      await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) >= 2);
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([
        "connect-src https://example.com/collect",
        "script-src-elem https://cdn.example.com/x.js",
      ]);
      // Neither got as far as a request.
      expect(outside).toEqual([]);
    });
  },
);
