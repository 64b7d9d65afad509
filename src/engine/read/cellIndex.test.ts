import { CellIndex, MISSING } from "./cellIndex";

describe("CellIndex", () => {
  it("keeps strings, numbers and booleans apart and agrees with a Map over many keys (growth)", () => {
    const index = new CellIndex(4);
    const map = new Map<string | number | boolean, number>();
    const keys: (string | number | boolean)[] = [true, false, 0, 1.5, -7, 2 ** 40, "0", "1.5", "", "客户"];
    for (let i = 0; i < 5000; i++) keys.push(`SO${String(i).padStart(8, "0")}`, i * 3, i + 0.25);
    keys.forEach((k, i) => {
      // As the reader does: a lookup that misses, then the insert (which reuses the lookup's probe).
      expect(index.get(k)).toBe(map.get(k) ?? MISSING);
      index.set(k, i);
      map.set(k, i);
    });
    expect(index.size).toBe(map.size);
    for (const [k, v] of map) expect(index.get(k)).toBe(v);
    expect(index.get("SO99999999")).toBe(MISSING);
    expect(index.get(-1)).toBe(MISSING);
  });

  it("replaces a value, treats -0 as 0 (like a Map) and never stores NaN", () => {
    const index = new CellIndex();
    index.set("a", 1);
    expect(index.get("a")).toBe(1);
    index.set("a", 2);
    index.set(0, 5);
    index.set(NaN, 9);
    expect(index.get("a")).toBe(2);
    expect(index.get(-0)).toBe(5);
    expect(index.get(NaN)).toBe(MISSING);
    expect(index.size).toBe(2);
  });
});
