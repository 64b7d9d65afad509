import { classifyIndustry } from "../industry/classify";
import { INDUSTRY_DEFAULTS } from "../industry/defaults";
import { customersWith, type CustomerRecord } from "../industry/fixture";
import { classifySize } from "./classify";
import { SIZE_DEFAULTS } from "./defaults";
import { sizeOfValues } from "./ofValues";

const W = 10_000; // 元 per 万元
const STD = { industry: INDUSTRY_DEFAULTS, size: SIZE_DEFAULTS };

describe("sizeOfValues", () => {
  test("超市, 60 staff, 600万 revenue → medium (零售业: X ≥ 50, Y ≥ 500万), no note", () => {
    expect(sizeOfValues({ industryText: "超市", employees: 60, revenue: 600 * W }, STD)).toEqual({
      sizeClass: "medium",
      note: null,
    });
  });

  test("no industry → no class, note no_industry", () => {
    expect(sizeOfValues({ employees: 10 }, STD)).toEqual({ sizeClass: null, note: "no_industry" });
  });

  test("each company is classed as its row of a customer table is", () => {
    const records: CustomerRecord[] = [
      { industry: "超市", employees: 60, revenue: 600 * W },
      { industry: "批发和零售业", employees: 100, revenue: 600 * W }, // rows disagree: row_assumed
      { industry: "机械制造", revenue: 1000 * W }, // revenue only
      { industry: "银行", employees: 5000, revenue: 1e10 }, // out of scope
      { industry: "其他", employees: 10 }, // not recognised
      { industry: "5211 百货零售", employees: 5 },
      { industry: "软件", employees: 50, revenue: -1 }, // invalid indicator
      { industry: "制造业", employees: 1200, revenue: 50_000 * W, assets: 1e9 },
    ];
    const customers = customersWith(records);
    const table = classifySize(customers, SIZE_DEFAULTS, classifyIndustry(customers, INDUSTRY_DEFAULTS));
    records.forEach((r, i) => {
      const one = sizeOfValues(
        {
          industryText: r.industry ?? null,
          ...(r.employees !== undefined && { employees: r.employees }),
          ...(r.revenue !== undefined && { revenue: r.revenue }),
          ...(r.assets !== undefined && { assets: r.assets }),
        },
        STD,
      );
      expect(one).toEqual({ sizeClass: table.classes[i], note: table.extra?.sizeNote?.[i] ?? null });
    });
  });
});
