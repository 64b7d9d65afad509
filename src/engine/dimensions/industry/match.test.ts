import { INDUSTRY_KEYWORDS } from "./keywords";
import { classifyIndustryText, compileAliases, invalidAliases } from "./match";
import { normalizeText } from "./normalize";
import { SECTION_BY_LETTER } from "./sections";

const section = (text: string, aliases: Record<string, string> = {}): string | undefined =>
  classifyIndustryText(text, compileAliases(aliases))?.section;

describe("classifyIndustryText: codes and letters", () => {
  // prettier-ignore
  test.each([
    ["F", "F", "code"],
    ["F 批发和零售业", "F", "code"],
    ["C 制造业", "C", "code"],
    ["5211", "F", "code"],
    ["C3011", "C", "code"],
    ["52", "F", "code"],
    ["65 软件和信息技术服务业", "I", "code"],
    ["F3011", "unknown", null], // letter and division disagree: not guessed
    ["T-shirt shop", "F", "keyword"], // a leading letter whose text disagrees is not a section
  ])("%s → %s via %s", (text, expected, via) => {
    const m = classifyIndustryText(text);
    expect(m?.section).toBe(expected);
    expect(m?.via).toBe(via);
  });

  test("the code is returned for the size dimension", () => {
    expect(classifyIndustryText("5211 百货零售")?.code).toBe("5211");
    expect(classifyIndustryText("F")?.code).toBeNull();
    expect(classifyIndustryText("超市")?.code).toBeNull();
  });
});

describe("classifyIndustryText: Chinese words (brief's list and GB/T 4754-2017 placements)", () => {
  // prettier-ignore
  test.each([
    // F 批发和零售业
    ["超市", "F"], ["零售", "F"], ["批发", "F"], ["贸易", "F"], ["商贸", "F"], ["批发零售", "F"],
    ["电子商务", "F"], ["水果店", "F"], ["五金店", "F"], ["医疗器械销售", "F"], ["化工贸易", "F"],
    ["体育用品", "F"],
    // C 制造业
    ["制造", "C"], ["工厂", "C"], ["加工", "C"], ["机械", "C"], ["电子", "C"], ["化工", "C"], ["纺织", "C"],
    ["食品加工", "C"], ["餐饮设备制造", "C"], ["服装加工厂", "C"], ["食品加工销售", "C"], ["工程机械", "C"],
    ["矿泉水", "C"], ["洗衣机", "C"], ["体育用品制造", "C"],
    // I
    ["软件", "I"], ["互联网", "I"], ["信息技术", "I"], ["IT", "I"], ["SaaS", "I"], ["IT咨询", "I"], ["软件研发", "I"],
    ["软件外包", "I"],
    // H
    ["餐饮", "H"], ["酒店", "H"], ["饭店", "H"], ["住宿餐饮", "H"],
    // G
    ["物流", "G"], ["运输", "G"], ["快递", "G"], ["仓储", "G"], ["交通运输", "G"],
    // E
    ["建筑", "E"], ["工程", "E"], ["装修", "E"], ["建筑工程", "E"],
    // J
    ["银行", "J"], ["保险", "J"], ["证券", "J"], ["金融", "J"], ["融资租赁", "J"], ["中国农业银行", "J"],
    // K
    ["房地产", "K"], ["物业", "K"], ["物业管理", "K"], ["房屋租赁", "K"],
    // L
    ["咨询", "L"], ["广告", "L"], ["租赁", "L"], ["人力", "L"], ["设备租赁", "L"], ["律师事务所", "L"],
    // P
    ["教育", "P"], ["学校", "P"], ["培训", "P"], ["体育培训", "P"],
    // Q
    ["医院", "Q"], ["医疗", "Q"], ["诊所", "Q"], ["养老院", "Q"], ["医疗美容", "Q"],
    // A
    ["农业", "A"], ["养殖", "A"], ["种植", "A"], ["水产养殖", "A"],
    // B
    ["矿", "B"], ["煤", "B"], ["煤矿", "B"], ["石油开采", "B"],
    // D
    ["电力", "D"], ["燃气", "D"], ["供水", "D"], ["煤气", "D"],
    // M
    ["研发", "M"], ["检测", "M"], ["设计", "M"], ["建筑设计", "M"], ["中国科学院", "M"],
    // N
    ["环保", "N"], ["环卫", "N"], ["水利", "N"],
    // O
    ["维修", "O"], ["家政", "O"], ["美容", "O"], ["洗衣", "O"], ["汽车维修", "O"], ["宠物医院", "O"],
    // R
    ["文化", "R"], ["传媒", "R"], ["体育", "R"], ["娱乐", "R"], ["影视", "R"], ["文化传媒", "R"],
    // S
    ["政府", "S"], ["机关", "S"], ["协会", "S"], ["社会组织", "S"], ["税务局", "S"], ["基金会", "S"],
    // T
    ["联合国", "T"], ["世界银行", "T"],
  ])("%s → %s", (text, expected) => {
    expect(section(text)).toBe(expected);
  });
});

