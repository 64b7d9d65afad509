import { mergeStandard } from "../../engine/standard/merge";
import { defaultStandard } from "../../engine/standard/defaults";
import { optionsOf, specAt, stepOf } from "./fields";
import { createLatest } from "./latest";
import { columnOptions, mappingRows, recognise, unitChoices } from "./mapping";
import { overallProgress } from "./progress";
import { parsePaneSettings, parseScenarios, sourceLabel, stripSheet } from "./sources";
import { getAt, setAt, standardDiff } from "./standard-edit";
import type { Preview } from "./types";

describe("standard editing", () => {
  test("setAt copies only along the path; undefined deletes an optional bound", () => {
    const s = Object.freeze(defaultStandard());
    const t = setAt(s, "credit.grades[1].maxOverdueShare", undefined);
    expect(t.credit.grades[1]).not.toHaveProperty("maxOverdueShare");
    expect(s.credit.grades[1]?.maxOverdueShare).toBe(0.1);
    expect(t.credit.grades[0]).toBe(s.credit.grades[0]);
    expect(getAt(setAt(s, "rfm.ties.recency", "rank"), "rfm.ties.recency")).toBe("rank");
  });

  test("standardDiff is the smallest partial that merges back to the same standard", () => {
    expect(standardDiff(defaultStandard())).toEqual({});
    let s = setAt(defaultStandard(), "abc.a", 0.5);
    s = setAt(s, "rfm.model", "cn8");
    s = setAt(s, "credit.grades[0].minOnTimeRate", 0.9);
    const diff = standardDiff(s);
    expect(diff).toEqual({ abc: { a: 0.5 }, rfm: { model: "cn8" }, credit: { grades: s.credit.grades } });
    const merged = mergeStandard(diff);
    expect(merged.errors).toEqual([]);
    expect(merged.standard).toEqual(s);
  });
});

describe("fields come from the standard's schema", () => {
  test.each([
    ["abc.a", "number", 0.01],
    ["frequency.windowDays", "number", 1],
    ["credit.grades[0].maxWeightedDaysLate", "number", 0.1],
    ["rfm.model", "model", 1],
    ["size.allowRevenueOnly", "boolean", 1],
  ])("%s is a %s, step %s", (path, kind, step) => {
    expect(specAt(path)?.kind).toBe(kind);
    expect(stepOf(specAt(path))).toBe(step);
  });

  test("choices: the schema's values; 'custom' only when the model is a rule table", () => {
    expect(optionsOf("rfm.ties.recency", "value")).toEqual(["value", "rank"]);
    expect(optionsOf("rfm.model", "rf10")).toEqual(["cn8", "rf10"]);
    expect(optionsOf("rfm.model", [{ segment: "x" }])).toEqual(["cn8", "rf10", "custom"]);
  });
});

describe("progress", () => {
  test.each([
    [null, 0.5, 0],
    ["reading", 0, 0],
    ["reading", 1, 0.3],
    ["classifying", 0.5, 0.4],
    ["writing", 0.5, 0.65],
    ["summary", 1, 1],
  ] as const)("%s at %s → %s of the bar", (phase, fraction, expected) => {
    expect(overallProgress(phase, fraction)).toBeCloseTo(expected, 10);
  });
});

