/**
 * A stand-in for Microsoft's office.js, served in place of the CDN's file when a test opens the real
 * task pane page (dist/taskpane.html): `Office` (onReady, context, requirements, actions), `Excel.run`
 * and its enums bound to the project's Excel simulator holding a given workbook, and `CustomFunctions`
 * (the page also loads the custom functions, which call `associate`). The simulator's TypeScript is
 * transpiled and wrapped into one classic script here (TypeScript's transpileModule, CommonJS modules
 * in a small registry): no bundler, no eval (the page's CSP forbids it), nothing from the network.
 * The simulated workbook is `window.__custclassSim` for the test to read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const ENTRIES = [
  "src/sim/simulator.ts",
  "src/sim/excel-enums.ts",
  "src/sim/office-shim.ts",
  "src/sim/state.ts",
];

/** Module id (path from the project root) → transpiled CommonJS body. */
function collect(): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    const source = readFileSync(path.join(ROOT, id), "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        isolatedModules: true,
      },
      fileName: id,
    }).outputText;
    out.set(id, js);
    for (const m of js.matchAll(/require\("(\.[^"]+)"\)/g)) visit(resolve(id, m[1]!));
  };
  for (const e of ENTRIES) visit(e);
  return out;
}

/** "./x" from "src/sim/a.ts" → "src/sim/x.ts" (the simulator imports only its own relative files). */
function resolve(from: string, spec: string): string {
  const base = path.posix.join(path.posix.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
    try {
      readFileSync(path.join(ROOT, candidate));
      return candidate;
    } catch {
      // next candidate
    }
  }
  throw new Error(`office stub: cannot resolve ${spec} from ${from}`);
}

export interface StubWorkbook {
  /** Sheets in tab order: rows of values (dates as Excel serials, null for an empty cell). */
  sheets: { name: string; rows: (string | number | boolean | null)[][] }[];
  displayLanguage: string;
}

/** The script text to serve as office.js. */
export function officeStubScript(book: StubWorkbook): string {
  const modules = collect();
  const table = new Map<string, string>();
  for (const [id, js] of modules) {
    // Requires are resolved here, so the browser side is a plain lookup.
    const body = js
      .replace(/require\("(\.[^"]+)"\)/g, (_m, spec: string) => `__req(${JSON.stringify(resolve(id, spec))})`)
      // A package (jszip, for the simulator's .xlsx parts) is not part of the stand-in: the pane never
      // saves a file through the simulator. An empty module keeps the import from failing.
      .replace(/require\("([^".][^"]*)"\)/g, "({})");
    table.set(id, `function (exports, module, __req) {\n${body}\n}`);
  }
  const defs = [...table].map(([id, fn]) => `${JSON.stringify(id)}: ${fn}`).join(",\n");
  return `/* office.js stand-in for tests (test/e2e/office-stub.ts) */
(function () {
  "use strict";
  var defs = {
${defs}
  };
  var cache = {};
  function __req(id) {
    if (cache[id]) return cache[id].exports;
    var module = { exports: {} };
    cache[id] = module;
    defs[id](module.exports, module, __req);
    return module.exports;
  }
  var book = ${JSON.stringify(book)};
  var state = __req("src/sim/state.ts").createWorkbookState(book.sheets.map(function (s) { return s.name; }));
  book.sheets.forEach(function (s, i) {
    s.rows.forEach(function (r, j) {
      state.sheets[i].rows[j] = { v: r.map(function (x) { return x === null ? undefined : x; }) };
    });
  });
  var sim = __req("src/sim/simulator.ts").createSimulator(state);
  var shim = __req("src/sim/office-shim.ts").createOfficeShim({ displayLanguage: book.displayLanguage });
  var enums = __req("src/sim/excel-enums.ts").excelEnums;
  window.__custclassSim = sim;
  var info = { host: "Excel", platform: shim.context.platform };
  window.Office = Object.assign({}, shim, {
    actions: { associate: function () {} },
    onReady: function (cb) {
      return Promise.resolve().then(function () { if (cb) cb(info); return info; });
    },
  });
  window.Excel = Object.assign({}, enums, {
    run: function (a, b) { return sim.run(typeof a === "function" ? a : b); },
  });
  function CfError(code, message) { var e = new Error(message); e.code = code; return e; }
  window.CustomFunctions = {
    associate: function () {},
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
})();
`;
}