describe("classifyIndustryText: English words", () => {
  // prettier-ignore
  test.each([
    ["retail", "F"], ["Wholesale", "F"], ["trading company", "F"], ["hardware store", "F"],
    ["manufacturing", "C"], ["Restaurant equipment manufacturing", "C"],
    ["manufacturer of catering equipment", "C"], ["medical devices", "C"],
    ["software", "I"], ["IT services", "I"], ["IT consulting", "I"], ["hospitality software", "I"],
    ["logistics", "G"], ["construction", "E"], ["bank", "J"], ["Bank of China", "J"],
    ["consulting", "L"], ["education", "P"], ["Ministry of Education", "S"], ["hospital", "Q"],
    ["restaurant", "H"], ["hotel", "H"], ["real estate", "K"], ["farm", "A"], ["mining", "B"],
    ["electricity", "D"], ["research", "M"], ["sanitation", "N"], ["laundry", "O"], ["media", "R"],
    ["government", "S"], ["united nations", "T"],
    ["Wholesale and retail trades", "F"], ["Transport, storage and post", "G"],
  ])("%s → %s", (text, expected) => {
    expect(section(text)).toBe(expected);
  });

  test("English words match whole words only: 'units' has no 'it', 'million' no 'mill'", () => {
    expect(section("units")).toBe("unknown");
    expect(section("million")).toBe("unknown");
  });
});

describe("every official section name classifies to its own section", () => {
  test.each([...SECTION_BY_LETTER.values()].map((s) => [s.zh, s.en, s.letter]))(
    "%s / %s → %s",
    (zh, en, l) => {
      expect(section(zh)).toBe(l);
      expect(section(zh.replace(/、/g, ""))).toBe(l);
      expect(section(en)).toBe(l);
    },
  );
});

describe("aliases, unknown, empty", () => {
  test("aliases are checked before the dictionary, exactly then contained, and may carry a code", () => {
    const aliases = { 老王: "F", 华润万家: "F5211", "Acme Software": "C" };
    expect(classifyIndustryText("老王", compileAliases(aliases))).toEqual({
      section: "F",
      code: null,
      via: "alias",
    });
    expect(classifyIndustryText("华润万家 超市", compileAliases(aliases))?.code).toBe("5211");
    // The alias wins over the built-in "software" → I.
    expect(section("ACME software", aliases)).toBe("C");
  });

  test("the longest contained alias wins", () => {
    expect(section("北京银行保险部", { 银行: "J", 银行保险部: "L" })).toBe("L");
  });

  test("invalid alias targets are ignored and listed", () => {
    const aliases = { 甲: "Z", 乙: "99", 丙: "K" };
    expect(invalidAliases(aliases)).toEqual(["甲", "乙"]);
    expect(section("甲", aliases)).toBe("unknown");
    expect(section("丙", aliases)).toBe("K");
  });

  test("unrecognised text → unknown; empty and blank → null", () => {
    expect(classifyIndustryText("其他")).toEqual({ section: "unknown", code: null, via: null });
    expect(classifyIndustryText("xyz")?.section).toBe("unknown");
    expect(classifyIndustryText("")).toBeNull();
    expect(classifyIndustryText("   ")).toBeNull();
    expect(classifyIndustryText(null)).toBeNull();
  });
});

describe("dictionary integrity", () => {
  test("keys are normalised, unique, and point at real sections", () => {
    const seen = new Set<string>();
    for (const [key, sec] of INDUSTRY_KEYWORDS) {
      expect(normalizeText(key)).toBe(key);
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(SECTION_BY_LETTER.has(sec)).toBe(true);
    }
  });
});
