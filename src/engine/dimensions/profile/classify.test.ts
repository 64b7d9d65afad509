import { customersWith } from "../industry/fixture";
import { classifyRegion, classifyType } from "./classify";
import { REGION_LABELS, TYPE_LABELS } from "./labels";

describe("classifyType", () => {
  test("codes, other with the user's text kept, null for blanks", () => {
    const r = classifyType(
      customersWith([
        { type: "零售" },
        { type: " VIP 客户 " },
        { type: null },
        { type: "" },
        { type: "经销商" },
      ]),
    );
    expect(r.classes).toEqual(["retail", "other", null, null, "distributor"]);
    expect(r.extra?.typeText).toEqual([null, "VIP 客户", null, null, null]);
    for (const c of r.classes) if (c !== null) expect(TYPE_LABELS[c]).toBeDefined();
  });
});

describe("classifyRegion", () => {
  test("province codes, other text kept as written, full text in regionText", () => {
    const r = classifyRegion(
      customersWith([
        { region: "广东省深圳市" },
        { region: " Germany " },
        { region: "  " },
        { region: "北京" },
      ]),
    );
    expect(r.classes).toEqual(["guangdong", "Germany", null, "beijing"]);
    expect(r.extra?.regionText).toEqual(["广东省深圳市", "Germany", null, "北京"]);
    expect(REGION_LABELS.guangdong).toEqual({ "zh-CN": "广东省", "en-US": "Guangdong" });
    expect(REGION_LABELS.east_china?.["zh-CN"]).toBe("华东地区");
  });
});
