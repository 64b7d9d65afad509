import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createSimulator, createWorkbookState } from "../sim";
import { sessionFor } from "./session";
import { playgroundStrings } from "./strings";
import { WorkbookView } from "./WorkbookView";

beforeAll(() => {
  // jsdom has no layout: ResizeObserver is absent and every size is 0 (the grid then renders its first rows).
  class NoResize {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(globalThis, "ResizeObserver", { value: NoResize, configurable: true });
});

function setup() {
  const sim = createSimulator(createWorkbookState(["客户档案", "销售明细"]));
  sim.workbook.setValues("客户档案!A1:C3", [
    ["客户编号", "客户名称", "金额"],
    [1001, "甲", 1234.5],
    [1002, "乙", 99],
  ]);
  sim.workbook.setNumberFormats("客户档案!C2:C3", [["#,##0.00"], ["#,##0.00"]]);
  sim.workbook.state.sheets[0]!.freezeRows = 1;
  const session = sessionFor(sim, "t.xlsx");
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView session={session} t={playgroundStrings("en-US")} />
    </FluentProvider>,
  );
  const selection = () => {
    const s = sim.workbook.state.activeSheet!;
    return `${s.name}!${["r0", "c0", "r1", "c1"].map((k) => s.selection[k as "r0"]).join(",")}`;
  };
  return { sim, session, selection };
}

const cell = (addr: string) => document.querySelector(`[data-addr="${addr}"]`)!;

describe("WorkbookView", () => {
  test("shows values under their number formats, column letters and row numbers", () => {
    setup();
    expect(cell("C2")).toHaveTextContent("1,234.50");
    expect(cell("A1")).toHaveTextContent("客户编号");
    expect(screen.getByRole("columnheader", { name: "C" })).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: "3" })).toBeInTheDocument();
  });

  test("click, shift+click and shift+arrow set the simulator's selection (what getSelectedRange reads)", () => {
    const { selection } = setup();
    fireEvent.mouseDown(cell("A1"));
    expect(selection()).toBe("客户档案!0,0,0,0");
    fireEvent.mouseDown(cell("C3"), { shiftKey: true });
    expect(selection()).toBe("客户档案!0,0,2,2");
    expect(screen.getByTestId("name-box")).toHaveValue("A1:C3");
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowDown", shiftKey: true });
    expect(selection()).toBe("客户档案!0,0,3,2");
    fireEvent.keyDown(screen.getByRole("grid"), { key: "ArrowRight" });
    // A plain arrow moves the active cell (the anchor A1) and collapses the selection.
    expect(selection()).toBe("客户档案!0,1,0,1");
  });

  test("Ctrl+A selects the current region, as in Excel", () => {
    const { selection } = setup();
    fireEvent.mouseDown(cell("B2"));
    fireEvent.keyDown(screen.getByRole("grid"), { key: "a", ctrlKey: true });
    expect(selection()).toBe("客户档案!0,0,2,2");
  });

  test("the name box selects a typed address; a bad one is reported", () => {
    const { selection } = setup();
    const box = screen.getByTestId("name-box");
    fireEvent.change(box, { target: { value: "B2:C3" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(selection()).toBe("客户档案!1,1,2,2");
    fireEvent.change(box, { target: { value: "not an address" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(screen.getByRole("alert")).toHaveTextContent("Not a cell address");
  });

  test("tabs switch the active sheet; a task-pane batch that activates a sheet shows it", async () => {
    const { sim, session } = setup();
    fireEvent.click(screen.getByRole("tab", { name: "销售明细" }));
    expect(sim.workbook.state.activeSheet?.name).toBe("销售明细");
    expect(screen.getByRole("grid")).toHaveAttribute("data-sheet", "销售明细");
    await act(() =>
      session.host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("客户档案");
        ws.activate();
        ws.getRange("B3").select();
        await ctx.sync();
      }),
    );
    expect(screen.getByRole("grid")).toHaveAttribute("data-sheet", "客户档案");
    expect(screen.getByTestId("name-box")).toHaveValue("B3");
    expect(cell("B3")).toHaveAttribute("aria-selected", "true");
  });
});
