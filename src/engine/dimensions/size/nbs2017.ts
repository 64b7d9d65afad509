/**
 * 《统计上大中小微型企业划分办法（2017）》, 国家统计局 国统字〔2017〕213号, 附表 "统计上大中小微型企业划分
 * 标准". Each row gives, per indicator, the lower bound of 大型 (large), 中型 (medium) and 小型 (small);
 * below the small bound is 微型 (micro). X 从业人员 (employees, 人), Y 营业收入 (operating revenue, 万元),
 * Z 资产总额 (total assets, 万元).
 *
 * 说明 1 of the annex: "大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列
 * 指标中的一项即可。" — large/medium/small need every listed indicator at or above the bound, else one tier
 * down; micro needs only one indicator below the small bound. Both together: the class is the lowest
 * tier any single indicator reaches (nbsClass.ts).
 *
 * Which GB/T 4754-2017 activities the combined rows (带*的项) cover, 说明 2:
 *   工业 = 采矿业, 制造业, 电力、热力、燃气及水生产和供应业 (B, C, D);
 *   交通运输业 = 道路, 水上, 航空, 管道运输业, 多式联运和运输代理业, 装卸搬运 (54–58, 591);
 *               不包括铁路运输业 (53);
 *   仓储业 = 通用, 低温, 危险品, 谷物棉花等农产品, 中药材及其他仓储 (592–599);
 *   信息传输业 = 电信、广播电视和卫星传输服务, 互联网和相关服务 (63, 64);
 *   其他未列明行业 = 科学研究和技术服务业, 水利、环境和公共设施管理业, 居民服务、修理和其他服务业,
 *               社会工作, 文化、体育和娱乐业, 以及房地产中介服务, 其他房地产业等; 不包括自有房地产经营活动.
 * The 办法 (三) applies to 15 sections and the 社会工作 division; 金融业 (J, sized by 《金融业企业划型标准
 * 规定》银发〔2015〕309号), 教育 (P), 卫生 (84), S and T are outside it.
 * 说明 3 defines the indicators: X = 期末从业人员数; Y = 主营业务收入 (or 营业收入 where none is set);
 * Z = 资产总计. CustClass takes the user's employee, revenue and asset columns as these.
 */

export type SizeClass = "large" | "medium" | "small" | "micro";
/** Index order of the tiers: 0 large … 3 micro; the class of several indicators is the largest index. */
export const SIZE_CLASSES: readonly SizeClass[] = ["large", "medium", "small", "micro"];

/** Lower bounds of large, medium, small (inclusive); micro is below the last. */
export type Bounds = readonly [large: number, medium: number, small: number];

export interface NbsRow {
  code: NbsRowCode;
  /** The row's name as the annex writes it. */
  zh: string;
  en: string;
  /** 从业人员 X, persons. */
  employees?: Bounds;
  /** 营业收入 Y, 万元. */
  revenue?: Bounds;
  /** 资产总额 Z, 万元. */
  assets?: Bounds;
}

export type NbsRowCode =
  | "agriculture"
  | "industry"
  | "construction"
  | "wholesale"
  | "retail"
  | "transport"
  | "warehousing"
  | "postal"
  | "accommodation"
  | "catering"
  | "info_transmission"
  | "software_it"
  | "real_estate_development"
  | "property_management"
  | "leasing_business"
  | "other";

/** The annex table, row by row, in the document's order. */
// prettier-ignore
export const NBS2017_ROWS: readonly NbsRow[] = [
  { code: "agriculture", zh: "农、林、牧、渔业", en: "Agriculture, forestry, animal husbandry and fishery", revenue: [20000, 500, 50] },
  { code: "industry", zh: "工业", en: "Industry (mining, manufacturing, utilities)", employees: [1000, 300, 20], revenue: [40000, 2000, 300] },
  { code: "construction", zh: "建筑业", en: "Construction", revenue: [80000, 6000, 300], assets: [80000, 5000, 300] },
  { code: "wholesale", zh: "批发业", en: "Wholesale", employees: [200, 20, 5], revenue: [40000, 5000, 1000] },
  { code: "retail", zh: "零售业", en: "Retail", employees: [300, 50, 10], revenue: [20000, 500, 100] },
  { code: "transport", zh: "交通运输业", en: "Transport", employees: [1000, 300, 20], revenue: [30000, 3000, 200] },
  { code: "warehousing", zh: "仓储业", en: "Warehousing", employees: [200, 100, 20], revenue: [30000, 1000, 100] },
  { code: "postal", zh: "邮政业", en: "Postal services", employees: [1000, 300, 20], revenue: [30000, 2000, 100] },
  { code: "accommodation", zh: "住宿业", en: "Accommodation", employees: [300, 100, 10], revenue: [10000, 2000, 100] },
  { code: "catering", zh: "餐饮业", en: "Catering", employees: [300, 100, 10], revenue: [10000, 2000, 100] },
  { code: "info_transmission", zh: "信息传输业", en: "Information transmission", employees: [2000, 100, 10], revenue: [100000, 1000, 100] },
  { code: "software_it", zh: "软件和信息技术服务业", en: "Software and information technology services", employees: [300, 100, 10], revenue: [10000, 1000, 50] },
  { code: "real_estate_development", zh: "房地产开发经营", en: "Real estate development", revenue: [200000, 1000, 100], assets: [10000, 5000, 2000] },
  { code: "property_management", zh: "物业管理", en: "Property management", employees: [1000, 300, 100], revenue: [5000, 1000, 500] },
  { code: "leasing_business", zh: "租赁和商务服务业", en: "Leasing and business services", employees: [300, 100, 10], assets: [120000, 8000, 100] },
  { code: "other", zh: "其他未列明行业", en: "Other industries not listed", employees: [300, 100, 10] },
];

export const NBS_ROW_BY_CODE: ReadonlyMap<NbsRowCode, NbsRow> = new Map(NBS2017_ROWS.map((r) => [r.code, r]));

/** The table's money unit: 1 万元 = 10,000 元 (CustomerTable money is in 元). */
export const YUAN_PER_WAN = 10_000;
