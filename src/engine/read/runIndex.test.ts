import fc from "fast-check";
import { MISSING } from "./cellIndex";
import { RunIndex } from "./runIndex";

type Key = string | number | boolean;

/** The reader's use: look a key up, and store it when missing. A Map (with NaN never stored, as the
 *  CellIndex) is the reference. */
function agreesWithMap(keys: readonly Key[], expected = 16): void {
  const index = new RunIndex(expected);
  const map = new Map<Key, number>();
  keys.forEach((k, i) => {
    expect(index.get(k)).toBe(map.get(k) ?? MISSING);
    if (!map.has(k)) {
      index.set(k, i);
      if (k === k) map.set(k, i);
    }
  });
  for (const [k, v] of map) expect(index.get(k)).toBe(v);
}

describe("RunIndex", () => {
  it("order numbers in order, with a refund series and repeats among them, as a Map would", () => {
    const keys: Key[] = [];
    for (let i = 0; i < 3000; i++) {
      keys.push(`SO${String(i).padStart(8, "0")}`);
      if (i % 7 === 0) keys.push(`RT${String(i).padStart(8, "0")}`); // below the SO run: CellIndex
      if (i % 11 === 0) keys.push(`SO${String(i >> 1).padStart(8, "0")}`); // seen before: in the run
      keys.push(536365 + i, String(536365 + i)); // a number and its text: a run each
    }
    agreesWithMap(keys);
  });

  it("keys mostly out of order (an export sorted by customer): the runs give way, answers stay right", () => {
    const keys: Key[] = [];
    for (let i = 0; i < 5000; i++) keys.push(`INV${(i * 7919) % 5003}`, (i * 104729) % 4001);
    agreesWithMap(keys);
  });

  it("replaces values in a run and outside it; -0 is 0; NaN is never stored; booleans apart", () => {
    const index = new RunIndex();
    index.set("b", 1);
    index.set("a", 2); // below "b": the CellIndex
    index.set("b", 3);
    index.set("a", 4);
    index.set(0, 5);
    index.set(NaN, 6);
    index.set(true, 7);
    expect([index.get("a"), index.get("b"), index.get(-0), index.get(NaN), index.get(true)]).toEqual([
      4,
      3,
      5,
      MISSING,
      7,
    ]);
    expect(index.get(false)).toBe(MISSING);
    expect(index.get("c")).toBe(MISSING);
  });

  it("agrees with a Map on any sequence of keys (property)", () => {
    const key = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.integer({ min: -5, max: 50 }),
      fc.constantFrom(0, -0, NaN, 1.5, true, false),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 400 }), (keys) => {
        agreesWithMap(keys, 4);
      }),
      { numRuns: 300 },
    );
  });
});
