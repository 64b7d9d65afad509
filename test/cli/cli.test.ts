/**
 * The CLI as users run it (product.md "Without Excel"): exit codes, the JSON contract, the input left
 * untouched, the result workbook readable. In-process through `run` (same code as the bundle).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { run } from "../../src/cli/run";
import { loadXlsx } from "../../src/sim";
import { SUMMARY_WORDS } from "../../src/excel/summary-content";
import { label } from "../../src/engine/standard/labels";
import { defaultStandard } from "../../src/engine/standard/defaults";

const LABEL_OF_OVERALL = (code: string) => label("overall", code, "en-US", defaultStandard());

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "samples/customers-demo.xlsx");
const RETAIL_30K = resolve(ROOT, "../shared/data/online-retail-sample-30k.csv");

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  return { stream, text: () => text };
}

async function cli(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await run(args, { out: out.stream as unknown as typeof process.stdout, err: err.stream as unknown as typeof process.stderr });
  return { code, out: out.text(), err: err.text() };
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("usage and exit codes", () => {
  test("no command → 2 with usage", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Usage:");
  });
  test("unknown option → 2", async () => {
    expect((await cli(["classify", SAMPLE, "--bogus"])).code).toBe(2);
  });
  test("bad --as-of → 2, naming the option", async () => {
    const r = await cli(["classify", SAMPLE, "--as-of", "2024/1/1"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--as-of");
  });
  test("--help → 0", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("custclass classify");
  });
  test("missing workbook → 1 with the file named", async () => {
    const r = await cli(["classify", "/nonexistent/book.xlsx", "--json", join(tmpdir(), "x.json")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("/nonexistent/book.xlsx");
  });
  test("a file that is not a workbook → 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "custclass-"));
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a zip");
    const r = await cli(["classify", bad, "--out", join(dir, "o.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("not a readable .xlsx");
  });
  test("an invalid standard → 1, each error with its JSON path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "custclass-"));
    const std = join(dir, "std.json");
    writeFileSync(std, JSON.stringify({ abc: { a: 0.9, b: 0.5 }, rfm: { model: "nine" } }));
    const r = await cli(["classify", SAMPLE, "--standard", std, "--out", join(dir, "o.xlsx"), "--lang", "en-US"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("abc.b");
    expect(r.err).toContain("rfm.model");
  });
});

describe("the sample workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "custclass-"));
  const out = join(dir, "result.xlsx");
  const json = join(dir, "result.json");
  let result: {
    asOf: string;
    customers: { id: string; metrics: Record<string, number | null>; scores: unknown; classes: Record<string, string | null> }[];
    issues: { severity: string; code: string; sheet: string; cell: string; cells: string[]; count: number; message: string }[];
  };
  const before = sha(SAMPLE);
  let stdout = "";

  beforeAll(async () => {
    const r = await cli(["classify", SAMPLE, "--out", out, "--json", json, "--lang", "en-US"]);
    expect(r.code).toBe(0);
    stdout = r.out;
    result = JSON.parse(readFileSync(json, "utf8")) as typeof result;
  }, 120_000);

  test("the input workbook is not modified", () => {
    expect(sha(SAMPLE)).toBe(before);
  });

  test("JSON keys of product.md keep their meaning", () => {
    // samples/README.md: the sales run to 2024-12-31, so the default as-of is the day after.
    expect(result.asOf).toBe("2025-01-01");
    const c = result.customers.find((x) => x.id === "1023");
    expect(c).toBeDefined(); // written "1023.0" in 客户档案!A25 → normalised id "1023"
    for (const x of result.customers) {
      expect(typeof x.id).toBe("string");
      expect(x.classes).toHaveProperty("rfm");
      expect(x.classes).toHaveProperty("overall");
      expect(x.classes).toHaveProperty("action");
    }
  });

  test("each documented data problem is reported at its cell (samples/README.md)", () => {
    const at = (code: string) => result.issues.find((i) => i.code === code);
    expect(at("invalid_date")).toMatchObject({ sheet: "销售明细", cell: "A1865", severity: "error" });
    expect(at("duplicate_customer_id")).toMatchObject({ sheet: "客户档案", cell: "A113" });
    expect(at("unknown_customer")).toMatchObject({ sheet: "销售明细", cell: "C2135", count: 2 });
    expect(at("total_row")).toMatchObject({ sheet: "销售明细", cell: "A2998" });
    for (const i of result.issues) {
      expect(i.cells[0]).toBe(i.cell);
      expect(i.cells.length).toBeLessThanOrEqual(100);
      expect(i.message.length).toBeGreaterThan(10);
    }
  });

  test("the result workbook has the result columns beside the customer table and the summary sheet", async () => {
    expect(existsSync(out)).toBe(true);
    const state = await loadXlsx(readFileSync(out));
    const names = state.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["客户档案", "销售明细", "Customer classification summary"]));
    const sheet = state.sheets.find((s) => s.name === "客户档案");
    const header = (sheet?.rows[1]?.v ?? []).map((v) => String(v ?? ""));
    // The user's 12 columns (A–L) first, ours after them (src/engine/output/columns.ts, en-US headers).
    expect(header.slice(0, 2)).toEqual(["客户编号", "客户名称"]);
    expect(header).toEqual(expect.arrayContaining(["Overall class", "Recommended action", "RFM segment", "Value class (ABC)"]));
    expect(header.indexOf("Overall class")).toBeGreaterThanOrEqual(12);
  });

  test("stdout summarises the classes in the summary sheet's words and names the files", () => {
    const w = SUMMARY_WORDS["en-US"];
    for (const title of [w.byOverall, w.byRfm, w.byValue]) expect(stdout).toContain(`\n${title}\n`);
    expect(stdout).toMatch(new RegExp(`${w.cls} +${w.count} +${w.rev} +${w.share}`));
    // Each overall class's line carries the number of customers the JSON gives it.
    const counts = new Map<string, number>();
    for (const c of result.customers) {
      const k = c.classes.overall ?? "";
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const [code, n] of counts) {
      const label = LABEL_OF_OVERALL(code);
      expect(stdout).toMatch(new RegExp(`\n${label.replace(/[()]/g, "\\$&")} +${n} `));
    }
    expect(stdout).toContain(out);
  });
});

describe("CSV input: the Online Retail sample", () => {
  test("rf10 counts through the CLI equal the published recipe (issue 3's numbers)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "custclass-"));
    const std = join(dir, "std.json");
    writeFileSync(std, JSON.stringify({ rfm: { model: "rf10", ties: { frequency: "rank" } }, refunds: "exclude" }));
    const json = join(dir, "r.json");
    const r = await cli(["classify", "--transactions", RETAIL_30K, "--standard", std, "--json", json, "-q"]);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(json, "utf8")) as { customers: { classes: { rfm: string | null } }[] };
    const counts: Record<string, number> = {};
    for (const c of res.customers) if (c.classes.rfm) counts[c.classes.rfm] = (counts[c.classes.rfm] ?? 0) + 1;
    expect(counts).toEqual({
      hibernating: 849,
      loyal: 623,
      champions: 535,
      at_risk: 512,
      potential_loyalist: 382,
      about_to_sleep: 298,
      need_attention: 159,
      promising: 73,
      new: 62,
      cant_lose: 53,
    });
  }, 300_000);
});

describe("--explain", () => {
  test("each customer carries the engine's explanation per dimension", async () => {
    const dir = mkdtempSync(join(tmpdir(), "custclass-"));
    const json = join(dir, "r.json");
    const r = await cli(["classify", SAMPLE, "--json", json, "--out", join(dir, "o.xlsx"), "--explain", "-q", "--lang", "en-US"]);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(json, "utf8")) as {
      customers: { id: string; classes: { value: string | null }; explain?: Record<string, string> }[];
    };
    const withValue = res.customers.filter((c) => c.classes.value !== null);
    expect(withValue.length).toBeGreaterThan(0);
    for (const c of withValue) {
      // The ABC sentence starts with the class it explains (src/engine/explain templates).
      expect(c.explain?.value?.startsWith(c.classes.value ?? "?")).toBe(true);
      expect(typeof c.explain?.overall).toBe("string");
    }
  }, 120_000);
});
