import { GBT4754_SECTIONS, sectionOfDivision } from "./sections";
import { groupOfSection, INDUSTRY_GROUPS } from "./groups";

/**
 * Expected values copied from GB/T 4754-2017《国民经济行业分类》, table "国民经济行业分类和代码":
 * section letter, section name (门类名称) and the first/last division (大类) under it.
 */
const STANDARD: readonly (readonly [string, string, number, number])[] = [
  ["A", "农、林、牧、渔业", 1, 5],
  ["B", "采矿业", 6, 12],
  ["C", "制造业", 13, 43],
  ["D", "电力、热力、燃气及水生产和供应业", 44, 46],
  ["E", "建筑业", 47, 50],
  ["F", "批发和零售业", 51, 52],
  ["G", "交通运输、仓储和邮政业", 53, 60],
  ["H", "住宿和餐饮业", 61, 62],
  ["I", "信息传输、软件和信息技术服务业", 63, 65],
  ["J", "金融业", 66, 69],
  ["K", "房地产业", 70, 70],
  ["L", "租赁和商务服务业", 71, 72],
  ["M", "科学研究和技术服务业", 73, 75],
  ["N", "水利、环境和公共设施管理业", 76, 79],
  ["O", "居民服务、修理和其他服务业", 80, 82],
  ["P", "教育", 83, 83],
  ["Q", "卫生和社会工作", 84, 85],
  ["R", "文化、体育和娱乐业", 86, 90],
  ["S", "公共管理、社会保障和社会组织", 91, 96],
  ["T", "国际组织", 97, 97],
];

describe("GB/T 4754-2017 sections", () => {
  test("the 20 sections, names and division ranges are those of the standard", () => {
    expect(GBT4754_SECTIONS.map((s) => [s.letter, s.zh, s.from, s.to])).toEqual(STANDARD);
  });

  test.each(STANDARD)("divisions of %s map back to it (bounds and one outside)", (letter, _zh, from, to) => {
    expect(sectionOfDivision(from)).toBe(letter);
    expect(sectionOfDivision(to)).toBe(letter);
    expect(sectionOfDivision(from - 1)).not.toBe(letter);
    expect(sectionOfDivision(to + 1)).not.toBe(letter);
  });

  test("divisions 00, 98, 99 do not exist", () => {
    expect(sectionOfDivision(0)).toBeNull();
    expect(sectionOfDivision(98)).toBeNull();
    expect(sectionOfDivision(99)).toBeNull();
  });

  test("every section has an English name", () => {
    for (const s of GBT4754_SECTIONS) expect(s.en).toMatch(/^[A-Z][a-z ,]+$/);
  });
});

describe("coarse groups", () => {
  test.each([
    ["A", "primary"],
    ["B", "other_industry"],
    ["C", "manufacturing"],
    ["D", "other_industry"],
    ["E", "other_industry"],
    ["F", "retail_wholesale"],
    ["G", "services"],
    ["J", "services"],
    ["R", "services"],
    ["S", "public"],
    ["T", "public"],
    ["unknown", "unknown"],
  ])("%s → %s", (section, group) => {
    expect(groupOfSection(section)).toBe(group);
  });

  test("every section has exactly one known group", () => {
    for (const s of GBT4754_SECTIONS) expect(INDUSTRY_GROUPS).toContain(groupOfSection(s.letter));
  });
});
