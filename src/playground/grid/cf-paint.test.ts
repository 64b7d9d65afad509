import type { CellValue, CfState } from "../../sim/state";
import { cfPainter, constantOf, mixColor, percentileInc } from "./cf-paint";

/** One column of values (A1 down) as the sheet the rules look at. */
function column(values: (CellValue | undefined)[]) {
  return (r: number, c: number) => (c === 0 ? values[r] : undefined);
}
const A = (n: number) => [{ r0: 0, c0: 0, r1: n - 1, c1: 0 }];

function cellValue(
  id: string,
  operator: string,
  formula1: string,
  fillColor: string,
  n: number,
  formula2?: string,
): CfState {
  return {
    id,
    type: "CellValue",
    rects: A(n),
    stopIfTrue: false,
    rule: { operator, formula1, ...(formula2 ? { formula2 } : {}) },
    format: { fillColor },
  };
}

describe("constants in rule formulas", () => {
  test.each([
    ['="重要价值"', "重要价值"],
    ['="say ""hi"""', 'say "hi"'],
    ["=5", 5],
    ["2.5", 2.5],
    ["A", "A"],
    ["=B2", null], // a reference needs evaluating: not handled
  ])("%p → %p", (f, v) => expect(constantOf(f)).toBe(v));
});

describe("CellValue rules (the class colours the workbook layer writes)", () => {
  test("EqualTo a text compares case-insensitively, as Excel does; other cells get nothing", () => {
    const paint = cfPainter([cellValue("1", "EqualTo", '="a"', "#C6EFCE", 3)], column(["A", "b", "a"]));
    expect(paint(0, 0)).toEqual({ fillColor: "#C6EFCE" });
    expect(paint(1, 0)).toBeNull();
    expect(paint(2, 0)).toEqual({ fillColor: "#C6EFCE" });
    expect(paint(0, 1)).toBeNull(); // outside the rule's range
  });
  test("rules apply in priority order (cfs[0] first): the first matching fill wins", () => {
    const rules = [
      cellValue("top", "GreaterThan", "=10", "#FF0000", 2),
      cellValue("low", "GreaterThan", "=0", "#00FF00", 2),
    ];
    const paint = cfPainter(rules, column([20, 5]));
    expect(paint(0, 0)?.fillColor).toBe("#FF0000");
    expect(paint(1, 0)?.fillColor).toBe("#00FF00");
  });
  test("Between accepts its bounds in either order; NotBetween is the complement", () => {
    const v = column([5, 11]);
    expect(cfPainter([cellValue("b", "Between", "=10", "#111111", 2, "=1")], v)(0, 0)?.fillColor).toBe(
      "#111111",
    );
    expect(cfPainter([cellValue("b", "Between", "=10", "#111111", 2, "=1")], v)(1, 0)).toBeNull();
    expect(cfPainter([cellValue("n", "NotBetween", "=1", "#222222", 2, "=10")], v)(1, 0)?.fillColor).toBe(
      "#222222",
    );
  });
  test('text sorts after numbers (Excel\'s comparison order): "abc" > 100', () => {
    expect(
      cfPainter([cellValue("g", "GreaterThan", "=100", "#333333", 1)], column(["abc"]))(0, 0)?.fillColor,
    ).toBe("#333333");
  });
  test("blank cells are never painted", () => {
    expect(
      cfPainter([cellValue("z", "EqualTo", "=0", "#444444", 2)], column([undefined, ""]))(0, 0),
    ).toBeNull();
  });
});

describe("colour scales, data bars, icon sets", () => {
  const scale: CfState = {
    id: "s",
    type: "ColorScale",
    rects: A(5),
    stopIfTrue: false,
    colorScale: {
      minimum: { type: "Number", formula: "1", color: "#F8696B" },
      midpoint: { type: "Number", formula: "3", color: "#FFEB84" },
      maximum: { type: "Number", formula: "5", color: "#63BE7B" },
    },
  };
  test("3-colour scale: the end colours at 1, 3, 5 and linear RGB in between", () => {
    const paint = cfPainter([scale], column([1, 2, 3, 4, 5]));
    expect(paint(0, 0)?.fillColor).toBe("#F8696B");
    // Halfway between F8696B and FFEB84: (248+255)/2 = 251.5 → FC, (105+235)/2 = 170 → AA, (107+132)/2 = 119.5 → 78.
    expect(paint(1, 0)?.fillColor).toBe("#FCAA78");
    expect(paint(2, 0)?.fillColor).toBe("#FFEB84");
    expect(paint(4, 0)?.fillColor).toBe("#63BE7B");
  });
  test("mixColor clamps outside 0..1", () => {
    expect(mixColor("#000000", "#FFFFFF", 2)).toBe("#FFFFFF");
    expect(mixColor("#000000", "#FFFFFF", -1)).toBe("#000000");
  });
  test("data bar with automatic bounds: from 0 to the maximum when all values are positive", () => {
    const bar: CfState = {
      id: "d",
      type: "DataBar",
      rects: A(3),
      stopIfTrue: false,
      dataBar: {
        lowerBoundRule: { type: "Automatic" },
        upperBoundRule: { type: "Automatic" },
        positiveFillColor: "#638EC6",
        positiveBorderColor: "#638EC6",
        gradientFill: true,
        negativeFillColor: "#FF0000",
        barDirection: "LeftToRight",
        axisFormat: "Automatic",
        axisColor: "#000000",
        showDataBarOnly: false,
      },
    };
    const paint = cfPainter([bar], column([20, 60, 100]));
    // lower bound min(0, 20) = 0, upper 100: 60 is 0.6 of the way.
    expect(paint(1, 0)?.bar).toEqual({ fraction: 0.6, color: "#638EC6" });
    expect(paint(2, 0)?.bar?.fraction).toBe(1);
  });
  test("icon set: the highest threshold met (credit grades 1..4 → one traffic light each)", () => {
    const icons: CfState = {
      id: "i",
      type: "IconSet",
      rects: A(4),
      stopIfTrue: false,
      iconSet: {
        style: "FourTrafficLights",
        criteria: [
          { type: "Invalid", operator: "Invalid", formula: "" },
          { type: "Number", operator: "GreaterThanOrEqual", formula: "2" },
          { type: "Number", operator: "GreaterThanOrEqual", formula: "3" },
          { type: "Number", operator: "GreaterThanOrEqual", formula: "4" },
        ],
        reverseIconOrder: false,
        showIconOnly: false,
      },
    };
    const paint = cfPainter([icons], column([1, 2, 3.5, 4]));
    expect([0, 1, 2, 3].map((r) => paint(r, 0)?.icon?.index)).toEqual([0, 1, 2, 3]);
  });
  test("PERCENTILE.INC is numpy's linear interpolation: [1..5] at 30 % → 2.2", () => {
    // h = (5 − 1) × 0.3 = 1.2 → x[1] + 0.2 × (x[2] − x[1]) = 2 + 0.2 = 2.2
    expect(percentileInc(Float64Array.from([1, 2, 3, 4, 5]), 0.3)).toBeCloseTo(2.2, 12);
    expect(percentileInc(Float64Array.from([7]), 0.9)).toBe(7);
  });
});
