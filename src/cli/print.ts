import type { Lang } from "../engine/types";
import type { ClassifyWorkbookOutcome } from "../excel/classify-workbook";
import { SUMMARY_WORDS } from "../excel/summary-content";

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padLeft = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

function table(rows: string[][], rightAligned: Set<number>): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? "")))) ?? [];
  return rows
    .map((r) => r.map((cell, c) => (rightAligned.has(c) ? padLeft(cell, widths[c] ?? 0) : pad(cell, widths[c] ?? 0))).join("  "))
    .join("\n");
}

/** The summary sheet's words (SUMMARY_WORDS), plus what only the terminal says. */
const T = {
  "zh-CN": { ...SUMMARY_WORDS["zh-CN"], asOf: "统计截止日", out: "结果工作簿", json: "JSON 结果" },
  "en-US": { ...SUMMARY_WORDS["en-US"], asOf: "As of", out: "Result workbook", json: "JSON result" },
};
const TITLES = { overall: "byOverall", rfm: "byRfm", value: "byValue" } as const;

/** The summary a user reads after a run: counts and revenue per class, the data problems, the files. */
export function printSummary(
  out: NodeJS.WritableStream,
  outcome: ClassifyWorkbookOutcome,
  files: { out: string | null; json: string | null; lang: Lang },
): void {
  const t = T[files.lang];
  const r = outcome.result;
  const nf = new Intl.NumberFormat(files.lang, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const lines: string[] = [];
  lines.push(`${t.asOf}: ${r.asOf}   ${t.customers}: ${r.summary.customers}   ${t.revenue}: ${nf.format(r.summary.revenue)}`);
  // Per dimension: the summary sheet's table titles and column headers.
  for (const key of ["overall", "rfm", "value"] as const) {
    const counts = r.summary.byDimension[key];
    if (!counts?.length) continue;
    lines.push("", t[TITLES[key]]);
    lines.push(
      table(
        [[t.cls, t.count, t.rev, t.share], ...counts.map((c) => [c.label, String(c.customers), nf.format(c.revenue), `${(c.revenueShare * 100).toFixed(1)}%`])],
        new Set([1, 2, 3]),
      ),
    );
  }
  if (r.issues.length > 0) {
    lines.push("", `${t.dq} (${r.issues.length})`);
    for (const i of r.issues) lines.push(`  [${i.severity}] ${i.message}`);
  }
  for (const w of outcome.warnings) lines.push(`  [warning] ${w.message}`);
  lines.push("");
  if (files.out) lines.push(`${t.out}: ${files.out}`);
  if (files.json) lines.push(`${t.json}: ${files.json}`);
  out.write(`${lines.join("\n")}\n`);
}
