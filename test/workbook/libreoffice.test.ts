/**
 * The CLI-written workbook of the sample, opened by a real spreadsheet program: LibreOffice headless
 * converts it to PDF, sees the summary's PivotTable as a pivot table (a DataPilot) and rebuilds its
 * numbers from the customer sheet: its grand total must equal the engine's revenue of the customers in
 * the customer table. Skipped, with a message, when `soffice` is not installed
 * (`apt-get install -y libreoffice-calc`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { run } from "../../src/cli/run";
import type { CustomerResult } from "../../src/engine/result";
import { convertWithLibreOffice, findSoffice } from "../../src/sim/node-io";
import { SAMPLE } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

const soffice = findSoffice();
const maybe = soffice ? describe : describe.skip;
if (!soffice)
  console.warn(
    "test/workbook/libreoffice.test.ts skipped: soffice is not on PATH (apt-get install -y libreoffice-calc)",
  );

const sink = { write: () => true } as unknown as typeof process.stdout & typeof process.stderr;

maybe("LibreOffice opens the CLI's result workbook", () => {
  let dir: string;
  let xlsx: Uint8Array;
  let customers: CustomerResult[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "custclass-lo-"));
    const out = join(dir, "result.xlsx");
    const json = join(dir, "result.json");
    expect(
      await run(["classify", SAMPLE, "--out", out, "--json", json, "--quiet"], { out: sink, err: sink }),
    ).toBe(0);
    xlsx = new Uint8Array(readFileSync(out));
    customers = (JSON.parse(readFileSync(json, "utf8")) as { customers: CustomerResult[] }).customers;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the summary's PivotTable is rebuilt by LibreOffice; its grand total is the engine's revenue of the table's customers", async () => {
    const files = await convertWithLibreOffice(
      xlsx,
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      180_000,
    );
    const csv = new TextDecoder().decode(files.get("book-客户分类汇总.csv"));
    const rows = csv
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    const total = rows.find((r) => /^(Total Result|总计|Grand Total)$/.test(r[0] ?? ""));
    expect(total).toBeDefined();
    const numbers = total!
      .slice(1)
      .filter((x) => x !== "")
      .map(Number);
    // The last two columns are the grand totals: customers (counted by 客户编号) and revenue.
    const [count, revenue] = numbers.slice(-2);
    // Customers found only in the transactions (row −1, e.g. 1999 in samples/README.md) have no table row.
    const inTable = customers.filter((c) => c.row >= 0);
    const expected = inTable.reduce((s, c) => s + (c.metrics.monetary ?? 0), 0);
    expect(revenue).toBeCloseTo(expected, 2);
    // Every data row with an ID: the 120 customers plus the duplicate row of 1057 (samples/README.md).
    expect(count).toBe(121);
  }, 180_000);

  test("LibreOffice sees a DataPilot table and the charts", async () => {
    const files = await convertWithLibreOffice(xlsx, "ods", 180_000);
    const ods = await JSZip.loadAsync(files.get("book.ods")!);
    const content = await ods.file("content.xml")!.async("string");
    expect(content).toMatch(/<table:data-pilot-table [^>]*table:name="CustClassPivot"/);
    expect((content.match(/<draw:object /g) ?? []).length).toBeGreaterThanOrEqual(4);
  }, 180_000);

  test("the workbook converts to PDF with the summary and the product sheets in it", async () => {
    const files = await convertWithLibreOffice(xlsx, "pdf", 180_000);
    const pdf = files.get("book.pdf");
    expect(pdf?.length).toBeGreaterThan(10_000);
    let text: string;
    try {
      const file = join(dir, "book.pdf");
      writeFileSync(file, pdf!);
      text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    } catch {
      console.warn(
        "pdftotext is not installed (apt-get install -y poppler-utils): only the PDF's size was checked",
      );
      return;
    }
    expect(text).toContain("客户分类汇总");
    expect(text).toContain("数据质量");
    expect(text).toContain("商品分析");
    expect(text).toContain("商品ABC分析");
    // The PivotTable is left out of the summary's print area (summary-print.ts; its totals are checked
    // through the CSV export above, which ignores print areas).
    expect(text).not.toMatch(/Total Result|总计/);
  }, 180_000);
});
