import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { classify } from "../engine/classify";
import { explainCustomer, explanationText } from "../engine/explain";
import type { Lang, RawTable } from "../engine/types";
import type { ExcelHost } from "../excel/host";
import { createSimulator, createWorkbookState, PAYLOAD_LIMIT_BYTES } from "../sim";
import { SEARCH_LIMIT } from "./hooks/useCustomerSearch";
import { EN } from "./strings-en";
import { ZH } from "./strings-zh";
import {
  createTestBook,
  CUSTOMER_ROWS,
  detectAndRun,
  renderPane,
  SALES_ROWS,
  type TestBook,
} from "./test-utils";

// test-utils.tsx: customers 1001 甲公司 … 1004 丁公司 on Customers!A2:A5, revenue 50, 30, 15, 5.

const raw = (sheet: string, rows: unknown[][]): RawTable => ({ sheet, top: 0, left: 0, rows }) as RawTable;

/** The engine's own explanation of a customer of the test book (the peer the card must agree with). */
function peerText(id: string, lang: Lang): string {
  const outcome = classify({
    customers: raw("Customers", CUSTOMER_ROWS),
    transactions: raw("Sales", SALES_ROWS),
    lang,
  });
  const e = explainCustomer(outcome, id, lang);
  if (e === null) throw new Error(`no customer ${id}`);
  return explanationText(e);
}

async function openFinder(): Promise<HTMLElement> {
  await detectAndRun();
  fireEvent.click(screen.getByTestId("view-find"));
  return screen.getByTestId("find-input");
}

function type(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
}

const hitIds = () => screen.queryAllByTestId("find-hit").map((h) => h.getAttribute("data-id"));

