import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createTestBook, loaded, renderPane, type TestBook } from "./test-utils";

const SHEET = "Classification standard";

/** 0-based row of a setting on the standard sheet (column A holds the keys). */
function settingRow(book: TestBook, key: string): number {
  const col = book.sim.workbook.getValues(`'${SHEET}'!A1:A80`).map((r) => r[0]);
  const row = col.indexOf(key);
  if (row < 0) throw new Error(`no ${key} on the sheet`);
  return row;
}

async function openStandard(book: TestBook) {
  renderPane(book);
  await loaded();
  fireEvent.click(screen.getByTestId("step-standard-toggle"));
}

describe("standard step", () => {
  test("write the standard sheet, edit it in the workbook, load it back", async () => {
    const book = createTestBook();
    await openStandard(book);
    fireEvent.click(screen.getByTestId("standard-write"));
    await waitFor(() =>
      expect(screen.getByTestId("message-text")).toHaveTextContent(`The standard is on sheet “${SHEET}”`),
    );
    expect(book.sim.workbook.sheetNames()).toContain(SHEET);

    const row = settingRow(book, "abc.a");
    book.sim.workbook.setValues(`'${SHEET}'!B${row + 1}`, [[0.6]]);
    fireEvent.click(screen.getByTestId("standard-read"));
    await waitFor(() => expect(screen.getByTestId("std-abc.a")).toHaveValue("0.6"));
    expect(screen.getByTestId("standard-origin")).toHaveValue("sheet");
    expect(screen.getByTestId("message-bar")).toHaveAttribute("data-intent", "success");
  });

  test("a wrong value on the sheet is listed with its cell; the link selects it", async () => {
    const book = createTestBook();
    await openStandard(book);
    fireEvent.click(screen.getByTestId("standard-write"));
    await waitFor(() => expect(book.sim.workbook.sheetNames()).toContain(SHEET));
    const row = settingRow(book, "abc.b");
    book.sim.workbook.setValues(`'${SHEET}'!B${row + 1}`, [[7]]);
    fireEvent.click(screen.getByTestId("standard-read"));
    const problems = await screen.findByTestId("standard-sheet-problems");
    expect(screen.getByTestId("message-bar")).toHaveAttribute("data-intent", "warning");
    const link = within(problems).getByTestId("standard-problem-cell-0");
    expect(link).toHaveTextContent(`${SHEET}!B${row + 1}`);
    fireEvent.click(link);
    await waitFor(() => {
      const active = book.sim.workbook.state.activeSheet;
      expect(active?.name).toBe(SHEET);
      expect(active?.selection).toMatchObject({ r0: row, c0: 1 });
    });
    // The default stands in for the wrong value.
    expect(screen.getByTestId("std-abc.b")).toHaveValue("0.95");
  });

  test("loading with no standard sheet says what to do", async () => {
    const book = createTestBook();
    await openStandard(book);
    fireEvent.click(screen.getByTestId("standard-read"));
    await waitFor(() =>
      expect(screen.getByTestId("message-text")).toHaveTextContent("no standard sheet yet"),
    );
  });

  test("choices: RFM model and tie policy are selects with the schema's values, in both languages", async () => {
    const book = createTestBook();
    await openStandard(book);
    fireEvent.click(screen.getByTestId("std-group-rfm-toggle"));
    const model = screen.getByTestId("std-rfm.model");
    expect(
      within(model)
        .getAllByRole("option")
        .map((o) => o.getAttribute("value")),
    ).toEqual(["cn8", "rf10"]);
    fireEvent.change(screen.getByTestId("lang-switch"), { target: { value: "zh-CN" } });
    expect(
      within(screen.getByTestId("std-rfm.model")).getByRole("option", { name: "cn8 — 八类客户价值模型" }),
    ).toBeInTheDocument();
    expect(screen.getByText("RFM 模型")).toBeInTheDocument();
  });
});
