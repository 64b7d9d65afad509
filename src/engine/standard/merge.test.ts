import fc from "fast-check";
import { DEFAULT_STANDARD, defaultStandard } from "./defaults";
import { mergeStandard } from "./merge";
import { validateStandard } from "./validate";

describe("mergeStandard", () => {
  it("gives the defaults for null / undefined / {}", () => {
    for (const input of [null, undefined, {}]) {
      expect(mergeStandard(input)).toEqual({ standard: DEFAULT_STANDARD, errors: [] });
    }
  });

  it("deep-merges objects key by key: what the input leaves out keeps its default", () => {
    const { standard, errors } = mergeStandard({ abc: { a: 0.7 }, rfm: { ties: { monetary: "rank" } } });
    expect(errors).toEqual([]);
    expect(standard.abc).toEqual({ ...DEFAULT_STANDARD.abc, a: 0.7 });
    expect(standard.rfm.ties).toEqual({ recency: "value", frequency: "value", monetary: "rank" });
    expect(standard.frequency).toEqual(DEFAULT_STANDARD.frequency);
  });

  it("replaces arrays whole (a rule table is not merged item by item)", () => {
    const grades = [
      { grade: "good", minOnTimeRate: 0.9, terms: "net30" },
      { grade: "bad", terms: "cod" },
    ];
    const { standard, errors } = mergeStandard({
      credit: { grades },
      overall: { rules: [{ class: "x", action: "y", when: {} }] },
    });
    expect(errors).toEqual([]);
    expect(standard.credit.grades).toEqual(grades);
    expect(standard.overall.rules).toHaveLength(1);
  });

  it("accepts a rule table for rfm.model in place of the preset name", () => {
    const model = [{ segment: "top", r: [4, 5] as [number, number] }, { segment: "rest" }];
    expect(mergeStandard({ rfm: { model } }).standard.rfm.model).toEqual(model);
  });

  it("merges industry aliases into the (empty) default map", () => {
    expect(mergeStandard({ industry: { aliases: { 超市: "F" } } }).standard.industry.aliases).toEqual({
      超市: "F",
    });
  });

  it("reports the input's problems and puts the defaults back there; the rest of the input is kept", () => {
    const { standard, errors } = mergeStandard({
      abc: { a: 1.5, basis: "profit" },
      frequency: { windowDays: "a year" },
      rfm: { model: [{ segment: "Top" }] },
      extra: true,
    });
    expect(errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual(
      [
        "abc.a out_of_range",
        "extra unknown_key",
        "frequency.windowDays wrong_type",
        "rfm.model[0].segment invalid_code",
      ].sort(),
    );
    expect(standard.abc.a).toBe(DEFAULT_STANDARD.abc.a);
    expect(standard.abc.basis).toBe("profit");
    expect(standard.frequency.windowDays).toBe(365);
    expect(standard.rfm.model).toBe("rf10"); // a bad rule → the whole table's default
    expect("extra" in standard).toBe(false);
    expect(validateStandard(standard)).toEqual([]);
  });

  it("restores both fields of a broken relation (a must stay < b)", () => {
    const { standard, errors } = mergeStandard({ abc: { a: 0.9, b: 0.85 } });
    expect(errors.map((e) => e.code)).toEqual(["order"]);
    expect([standard.abc.a, standard.abc.b]).toEqual([0.8, 0.95]);
  });

  it("rejects a non-object input with one error and the defaults", () => {
    const { standard, errors } = mergeStandard("rf10");
    expect(errors).toEqual([expect.objectContaining({ path: "", code: "wrong_type" })]);
    expect(errors[0]?.message["en-US"]).toBe("the standard must be an object {…}, not text");
    expect(standard).toEqual(DEFAULT_STANDARD);
  });

  it("a key named __proto__ is data, not a prototype", () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "industry": {"aliases": {"__proto__": "F"}}}',
    );
    const { standard, errors } = mergeStandard(input);
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual(["__proto__ unknown_key"]);
    expect(Object.getPrototypeOf(standard)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(standard.industry.aliases)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("mutates neither its input nor the defaults, and returns a fresh copy", () => {
    const input = Object.freeze({ abc: Object.freeze({ a: 0.7 }) });
    const a = mergeStandard(input).standard;
    a.abc.b = 0.99;
    a.overall.rules.pop();
    expect(mergeStandard(input).standard.abc.b).toBe(0.95);
    expect(DEFAULT_STANDARD.overall.rules).toHaveLength(defaultStandard().overall.rules.length);
    expect(Object.isFrozen(DEFAULT_STANDARD.abc)).toBe(true);
  });

  it("property: whatever JSON comes in, the standard that comes out is valid", () => {
    // Patches shaped like the standard (its real keys, random values) reach the deep checks;
    // arbitrary JSON covers the rest.
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.double(), fc.integer({ min: -5, max: 400 }));
    const section = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 });
    const patch = fc.record(
      {
        abc: section(["a", "b", "basis", "bigTicket"]),
        frequency: section(["windowDays", "highMinOrders", "mediumMinOrders", "newDays", "dormantDays"]),
        rfm: section(["model", "bins", "ties"]),
        credit: section(["graceDays", "grades", "defaultTermDays"]),
        satisfaction: section(["promoterMin", "passiveMin", "csatTopBoxMin"]),
        overall: section(["rules"]),
        version: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(patch, fc.jsonValue()), (input) => {
        const { standard } = mergeStandard(input);
        expect(validateStandard(standard)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
