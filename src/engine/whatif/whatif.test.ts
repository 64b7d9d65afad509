import { classify } from "../classify";
import type { ClassKey, ClassificationResult, CustomerResult } from "../result";
import type { RawTable } from "../types";
import { countDeltas, diffResults, migrationMatrix, movers, orderCodes, type ResultView } from "./index";

/** A result with just what the comparisons read: IDs, one dimension's classes, revenue. */
function view(
  key: ClassKey,
  rows: readonly (readonly [id: string, code: string | null, revenue?: number])[],
  catalogue: readonly string[],
): ResultView {
  const customers: CustomerResult[] = rows.map(([id, code, revenue]) => ({
    id,
    name: `C${id}`,
    row: -1,
    metrics: { monetary: revenue ?? null },
    scores: null,
    classes: { [key]: code },
    extra: {},
  }));
  return Object.freeze({ customers, catalogue: { [key]: catalogue.map((code) => ({ code, label: code })) } });
}

describe("migrationMatrix", () => {
  test("counts each customer once, from its class before to its class after", () => {
    // Hand count: 1 A→A, 2 A→B, 3 B→B, 4 B→C, 5 C→C, 6 C→C.
    const before = view(
      "value",
      [
        ["1", "A"],
        ["2", "A"],
        ["3", "B"],
        ["4", "B"],
        ["5", "C"],
        ["6", "C"],
      ],
      ["A", "B", "C"],
    );
    const after = view(
      "value",
      [
        ["1", "A"],
        ["2", "B"],
        ["3", "B"],
        ["4", "C"],
        ["5", "C"],
        ["6", "C"],
      ],
      ["A", "B", "C"],
    );
    const m = migrationMatrix(before, after, "value");
    expect(m.from).toEqual(["A", "B", "C"]);
    expect(m.to).toEqual(["A", "B", "C"]);
    expect(m.counts).toEqual([
      [1, 1, 0],
      [0, 1, 1],
      [0, 0, 2],
    ]);
    expect(m).toMatchObject({ total: 6, moved: 2, onlyBefore: 0, onlyAfter: 0 });
  });

  test("matches by ID, not by position; keeps unmatched customers out and 'no class' last", () => {
    // Matched: 2 (none → new), 3 (loyal → loyal). 1 only before, 4 only after.
    const cat = ["champions", "loyal", "new"];
    const before = view(
      "rfm",
      [
        ["1", "champions"],
        ["2", null],
        ["3", "loyal"],
      ],
      cat,
    );
    const after = view(
      "rfm",
      [
        ["4", "champions"],
        ["3", "loyal"],
        ["2", "new"],
      ],
      cat,
    );
    const m = migrationMatrix(before, after, "rfm");
    expect(m.from).toEqual(["loyal", null]);
    expect(m.to).toEqual(["loyal", "new"]);
    expect(m.counts).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(m).toMatchObject({ total: 2, moved: 1, onlyBefore: 1, onlyAfter: 1 });
  });

  test("rows and columns may have different codes (rf10 → cn8), each in its own catalogue order", () => {
    const before = view(
      "rfm",
      [
        ["1", "hibernating"],
        ["2", "champions"],
        ["3", "champions"],
      ],
      ["hibernating", "champions"],
    );
    const after = view(
      "rfm",
      [
        ["1", "general_retain"],
        ["2", "important_value"],
        ["3", "important_value"],
      ],
      ["important_value", "general_retain"],
    );
    const m = migrationMatrix(before, after, "rfm");
    expect(m.from).toEqual(["hibernating", "champions"]);
    expect(m.to).toEqual(["important_value", "general_retain"]);
    expect(m.counts).toEqual([
      [0, 1],
      [2, 0],
    ]);
    expect(m.moved).toBe(3);
  });

  test("identical results: everything on the diagonal, nothing moved", () => {
    const r = view(
      "credit",
      [
        ["1", "A"],
        ["2", "B"],
        ["3", "D"],
      ],
      ["A", "B", "C", "D"],
    );
    const m = migrationMatrix(r, r, "credit");
    expect(m.from).toEqual(["A", "B", "D"]);
    expect(m.counts).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(m.moved).toBe(0);
  });
});

