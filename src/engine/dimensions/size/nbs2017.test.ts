import { NBS2017_ROWS, SIZE_CLASSES, type NbsRow, type NbsRowCode } from "./nbs2017";
import { nbsClassOf } from "./nbsClass";

/**
 * The annex table of 《统计上大中小微型企业划分办法（2017）》(国统字〔2017〕213号), "统计上大中小微型企业
 * 划分标准", cell by cell as the document writes it (columns: 行业名称, 指标名称, 大型, 中型, 小型, 微型;
 * X 从业人员 人, Y 营业收入 万元, Z 资产总额 万元). The test parses these cells and compares the bounds
 * with nbs2017.ts, so a typo in either shows up.
 */
// prettier-ignore
const DOCUMENT: readonly (readonly [NbsRowCode, string, string, string, string, string, string])[] = [
  ["agriculture", "农、林、牧、渔业", "营业收入(Y)", "Y≥20000", "500≤Y<20000", "50≤Y<500", "Y<50"],
  ["industry", "工业*", "从业人员(X)", "X≥1000", "300≤X<1000", "20≤X<300", "X<20"],
  ["industry", "工业*", "营业收入(Y)", "Y≥40000", "2000≤Y<40000", "300≤Y<2000", "Y<300"],
  ["construction", "建筑业", "营业收入(Y)", "Y≥80000", "6000≤Y<80000", "300≤Y<6000", "Y<300"],
  ["construction", "建筑业", "资产总额(Z)", "Z≥80000", "5000≤Z<80000", "300≤Z<5000", "Z<300"],
  ["wholesale", "批发业", "从业人员(X)", "X≥200", "20≤X<200", "5≤X<20", "X<5"],
  ["wholesale", "批发业", "营业收入(Y)", "Y≥40000", "5000≤Y<40000", "1000≤Y<5000", "Y<1000"],
  ["retail", "零售业", "从业人员(X)", "X≥300", "50≤X<300", "10≤X<50", "X<10"],
  ["retail", "零售业", "营业收入(Y)", "Y≥20000", "500≤Y<20000", "100≤Y<500", "Y<100"],
  ["transport", "交通运输业*", "从业人员(X)", "X≥1000", "300≤X<1000", "20≤X<300", "X<20"],
  ["transport", "交通运输业*", "营业收入(Y)", "Y≥30000", "3000≤Y<30000", "200≤Y<3000", "Y<200"],
  ["warehousing", "仓储业*", "从业人员(X)", "X≥200", "100≤X<200", "20≤X<100", "X<20"],
  ["warehousing", "仓储业*", "营业收入(Y)", "Y≥30000", "1000≤Y<30000", "100≤Y<1000", "Y<100"],
  ["postal", "邮政业", "从业人员(X)", "X≥1000", "300≤X<1000", "20≤X<300", "X<20"],
  ["postal", "邮政业", "营业收入(Y)", "Y≥30000", "2000≤Y<30000", "100≤Y<2000", "Y<100"],
  ["accommodation", "住宿业", "从业人员(X)", "X≥300", "100≤X<300", "10≤X<100", "X<10"],
  ["accommodation", "住宿业", "营业收入(Y)", "Y≥10000", "2000≤Y<10000", "100≤Y<2000", "Y<100"],
  ["catering", "餐饮业", "从业人员(X)", "X≥300", "100≤X<300", "10≤X<100", "X<10"],
  ["catering", "餐饮业", "营业收入(Y)", "Y≥10000", "2000≤Y<10000", "100≤Y<2000", "Y<100"],
  ["info_transmission", "信息传输业*", "从业人员(X)", "X≥2000", "100≤X<2000", "10≤X<100", "X<10"],
  ["info_transmission", "信息传输业*", "营业收入(Y)", "Y≥100000", "1000≤Y<100000", "100≤Y<1000", "Y<100"],
  ["software_it", "软件和信息技术服务业", "从业人员(X)", "X≥300", "100≤X<300", "10≤X<100", "X<10"],
  ["software_it", "软件和信息技术服务业", "营业收入(Y)", "Y≥10000", "1000≤Y<10000", "50≤Y<1000", "Y<50"],
  ["real_estate_development", "房地产开发经营", "营业收入(Y)", "Y≥200000", "1000≤Y<200000", "100≤Y<1000", "Y<100"],
  ["real_estate_development", "房地产开发经营", "资产总额(Z)", "Z≥10000", "5000≤Z<10000", "2000≤Z<5000", "Z<2000"],
  ["property_management", "物业管理", "从业人员(X)", "X≥1000", "300≤X<1000", "100≤X<300", "X<100"],
  ["property_management", "物业管理", "营业收入(Y)", "Y≥5000", "1000≤Y<5000", "500≤Y<1000", "Y<500"],
  ["leasing_business", "租赁和商务服务业", "从业人员(X)", "X≥300", "100≤X<300", "10≤X<100", "X<10"],
  ["leasing_business", "租赁和商务服务业", "资产总额(Z)", "Z≥120000", "8000≤Z<120000", "100≤Z<8000", "Z<100"],
  ["other", "其他未列明行业*", "从业人员(X)", "X≥300", "100≤X<300", "10≤X<100", "X<10"],
];

