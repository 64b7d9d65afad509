import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cellOf, createTestBook, detectAndRun, loaded, renderPane } from "./test-utils";

describe("task pane", () => {
  test("outside Excel it says so, and nothing else is offered", () => {
    renderPane(null, "en-US");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("CustClass 客户分类");
    expect(screen.getByTestId("outside-excel")).toHaveTextContent("Not running inside Excel");
    expect(screen.queryByTestId("run")).toBeNull();
  });

  test("auto-detect, run, see customers and revenue per class (hand count in test-utils.tsx)", async () => {
    const book = createTestBook();
    renderPane(book);
    await detectAndRun();
    expect(screen.getByTestId("source-label-customers")).toHaveTextContent("Customers");
    expect(screen.getByTestId("message-bar")).toHaveAttribute("data-intent", "success");
    expect(screen.getByTestId("message-text")).toHaveTextContent("Classified 4 customers");

    fireEvent.change(screen.getByTestId("results-dimension"), { target: { value: "value" } });
    const chart = screen.getByTestId("results-chart");
    // A = {1001: 50, 1002: 30} → 2 customers, 80 % of 100; B = {1003: 15} → 15 %; C = {1004: 5} → 5 %
    // (the line with a date that is not a date is left out and reported).
    expect(cellOf(chart, "A", 1)).toBe("2");
    expect(cellOf(chart, "A", 2)).toBe("80%");
    expect(cellOf(chart, "B", 1)).toBe("1");
    expect(cellOf(chart, "C", 2)).toBe("5%");
    expect(within(screen.getByTestId("results-totals")).getByText("100.00")).toBeInTheDocument();

    // The columns were written beside the customer table in the workbook.
    const header = book.sim.workbook.getValues("Customers!A1:Z1")[0] ?? [];
    expect(header.filter((v) => v !== null && v !== "").length).toBeGreaterThan(3);
    // Top customers: largest revenue first.
    const top = screen.getByTestId("top-customers");
    expect(within(top).getAllByRole("row")[1]).toHaveTextContent("1001");
  });

  test("the progress bar shows the phases while running", async () => {
    const book = createTestBook();
    renderPane(book);
    await loaded();
    fireEvent.click(screen.getByTestId("detect"));
    await waitFor(() => expect(screen.getByTestId("run")).toBeEnabled());
    fireEvent.click(screen.getByTestId("run"));
    expect(screen.getByTestId("progress")).toBeInTheDocument();
    expect(screen.getByTestId("cancel")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("results")).toBeInTheDocument(), { timeout: 5000 });
    expect(screen.queryByTestId("cancel")).toBeNull();
    expect(screen.getByTestId("progress")).toHaveAttribute("aria-valuenow", "1");
  });

  test("Escape cancels a run and says so", async () => {
    const book = createTestBook();
    renderPane(book);
    await loaded();
    fireEvent.click(screen.getByTestId("detect"));
    await waitFor(() => expect(screen.getByTestId("run")).toBeEnabled());
    fireEvent.click(screen.getByTestId("run"));
    fireEvent.keyDown(document, { key: "Escape" });
    await waitFor(() => expect(screen.getByTestId("message-bar")).toHaveAttribute("data-intent", "info"));
    expect(screen.getByTestId("message-text")).toHaveTextContent("Cancelled");
    expect(screen.queryByTestId("results")).toBeNull();
    expect(screen.getByTestId("run")).toBeEnabled();
  });

  test("a data problem links to its cell, and the link selects it in Excel", async () => {
    const book = createTestBook();
    renderPane(book);
    await detectAndRun();
    const issues = screen.getByTestId("issues");
    const link = within(issues).getByRole("button", { name: "Go to Sales!B6" });
    fireEvent.click(link);
    await waitFor(() => {
      const active = book.sim.workbook.state.activeSheet;
      expect(active?.name).toBe("Sales");
      expect(active?.selection).toEqual({ r0: 5, c0: 1, r1: 5, c1: 1 });
    });
  });

  test("remove results takes the columns away again", async () => {
    const book = createTestBook();
    renderPane(book);
    await detectAndRun();
    fireEvent.click(screen.getByTestId("remove-results"));
    await waitFor(() => expect(screen.getByTestId("message-text")).toHaveTextContent("Removed"));
    expect(screen.getByTestId("results-none")).toBeInTheDocument();
    expect(book.sim.workbook.getValues("Customers!D1:Z1")[0]?.every((v) => v === null || v === "")).toBe(
      true,
    );
  });

  test("the language switch changes every text, and numbers follow the locale", async () => {
    const book = createTestBook();
    renderPane(book);
    await detectAndRun();
    expect(screen.getByRole("button", { name: "Classify" })).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("lang-switch"), { target: { value: "zh-CN" } });
    expect(screen.getByRole("button", { name: "开始分类" })).toBeInTheDocument();
    expect(screen.getByText("1 · 数据")).toBeInTheDocument();
    // The message bar re-renders its message in Chinese.
    expect(screen.getByTestId("message-text")).toHaveTextContent("已对 4 位客户完成分类");
    // Class labels and the data-quality messages too.
    fireEvent.change(screen.getByTestId("results-dimension"), { target: { value: "value" } });
    expect(
      within(screen.getByTestId("results-chart")).getByRole("columnheader", { name: "类别" }),
    ).toBeInTheDocument();
    expect(screen.getByTestId("issue-0")).toHaveTextContent(/[\u4e00-\u9fff]/);
  });

  test("an invalid threshold blocks the run, with the validator's message at the field", async () => {
    const book = createTestBook();
    renderPane(book);
    await loaded();
    fireEvent.click(screen.getByTestId("detect"));
    fireEvent.click(screen.getByTestId("step-standard-toggle"));
    fireEvent.change(screen.getByTestId("std-abc.a"), { target: { value: "0.99" } });
    // validateStandard: abc.b (0.95) must be greater than abc.a.
    await waitFor(() =>
      expect(screen.getByTestId("run-blocked")).toHaveTextContent("Fix the standard first"),
    );
    expect(screen.getByTestId("run")).toBeDisabled();
    expect(screen.getByTestId("standard-error-count")).toHaveTextContent("1 problem");
    fireEvent.change(screen.getByTestId("std-abc.a"), { target: { value: "0.7" } });
    await waitFor(() => expect(screen.queryByTestId("run-blocked")).toBeNull());
    // Text that is not a number is said so, and the last number stays in force.
    fireEvent.change(screen.getByTestId("std-abc.a"), { target: { value: "0.7x" } });
    expect(screen.getByText("Enter a number.")).toBeInTheDocument();
    expect(screen.getByTestId("run")).toBeEnabled();
  });
});
