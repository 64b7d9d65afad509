/**
 * The functions.json Excel reads, generated from src/functions/functions.ts's JSDoc by the same
 * package webpack's CustomFunctionsMetadataPlugin uses (custom-functions-metadata); where that package
 * is missing, the dist/functions.json of `npm run build` (CI builds before testing).
 */
import * as fs from "fs";
import * as path from "path";

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = path.join(ROOT, "src/functions/functions.ts");

async function metadata(): Promise<{ functions: Fn[] }> {
  let generate: ((input: string) => Promise<{ metadataJson: string; errors: string[] }>) | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional dev dependency, loaded only if present
    generate = (require("custom-functions-metadata") as { generateCustomFunctionsMetadata: typeof generate })
      .generateCustomFunctionsMetadata;
  } catch {
    generate = undefined;
  }
  if (generate !== undefined) {
    const r = await generate(SOURCE);
    expect(r.errors).toEqual([]);
    return JSON.parse(r.metadataJson) as { functions: Fn[] };
  }
  return JSON.parse(fs.readFileSync(path.join(ROOT, "dist/functions.json"), "utf8")) as { functions: Fn[] };
}

// The signatures documented in functions.ts's JSDoc (product.md, "Custom functions", names the functions).
const SIGNATURES: Record<string, string[]> = {
  VERSION: [],
  CLASSIFY: ["customers", "transactions", "as_of?", "standard?", "metrics?", "language?"],
  EXPLAIN: ["customers", "transactions", "id", "dimension?", "as_of?", "standard?", "language?"],
  SCORE: ["value", "values", "reverse?", "bins?"],
  RFM: ["recency", "frequency", "monetary?", "model?", "all_recency?", "all_frequency?", "all_monetary?"],
  ABC: ["value", "values", "a?", "b?", "id?", "ids?"],
  CREDIT: [
    "on_time_rate",
    "weighted_days_late",
    "oldest_overdue_days",
    "overdue_share?",
    "limit_utilisation?",
    "standard?",
  ],
  TERMS: ["grade", "standard?"],
  SIZE: ["industry", "employees", "revenue", "assets?", "unit?", "standard?"],
  INDUSTRY: ["text", "standard?"],
  NPS: ["scores", "standard?"],
  LABEL: ["dimension", "code", "language?", "standard?"],
};
const RANGES = new Set([
  "customers",
  "transactions",
  "standard",
  "values",
  "all_recency",
  "all_frequency",
  "all_monetary",
  "ids",
  "scores",
]);
const CHINESE = /[\u4e00-\u9fff]/;

describe("functions.json", () => {
  let fns: Fn[];
  beforeAll(async () => {
    fns = (await metadata()).functions;
  });

  test("lists every function with its parameters, in the documented order", () => {
    const got = Object.fromEntries(
      fns.map((f) => [f.id, f.parameters.map((p) => p.name + (p.optional ? "?" : ""))]),
    );
    expect(got).toEqual(SIGNATURES);
  });

  test("every @customfunction of functions.ts is exported under the id's name", async () => {
    const mod = (await import("../../src/functions/functions")) as Record<string, unknown>;
    for (const f of fns) expect(typeof mod[f.id.toLowerCase()]).toBe("function");
  });

  test("names are upper-case, at least 3 letters; ids equal names", () => {
    for (const f of fns) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
      expect(f.id).toBe(f.name);
    }
  });

  test("CLASSIFY spills a matrix, asks for its ranges' addresses and is not volatile", () => {
    const c = fns.find((f) => f.id === "CLASSIFY")!;
    expect(c.result?.dimensionality).toBe("matrix");
    expect(c.options?.requiresParameterAddresses).toBe(true);
    expect(c.options?.volatile).toBeUndefined();
    expect(fns.every((f) => f.options?.volatile !== true)).toBe(true);
  });

  test("ranges are matrix parameters; single values are scalars", () => {
    for (const f of fns)
      for (const p of f.parameters)
        expect([p.name, p.dimensionality ?? "scalar"]).toEqual([
          p.name,
          RANGES.has(p.name) ? "matrix" : "scalar",
        ]);
  });

  test("every function and parameter has help text; function descriptions in English and Chinese", () => {
    for (const f of fns) {
      expect(f.description).toMatch(/[A-Za-z]{3}/);
      expect(f.description).toMatch(CHINESE);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });

  test("results: numbers for SCORE and NPS, text for the class functions", () => {
    const type = (id: string) => fns.find((f) => f.id === id)?.result?.type;
    expect(type("SCORE")).toBe("number");
    expect(type("NPS")).toBe("number");
    for (const id of ["RFM", "ABC", "CREDIT", "TERMS", "SIZE", "INDUSTRY", "LABEL", "VERSION"])
      expect(type(id)).toBe("string");
  });
});
