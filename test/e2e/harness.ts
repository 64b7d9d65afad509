/**
 * What the browser tests need around them: the built dist/ served by scripts/serve-static.mjs on a free
 * port of 127.0.0.1 (a child process, so nothing here needs ESM), headless Debian Chromium through
 * playwright-core, every request the page makes recorded, and screenshots in test-artifacts/e2e/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "e2e");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `no Chromium at ${CHROMIUM}: the browser tests are skipped (CI installs it with apt-get install chromium; or set CHROMIUM_PATH)`;
}

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, "playground.html")))
    throw new Error(
      `${path.relative(ROOT, path.join(DIST, "playground.html"))} is missing: run \`npm run build\` before the browser tests (they test the built add-in, and build nothing themselves).`,
    );
}

export interface Server {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

export function startServer(): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, "scripts", "serve-static.mjs"), DIST, "--port", "0"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const fail = (why: string) => {
      child.kill();
      reject(new Error(`the static server did not start: ${why}\n${err}`));
    };
    const timer = setTimeout(() => fail("no answer in 10 s"), 10_000);
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => fail(`it exited with ${code}`));
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /^listening (\S+)/m.exec(out);
      if (!m?.[1]) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      const url = m[1];
      resolve({
        url,
        origin: new URL(url).origin,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) {
              done();
              return;
            }
            child.once("exit", () => {
              done();
            });
            child.kill();
          }),
      });
    });
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface Recorded {
  requests: string[];
  /** Uncaught page errors and console errors: a test fails on them. */
  errors: string[];
}

export async function openPage(browser: Browser, url: string): Promise<{ page: Page; recorded: Recorded }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  const page = await context.newPage();
  const recorded: Recorded = { requests: [], errors: [] };
  page.on("request", (r) => recorded.requests.push(r.url()));
  page.on("pageerror", (e) => recorded.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") recorded.errors.push(`console.error: ${m.text()}`);
  });
  await page.goto(url);
  return { page, recorded };
}

let shot = 0;
/** Saves test-artifacts/e2e/NN-name.png (numbered in the order taken). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  shot += 1;
  const file = path.join(ARTIFACTS, `${String(shot).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Saves test-artifacts/e2e/NN-name.png of one element (the task pane at its own width, say). */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  shot += 1;
  const file = path.join(ARTIFACTS, `${String(shot).padStart(2, "0")}-${name}.png`);
  await locator.screenshot({ path: file });
  return file;
}
