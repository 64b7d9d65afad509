/**
 * The smaller measurements of `npm run bench`: CUSTCLASS.CLASSIFY over 10k customers / 100k transactions
 * (issue 6), and the task pane's bundle size and time to first render in Chromium (issue 5, measured by
 * scripts/first-render.mjs against the built dist/). Each one reports "skipped: why" rather than failing.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { benchClassifyFunction } from "../src/functions/bench";

export function classifyFunctionSection(): string {
  const b = benchClassifyFunction({ customers: 10_000, transactions: 100_000, runs: 3 });
  return [
    "## CUSTCLASS.CLASSIFY (10k customers / 100k transactions)",
    "",
    `input ${b.inputCells.toLocaleString("en-US")} cells → spill ${b.outputRows} × ${b.outputColumns}; ` +
      `first call ${b.firstMs.toFixed(0)} ms, median of ${b.runsMs.length} later calls ${b.medianMs.toFixed(0)} ms`,
  ].join("\n");
}

export function firstRenderSection(root: string): string {
  const head = "## Task pane: bundle size and first render (headless Chromium)";
  const script = join(root, "scripts/first-render.mjs");
  if (!existsSync(join(root, "dist/taskpane.html"))) return `${head}\n\nskipped: dist/ is not built (npm run build)`;
  if (!existsSync("/usr/bin/chromium")) return `${head}\n\nskipped: /usr/bin/chromium is not installed`;
  const r = spawnSync(process.execPath, [script, "--runs", "5", "--page", "both"], { cwd: root, encoding: "utf8", timeout: 300_000 });
  if (r.status !== 0) return `${head}\n\nfailed: ${(r.stderr || r.stdout).slice(0, 500)}`;
  return `${head}\n\n${r.stdout.trim()}`;
}
