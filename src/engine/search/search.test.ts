import fc from "fast-check";
import { classify } from "../classify";
import type { ClassificationResult } from "../result";
import { compareIds } from "../stats/ids";
import type { RawTable } from "../types";
import { buildSearchIndex } from "./buildIndex";
import { normalizeSearchText } from "./normalize";
import { searchCustomers } from "./search";

const customers: RawTable = {
  sheet: "客户档案",
  top: 0,
  left: 0,
  rows: [
    ["客户编号", "客户名称"],
    ["1234", "Alpha Ltd"],
    ["12345", "上海华联超市"],
    ["A-1234", "华联"],
    ["991234", "ＡＢＣ Trading"],
    ["7", "1234 Supplies"],
    ["8", "abc"],
  ],
};
// Revenue: 7 → 1000, 12345 → 500, A-1234 → 300, 1234 → 100, 991234 → 50, 8 → none.
const transactions: RawTable = {
  sheet: "销售明细",
  top: 0,
  left: 0,
  rows: [
    ["客户编号", "日期", "金额"],
    ["7", "2024-01-02", 1000],
    ["12345", "2024-01-02", 500],
    ["A-1234", "2024-01-02", 300],
    ["1234", "2024-01-02", 100],
    ["991234", "2024-01-02", 50],
  ],
};
const { result } = classify({ customers, transactions, lang: "zh-CN" });
const ids = (q: string, limit?: number) =>
  searchCustomers(result, q, limit === undefined ? {} : { limit }).hits.map((h) => [h.id, h.match]);

describe("normalizeSearchText", () => {
  it.each([
    ["ＡＢＣ　Ｔｒａｄｉｎｇ", "abc trading"], // full-width letters and the ideographic space (NFKC)
    ["１２３４", "1234"],
    [" 12\t34 ", "12 34"],
    ["Ab  C", "ab c"],
    ["C-1234", "c-1234"], // the plain-ASCII fast path
    ["上海華聯", "上海華聯"], // CJK as it is (no traditional/simplified folding)
    ["a\u0000b", "ab"],
  ])("%j → %j", (input, output) => expect(normalizeSearchText(input)).toBe(output));
});

describe("searchCustomers", () => {
  it("full-width digits find the half-width ID; exact ID, then prefix, then substring, ties by revenue", () => {
    expect(ids("１２３４")).toEqual([
      ["1234", "id_exact"],
      ["7", "prefix"], // name "1234 Supplies", revenue 1000
      ["12345", "prefix"], // revenue 500
      ["A-1234", "substring"], // 300
      ["991234", "substring"], // 50
    ]);
  });

  it("is case-insensitive and folds full-width letters; an exact name ranks above a prefix", () => {
    expect(ids("ABC")).toEqual([
      ["8", "name_exact"],
      ["991234", "prefix"], // "ＡＢＣ Trading" → "abc trading"
    ]);
    expect(ids("alpha")).toEqual([["1234", "prefix"]]);
  });

  it("matches Chinese as it is", () => {
    expect(ids("华联")).toEqual([
      ["A-1234", "name_exact"],
      ["12345", "substring"],
    ]);
    expect(ids("華聯")).toEqual([]); // traditional characters are other characters: a plain substring match
  });

  it("reports the total before the limit, the field and the customer index", () => {
    const r = searchCustomers(result, "1234", { limit: 2 });
    expect(r.total).toBe(5);
    expect(r.hits).toHaveLength(2);
    expect(r.hits[1]).toMatchObject({
      id: "7",
      field: "name",
      index: result.customers.findIndex((c) => c.id === "7"),
    });
  });

  it("finds nothing for an empty or blank query, or a separator", () => {
    expect(searchCustomers(result, "  ").total).toBe(0);
    expect(searchCustomers(result, "").hits).toEqual([]);
    expect(searchCustomers(result, "\u0000").total).toBe(0);
  });

  it("ranks alike whether few matches are sorted or many are walked in revenue order", () => {
    // 200 customers c000…c199, revenue = (k · 37) mod 200 (a permutation, so no ties).
    const fake = {
      customers: Array.from({ length: 200 }, (_, k) => ({
        id: `c${String(k).padStart(3, "0")}`,
        name: null,
        metrics: { monetary: (k * 37) % 200 },
      })),
    } as unknown as ClassificationResult;
    const index = buildSearchIndex(fake);
    const expectOrder = (q: string, count: number) => {
      const r = searchCustomers(index, q, { limit: 1000 });
      expect(r.total).toBe(count);
      const revenues = r.hits.map((h) => fake.customers[h.index]?.metrics.monetary as number);
      expect(revenues).toEqual([...revenues].sort((x, y) => y - x));
    };
    expectOrder("c01", 10); // 10 ≤ 200/16: sorted keys
    expectOrder("c1", 100); // many: the revenue-order walk
    expect(searchCustomers(index, "c1", { limit: 3 }).hits).toHaveLength(3);
  });

  it("agrees with a brute-force scan on random customers and queries (property)", () => {
    const alphabet = ["1", "2", "a", "B", "Ａ", "１", "华", "联", " "];
    const text = fc
      .array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 6 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ id: text, name: fc.option(text), revenue: fc.option(fc.integer({ min: -5, max: 5 })) }),
          {
            maxLength: 25,
          },
        ),
        text,
        (rows, query) => {
          const seen = new Set<string>();
          const list = rows
            .map((r, k) => ({ ...r, id: `${normalizeSearchText(r.id)}#${k}` }))
            .filter((r) => !seen.has(r.id) && seen.add(r.id));
          const fake = {
            customers: list.map((r) => ({ id: r.id, name: r.name, metrics: { monetary: r.revenue } })),
          } as unknown as ClassificationResult;
          const q = normalizeSearchText(query);
          const tierOf = (r: (typeof list)[number]): number => {
            const id = normalizeSearchText(r.id);
            const name = r.name === null ? null : normalizeSearchText(r.name);
            if (q === "") return 9;
            if (id === q) return 0;
            if (name === q) return 1;
            if (id.startsWith(q) || name?.startsWith(q)) return 2;
            if (id.includes(q) || name?.includes(q)) return 3;
            return 9;
          };
          const rev = (r: (typeof list)[number]) => r.revenue ?? -Infinity;
          const expected = list
            .filter((r) => tierOf(r) < 9)
            .sort(
              (x, y) =>
                tierOf(x) - tierOf(y) ||
                (rev(y) > rev(x) ? 1 : rev(y) < rev(x) ? -1 : 0) ||
                compareIds(x.id, y.id),
            )
            .map((r) => r.id);
          const got = searchCustomers(buildSearchIndex(fake), query, { limit: 1000 }).hits.map((h) => h.id);
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
