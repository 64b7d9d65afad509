/**
 * Transactions but no customer table (the sample's 销售明细 alone): a customer sheet is created listing
 * every customer found, with the same result columns as on a user's table.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { removeResults } from "../../src/excel/remove";
import { RESULT_COLUMNS } from "../../src/engine/output/columns";
import { contextOf, SALES_SHEET, sampleSim, workbookShape } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

describe("transactions only", () => {
  test("a customer sheet lists every customer of the transactions, with the result columns", async () => {
    const sim = await sampleSim();
    const shape = workbookShape(sim.workbook.state);
    const out = await classifyWorkbook(contextOf(sim), {
      customers: null,
      transactions: { kind: "sheet", sheet: SALES_SHEET },
    });
    expect(out.target.sheet).toBe("客户分类结果");
    expect(sim.workbook.sheetNames()).toEqual([
      "客户档案",
      SALES_SHEET,
      "客户分类结果",
      "客户分类汇总",
      "商品分析",
      "商品ABC明细",
    ]);

    // Expected customers: the distinct IDs in 销售明细!C (samples/README.md: header in row 1, 2,995 lines,
    // then the 合计 row whose C is empty), read straight from the sheet.
    const sales = sim.workbook.sheet(SALES_SHEET);
    const ids = new Set<string>();
    for (let r = 1; r < sales.rows.length; r++) {
      const v = sales.rows[r]?.v[2];
      if (v !== undefined && v !== "") ids.add(String(v));
    }
    const sheet = sim.workbook.sheet("客户分类结果");
    const listed = sheet.rows.slice(1).map((r) => String(r?.v[0] ?? ""));
    expect(new Set(listed)).toEqual(ids);
    expect(listed.length).toBe(ids.size);

    // Header: ID, name, then our columns in RESULT_COLUMNS order.
    const header = sheet.rows[0]!.v;
    expect(header.slice(0, 2)).toEqual(["客户编号", "客户名称"]);
    const zh = RESULT_COLUMNS.map((c) => c.header["zh-CN"]);
    expect(header.slice(2)).toEqual(zh.filter((h) => header.includes(h)));
    expect(out.placed.map((p) => p.col)).toEqual(out.placed.map((_, i) => 2 + i));

    // Names that look like formulas stay text (samples/README.md: 1045 "=HYPERLINK(…)", 1078 "+86 …").
    const nameOf = (id: string) => sheet.rows.find((r) => String(r?.v[0]) === id)?.v[1];
    expect(nameOf("1045")).toBe('=HYPERLINK("https://shop.example.cn/yph","优品汇网店")');
    expect(nameOf("1078")).toBe("+86 138 0013 8000 王先生");
    expect(sheet.rows.some((r) => r?.f?.some((f) => f !== undefined))).toBe(false);

    // Rerun: the same sheet again (not a second one); remove takes it away.
    await classifyWorkbook(contextOf(sim), {
      customers: null,
      transactions: { kind: "sheet", sheet: SALES_SHEET },
    });
    expect(sim.workbook.sheetNames()).toEqual([
      "客户档案",
      SALES_SHEET,
      "客户分类结果",
      "客户分类汇总",
      "商品分析",
      "商品ABC明细",
    ]);
    const removed = await removeResults(contextOf(sim));
    expect(removed.sheets.sort()).toEqual(["客户分类汇总", "客户分类结果", "商品分析", "商品ABC明细"].sort());
    expect(workbookShape(sim.workbook.state)).toEqual({ ...shape, settings: ["custclass.lastRun"] });
  });

  test("a user's sheet named like ours is never taken over", async () => {
    const sim = await sampleSim();
    sim.workbook.addSheet("客户分类结果");
    sim.workbook.setValues("客户分类结果!A1", [["我的表"]]);
    const out = await classifyWorkbook(contextOf(sim), {
      customers: null,
      transactions: { kind: "sheet", sheet: SALES_SHEET },
    });
    expect(out.target.sheet).toBe("客户分类结果 (2)");
    expect(sim.workbook.getValues("客户分类结果!A1")).toEqual([["我的表"]]);
    await removeResults(contextOf(sim));
    expect(sim.workbook.sheetNames()).toContain("客户分类结果");
    expect(sim.workbook.sheetNames()).not.toContain("客户分类结果 (2)");
  });
});
