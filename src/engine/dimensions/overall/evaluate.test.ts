import type { DimensionKey, OverallRule } from "../../standard/types";
import { classifyOverall, type DimensionClasses } from "./evaluate";

const rules: OverallRule[] = [
  { class: "first", action: "a1", when: { value: ["A"], credit: ["A"] } },
  { class: "second", action: "a2", when: { value: ["A"] } },
  { class: "unknown_credit", action: "a3", when: { credit: ["none"] } },
  { class: "rest", action: "a4", when: {} },
];

/** One customer per row: its classes → the expected overall class and rule number. */
const table: [string, Partial<Record<DimensionKey, string | null>>, string, number][] = [
  ["all conditions of rule 1 hold → rule 1", { value: "A", credit: "A" }, "first", 1],
  ["rule 1 fails on credit, rule 2 (less specific, later) matches", { value: "A", credit: "B" }, "second", 2],
  ["first match wins although rule 3 would match too", { value: "A", credit: null }, "second", 2],
  ["a null class matches the code none", { value: "B", credit: null }, "unknown_credit", 3],
  ["nothing specific matches → the {} fallback", { value: "C", credit: "D" }, "rest", 4],
];

describe("classifyOverall", () => {
  it.each(table)("%s", (_name, cls, expectedClass, expectedRule) => {
    const classes: DimensionClasses = {};
    for (const [k, v] of Object.entries(cls)) classes[k as DimensionKey] = [v];
    const out = classifyOverall(classes, rules, 1);
    expect(out.classes[0]).toBe(expectedClass);
    expect(out.metrics.rule?.[0]).toBe(expectedRule);
    expect(out.extra?.action?.[0]).toBe(rules[expectedRule - 1]?.action);
  });

  it("a dimension that was not computed reads as none for every customer", () => {
    const out = classifyOverall({ value: ["B", "A"] }, rules, 2);
    expect(out.classes).toEqual(["unknown_credit", "second"]);
  });

  it("without a fallback rule an unmatched customer gets null class, null action, NaN rule", () => {
    const out = classifyOverall({ value: ["C"] }, rules.slice(0, 2), 1);
    expect(out.classes).toEqual([null]);
    expect(out.extra?.action).toEqual([null]);
    expect(out.metrics.rule?.[0]).toBeNaN();
  });

  it("does not mutate its inputs", () => {
    const classes = Object.freeze({ value: Object.freeze(["A", "C"]) });
    const frozen = Object.freeze(rules.map((r) => Object.freeze({ ...r })));
    expect(classifyOverall(classes, frozen, 2).classes).toEqual(["second", "unknown_credit"]);
  });
});
