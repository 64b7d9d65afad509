/**
 * The entry points inside an Excel-like runtime: errors become CustomFunctions.Error with Excel's codes
 * and a message in the language asked for (else Office's display language), and CLASSIFY hands the
 * invocation's parameter addresses on.
 */
import packageJson from "../../package.json";

// Excel's runtime provides CustomFunctions and Office; these stand-ins keep what they are given.
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const scope = globalThis as Record<string, unknown>;
scope.CustomFunctions = {
  Error: StubError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  associate: () => undefined,
};
scope.Office = { context: { displayLanguage: "zh-CN" } };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- imported after the stubs are in place
const F = require("./functions") as typeof import("./functions");

function thrown(fn: () => unknown): StubError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StubError) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}

afterAll(() => {
  delete scope.CustomFunctions;
  delete scope.Office;
});

describe("custom functions in an Excel-like runtime", () => {
  test("VERSION is package.json's version", () => {
    expect(F.version()).toBe(packageJson.version);
  });

  test("#VALUE! with a message in Office's display language", () => {
    const e = thrown(() => F.nps([[10, "very likely"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('scores：第 1 行第 2 列的 "very likely" 不是数字。');
  });

  test("#N/A where no class applies", () => {
    expect(thrown(() => F.nps([[null]])).code).toBe("#N/A");
    expect(thrown(() => F.industry("qwxz")).code).toBe("#N/A");
  });

  test("the language argument chooses the message's language; a bad one is reported in Office's", () => {
    expect(thrown(() => F.label("rfm", "winners", "en-US")).message).toBe('"winners" is not a code of rfm.');
    expect(thrown(() => F.label("rfm", "champions", "fr")).message).toMatch(/^language（语言）：/);
    expect(F.label("rfm", "champions")).toBe("冠军");
  });

  test("CLASSIFY passes the parameter addresses on: issues name the real sheet", () => {
    const invocation = { parameterAddresses: ["客户!A1:B2", "销售明细!B3:C4"] } as CustomFunctions.Invocation;
    const e = thrown(() =>
      F.classify(
        [[""]],
        [
          ["客户编号", "金额"],
          ["C1", 5],
        ],
        null,
        undefined,
        null,
        "en-US",
        invocation,
      ),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/销售明细/);
  });

  test("CLASSIFY spills labels in Office's language by default", () => {
    const m = F.classify(null as unknown as unknown[][], [
      ["Date", "Customer ID", "Amount"],
      ["2024-01-01", "C1", 5],
    ]);
    expect(m[0]![0]).toBe("客户编号");
    expect(m[1]![0]).toBe("C1");
  });
});