describe("sources and settings", () => {
  test("labels and addresses", () => {
    expect(sourceLabel({ kind: "range", sheet: "Sales 2024", address: "A1:C9" })).toBe("'Sales 2024'!A1:C9");
    expect(sourceLabel({ kind: "range", sheet: "销售明细", address: "A1:C9" })).toBe("销售明细!A1:C9");
    expect(sourceLabel({ kind: "table", name: "T" })).toBe("T");
    expect(stripSheet("'A b'!C3")).toBe("C3");
  });

  test("stored settings are read back; anything malformed is dropped, not half-used", () => {
    const good = {
      version: 1,
      sources: {
        customers: { kind: "table", name: "Cust" },
        transactions: { kind: "range", sheet: "S", address: "A1:B2" },
      },
      mapping: {
        customers: { id: 0, name: null, bad: -1 },
        customerUnits: { revenue: 10000, assets: 0 },
        transactions: {},
        transactionUnits: {},
      },
    };
    expect(parsePaneSettings(JSON.stringify(good))).toEqual({
      version: 1,
      sources: good.sources,
      mapping: {
        customers: { id: 0, name: null },
        customerUnits: { revenue: 10000 },
        transactions: {},
        transactionUnits: {},
      },
    });
    expect(parsePaneSettings("{not json")).toBeNull();
    expect(parsePaneSettings({ version: 2 })).toBeNull();
    expect(
      parsePaneSettings({ version: 1, sources: { customers: { kind: "table" } } })?.sources.customers,
    ).toBeNull();
    expect(parseScenarios('{"A":{"abc":{"a":0.5}},"B":3," ":{}}')).toEqual({ A: { abc: { a: 0.5 } } });
  });
});

describe("column preview", () => {
  const preview: Preview = {
    sheet: "S",
    top: 0,
    left: 1,
    totalRows: 4,
    rows: [
      ["客户清单", null, null],
      ["客户编号", "营业收入(万元)", "备注"],
      [null, 12.5, "x"],
      ["C1", 3, null],
    ],
  };

  test("the header row is found under a title; units and first values are shown", () => {
    const m = recognise(preview, "customers", {}, {});
    expect(m.headerRow).toBe(1);
    const rows = mappingRows("customers", m, preview);
    const id = rows.find((r) => r.field === "id");
    const revenue = rows.find((r) => r.field === "revenue");
    expect(id).toMatchObject({ col: 0, required: true, sample: "C1" });
    expect(revenue).toMatchObject({ col: 1, money: true, unit: 10000, sample: "12.5" });
    // Column letters count from the source's left edge (B, C, D).
    expect(columnOptions(preview, 1).map((o) => o.label)).toEqual([
      "B · 客户编号",
      "C · 营业收入(万元)",
      "D · 备注",
    ]);
  });

  test("the user's corrections win, as classify applies them", () => {
    const m = recognise(preview, "customers", { notes: null, revenue: 2 }, { revenue: 1 });
    const rows = mappingRows("customers", m, preview);
    expect(rows.find((r) => r.field === "revenue")).toMatchObject({ col: 2, unit: 1 });
    expect(rows.find((r) => r.field === "notes")?.col).toBeNull();
  });

  test("dates are shown as dates, not as Excel serial numbers", () => {
    const tx: Preview = {
      sheet: "S",
      top: 0,
      left: 0,
      totalRows: 2,
      rows: [
        ["客户编号", "日期", "金额"],
        ["C1", 45292, 5],
      ],
    };
    const rows = mappingRows("transactions", recognise(tx, "transactions", {}, {}), tx);
    // Serial 45292 = 2024-01-01 (45292 − 25569 = 19723 days after 1970-01-01).
    expect(rows.find((r) => r.field === "date")?.sample).toBe("2024-01-01");
    expect(rows.find((r) => r.field === "amount")?.sample).toBe("5");
  });

  test("unit choices include an unusual unit of the header", () => {
    expect(unitChoices(10000)).toEqual([1, 1000, 10000, 1e6, 1e8]);
    expect(unitChoices(1e9)).toEqual([1, 1000, 10000, 1e6, 1e8, 1e9]);
  });
});

describe("latest-only runner", () => {
  test("one task at a time; of the waiting ones only the newest runs", async () => {
    const latest = createLatest();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((r) => (release = r));
    latest.run(async () => {
      log.push("1 start");
      await first;
      log.push("1 end");
    });
    const push = (x: string) => () => {
      log.push(x);
      return Promise.resolve();
    };
    latest.run(push("2"));
    latest.run(push("3"));
    expect(latest.busy()).toBe(true);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(["1 start", "1 end", "3"]);
    expect(latest.busy()).toBe(false);
  });
});
