/**
 * Junk arguments never crash a function: whatever a worksheet (or a script) hands over — text where
 * numbers belong, empty or ragged ranges, mismatched sizes, error values like "#N/A", objects, NaN —
 * each entry point of functions.ts either returns a well-formed value or throws the documented Excel
 * error (#VALUE! or #N/A, with a message). Outside Excel the entry points throw the FunctionError
 * itself (functions.test.ts checks the CustomFunctions.Error mapping), so "never an exception" means:
 * no other error type, and no "Internal error" (an unexpected exception turned into #VALUE!).
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/errors";

const ERROR_VALUES = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];

const cellJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...ERROR_VALUES),
  fc.constantFrom(
    "",
    " ",
    "abc",
    "1,234.50",
    "¥5,000",
    "(500)",
    "12%",
    "2024-03-05",
    "3/5/2024",
    "TRUE",
    "零售",
    "rf10",
    "cn8",
    "A",
  ),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.constant({}),
  fc.record({ basicValue: fc.oneof(fc.integer(), fc.string({ maxLength: 5 })) }),
);
const row = fc.array(cellJunk, { minLength: 0, maxLength: 5 });
const rangeJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(row, { minLength: 0, maxLength: 6 }), // ragged and empty ranges included
  fc.constant([[]]),
  fc.constant([]),
  cellJunk, // a single value where a range belongs
);
const argJunk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: cellJunk },
  { weight: 1, arbitrary: rangeJunk },
);

function checkCall(fn: () => unknown, result: "number" | "string" | "matrix"): void {
  let value: unknown;
  try {
    value = fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    const fe = e as FunctionError;
    expect(["#VALUE!", "#N/A"]).toContain(fe.code);
    expect(fe.message.length).toBeGreaterThan(5);
    expect(fe.messages["zh-CN"].length).toBeGreaterThan(3);
    expect(fe.message).not.toMatch(/^Internal error/);
    return;
  }
  if (result === "number") expect(Number.isFinite(value)).toBe(true);
  else if (result === "string") expect(typeof value === "string" && value.length > 0).toBe(true);
  else {
    const m = value as unknown[][];
    expect(Array.isArray(m) && m.length >= 2).toBe(true);
    const width = m[0]!.length;
    for (const r of m) {
      expect(r).toHaveLength(width);
      for (const c of r)
        expect(typeof c === "string" || (typeof c === "number" && Number.isFinite(c))).toBe(true);
    }
  }
}

const ENTRY_POINTS: [string, number, "number" | "string", (...a: unknown[]) => unknown][] = [
  ["SCORE", 4, "number", F.score as (...a: unknown[]) => unknown],
  ["RFM", 7, "string", F.rfm as (...a: unknown[]) => unknown],
  ["ABC", 6, "string", F.abc as (...a: unknown[]) => unknown],
  ["CREDIT", 6, "string", F.credit as (...a: unknown[]) => unknown],
  ["TERMS", 2, "string", F.terms as (...a: unknown[]) => unknown],
  ["SIZE", 6, "string", F.size as (...a: unknown[]) => unknown],
  ["INDUSTRY", 2, "string", F.industry as (...a: unknown[]) => unknown],
  ["NPS", 2, "number", F.nps as (...a: unknown[]) => unknown],
  ["LABEL", 4, "string", F.label as (...a: unknown[]) => unknown],
];

describe("junk arguments give #VALUE! or #N/A, never an exception", () => {
  test.each(ENTRY_POINTS)("%s", (_id, arity, result, fn) => {
    fc.assert(
      fc.property(fc.array(argJunk, { minLength: arity, maxLength: arity }), (args) => {
        checkCall(() => fn(...args), result);
      }),
      { numRuns: 400 },
    );
  });

  test("CLASSIFY with junk cells under real headers, and junk everywhere else", () => {
    const header = fc.constantFrom(
      ["Date", "Customer ID", "Amount"],
      ["单据日期", "单据编号", "客户编号", "金额", "到期日", "收款日期"],
      ["客户编号", "所属行业", "员工人数", "营业收入(万元)", "NPS评分"],
    );
    const table = fc
      .tuple(header, fc.array(fc.array(cellJunk, { maxLength: 7 }), { maxLength: 12 }))
      .map(([h, rows]) => [h, ...rows]);
    fc.assert(
      fc.property(
        fc.oneof(table, rangeJunk),
        fc.oneof(table, rangeJunk),
        cellJunk,
        fc.oneof(rangeJunk, fc.constant([["rfm.model", "cn8"]])),
        cellJunk,
        fc.oneof(cellJunk, fc.constantFrom("code", "en-US", "zh-CN")),
        (customers, transactions, asOf, standard, metrics, language) => {
          checkCall(
            () =>
              F.classify(
                customers as unknown[][],
                transactions as unknown[][],
                asOf,
                standard as unknown[][],
                metrics,
                language,
              ),
            "matrix",
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the documented error for each kind of junk", () => {
  const values = [[1], [2], [3], [4], [5]];
  test.each<[string, string, () => unknown]>([
    ["text where a number belongs", "#VALUE!", () => F.score("ten", values)],
    ["an error value in a range", "#VALUE!", () => F.score(1, [[1], ["#N/A"]])],
    ["an empty range of values", "#N/A", () => F.score(1, [[null]])],
    ["an empty value", "#N/A", () => F.abc(null, values)],
    ["mismatched sizes", "#VALUE!", () => F.rfm(10, 3, 100, "rf10", [[1], [2]], [[1], [2], [3]])],
    ["mismatched ids", "#VALUE!", () => F.abc(1, values, null, null, "x", [["x"]])],
    ["no scores at all", "#N/A", () => F.nps([[]])],
    ["both tables empty", "#N/A", () => F.classify([[""]], [[null]])],
    ["a range where one value belongs", "#VALUE!", () => F.industry([["零售", "批发"]])],
  ])("%s → %s", (_name, code, call) => {
    let thrown: unknown;
    try {
      call();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FunctionError);
    expect((thrown as FunctionError).code).toBe(code);
  });
});
