/**
 * `custclass classify --no-products`: the result workbook has no product sheets; without the flag the
 * sample (whose 销售明细 has 商品编码) gets both.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCli } from "../../src/cli/args";
import { run } from "../../src/cli/run";
import { loadXlsx } from "../../src/sim";

jest.setTimeout(120_000);

const SAMPLE = resolve(__dirname, "../../samples/customers-demo.xlsx");
const sink = { write: () => true } as unknown as typeof process.stdout & typeof process.stderr;

test("the flag parses; products are on by default", () => {
  expect(parseCli(["classify", "book.xlsx"])).toMatchObject({ products: true });
  expect(parseCli(["classify", "book.xlsx", "--no-products"])).toMatchObject({ products: false });
});

test("--no-products leaves the product sheets out of the result workbook", async () => {
  const dir = mkdtempSync(join(tmpdir(), "custclass-noprod-"));
  try {
    const sheets = async (extra: string[]) => {
      const out = join(dir, `r${extra.length}.xlsx`);
      expect(await run(["classify", SAMPLE, "--out", out, "-q", ...extra], { out: sink, err: sink })).toBe(0);
      return (await loadXlsx(new Uint8Array(readFileSync(out)))).sheets.map((s) => s.name);
    };
    expect(await sheets([])).toEqual(expect.arrayContaining(["商品分析", "商品ABC明细"]));
    const without = await sheets(["--no-products"]);
    expect(without).toContain("客户分类汇总");
    expect(without).not.toContain("商品分析");
    expect(without).not.toContain("商品ABC明细");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
