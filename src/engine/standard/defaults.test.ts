import { knownCodes } from "./codes";
import { DEFAULT_STANDARD } from "./defaults";
import { STANDARD_SCHEMA_VERSION } from "./types";
import { validateStandard } from "./validate";

describe("DEFAULT_STANDARD", () => {
  it("is valid, current, named, and frozen", () => {
    expect(validateStandard(DEFAULT_STANDARD)).toEqual([]);
    expect(DEFAULT_STANDARD.version).toBe(STANDARD_SCHEMA_VERSION);
    expect(DEFAULT_STANDARD.name).toBe("CustClass 默认标准 / default");
    expect(Object.isFrozen(DEFAULT_STANDARD.overall.rules[0]?.when)).toBe(true);
  });

  it("holds the agreed values (the lead's brief; product.md for refunds and abc)", () => {
    const { refunds, frequency, abc, rfm, industry, size, satisfaction, repeat } = DEFAULT_STANDARD;
    expect({ refunds, frequency, abc, rfm, industry, size, satisfaction, repeat }).toEqual({
      refunds: "net",
      frequency: { windowDays: 365, highMinOrders: 12, mediumMinOrders: 4, newDays: 90, dormantDays: 180 },
      abc: { a: 0.8, b: 0.95, basis: "revenue", bigTicket: { aovQuantile: 0.8, maxOrders: 2 } },
      rfm: { model: "rf10", bins: 5, ties: { recency: "value", frequency: "value", monetary: "value" } },
      industry: { aliases: {} },
      size: { standard: "nbs2017", allowRevenueOnly: true, eurToCny: 7.8 },
      satisfaction: { promoterMin: 9, passiveMin: 7, csatTopBoxMin: 4 },
      repeat: { minOrders: 2 },
    });
  });
});

describe("known condition codes include product.md's code lists", () => {
  // product.md "Conventions that must be exact" and the dimension table.
  const table: [Parameters<typeof knownCodes>[0], string[]][] = [
    ["value", ["A", "B", "C"]],
    ["size", ["large", "medium", "small", "micro"]],
    ["industry", [..."ABCDEFGHIJKLMNOPQRST".split(""), "unknown"]],
    ["frequency", ["high", "medium", "low", "new", "dormant"]],
    ["satisfaction", ["promoter", "passive", "detractor"]],
    ["repeat", ["repeat", "one_time"]],
    // prettier-ignore
    ["rfm", ["important_value", "important_develop", "important_keep", "important_retain", "general_value",
      "general_develop", "general_keep", "general_retain", "hibernating", "at_risk", "cant_lose", "about_to_sleep",
      "need_attention", "loyal", "promising", "new", "potential_loyalist", "champions"]],
  ];
  it.each(table)("%s", (dim, codes) => {
    const known = knownCodes(dim, { rfm: { model: "rf10" } });
    expect(codes.filter((c) => !known?.has(c))).toEqual([]);
  });

  it("the code none (no data) always; credit grades from the standard; region open", () => {
    expect(knownCodes("credit", { credit: { grades: [{ grade: "AAA" }] } })).toEqual(
      new Set(["none", "AAA"]),
    );
    expect(knownCodes("region", {})).toBeNull();
  });
});