describe("find a customer", () => {
  test("a part of a name finds the customer; its classes are shown as badges", async () => {
    renderPane(createTestBook());
    const input = await openFinder();
    type(input, "丙");
    await waitFor(() => expect(hitIds()).toEqual(["1003"]));
    const hit = screen.getByTestId("find-hit");
    expect(hit).toHaveTextContent("丙公司");
    // ABC of 1003 is B (test-utils.tsx hand count); the list shows it by code.
    expect(within(hit).getByText("ABC B")).toBeInTheDocument();
    expect(screen.getByTestId("find-status")).toHaveTextContent(EN.find.found({ total: "1" }));
  });

  test("full-width digits find the half-width ID, the exact ID first", async () => {
    renderPane(createTestBook());
    const input = await openFinder();
    type(input, "１００３");
    await waitFor(() => expect(hitIds()).toEqual(["1003"]));
    // "100" is in every ID: all four, by revenue (50, 30, 15, 5).
    type(input, "１００");
    await waitFor(() => expect(hitIds()).toEqual(["1001", "1002", "1003", "1004"]));
  });

  test("nothing found says so", async () => {
    renderPane(createTestBook());
    const input = await openFinder();
    type(input, "zzz");
    await waitFor(() =>
      expect(screen.getByTestId("find-status")).toHaveTextContent(EN.find.none({ query: "zzz" })),
    );
    expect(hitIds()).toEqual([]);
  });

  test("keyboard: ↓ moves the active option, Enter opens its card, Esc on the card goes back", async () => {
    renderPane(createTestBook());
    const input = await openFinder();
    expect(input).toHaveAttribute("role", "combobox");
    type(input, "100");
    await waitFor(() => expect(hitIds()).toHaveLength(4));
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(input).toHaveAttribute("aria-activedescendant", options[0]?.id);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input).toHaveAttribute("aria-activedescendant", options[2]?.id);
    expect(options[2]).toHaveAttribute("aria-selected", "true");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter" });
    const card = await screen.findByTestId("customer-card");
    expect(card).toHaveAttribute("data-id", "1003");
    // The card's heading takes the focus.
    await waitFor(() => expect(within(card).getByRole("heading", { level: 3 })).toHaveFocus());
    fireEvent.keyDown(within(card).getByRole("heading", { level: 3 }), { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("customer-card")).toBeNull());
    expect(hitIds()).toHaveLength(4);
  });

  test("Enter right after typing opens the first hit of what was typed, not of an older answer", async () => {
    renderPane(createTestBook());
    const input = await openFinder();
    type(input, "100");
    await waitFor(() => expect(hitIds()).toHaveLength(4)); // 1001 first (the largest revenue)
    type(input, "1003");
    fireEvent.keyDown(input, { key: "Enter" }); // before the pause: the list still shows "100"'s hits
    expect(await screen.findByTestId("customer-card")).toHaveAttribute("data-id", "1003");
  });

  test("the card explains each class in the engine's words, in the pane's language", async () => {
    renderPane(createTestBook(), "zh-CN");
    const input = await openFinder();
    type(input, "乙公司");
    await waitFor(() => expect(hitIds()).toEqual(["1002"]));
    fireEvent.click(screen.getByTestId("find-hit"));
    const texts = async () =>
      (await screen.findAllByTestId("explain-text")).map((e) => e.textContent).join("\n");
    expect(await texts()).toBe(peerText("1002", "zh-CN"));
    // Switching the language asks again: the English sentences of the same customer.
    fireEvent.change(screen.getByTestId("lang-switch"), { target: { value: "en-US" } });
    await waitFor(async () => expect(await texts()).toBe(peerText("1002", "en-US")));
    expect(peerText("1002", "en-US")).not.toBe(peerText("1002", "zh-CN"));
  });

  test("Go to row selects the customer's row in the workbook, its sheet active", async () => {
    const book = createTestBook();
    renderPane(book);
    const input = await openFinder();
    book.sim.workbook.select("Sales!B3"); // the user is elsewhere
    type(input, "1004");
    await waitFor(() => expect(hitIds()).toEqual(["1004"]));
    fireEvent.keyDown(input, { key: "Enter" });
    fireEvent.click(await screen.findByTestId("go-to-row"));
    // 1004 is on Customers!A5 (test-utils.tsx): 0-based row 4, from column A to the last result column.
    await waitFor(() => expect(book.sim.workbook.state.activeSheet?.name).toBe("Customers"));
    const sel = book.sim.workbook.state.activeSheet?.selection;
    expect(sel).toMatchObject({ r0: 4, r1: 4, c0: 0 });
    const header = book.sim.workbook.getValues("Customers!A1:AZ1")[0] ?? [];
    const filled = header.map((v, c) => (v !== null && v !== "" ? c : -1));
    expect(sel?.c1).toBe(Math.max(...filled));
    expect(sel?.c1).toBeGreaterThan(2); // past the user's three columns: the result columns too
  });

  test("Explain selected row opens the card of the customer in the selected row", async () => {
    const book = createTestBook();
    renderPane(book);
    await openFinder();
    book.sim.workbook.select("Customers!B3"); // 1002's row
    fireEvent.click(screen.getByTestId("explain-selected"));
    expect(await screen.findByTestId("customer-card")).toHaveAttribute("data-id", "1002");
    // The header row is nobody's: the pane says so.
    fireEvent.click(screen.getByTestId("card-back"));
    book.sim.workbook.select("Customers!A1");
    fireEvent.click(screen.getByTestId("explain-selected"));
    await waitFor(() =>
      expect(screen.getByTestId("message-text")).toHaveTextContent(
        EN.notice.notCustomerRow({ row: 1, sheet: "Customers", customers: "Customers" }),
      ),
    );
  });

  test("a top customer's ID on the summary opens its card", async () => {
    renderPane(createTestBook());
    await detectAndRun();
    // Top customers by revenue (test-utils.tsx): 1001 (50) first.
    fireEvent.click(screen.getAllByTestId("top-customer-open")[0]!);
    expect(await screen.findByTestId("customer-card")).toHaveAttribute("data-id", "1001");
    expect(screen.getByTestId("view-find")).toHaveAttribute("aria-selected", "true");
  });

  test("many matches: the first ones, and how many more", async () => {
    // 30 customers C001…C030 with one sale each.
    const sim = createSimulator(createWorkbookState(["Sales"]));
    const rows: (string | number)[][] = [["客户编号", "日期", "金额"]];
    for (let k = 1; k <= 30; k++) rows.push([`C${String(k).padStart(3, "0")}`, "2024-03-01", k]);
    sim.workbook.setValues(`Sales!A1:C${rows.length}`, rows);
    const host: ExcelHost = {
      run: (batch) => sim.run(batch),
      isSetSupported: () => true,
      payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
    };
    const book: TestBook = { sim, host };
    renderPane(book);
    const input = await openFinder();
    type(input, "c0");
    await waitFor(() => expect(hitIds()).toHaveLength(SEARCH_LIMIT));
    // Largest revenue first: C030 (30) … C011 (11).
    expect(hitIds()[0]).toBe("C030");
    expect(screen.getByTestId("find-more")).toHaveTextContent(
      EN.find.more({ count: String(30 - SEARCH_LIMIT) }),
    );
    // Only in the transactions here: the card has no row on the user's table, but the run's own sheet.
    fireEvent.keyDown(input, { key: "Enter" });
    expect(await screen.findByTestId("go-to-row")).toBeInTheDocument();
  });

  test("the Chinese pane: the box's label and the status in Chinese", async () => {
    renderPane(createTestBook(), "zh-CN");
    await detectAndRun();
    fireEvent.click(screen.getByTestId("view-find"));
    const input = screen.getByRole("combobox", { name: ZH.find.label });
    type(input, "公司");
    await waitFor(() => expect(hitIds()).toHaveLength(4));
    expect(screen.getByTestId("find-status")).toHaveTextContent(ZH.find.found({ total: "4" }));
    expect(screen.getByRole("listbox")).toHaveAccessibleName(ZH.find.list);
  });
});
