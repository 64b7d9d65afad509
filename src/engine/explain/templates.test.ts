import { fill, placeholders } from "./template";
import { ALL_TEMPLATES } from "./templates";

describe("sentence templates", () => {
  it.each(Object.entries(ALL_TEMPLATES))(
    "%s: both languages have the same sentences and placeholders",
    (_, t) => {
      const en = t["en-US"];
      const zh = t["zh-CN"];
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en))
        expect([key, placeholders(zh[key] ?? "")]).toEqual([key, placeholders(en[key] ?? "")]);
    },
  );

  it("fill replaces every named placeholder once and leaves unknown ones visible", () => {
    expect(fill("{a} < {b} ({a})", { a: 1, b: "x" })).toBe("1 < x (1)");
    expect(fill("{a} {zz}", { a: "{zz}" })).toBe("{zz} {zz}"); // a value is not scanned again
  });
});
