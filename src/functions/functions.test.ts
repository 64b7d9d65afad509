import packageJson from "../../package.json";

// Excel's runtime provides CustomFunctions; this stand-in keeps the code and message it is given.
class StubError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
Object.assign(globalThis, {
  CustomFunctions: { Error: StubError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
});

// eslint-disable-next-line @typescript-eslint/no-require-imports -- imported after the stub is in place
const { nps, version } = require("./functions") as typeof import("./functions");

describe("custom functions", () => {
  test("VERSION is package.json's version", () => {
    expect(version()).toBe(packageJson.version);
  });

  test("NPS returns the score", () => {
    // 2 promoters, 1 detractor of 4 answers: 100 × (2 − 1) / 4 = 25
    expect(nps([[10, 9, 8, 0]])).toBe(25);
  });

  test("NPS throws #VALUE! with a message for junk", () => {
    expect(() => nps([[10, "very likely"]])).toThrow(
      expect.objectContaining({
        code: "#VALUE!",
        message: expect.stringContaining("column 2") as unknown,
      }) as Error,
    );
  });

  test("NPS throws #N/A when there are no answers", () => {
    expect(() => nps([[null]])).toThrow(expect.objectContaining({ code: "#N/A" }) as Error);
  });
});
