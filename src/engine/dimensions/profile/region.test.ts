import { regionCodeOf } from "./region";
import { PROVINCES } from "./provinces";

describe("regionCodeOf", () => {
  // prettier-ignore
  test.each([
    ["广东", "guangdong"], ["广东省", "guangdong"], ["广东省深圳市", "guangdong"], ["广东深圳", "guangdong"],
    ["北京", "beijing"], ["北京市", "beijing"], ["北京市朝阳区", "beijing"], ["上海市", "shanghai"],
    ["内蒙古", "inner_mongolia"], ["内蒙古自治区", "inner_mongolia"], ["内蒙", "inner_mongolia"],
    ["广西壮族自治区", "guangxi"], ["新疆维吾尔自治区", "xinjiang"], ["香港特别行政区", "hong_kong"],
    ["中国香港", "hong_kong"], ["中国 浙江省", "zhejiang"],
    ["山西", "shanxi"], ["陕西", "shaanxi"], ["Shanxi", "shanxi"], ["Shaanxi", "shaanxi"],
    ["Guangdong Province", "guangdong"], ["Shenzhen, Guangdong", "guangdong"], ["Hong Kong", "hong_kong"],
    ["HK", "hong_kong"], ["Macau", "macao"], ["Inner Mongolia", "inner_mongolia"],
    ["ＧＵＡＮＧＤＯＮＧ", "guangdong"], ["  江苏  ", "jiangsu"],
    ["华东", "east_china"], ["华东区", "east_china"], ["华东地区", "east_china"], ["East China", "east_china"],
    ["Germany", null], ["华东理工", null], ["海外", null], ["", null],
  ])("%s → %s", (text, expected) => {
    expect(regionCodeOf(text)).toBe(expected);
  });

  test("every province's full official name and English name map to it; 34 provinces", () => {
    expect(PROVINCES).toHaveLength(34);
    for (const p of PROVINCES) {
      expect(regionCodeOf(p.zh)).toBe(p.code);
      expect(regionCodeOf(p.en)).toBe(p.code);
    }
  });

  test("no short name is a prefix of another province's short name (prefix matching is unambiguous)", () => {
    const shorts = PROVINCES.flatMap((p) => p.short.map((s) => [s, p.code] as const));
    for (const [a, ca] of shorts)
      for (const [b, cb] of shorts) if (ca !== cb) expect(b.startsWith(a)).toBe(false);
  });
});
