import { DEFAULT_STYLE, cloneStyle, type Style } from "../../sim/styles";
import { CellError } from "../../sim/state";
import { cellView, fontStack } from "./cell-view";

const style = (patch: Partial<Style> = {}): Style => ({ ...cloneStyle(DEFAULT_STYLE), ...patch });

describe("cellView", () => {
  test("the text is the value under its number format (the simulator's formatValue)", () => {
    expect(cellView(1234.5, style({ numberFormat: "#,##0.00" }), null).text).toBe("1,234.50");
    // 45292 is 2024-01-01 in the 1900 date system.
    expect(cellView(45292, style({ numberFormat: "yyyy-mm-dd" }), null).text).toBe("2024-01-01");
    expect(cellView(undefined, style(), null).text).toBe("");
  });
  test.each([
    [12, "right"],
    ["text", "left"],
    [true, "center"],
    [new CellError("#N/A"), "center"],
  ])("General alignment of %p is %p, as in Excel", (v, align) => {
    expect(cellView(v, style(), null).style.textAlign).toBe(align);
  });
  test("an explicit alignment wins over General", () => {
    expect(cellView(12, style({ hAlign: "Center" }), null).style.textAlign).toBe("center");
  });
  test("conditional fill and font colour override the cell's own", () => {
    const v = cellView("A", style({ fillColor: "#FFFFFF", fontColor: "#000000" }), {
      fillColor: "#C6EFCE",
      fontColor: "#006100",
    });
    expect(v.style.backgroundColor).toBe("#C6EFCE");
    expect(v.style.color).toBe("#006100");
  });
  test("borders are inset shadows (they never change the row height); a medium edge is 2 px", () => {
    const v = cellView(
      "x",
      style({ borders: { EdgeBottom: { style: "Continuous", color: "#000000", weight: "Medium" } } }),
      null,
    );
    expect(v.style.boxShadow).toBe("inset 0px -2px 0 0 #000000");
    expect(v.style.borderBottom).toBeUndefined();
  });
  test("an icon set that hides the value shows only the icon", () => {
    const v = cellView(3, style(), {
      icon: { index: 3, count: 4, style: "FourTrafficLights" },
      hideValue: true,
    });
    expect(v.text).toBe("");
    expect(v.icon?.glyph).toBe("●");
  });
  test("unknown fonts fall back to metric-compatible and CJK fonts", () => {
    expect(fontStack("等线")).toMatch(/^"等线", "Calibri", "Carlito"/);
    expect(fontStack("Calibri")).toMatch(/^"Calibri", "Carlito"/);
  });
});
