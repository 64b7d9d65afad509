import { createSimulator, createWorkbookState } from "../sim";
import { downloadName, sessionFor } from "./session";
import { installTestHook } from "./test-hook";

function session() {
  const state = createWorkbookState(["客户档案", "Data"]);
  const sim = createSimulator(state);
  sim.workbook.setValues("客户档案!A1:B2", [
    ["客户编号", "金额"],
    ["1001", 1234.5],
  ]);
  sim.workbook.setNumberFormats("客户档案!B2", [["#,##0.00"]]);
  return sessionFor(sim, "book.xlsx");
}

describe("session", () => {
  test("every batch the task pane runs bumps the version, also when it fails", async () => {
    const s = session();
    const seen: number[] = [];
    s.subscribe(() => seen.push(s.version()));
    await s.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [[42]];
      await ctx.sync();
    });
    expect(s.sim.workbook.getValues("Data!A1")).toEqual([[42]]);
    await expect(s.host.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(seen).toEqual([1, 2]);
    expect(s.running()).toBe(0);
  });

  test("the host reports the simulator's requirement sets and Excel on the web's payload limit", () => {
    const s = session();
    expect(s.host.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(s.host.isSetSupported("ExcelApi", "99.0")).toBe(false);
    // 5 MB per request on Excel on the web (learn.microsoft.com, "Resource limits and performance optimization").
    expect(s.host.payloadLimitBytes).toBe(5 * 1024 * 1024);
  });

  test.each([
    ["客户.xlsx", "客户-custclass.xlsx"],
    ["Book.XLSX", "Book-custclass.xlsx"],
    ["x-custclass.xlsx", "x-custclass.xlsx"],
    [".xlsx", "workbook-custclass.xlsx"],
  ])("download name of %p is %p", (from, to) => expect(downloadName(from)).toBe(to));
});

describe("the read-only test hook", () => {
  test("reads values, formatted text, sheets and the selection of the open workbook", () => {
    const s = session();
    installTestHook(() => s);
    const hook = window.__custclass!;
    expect(hook.sheetNames()).toEqual(["客户档案", "Data"]);
    // setValues types like a user: "1001" is entered as the number 1001 (Excel's entry rules).
    expect(hook.cell("客户档案", "A2")).toBe(1001);
    expect(hook.cell("客户档案", "B2")).toBe(1234.5);
    expect(hook.text("客户档案", "B2")).toBe("1,234.50");
    expect(hook.cell("Data", "Z99")).toBe("");
    expect(hook.values("客户档案", "A1:B1")).toEqual([["客户编号", "金额"]]);
    s.sim.workbook.select("Data!B2:C3");
    expect(hook.activeSheet()).toBe("Data");
    expect(hook.selection()).toBe("Data!B2:C3");
    expect(Object.isFrozen(hook)).toBe(true);
  });
  test("says so when no workbook is open yet", () => {
    installTestHook(() => null);
    expect(() => window.__custclass!.sheetNames()).toThrow("no workbook is open yet");
    expect(window.__custclass!.version()).toBe(0);
  });
});
