import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { cellOf, createTestBook, detectAndRun, matrixCell, renderPane } from "./test-utils";

// Hand count (test-utils.tsx): revenue 50, 30, 15, 5 → ABC with a = 0.8: A, A, B, C; with a = 0.5: A, B, B, C.
// So moving a to 0.5 moves exactly one customer (1002) from A to B.

async function whatIfReady() {
  await detectAndRun();
  await waitFor(
    () => expect(screen.getByTestId("whatif-status")).toHaveTextContent("No customer changes class"),
    { timeout: 3000 },
  );
}

describe("what-if", () => {
  test("before a run it asks for one", () => {
    renderPane(createTestBook());
    expect(screen.getByTestId("whatif-needs-result")).toBeInTheDocument();
  });

  test("changing ABC a shows the new counts and the from → to matrix, before anything is written", async () => {
    const book = createTestBook();
    renderPane(book);
    await whatIfReady();
    const before = JSON.stringify(book.sim.workbook.getValues("Customers!A1:Z6"));
    fireEvent.change(screen.getByTestId("whatif-abc.a"), { target: { value: "0.5" } });
    await waitFor(
      () => expect(screen.getByTestId("whatif-status")).toHaveTextContent("1 of 4 customers change class"),
      { timeout: 3000 },
    );
    const counts = screen.getByTestId("whatif-counts");
    expect([cellOf(counts, "A", 0), cellOf(counts, "A", 1)]).toEqual(["2", "1"]);
    expect([cellOf(counts, "B", 0), cellOf(counts, "B", 1)]).toEqual(["1", "2"]);
    expect(counts.querySelector('tr[data-code="A"] td[data-delta]')).toHaveAttribute("data-delta", "-1");
    const matrix = screen.getByTestId("whatif-matrix");
    expect(matrixCell(matrix, "A", "A")).toBe("1");
    expect(matrixCell(matrix, "A", "B")).toBe("1");
    expect(matrixCell(matrix, "B", "B")).toBe("1");
    expect(matrixCell(matrix, "C", "C")).toBe("1");
    expect(matrixCell(matrix, "B", "A")).toBe("0");
    expect(within(screen.getByTestId("whatif-movers")).getByText(/1002/)).toBeInTheDocument();
    // Nothing was written.
    expect(JSON.stringify(book.sim.workbook.getValues("Customers!A1:Z6"))).toBe(before);
  });

  test("another RFM model: rows are the rf10 segments, columns the cn8 classes", async () => {
    renderPane(createTestBook());
    await whatIfReady();
    fireEvent.change(screen.getByTestId("whatif-rfm.model"), { target: { value: "cn8" } });
    fireEvent.change(screen.getByTestId("whatif-dimension"), { target: { value: "rfm" } });
    await waitFor(
      () =>
        expect(
          screen
            .getByTestId("whatif-matrix")
            .querySelector(
              'th[data-code="important_value"], th[data-code^="important"], th[data-code^="general"]',
            ),
        ).not.toBeNull(),
      {
        timeout: 3000,
      },
    );
    const matrix = screen.getByTestId("whatif-matrix");
    const cols = [...matrix.querySelectorAll("thead th[data-code]")].map((th) =>
      th.getAttribute("data-code"),
    );
    expect(cols.every((c) => /^(important|general)_/.test(c ?? ""))).toBe(true);
    const rows = [...matrix.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-code"));
    expect(rows.some((r) => /^(important|general)_/.test(r ?? ""))).toBe(false);
  });

  test("an invalid change is marked and not applied", async () => {
    renderPane(createTestBook());
    await whatIfReady();
    fireEvent.change(screen.getByTestId("whatif-abc.a"), { target: { value: "0.99" } });
    expect(screen.getByTestId("whatif-status")).toHaveTextContent("Fix the marked values");
    expect(screen.getByTestId("whatif-apply")).toBeDisabled();
  });

  test("apply runs the real classification with the new standard", async () => {
    const book = createTestBook();
    renderPane(book);
    await whatIfReady();
    fireEvent.change(screen.getByTestId("whatif-abc.a"), { target: { value: "0.5" } });
    fireEvent.click(screen.getByTestId("whatif-apply"));
    await waitFor(() => expect(screen.getByTestId("message-bar")).toHaveAttribute("data-intent", "success"), {
      timeout: 5000,
    });
    fireEvent.change(screen.getByTestId("results-dimension"), { target: { value: "value" } });
    const chart = screen.getByTestId("results-chart");
    expect([cellOf(chart, "A", 1), cellOf(chart, "B", 1), cellOf(chart, "C", 1)]).toEqual(["1", "2", "1"]);
    // The workbook remembers the standard it was classified with.
    const last = JSON.parse(String(book.sim.workbook.settings()["custclass.lastRun"])) as {
      standard: { abc: { a: number } };
    };
    expect(last.standard.abc.a).toBe(0.5);
  });

  test("save a scenario in the workbook and compare it with the current result", async () => {
    const book = createTestBook();
    renderPane(book);
    await whatIfReady();
    fireEvent.change(screen.getByTestId("whatif-abc.a"), { target: { value: "0.5" } });
    fireEvent.change(screen.getByTestId("scenario-name"), { target: { value: "Half" } });
    await waitFor(() => expect(screen.getByTestId("scenario-save")).toBeEnabled());
    fireEvent.click(screen.getByTestId("scenario-save"));
    await waitFor(() =>
      expect(screen.getByTestId("message-text")).toHaveTextContent("Saved scenario “Half”"),
    );
    // Stored as the difference from the default standard.
    expect(JSON.parse(String(book.sim.workbook.settings()["custclass.scenarios"]))).toEqual({
      Half: { abc: { a: 0.5 } },
    });

    fireEvent.change(screen.getByTestId("compare-b"), { target: { value: "s:Half" } });
    fireEvent.click(screen.getByTestId("compare-run"));
    await waitFor(() => expect(screen.getByTestId("compare-result")).toBeInTheDocument());
    const counts = screen.getByTestId("compare-counts");
    expect([cellOf(counts, "A", 0), cellOf(counts, "A", 1)]).toEqual(["2", "1"]);
    expect(matrixCell(screen.getByTestId("compare-matrix"), "A", "B")).toBe("1");
  });
});