type Key = "employees" | "revenue" | "assets";
const KEY: Record<string, Key> = { X: "employees", Y: "revenue", Z: "assets" };

/** Bounds [large, medium, small] read from the four cells, checking the cells agree with each other. */
function parseCells(large: string, medium: string, small: string, micro: string): [string, number[]] {
  const l = /^([XYZ])≥(\d+)$/.exec(large);
  const m = /^(\d+)≤([XYZ])<(\d+)$/.exec(medium);
  const s = /^(\d+)≤([XYZ])<(\d+)$/.exec(small);
  const u = /^([XYZ])<(\d+)$/.exec(micro);
  if (!l || !m || !s || !u) throw new Error(`unparsed: ${large} ${medium} ${small} ${micro}`);
  expect(m[3]).toBe(l[2]); // medium's upper bound is large's lower bound
  expect(s[3]).toBe(m[1]);
  expect(u[2]).toBe(s[1]);
  return [l[1] as string, [Number(l[2]), Number(m[1]), Number(s[1])]];
}

const rowOf = (code: NbsRowCode): NbsRow => NBS2017_ROWS.find((r) => r.code === code) as NbsRow;

describe("NBS 2017 table = the document's annex", () => {
  test.each(DOCUMENT)("%s %s %s", (code, _name, _ind, large, medium, small, micro) => {
    const [letter, bounds] = parseCells(large, medium, small, micro);
    expect(rowOf(code)[KEY[letter] as Key]).toEqual(bounds);
  });

  test("no row lists an indicator the document does not", () => {
    for (const row of NBS2017_ROWS) {
      const listed = DOCUMENT.filter((d) => d[0] === row.code).map((d) => KEY[d[2].slice(-2, -1)]);
      const have = (["employees", "revenue", "assets"] as const).filter((k) => row[k] !== undefined);
      expect(have.sort()).toEqual([...listed].sort());
    }
  });

  test("16 rows in the document's order", () => {
    expect(NBS2017_ROWS.map((r) => r.code)).toEqual([...new Set(DOCUMENT.map((d) => d[0]))]);
  });
});

/**
 * Boundary values of every bound of every row: exactly at the bound → that tier; one unit below (one
 * person, or 1 元 under bound × 10,000 元) → the next tier down. The row's other indicators are set at
 * their large bound, so only the one under test decides (说明 1: the lowest tier of any indicator).
 */
describe("every bound of every row: at the bound and one below", () => {
  const cases: [NbsRowCode, Key, number, number, string, string][] = [];
  for (const row of NBS2017_ROWS) {
    for (const key of ["employees", "revenue", "assets"] as const) {
      const b = row[key];
      if (b === undefined) continue;
      const unit = key === "employees" ? 1 : 10_000;
      b.forEach((bound, tier) => {
        cases.push([
          row.code,
          key,
          bound * unit,
          tier,
          SIZE_CLASSES[tier] as string,
          SIZE_CLASSES[tier + 1] as string,
        ]);
      });
    }
  }
  test.each(cases)("%s %s = %d", (code, key, atBound, _tier, at, below) => {
    const row = rowOf(code);
    const big = (k: Key): number => {
      const b = row[k];
      return b === undefined ? NaN : b[0] * (k === "employees" ? 1 : 10_000);
    };
    const args = (v: number): [number, number, number] => [
      key === "employees" ? v : big("employees"),
      key === "revenue" ? v : big("revenue"),
      key === "assets" ? v : big("assets"),
    ];
    const a = nbsClassOf(code, ...args(atBound), false);
    expect([SIZE_CLASSES[a.tier], a.basis]).toEqual([at, "full"]);
    const b = nbsClassOf(code, ...args(atBound - 1), false);
    expect([SIZE_CLASSES[b.tier], b.basis]).toEqual([below, "full"]);
  });
  test("the table has 30 indicator lines × 3 bounds", () => {
    expect(cases).toHaveLength(90);
  });
});
