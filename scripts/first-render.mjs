#!/usr/bin/env node
/**
 * The task pane's weight and speed in a real browser, for `npm run bench`:
 *   - bundle size: every script the page fetched by its first render (its <script src> tags, lazy
 *     chunks and the classifier's worker when loaded by then), raw and gzip (zlib level 9, roughly what
 *     a static host's gzip sends);
 *   - time to first render, median of N fresh page loads in headless Chromium: when the task pane was
 *     first committed to the DOM (the first element inside #container, seen by a MutationObserver
 *     installed before any script runs; on the playground, the "custclass:taskpane-first-render"
 *     mark it sets when the pane mounts beside the loaded workbook), and first contentful paint.
 * taskpane.html is loaded with Office's CDN blocked (no network here, and none is wanted): Office is
 * then undefined and the pane renders its "not in Excel" state — the same code path up to first render.
 *
 *   node scripts/first-render.mjs [--runs 5] [--dir dist] [--page taskpane|playground|both] [--json]
 *
 * Needs a built dist/ (npm run build) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 * Importable: measureFirstRender({ dir, runs, pages }) and bundleSizes(dir, page).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { serveStatic } from "./serve-static.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const PANE_MARK = "custclass:taskpane-first-render";
const DOM_MARK = "custclass:first-element";

/** Raw and gzip sizes of script files in dir (default: the ones the page's <script src> tags name). */
export function bundleSizes(dir, page, files) {
  const html = readFileSync(path.join(dir, `${page}.html`), "utf8");
  files ??= [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
  const scripts = files.map((src) => {
    const bytes = readFileSync(path.join(dir, src.replace(/^\//, "").split("?")[0]));
    return { file: src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    page,
    scripts,
    bytes: scripts.reduce((a, s) => a + s.bytes, 0),
    gzip: scripts.reduce((a, s) => a + s.gzip, 0),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

/** Before any page script: mark the moment #container first gets an element (the first React commit). */
/* global MutationObserver, document -- this function runs in the page, not in Node */
function observeFirstElement(markName) {
  const mark = () => {
    if (performance.getEntriesByName(markName).length === 0) performance.mark(markName);
  };
  new MutationObserver((_, obs) => {
    const c = document.getElementById("container");
    if (c && c.firstElementChild) {
      mark();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function loadOnce(browser, url, page) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const tab = await context.newPage();
  const outside = [];
  const scripts = [];
  tab.on("request", (r) => {
    const u = new URL(r.url());
    if (u.hostname === "127.0.0.1" && u.pathname.endsWith(".js")) scripts.push(u.pathname.slice(1));
  });
  // Nothing leaves the machine: Office's CDN (taskpane.html) and anything else off-origin is refused.
  await tab.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await tab.addInitScript(observeFirstElement, DOM_MARK);
  await tab.goto(url, { waitUntil: "load" });
  const waitFor = page === "playground" ? PANE_MARK : DOM_MARK;
  await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, waitFor, {
    timeout: 60_000,
  });
  // First contentful paint is reported a frame after the paint itself.
  await tab
    .waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, {
      timeout: 10_000,
    })
    .catch(() => {});
  const t = await tab.evaluate(
    ([pane, dom]) => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      return { pane: at(pane), dom: at(dom), fcp: at("first-contentful-paint") };
    },
    [PANE_MARK, DOM_MARK],
  );
  await context.close();
  return { ...t, outside, scripts };
}

export async function measureFirstRender({
  dir = "dist",
  runs = 5,
  pages = ["taskpane", "playground"],
} = {}) {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  for (const p of pages)
    if (!existsSync(path.join(dir, `${p}.html`)))
      throw new Error(`no ${path.join(dir, `${p}.html`)}: run \`npm run build\` first`);
  const { chromium } = await import("playwright-core");
  const server = await serveStatic(dir, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const out = [];
    for (const page of pages) {
      // One unmeasured load warms the OS file cache and Chromium's start-up paths.
      await loadOnce(browser, `${server.url}${page}.html`, page);
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await loadOnce(browser, `${server.url}${page}.html`, page));
      const firstRender = samples
        .map((s) => (page === "playground" ? s.pane : s.dom))
        .filter((x) => x !== null);
      out.push({
        page,
        runs,
        firstRenderMs: Math.round(median(firstRender)),
        firstContentfulPaintMs: Math.round(median(samples.map((s) => s.fcp).filter((x) => x !== null))),
        blockedOutsideRequests: [...new Set(samples.flatMap((s) => s.outside))],
        // What the page fetched up to first render (lazy chunks and the worker included, when loaded by then).
        bundle: bundleSizes(dir, page, [...new Set(samples.flatMap((s) => s.scripts))]),
      });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

function parseArgs(argv) {
  const o = { dir: "dist", runs: 5, pages: ["taskpane", "playground"], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") o.runs = Number(argv[++i]);
    else if (a === "--dir") o.dir = argv[++i];
    else if (a === "--page") o.pages = argv[++i] === "both" ? ["taskpane", "playground"] : [argv[i]];
    else if (a === "--json") o.json = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error("--runs must be a positive integer");
  for (const p of o.pages)
    if (p !== "taskpane" && p !== "playground")
      throw new Error(`--page: taskpane, playground or both, not ${p}`);
  return o;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const o = parseArgs(process.argv.slice(2));
    const results = await measureFirstRender(o);
    if (o.json) console.log(JSON.stringify(results, null, 2));
    else
      for (const r of results) {
        console.log(
          `${r.page}.html: first render ${r.firstRenderMs} ms, first contentful paint ${r.firstContentfulPaintMs} ms (median of ${r.runs}, headless Chromium)`,
        );
        console.log(`  scripts: ${kb(r.bundle.bytes)} raw, ${kb(r.bundle.gzip)} gzip`);
        for (const s of r.bundle.scripts)
          console.log(`    ${s.file.padEnd(72)} ${kb(s.bytes).padStart(11)} ${kb(s.gzip).padStart(11)} gzip`);
        if (r.blockedOutsideRequests.length)
          console.log(`  outside requests refused: ${r.blockedOutsideRequests.join(", ")}`);
      }
  } catch (e) {
    console.error(`first-render: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
