import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import type { ExcelHost } from "../excel/host";
import { createSimulator, createWorkbookState, PAYLOAD_LIMIT_BYTES } from "../sim";
import { EN } from "./strings-en";
import { ZH } from "./strings-zh";
import { createTestBook, detectAndRun, loaded, renderPane, type TestBook } from "./test-utils";

/**
 * Sales by product, by hand. Ten lines per product and window (the rising/falling minimum is 10 prior
 * lines, engine/products/trends.ts):
 *   P1: 10 × 10 in 2024-01 (prior), 10 × 150 in 2024-05 (recent) → 1,600; growth (1500 − 100) / 100 = +1,400 %
 *   P2: 10 × 20 in 2024-01, 10 × 5 in 2024-05 → 250; growth (50 − 200) / 200 = −75 %
 *   P3: 10 × 3 in 2024-01, 10 × 3 in 2024-05/06 (the last on 2024-06-30) → 60; growth 0
 * Total 1,910. Product ABC (a 0.8, b 0.95, share before): P1 0 → A; P2 1600/1910 = 0.838 → B;
 * P3 1850/1910 = 0.969 → C. Shares 83.8 %, 13.1 %, 3.1 %.
 * As-of = the day after the last sale, 2024-07-01: the last whole month is June, so the recent window is
 * 2024-04 … 2024-06 and the prior one 2024-01 … 2024-03.
 */
function productBook(): TestBook {
  const rows: (string | number)[][] = [["客户编号", "日期", "商品编码", "金额"]];
  const line = (id: string, day: string, product: string, amount: number) =>
    rows.push([id, day, product, amount]);
  for (let k = 1; k <= 10; k++) {
    const d = String(k).padStart(2, "0");
    line("1001", `2024-01-${d}`, "P1", 10);
    line("1002", `2024-01-${d}`, "P2", 20);
    line("1002", `2024-01-${d}`, "P3", 3);
    line("1001", `2024-05-${d}`, "P1", 150);
    line("1002", `2024-05-${d}`, "P2", 5);
    line("1002", k === 10 ? "2024-06-30" : `2024-05-${d}`, "P3", 3);
  }
  const sim = createSimulator(createWorkbookState(["Sales"]));
  sim.workbook.setValues(`Sales!A1:D${rows.length}`, rows);
  const host: ExcelHost = {
    run: (batch) => sim.run(batch),
    isSetSupported: () => true,
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
  return { sim, host };
}

const texts = (table: HTMLElement, code: string) =>
  [...(table.querySelector(`tbody tr[data-code="${code}"]`)?.querySelectorAll("td") ?? [])].map(
    (td) => td.textContent,
  );

describe("products view", () => {
  test("product ABC counts and shares, top, rising and falling products", async () => {
    renderPane(productBook());
    await detectAndRun();
    fireEvent.click(screen.getByTestId("view-products"));
    await screen.findByTestId("products", {}, { timeout: 5000 });
    expect(screen.getByTestId("products-summary")).toHaveTextContent("3 products · Revenue 1,910.00");
    const abc = screen.getByTestId("products-abc");
    expect(texts(abc, "A")).toEqual(["A (key products)", "1", "83.8%"]);
    expect(texts(abc, "B")).toEqual(["B (regular products)", "1", "13.1%"]);
    expect(texts(abc, "C")).toEqual(["C (minor products)", "1", "3.1%"]);
    const top = screen.getByTestId("products-top");
    expect([...top.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-code"))).toEqual([
      "P1",
      "P2",
      "P3",
    ]);
    expect(screen.getByTestId("products-windows")).toHaveTextContent(
      EN.products.windows({
        recentFrom: "2024-04",
        recentTo: "2024-06",
        priorFrom: "2024-01",
        priorTo: "2024-03",
      }),
    );
    expect(texts(screen.getByTestId("products-rising"), "P1")).toEqual(["P1", "+1,400%"]);
    expect(texts(screen.getByTestId("products-falling"), "P2")).toEqual(["P2", "-75%"]);
    expect(within(screen.getByTestId("products-rising")).queryByText("P3")).toBeNull();
    // Sales per overall class in the last three months (April had none).
    const months = [...screen.getByTestId("products-by-class").querySelectorAll("thead th")].map(
      (th) => th.textContent,
    );
    expect(months.slice(1)).toEqual(["2024-04", "2024-05", "2024-06"]);
  });

  test("in Chinese, with the product ABC labels of the engine", async () => {
    renderPane(productBook(), "zh-CN");
    await detectAndRun();
    fireEvent.click(screen.getByTestId("view-products"));
    await screen.findByTestId("products", {}, { timeout: 5000 });
    expect(texts(screen.getByTestId("products-abc"), "A")[0]).toBe("A类（重点商品）");
    expect(screen.getByTestId("view-products")).toHaveTextContent(ZH.views.products);
  });

  test("a run from the pane writes the product sheets, with the products in ABC order", async () => {
    const book = productBook();
    renderPane(book);
    await detectAndRun();
    expect(book.sim.workbook.sheetNames()).toEqual(
      expect.arrayContaining(["Product analysis", "Product ABC list"]),
    );
    // The list ranks every product by value: P1 1,600, P2 250, P3 60 (by hand, above).
    const codes = book.sim.workbook
      .sheet("Product ABC list")
      .rows.map((r) => r?.v.find((v) => typeof v === "string" && /^P\d$/.test(v)))
      .filter((v) => v !== undefined);
    expect(codes).toEqual(["P1", "P2", "P3"]);
  });

  test("unticking the product sheets writes none (the Products view stays)", async () => {
    const book = productBook();
    renderPane(book);
    await loaded();
    fireEvent.click(screen.getByTestId("write-products"));
    await detectAndRun();
    expect(book.sim.workbook.sheetNames().some((n) => n.startsWith("Product"))).toBe(false);
    expect(screen.getByTestId("view-products")).toBeInTheDocument();
  });

  test("without a product column there is no Products view", async () => {
    renderPane(createTestBook());
    await detectAndRun();
    expect(screen.getByTestId("view-find")).toBeInTheDocument();
    expect(screen.queryByTestId("view-products")).toBeNull();
  });
});

describe("result views", () => {
  test("the summary stays the first view, and the views are tabs", async () => {
    renderPane(createTestBook());
    await detectAndRun();
    const tabs = within(screen.getByTestId("result-views")).getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("data-testid"))).toEqual(["view-summary", "view-find"]);
    expect(screen.getByRole("tab", { name: EN.views.find })).toBe(tabs[1]);
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toContainElement(screen.getByTestId("top-customers"));
  });
});
