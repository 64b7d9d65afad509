import { customerTypeOf } from "./customerType";

describe("customerTypeOf", () => {
  // prettier-ignore
  test.each([
    ["零售", "retail"], ["零售客户", "retail"], ["Retail", "retail"],
    ["批发", "wholesale"], ["批发商", "wholesale"], ["批发企业", "wholesale"], ["wholesale", "wholesale"],
    ["企业", "enterprise"], ["企业客户", "enterprise"], ["公司", "enterprise"], ["B2B", "enterprise"], ["Corporate", "enterprise"],
    ["个人", "individual"], ["散客", "individual"], ["消费者", "individual"], ["consumer", "individual"],
    ["经销商", "distributor"], ["代理商", "distributor"], ["Dealer", "distributor"],
    ["政府", "government"], ["政府机关单位", "government"], ["事业单位", "government"], ["Government", "government"],
    ["VIP", "other"], ["其它", "other"],
  ])("%s → %s", (text, expected) => {
    expect(customerTypeOf(text)).toBe(expected);
  });
  test("empty → null", () => {
    expect(customerTypeOf("")).toBeNull();
    expect(customerTypeOf("  ")).toBeNull();
    expect(customerTypeOf(null)).toBeNull();
  });
  test("English words match whole words only ('agents' is not 'agent')", () => {
    expect(customerTypeOf("gov")).toBe("government");
    expect(customerTypeOf("agent")).toBe("distributor");
    expect(customerTypeOf("agents")).toBe("other");
  });
});