describe("orderCodes", () => {
  test("catalogue order first, unknown codes by code point, null last", () => {
    const cat = {
      region: [
        { code: "north", label: "" },
        { code: "east", label: "" },
      ],
    };
    expect(orderCodes([null, "west", "east", "central", "north"], "region", [cat])).toEqual([
      "north",
      "east",
      "central",
      "west",
      null,
    ]);
  });
});

describe("countDeltas", () => {
  test("customers and exact revenue per class before and after", () => {
    // Before: A = {1: 0.1, 2: 0.2} → 2 customers, 0.3 (exact: 1000 + 2000 units of 1/10000); B = {3: 10}.
    // After: A = {1}; B = {2, 3} → 10.2; C = {} → left out.
    const before = view(
      "value",
      [
        ["1", "A", 0.1],
        ["2", "A", 0.2],
        ["3", "B", 10],
      ],
      ["A", "B", "C"],
    );
    const after = view(
      "value",
      [
        ["1", "A", 0.1],
        ["2", "B", 0.2],
        ["3", "B", 10],
      ],
      ["A", "B", "C"],
    );
    expect(countDeltas(before, after, "value")).toEqual([
      { code: "A", before: 2, after: 1, delta: -1, revenueBefore: 0.3, revenueAfter: 0.1 },
      { code: "B", before: 1, after: 2, delta: 1, revenueBefore: 10, revenueAfter: 10.2 },
    ]);
  });

  test("a class present on one side only is listed with 0 on the other", () => {
    const before = view(
      "rfm",
      [
        ["1", "champions"],
        ["2", null],
      ],
      ["champions"],
    );
    const after = view(
      "rfm",
      [
        ["1", "important_value"],
        ["2", null],
      ],
      ["important_value"],
    );
    expect(countDeltas(before, after, "rfm").map((d) => [d.code, d.before, d.after])).toEqual([
      ["important_value", 0, 1],
      ["champions", 1, 0],
      [null, 1, 1],
    ]);
  });
});

describe("movers", () => {
  test("only customers whose class changes, largest revenue first, ties by ID (numeric-aware)", () => {
    const before = view(
      "value",
      [
        ["10", "A", 5],
        ["9", "A", 5],
        ["3", "B", 50],
        ["4", "C", 99],
      ],
      ["A", "B", "C"],
    );
    const after = view(
      "value",
      [
        ["10", "B", 5],
        ["9", "B", 5],
        ["3", "C", 50],
        ["4", "C", 99],
      ],
      ["A", "B", "C"],
    );
    expect(movers(before, after, "value", 10).map((m) => [m.id, m.from, m.to])).toEqual([
      ["3", "B", "C"],
      ["9", "A", "B"],
      ["10", "A", "B"],
    ]);
    expect(movers(before, after, "value", 1)).toHaveLength(1);
  });
});

describe("diffResults on the engine's own results", () => {
  // Four customers with net revenue 50, 30, 15, 5 (total 100), one sale each.
  // ABC (product.md): sorted by value, A while the share before the customer is < a, B while < b.
  // Shares before: 1001 → 0, 1002 → 0.50, 1003 → 0.80, 1004 → 0.95.
  //   a = 0.80, b = 0.95: A, A, B, C.      a = 0.50, b = 0.95: A, B, B, C.
  const transactions: RawTable = {
    sheet: "Sales",
    top: 0,
    left: 0,
    rows: [
      ["客户编号", "日期", "金额"],
      ["1001", "2024-03-01", 50],
      ["1002", "2024-03-02", 30],
      ["1003", "2024-03-03", 15],
      ["1004", "2024-03-04", 5],
    ],
  };
  const run = (standard: unknown): ClassificationResult =>
    classify({ customers: null, transactions, standard, lang: "en-US" }).result;

  test("moving ABC a from 0.8 to 0.5 moves 1002 from A to B, and nothing else", () => {
    const before = run({});
    const after = run({ abc: { a: 0.5 } });
    expect(before.customers.map((c) => c.classes.value)).toEqual(["A", "A", "B", "C"]);
    const d = diffResults(before, after, ["value"]).value;
    expect(d?.matrix.counts).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(d?.counts.map((c) => [c.code, c.before, c.after])).toEqual([
      ["A", 2, 1],
      ["B", 1, 2],
      ["C", 1, 1],
    ]);
    expect(d?.movers).toEqual([{ id: "1002", name: null, from: "A", to: "B", revenue: 30 }]);
  });
});
