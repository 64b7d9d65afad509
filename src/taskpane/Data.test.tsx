import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { createTestBook, detectAndRun, loaded, renderPane } from "./test-utils";

describe("data step", () => {
  test("use selection: the selected range becomes the source, with its columns recognised", async () => {
    const book = createTestBook();
    renderPane(book);
    await loaded();
    book.sim.workbook.select("Sales!A1:C6");
    fireEvent.click(screen.getByTestId("use-selection-transactions"));
    await waitFor(() =>
      expect(screen.getByTestId("source-label-transactions")).toHaveTextContent("Sales!A1:C6"),
    );
    await waitFor(() => expect(screen.getByTestId("mapping-transactions")).toBeInTheDocument());
    // All required columns found: the details start folded, with a count.
    expect(screen.getByTestId("mapping-details-transactions-toggle")).toHaveTextContent(
      "3 of 15 fields recognised",
    );
    fireEvent.click(screen.getByTestId("mapping-details-transactions-toggle"));
    // 客户编号 → A (0), 日期 → B (1), 金额 → C (2): the engine's header dictionary.
    expect(screen.getByTestId("map-transactions-customerId")).toHaveValue("0");
    expect(screen.getByTestId("map-transactions-date")).toHaveValue("1");
    expect(screen.getByTestId("map-transactions-amount")).toHaveValue("2");
  });

  test("one selected cell means its sheet's table", async () => {
    const book = createTestBook();
    renderPane(book);
    await loaded();
    book.sim.workbook.select("Customers!B3");
    fireEvent.click(screen.getByTestId("use-selection-customers"));
    await waitFor(() =>
      expect(screen.getByTestId("source-label-customers")).toHaveTextContent("Source: Customers"),
    );
  });

  test("pick an Excel table from the workbook's tables", async () => {
    const book = createTestBook();
    await book.host.run(async (context) => {
      context.workbook.tables.add("Sales!A1:C6", true).name = "SalesTable";
      await context.sync();
    });
    renderPane(book);
    await loaded();
    const picker = screen.getByTestId("table-transactions");
    await waitFor(() => expect(picker.querySelector('option[value="SalesTable"]')).not.toBeNull());
    fireEvent.change(picker, { target: { value: "SalesTable" } });
    expect(screen.getByTestId("source-label-transactions")).toHaveTextContent("SalesTable");
    fireEvent.click(await screen.findByTestId("mapping-details-transactions-toggle"));
    expect(screen.getByTestId("map-transactions-amount")).toHaveValue("2");
  });

  test("a corrected column and unit are shown, used by the run and remembered in the workbook", async () => {
    const book = createTestBook();
    renderPane(book);
    await loaded();
    fireEvent.click(screen.getByTestId("detect"));
    fireEvent.click(await screen.findByTestId("mapping-details-customers-toggle"));
    fireEvent.click(await screen.findByTestId("mapping-details-transactions-toggle"));
    // The header says 营业收入(万元): ×10,000.
    expect(screen.getByTestId("unit-customers-revenue")).toHaveValue("10000");
    fireEvent.change(screen.getByTestId("unit-customers-revenue"), { target: { value: "1" } });
    expect(screen.getByTestId("unit-customers-revenue")).toHaveValue("1");
    // Taking the amount away leaves a required field without a column: said at once.
    fireEvent.change(screen.getByTestId("map-transactions-amount"), { target: { value: "none" } });
    expect(screen.getByTestId("mapping-missing-transactions")).toHaveTextContent("Amount");
    fireEvent.change(screen.getByTestId("map-transactions-amount"), { target: { value: "2" } });
    await waitFor(() => expect(screen.queryByTestId("mapping-missing-transactions")).toBeNull());

    await waitFor(() => {
      const pane = JSON.parse(String(book.sim.workbook.settings()["custclass.pane"])) as { mapping: unknown };
      expect(pane.mapping).toEqual({
        customers: {},
        customerUnits: { revenue: 1 },
        transactions: { amount: 2 },
        transactionUnits: {},
      });
    });
    fireEvent.click(screen.getByTestId("run"));
    await waitFor(() => expect(screen.getByTestId("results")).toBeInTheDocument(), { timeout: 5000 });
    const last = JSON.parse(String(book.sim.workbook.settings()["custclass.lastRun"])) as {
      mapping: unknown;
    };
    expect(last.mapping).toEqual({ customerUnits: { revenue: 1 }, transactions: { amount: 2 } });
  });

  test("the sources and the standard of the last run come back when the pane is opened again", async () => {
    const book = createTestBook();
    const first = renderPane(book);
    await detectAndRun();
    first.unmount();
    renderPane(book);
    await loaded();
    await waitFor(() => expect(screen.getByTestId("source-label-transactions")).toHaveTextContent("Sales"));
    expect(screen.getByTestId("source-label-customers")).toHaveTextContent("Customers");
    fireEvent.click(screen.getByTestId("step-standard-toggle"));
    expect(screen.getByTestId("standard-origin")).toHaveValue("lastRun");
  });

  test("nothing recognisable: a warning that says what to do", async () => {
    const book = createTestBook(false);
    book.sim.workbook.setValues("Sales!A1:C6", [
      ["a", "b", "c"],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    renderPane(book);
    await loaded();
    fireEvent.click(screen.getByTestId("detect"));
    await waitFor(() => expect(screen.getByTestId("message-bar")).toHaveAttribute("data-intent", "warning"));
    expect(screen.getByTestId("message-text")).toHaveTextContent("Use selection");
  });
});
