/**
 * The product sheets on real data: the full UCI Online Retail file (541,909 lines, StockCode =
 * product, Description = its name; ../shared/data/README.md) through the CLI in this process, the
 * result workbook read back. The peer is the engine itself on the CSV parsed here: classify() and
 * analyseProducts() — the sheet must list exactly its products, in its order, with shares summing to 100 %.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { run } from "../../src/cli/run";
import { classify } from "../../src/engine/classify";
import { analyseProducts, type ProductAnalysis } from "../../src/engine/products";
import { parseCsv } from "../../src/engine/read/csv";
import { loadXlsx, type SimWorkbookState } from "../../src/sim";

jest.setTimeout(300_000);

const FULL = resolve(__dirname, "../../../shared/data/online-retail-full.csv.gz");
const sink = { write: () => true } as unknown as typeof process.stdout & typeof process.stderr;

function rows(state: SimWorkbookState, sheet: string, from: number): unknown[][] {
  const s = state.sheets.find((x) => x.name === sheet)!;
  const out: unknown[][] = [];
  for (let r = from; r < s.rows.length; r++) out.push(Array.from(s.rows[r]?.v ?? [], (v) => v ?? null));
  return out;
}

describe("product sheets on the full Online Retail file", () => {
  let dir: string;
  let state: SimWorkbookState;
  let expected: ProductAnalysis;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "custclass-products-"));
    const out = join(dir, "result.xlsx");
    const argv = ["classify", "--transactions", FULL, "--out", out, "--lang", "en-US", "-q"];
    expect(await run(argv, { out: sink, err: sink })).toBe(0);
    state = await loadXlsx(new Uint8Array(readFileSync(out)));
    const raw = {
      sheet: "csv",
      top: 0,
      left: 0,
      rows: parseCsv(gunzipSync(readFileSync(FULL)).toString("utf8")),
    };
    const engine = classify({ customers: null, transactions: raw, lang: "en-US" });
    expected = analyseProducts(engine.details.tx, engine.result);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the list has every product of the peer analysis, in its rank order", () => {
    const list = rows(state, "Product ABC list", 4);
    // Thousands of stock codes (the data set's README: ~4,000 StockCodes, fewer with a CustomerID).
    expect(expected.abc.rows.length).toBeGreaterThan(3000);
    expect(list.length).toBe(expected.abc.rows.length);
    expect(list.map((r) => r[1])).toEqual(expected.abc.rows.map((r) => r.code));
    list.forEach((r, i) => expect(r[3]).toBeCloseTo(expected.abc.rows[i]!.value, 2));
  });

  test("shares sum to 100 %, the last cumulative share is 100 %", () => {
    const list = rows(state, "Product ABC list", 4);
    expect(list.reduce((s, r) => s + (r[4] as number), 0)).toBeCloseTo(1, 9);
    const cum = list.map((r) => r[5] as number);
    expect(Math.max(...cum)).toBeCloseTo(1, 9);
    // Cumulative shares never fall (rank order by value descending).
    for (let i = 1; i < cum.length; i++) expect(cum[i]! + 1e-12).toBeGreaterThanOrEqual(cum[i - 1]!);
  });

  test("the overview's class table counts the peer's A, B and C products", () => {
    const overview = rows(state, "Product analysis", 0);
    const at = overview.findIndex((r) => r[0] === "Product ABC classes");
    const table = overview.slice(at + 3, at + 3 + expected.abc.classes.length);
    expect(table.map((r) => r[3])).toEqual(expected.abc.classes.map((c) => c.products));
    expect(table.reduce((s, r) => s + (r[3] as number), 0)).toBe(expected.abc.rows.length);
  });

  test("names are the Description of each StockCode (taken from the CSV, not the stand-in sheet)", () => {
    const list = rows(state, "Product ABC list", 4);
    const named = list.filter((r) => typeof r[2] === "string" && r[2] !== "").length;
    // Every StockCode with a customer line has a Description in this file.
    expect(named).toBe(list.length);
    const heart = list.find((r) => r[1] === "85123A");
    expect(heart?.[2]).toBe("WHITE HANGING HEART T-LIGHT HOLDER");
  });
});
