/**
 * The Content-Security-Policy of the built task pane page (dist/taskpane.html, what Office loads) and
 * of its template: data may go nowhere but the page's own origin (connect-src 'self'), scripts come
 * only from the page itself and Microsoft's Office CDN (which Office requires for office.js), never
 * from inline code or eval, and the page references no other outside file. SECURITY.md states this;
 * test/e2e/taskpane.test.ts checks the running page against it.
 *
 * Needs `npm run build` (npm test's pretest does it).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BUILT = path.join(ROOT, "dist", "taskpane.html");
const TEMPLATE = path.join(ROOT, "src", "taskpane", "taskpane.html");
/** Office's own host for office.js (learn.microsoft.com: "reference the Office JavaScript API from the CDN"). */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? "") : null;
}

function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((t) => attr(t, "http-equiv")?.toLowerCase() === "content-security-policy");
  expect(metas).toHaveLength(1);
  const content = attr(metas[0]!, "content") ?? "";
  const out = new Map<string, string[]>();
  for (const part of content.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

describe.each([
  ["the built page", BUILT],
  ["the template", TEMPLATE],
])("taskpane.html CSP: %s", (_what, file) => {
  let html = "";
  let csp = new Map<string, string[]>();

  beforeAll(() => {
    if (!existsSync(file))
      throw new Error(
        `${path.relative(ROOT, file)} is missing: run \`npm run build\` first (npm test's pretest does).`,
      );
    html = readFileSync(file, "utf8");
    csp = policyOf(html);
  });

  test("connect-src is the page's own origin only: no data leaves for another host", () => {
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
  });

  test("scripts only from the page itself and Office's CDN; no inline script, no eval", () => {
    const scripts = csp.get("script-src") ?? [];
    expect([...scripts].sort()).toEqual(["'self'", OFFICE_CDN].sort());
    // No script-src-elem / worker-src widening it.
    for (const d of ["script-src-elem", "script-src-attr", "worker-src"])
      expect([d, csp.get(d)]).toEqual([d, undefined]);
  });

  test("every other directive names no outside host", () => {
    for (const [name, values] of csp) {
      if (name === "script-src") continue;
      for (const v of values)
        expect([name, v]).toEqual([name, expect.stringMatching(/^('self'|'none'|'unsafe-inline'|data:)$/)]);
    }
    // Inline styles are Fluent UI's (Griffel); nothing else is inline.
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'none'"]);
  });

  test("the page references its own files and office.js, nothing else outside", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], "src"));
    // Every script is a file (no inline code, which the CSP would refuse anyway).
    expect(scripts.every((s) => s !== null && s !== "")).toBe(true);
    const outside = scripts.filter((s) => s !== null && /^(https?:)?\/\//i.test(s));
    expect(outside).toEqual([OFFICE_JS]);
    const links = [...html.matchAll(/<(link|img|iframe)\b[^>]*>/gi)].map(
      (m) => attr(m[0], "href") ?? attr(m[0], "src") ?? "",
    );
    expect(links.filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
    if (file === BUILT)
      for (const s of scripts)
        if (s !== OFFICE_JS) expect([s, existsSync(path.join(ROOT, "dist", s ?? ""))]).toEqual([s, true]);
  });
});
