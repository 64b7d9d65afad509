import { chartData, niceAxis } from "./chart-data";

const texts = (v: (string | number | undefined)[][]) =>
  v.map((r) => r.map((x) => (x === undefined ? "" : String(x))));

describe("chartData", () => {
  test("series in columns: categories in the first column, series names in the header row", () => {
    const v = [
      [undefined, "客户数", "收入"],
      ["A", 10, 1000],
      ["B", 20, 500],
      ["C", 70, 100],
    ];
    expect(chartData(v, texts(v), "Auto")).toEqual({
      categories: ["A", "B", "C"],
      series: [
        { name: "客户数", values: [10, 20, 70] },
        { name: "收入", values: [1000, 500, 100] },
      ],
    });
  });
  test("series in rows when asked (or when the range is wider than tall)", () => {
    const v = [
      ["", "Jan", "Feb", "Mar"],
      ["Sales", 1, 2, 3],
    ];
    expect(chartData(v, texts(v), "Auto")).toEqual({
      categories: ["Jan", "Feb", "Mar"],
      series: [{ name: "Sales", values: [1, 2, 3] }],
    });
  });
  test("no header, no category column: numbered categories, text and blanks count as 0", () => {
    const v = [[1], ["x"], [3]];
    expect(chartData(v, texts(v), "Columns")).toEqual({
      categories: ["1", "2", "3"],
      series: [{ name: "Series 1", values: [1, 0, 3] }],
    });
  });
});

describe("niceAxis", () => {
  test.each([
    [87, 100, 20],
    [1234, 1250, 250],
    [5, 5, 1],
    [0, 1, 0.25],
  ])("max %p → axis %p step %p", (max, top, step) => {
    expect(niceAxis(max)).toEqual({ max: top, step });
  });
});
