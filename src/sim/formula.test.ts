/**
 * Formula parsing, evaluation and reference adjustment. Expected values follow Excel's function
 * reference (SUM ignores text in ranges; AVERAGE of nothing is #DIV/0!; IF; "&" joins text) and
 * operator precedence (negation before ^: =-2^2 is 4).
 */
import { rewriteRefs } from "./formula-refs";
import { FormulaSyntaxError, parseFormula } from "./formula-parse";
import { createSimulator } from "./simulator";

function evalIn(cells: Record<string, unknown>, formula: string): unknown {
  const sim = createSimulator();
  for (const [a, v] of Object.entries(cells)) sim.workbook.setValues(`Sheet1!${a}`, [[v]]);
  sim.workbook.setValues("Sheet1!Z1", [[formula]]);
  return sim.workbook.getValues("Sheet1!Z1")[0]![0];
}

test.each([
  ["=1+2*3", 7],
  ["=(1+2)*3", 9],
  ["=-2^2", 4],
  ["=2^-1", 0.5],
  ["=10%", 0.1],
  ['="a"&"b"&1', "ab1"],
  ["=1/0", "#DIV/0!"],
  ["=1=1", true],
  ['="A"="a"', true],
  ["=SUM(A1:A3)", 3],
  ["=AVERAGE(A1:A3)", 1.5],
  ["=AVERAGE(C1:C3)", "#DIV/0!"],
  ["=COUNT(A1:A3)", 2],
  ["=COUNTA(A1:A3)", 3],
  ['=IF(A1>0,"pos","neg")', "pos"],
  ["=IFERROR(1/0,-1)", -1],
  ["=ROUND(2.345,2)", 2.35],
  ["=MAX(A1:A3)+MIN(A1:A3)", 3],
  ['=LEN("客户")', 2],
  ["=UPPER(A3)", "X"],
  ["=AND(TRUE,A1=1)", true],
  ["=unknownname+1", "#NAME?"],
])("%s = %p", (f, expected) => {
  // A1 = 1, A2 = 2, A3 = "x"
  expect(evalIn({ A1: 1, A2: 2, A3: "x" }, f)).toEqual(expected);
});

test("circular references read 0 instead of looping", () => {
  const sim = createSimulator();
  sim.workbook.setValues("Sheet1!A1:B1", [["=B1+1", "=A1+1"]]);
  expect(sim.workbook.getValues("Sheet1!A1")[0]![0]).toEqual(expect.any(Number));
});

test("the parser accepts what Excel accepts and refuses broken formulas", () => {
  for (const ok of [
    "=SUM(A:A)",
    "=Sheet2!A1",
    "='My sheet'!B2*2",
    "=Table1[Amount]",
    "=SUM(Table1[@[Qty]:[Price]])",
    "={1,2;3,4}",
    "=CUSTCLASS.SCORE(A1,5)",
    "=IF(,1,2)",
    "=1:1",
  ]) {
    expect(() => parseFormula(ok)).not.toThrow();
  }
  for (const bad of ["=1+", "=SUM(1,2", '="abc', "=)", "=1 2"]) {
    expect(() => parseFormula(bad)).toThrow(FormulaSyntaxError);
  }
});

test("reference rewriting keeps $ markers, sheet prefixes and string literals", () => {
  const down2 = (_s: string | undefined, x: { r0: number; c0: number; r1: number; c1: number }) => ({
    ...x,
    r0: x.r0 + 2,
    r1: x.r1 + 2,
  });
  expect(rewriteRefs('=SUM($B$2:B10)+Sheet2!C3&"A1"', down2)).toBe('=SUM($B$4:B12)+Sheet2!C5&"A1"');
  expect(rewriteRefs("=A1+LOG10(5)", () => null)).toBe("=#REF!+LOG10(5)");
});
