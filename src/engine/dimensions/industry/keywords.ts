import { GBT4754_SECTIONS } from "./sections";

/**
 * The built-in dictionary: words of free industry text → GB/T 4754-2017 section.
 *
 * Weight says how much a word tells about what the business itself does:
 *   2 — an activity or a kind of establishment (制造, 批发, 维修, 培训, 医院, 餐厅, 银行, retail, factory);
 *   1 — a subject matter: what the business deals in or serves (食品, 服装, 机械, 电子, 设备, 销售, 店,
 *       equipment, sales), which any activity can attach to (食品加工 C, 食品批发 F, 食品店 F).
 * How a text is decided (match.ts): keywords contained in a longer matched keyword are dropped
 * ("电子商务" hides "电子", "酒店" hides "店"); then the highest weight wins; ties go to a word before an
 * English "of"/"for" (the head of "manufacturer of catering equipment"), then to the word that ends last
 * (Chinese compounds put the head last: 餐饮设备制造 = 制造 of 餐饮设备 → C), then to the longer word.
 * Keys are in normalised form (lower case, half-width); each key appears once.
 * Sections follow the standard's explanatory notes, e.g. 融资租赁 is in J (6631), 房屋租赁 in K (7040),
 * 律师/会计/旅行社/保安 in L (72), 宠物医院 in O (8222), 体育培训 in P (8392), 养老院 in Q (8514).
 */
export type KeywordEntry = readonly [key: string, section: string, weight: 1 | 2];

// prettier-ignore
const WORDS: readonly KeywordEntry[] = [
  // A 农、林、牧、渔业
  ["农业", "A", 2], ["林业", "A", 2], ["畜牧", "A", 2], ["牧业", "A", 2], ["渔业", "A", 2], ["种植", "A", 2],
  ["养殖", "A", 2], ["农场", "A", 2], ["牧场", "A", 2], ["林场", "A", 2], ["渔场", "A", 2], ["果园", "A", 2],
  ["茶园", "A", 2], ["苗圃", "A", 2], ["育种", "A", 2], ["饲养", "A", 2], ["捕捞", "A", 2], ["农林牧渔", "A", 2],
  ["农产品", "A", 1], ["水产", "A", 1], ["蔬菜", "A", 1], ["水果", "A", 1], ["粮食", "A", 1], ["畜禽", "A", 1],
  ["agriculture", "A", 2], ["agricultural", "A", 2], ["farming", "A", 2], ["farm", "A", 2], ["farms", "A", 2],
  ["forestry", "A", 2], ["fishery", "A", 2], ["fisheries", "A", 2], ["fishing", "A", 2], ["aquaculture", "A", 2],
  ["livestock", "A", 2], ["husbandry", "A", 2], ["plantation", "A", 2], ["ranch", "A", 2], ["orchard", "A", 2],
  // B 采矿业
  ["采矿", "B", 2], ["矿业", "B", 2], ["开采", "B", 2], ["煤矿", "B", 2], ["矿山", "B", 2], ["采掘", "B", 2],
  ["选矿", "B", 2], ["油田", "B", 2], ["矿", "B", 1], ["煤", "B", 1], ["煤炭", "B", 1], ["石油", "B", 1],
  ["mining", "B", 2], ["quarrying", "B", 2], ["quarry", "B", 2], ["mine", "B", 2], ["mines", "B", 2],
  ["coal", "B", 1], ["ore", "B", 1], ["petroleum", "B", 1], ["oil and gas", "B", 1],
  // C 制造业
  ["制造", "C", 2], ["生产", "C", 2], ["加工", "C", 2], ["工厂", "C", 2], ["厂", "C", 2], ["制品", "C", 2],
  ["食品加工", "C", 2], ["制药", "C", 2], ["印刷", "C", 2], ["铸造", "C", 2], ["酿造", "C", 2],
  ["机械", "C", 1], ["电子", "C", 1], ["化工", "C", 1], ["纺织", "C", 1], ["食品", "C", 1], ["服装", "C", 1],
  ["钢铁", "C", 1], ["冶金", "C", 1], ["五金", "C", 1], ["塑料", "C", 1], ["橡胶", "C", 1], ["造纸", "C", 1],
  ["家具", "C", 1], ["电器", "C", 1], ["仪器", "C", 1], ["设备", "C", 1], ["药业", "C", 1], ["工业", "C", 1],
  ["工程机械", "C", 1], ["矿泉水", "C", 1], ["卫生纸", "C", 1], ["洗衣机", "C", 1], ["洗衣液", "C", 1],
  ["医疗器械", "C", 1], ["医疗设备", "C", 1],
  ["manufacturing", "C", 2], ["manufacturer", "C", 2], ["manufacturers", "C", 2], ["manufacture", "C", 2],
  ["factory", "C", 2], ["factories", "C", 2], ["processing", "C", 2], ["fabrication", "C", 2], ["mill", "C", 2],
  ["printing", "C", 2], ["machinery", "C", 1], ["electronics", "C", 1], ["chemical", "C", 1], ["chemicals", "C", 1],
  ["textile", "C", 1], ["textiles", "C", 1], ["garment", "C", 1], ["garments", "C", 1], ["apparel", "C", 1],
  ["steel", "C", 1], ["pharmaceutical", "C", 1], ["pharmaceuticals", "C", 1], ["plastics", "C", 1],
  ["furniture", "C", 1], ["equipment", "C", 1], ["industrial", "C", 1], ["automotive", "C", 1],
  ["medical device", "C", 1], ["medical devices", "C", 1],
  // D 电力、热力、燃气及水生产和供应业
  ["电力", "D", 2], ["供电", "D", 2], ["发电", "D", 2], ["热力", "D", 2], ["供热", "D", 2], ["燃气", "D", 2],
  ["煤气", "D", 2], ["供水", "D", 2], ["自来水", "D", 2], ["水务", "D", 2], ["电网", "D", 2],
  ["天然气", "D", 1], ["水电", "D", 1],
  ["electricity", "D", 2], ["power supply", "D", 2], ["power generation", "D", 2], ["power grid", "D", 2],
  ["power plant", "D", 2], ["utility", "D", 2], ["utilities", "D", 2], ["water supply", "D", 2],
  ["gas supply", "D", 2], ["heating supply", "D", 2],
  // E 建筑业
  ["建筑", "E", 2], ["施工", "E", 2], ["装修", "E", 2], ["装潢", "E", 2], ["安装", "E", 2], ["土木", "E", 2],
  ["路桥", "E", 2], ["基建", "E", 2], ["建工", "E", 2], ["建设", "E", 1], ["工程", "E", 1], ["装饰", "E", 1],
  ["construction", "E", 2], ["builder", "E", 2], ["builders", "E", 2], ["civil engineering", "E", 2],
  ["renovation", "E", 2], ["contractor", "E", 1], ["contractors", "E", 1], ["decoration", "E", 1],
  // F 批发和零售业
  ["批发", "F", 2], ["零售", "F", 2], ["超市", "F", 2], ["商场", "F", 2], ["百货", "F", 2], ["贸易", "F", 2],
  ["商贸", "F", 2], ["商店", "F", 2], ["便利店", "F", 2], ["专卖店", "F", 2], ["经销", "F", 2], ["分销", "F", 2],
  ["进出口", "F", 2], ["电商", "F", 2], ["电子商务", "F", 2], ["网店", "F", 2], ["药店", "F", 2], ["药房", "F", 2],
  ["加油站", "F", 2], ["商行", "F", 2], ["4s店", "F", 2], ["销售", "F", 1], ["店", "F", 1], ["用品", "F", 1],
  ["retail", "F", 2], ["retailer", "F", 2], ["retailers", "F", 2], ["wholesale", "F", 2], ["wholesaler", "F", 2],
  ["wholesalers", "F", 2], ["trading", "F", 2], ["supermarket", "F", 2], ["supermarkets", "F", 2],
  ["grocery", "F", 2], ["e-commerce", "F", 2], ["ecommerce", "F", 2], ["distributor", "F", 2],
  ["distributors", "F", 2], ["dealer", "F", 2], ["dealers", "F", 2], ["pharmacy", "F", 2], ["drugstore", "F", 2],
  ["store", "F", 1], ["stores", "F", 1], ["shop", "F", 1], ["shops", "F", 1], ["mall", "F", 1],
  ["import", "F", 1], ["export", "F", 1], ["trade", "F", 1], ["sales", "F", 1],
  // G 交通运输、仓储和邮政业
  ["物流", "G", 2], ["运输", "G", 2], ["快递", "G", 2], ["仓储", "G", 2], ["货运", "G", 2], ["客运", "G", 2],
  ["航运", "G", 2], ["海运", "G", 2], ["船运", "G", 2], ["公交", "G", 2], ["出租车", "G", 2], ["邮政", "G", 2],
  ["邮局", "G", 2], ["速递", "G", 2], ["配送", "G", 2], ["仓库", "G", 2], ["港口", "G", 2], ["码头", "G", 2],
  ["机场", "G", 2], ["货代", "G", 2], ["航空", "G", 1], ["铁路", "G", 1], ["冷链", "G", 1],
  ["logistics", "G", 2], ["transport", "G", 2], ["transportation", "G", 2], ["freight", "G", 2],
  ["courier", "G", 2], ["express delivery", "G", 2], ["warehousing", "G", 2], ["warehouse", "G", 2],
  ["postal", "G", 2], ["post office", "G", 2], ["airline", "G", 2], ["airlines", "G", 2], ["railway", "G", 2],
  ["trucking", "G", 2], ["haulage", "G", 2], ["cargo", "G", 2], ["shipping", "G", 1], ["delivery", "G", 1],
  ["storage", "G", 1],
  // H 住宿和餐饮业
  ["餐饮", "H", 2], ["酒店", "H", 2], ["饭店", "H", 2], ["餐厅", "H", 2], ["餐馆", "H", 2], ["宾馆", "H", 2],
  ["旅馆", "H", 2], ["住宿", "H", 2], ["民宿", "H", 2], ["酒楼", "H", 2], ["食堂", "H", 2], ["快餐", "H", 2],
  ["火锅", "H", 2], ["咖啡", "H", 2], ["奶茶", "H", 2], ["茶馆", "H", 2], ["客栈", "H", 2], ["招待所", "H", 2],
  ["restaurant", "H", 2], ["restaurants", "H", 2], ["hotel", "H", 2], ["hotels", "H", 2], ["catering", "H", 2],
  ["cafe", "H", 2], ["café", "H", 2], ["hostel", "H", 2], ["motel", "H", 2], ["inn", "H", 2], ["canteen", "H", 2],
  ["accommodation", "H", 2], ["dining", "H", 2], ["coffee", "H", 1], ["hospitality", "H", 1],
  // I 信息传输、软件和信息技术服务业
  ["软件", "I", 2], ["互联网", "I", 2], ["信息技术", "I", 2], ["it", "I", 2], ["saas", "I", 2], ["网络科技", "I", 2],
  ["系统集成", "I", 2], ["云计算", "I", 2], ["电信", "I", 2], ["宽带", "I", 2], ["信息服务", "I", 2],
  ["软件开发", "I", 2], ["软件研发", "I", 2], ["it咨询", "I", 2], ["信息技术咨询", "I", 2],
  // "软件和信息技术服务业" (division 65's own name) is I, not M's "技术服务".
  ["信息技术服务", "I", 2],
  ["信息科技", "I", 1], ["计算机", "I", 1], ["通信", "I", 1], ["网络", "I", 1], ["游戏", "I", 1],
  ["software", "I", 2], ["internet", "I", 2], ["information technology", "I", 2], ["telecom", "I", 2],
  ["telecommunications", "I", 2], ["cloud computing", "I", 2], ["data processing", "I", 2],
  ["system integration", "I", 2], ["it services", "I", 2], ["it consulting", "I", 2], ["web", "I", 1],
  // J 金融业
  ["银行", "J", 2], ["保险", "J", 2], ["证券", "J", 2], ["金融", "J", 2], ["基金", "J", 2], ["信托", "J", 2],
  ["期货", "J", 2], ["理财", "J", 2], ["小额贷款", "J", 2], ["小贷", "J", 2], ["典当", "J", 2], ["信用社", "J", 2],
  ["融资租赁", "J", 2], ["投资", "J", 1], ["支付", "J", 1], ["资产管理", "J", 1],
  ["bank", "J", 2], ["banks", "J", 2], ["banking", "J", 2], ["insurance", "J", 2], ["insurer", "J", 2],
  ["securities", "J", 2], ["financial", "J", 2], ["brokerage", "J", 2], ["credit union", "J", 2],
  ["financial intermediation", "J", 2], ["finance", "J", 1], ["fund", "J", 1], ["funds", "J", 1],
  ["investment", "J", 1], ["asset management", "J", 1],
  // K 房地产业
  ["房地产", "K", 2], ["地产", "K", 2], ["物业", "K", 2], ["置业", "K", 2], ["房产", "K", 2], ["房屋中介", "K", 2],
  ["房屋租赁", "K", 2],
  ["real estate", "K", 2], ["realty", "K", 2], ["property management", "K", 2], ["property developer", "K", 2],
  ["property", "K", 1], ["properties", "K", 1],
  // L 租赁和商务服务业
  ["咨询", "L", 2], ["广告", "L", 2], ["租赁", "L", 2], ["人力", "L", 2], ["人力资源", "L", 2], ["劳务派遣", "L", 2],
  ["律师", "L", 2], ["法律服务", "L", 2], ["会计师", "L", 2], ["审计", "L", 2], ["旅行社", "L", 2], ["会展", "L", 2],
  ["保安", "L", 2], ["商务服务", "L", 2], ["企业管理", "L", 2], ["市场调研", "L", 2], ["猎头", "L", 2],
  ["劳务", "L", 1], ["中介", "L", 1], ["会计", "L", 1], ["税务", "L", 1], ["旅游", "L", 1], ["外包", "L", 1],
  ["consulting", "L", 2], ["consultancy", "L", 2], ["consultant", "L", 2], ["consultants", "L", 2],
  ["advisory", "L", 2], ["advertising", "L", 2], ["leasing", "L", 2], ["rental", "L", 2], ["staffing", "L", 2],
  ["recruitment", "L", 2], ["human resources", "L", 2], ["hr", "L", 2], ["law firm", "L", 2],
  ["legal services", "L", 2], ["accounting", "L", 2], ["travel agency", "L", 2], ["business services", "L", 2],
  ["market research", "L", 2], ["security services", "L", 2], ["audit", "L", 1], ["marketing", "L", 1],
  ["agency", "L", 1], ["outsourcing", "L", 1],
  // M 科学研究和技术服务业
  ["研发", "M", 2], ["研究院", "M", 2], ["研究所", "M", 2], ["科学院", "M", 2], ["科研", "M", 2], ["检测", "M", 2],
  ["检验", "M", 2], ["认证", "M", 2], ["设计", "M", 2], ["设计院", "M", 2], ["工程设计", "M", 2],
  ["建筑设计", "M", 2], ["工程咨询", "M", 2], ["工程监理", "M", 2], ["勘察", "M", 2], ["勘探", "M", 2],
  ["测绘", "M", 2], ["技术服务", "M", 2], ["科技推广", "M", 2], ["实验室", "M", 2], ["气象", "M", 2],
  ["环境监测", "M", 2], ["测试", "M", 1],
  ["research", "M", 2], ["r&d", "M", 2], ["laboratory", "M", 2], ["testing", "M", 2], ["inspection", "M", 2],
  ["certification", "M", 2], ["design", "M", 2], ["surveying", "M", 2], ["technical services", "M", 2],
  ["engineering consulting", "M", 2], ["lab", "M", 1], ["engineering", "M", 1],
  // N 水利、环境和公共设施管理业
  ["环保", "N", 2], ["环卫", "N", 2], ["水利", "N", 2], ["环境治理", "N", 2], ["污水处理", "N", 2],
  ["垃圾处理", "N", 2], ["绿化", "N", 2], ["固废", "N", 2], ["园林", "N", 1], ["公园", "N", 1], ["市政", "N", 1],
  ["环境", "N", 1], ["生态", "N", 1],
  ["environmental protection", "N", 2], ["sanitation", "N", 2], ["waste management", "N", 2],
  ["water conservancy", "N", 2], ["environmental services", "N", 2], ["landscaping", "N", 2],
  ["park", "N", 1], ["parks", "N", 1],
  // O 居民服务、修理和其他服务业
  ["维修", "O", 2], ["修理", "O", 2], ["汽修", "O", 2], ["家政", "O", 2], ["美容", "O", 2], ["美发", "O", 2],
  ["理发", "O", 2], ["洗衣", "O", 2], ["洗浴", "O", 2], ["保洁", "O", 2], ["搬家", "O", 2], ["婚庆", "O", 2],
  ["摄影", "O", 2], ["殡葬", "O", 2], ["足疗", "O", 2], ["洗车", "O", 2], ["宠物医院", "O", 2],
  ["居民服务", "O", 2], ["宠物", "O", 1], ["清洁", "O", 1],
  ["repair", "O", 2], ["repairs", "O", 2], ["housekeeping", "O", 2], ["domestic services", "O", 2],
  ["beauty", "O", 2], ["salon", "O", 2], ["hairdressing", "O", 2], ["barber", "O", 2], ["laundry", "O", 2],
  ["dry cleaning", "O", 2], ["photography", "O", 2], ["wedding", "O", 2], ["funeral", "O", 2], ["spa", "O", 2],
  ["maintenance", "O", 1], ["cleaning", "O", 1], ["pet", "O", 1],
  // P 教育
  ["教育", "P", 2], ["学校", "P", 2], ["培训", "P", 2], ["大学", "P", 2], ["学院", "P", 2], ["中学", "P", 2],
  ["小学", "P", 2], ["幼儿园", "P", 2], ["驾校", "P", 2], ["早教", "P", 2], ["辅导", "P", 2], ["补习", "P", 2],
  ["education", "P", 2], ["educational", "P", 2], ["school", "P", 2], ["schools", "P", 2], ["university", "P", 2],
  ["college", "P", 2], ["training", "P", 2], ["academy", "P", 2], ["kindergarten", "P", 2], ["tutoring", "P", 2],
  // Q 卫生和社会工作
  ["医院", "Q", 2], ["医疗", "Q", 2], ["诊所", "Q", 2], ["卫生院", "Q", 2], ["卫生所", "Q", 2], ["门诊", "Q", 2],
  ["体检", "Q", 2], ["口腔", "Q", 2], ["牙科", "Q", 2], ["医疗美容", "Q", 2], ["养老", "Q", 2], ["养老院", "Q", 2],
  ["敬老院", "Q", 2], ["福利院", "Q", 2], ["社会工作", "Q", 2], ["护理", "Q", 2], ["康复", "Q", 2], ["疾控", "Q", 2],
  ["卫生", "Q", 1],
  ["hospital", "Q", 2], ["hospitals", "Q", 2], ["clinic", "Q", 2], ["clinics", "Q", 2], ["healthcare", "Q", 2],
  ["health care", "Q", 2], ["medical", "Q", 2], ["dental", "Q", 2], ["nursing home", "Q", 2],
  ["elderly care", "Q", 2], ["social work", "Q", 2],
  // R 文化、体育和娱乐业
  ["传媒", "R", 2], ["娱乐", "R", 2], ["影视", "R", 2], ["电影", "R", 2], ["影院", "R", 2], ["电视台", "R", 2],
  ["出版", "R", 2], ["新闻", "R", 2], ["报社", "R", 2], ["杂志", "R", 2], ["演艺", "R", 2], ["演出", "R", 2],
  ["健身", "R", 2], ["游乐", "R", 2], ["ktv", "R", 2], ["网吧", "R", 2], ["图书馆", "R", 2], ["博物馆", "R", 2],
  ["体育馆", "R", 2], ["游戏厅", "R", 2], ["彩票", "R", 2], ["文化", "R", 1], ["体育", "R", 1], ["艺术", "R", 1],
  ["音乐", "R", 1], ["动漫", "R", 1],
  ["media", "R", 2], ["entertainment", "R", 2], ["film", "R", 2], ["cinema", "R", 2], ["movie", "R", 2],
  ["publishing", "R", 2], ["publisher", "R", 2], ["newspaper", "R", 2], ["broadcasting", "R", 2],
  ["television", "R", 2], ["tv", "R", 2], ["gym", "R", 2], ["fitness", "R", 2], ["museum", "R", 2],
  ["theater", "R", 2], ["theatre", "R", 2], ["esports", "R", 2], ["culture", "R", 1], ["sports", "R", 1],
  ["sport", "R", 1], ["music", "R", 1], ["arts", "R", 1], ["library", "R", 1],
  // S 公共管理、社会保障和社会组织
  ["政府", "S", 2], ["机关", "S", 2], ["协会", "S", 2], ["学会", "S", 2], ["商会", "S", 2], ["社会组织", "S", 2],
  ["社团", "S", 2], ["基金会", "S", 2], ["局", "S", 2], ["委员会", "S", 2], ["居委会", "S", 2], ["村委会", "S", 2],
  ["管委会", "S", 2], ["街道办", "S", 2], ["党委", "S", 2], ["工会", "S", 2], ["联合会", "S", 2], ["法院", "S", 2],
  ["检察院", "S", 2], ["公安", "S", 2], ["派出所", "S", 2], ["海关", "S", 2], ["社会保障", "S", 2], ["社保", "S", 2],
  ["事业单位", "S", 1],
  ["government", "S", 2], ["ministry", "S", 2], ["association", "S", 2], ["chamber of commerce", "S", 2],
  ["ngo", "S", 2], ["non-profit", "S", 2], ["nonprofit", "S", 2], ["public administration", "S", 2],
  ["council", "S", 2], ["federation", "S", 2], ["bureau", "S", 2], ["foundation", "S", 1], ["municipal", "S", 1],
  // T 国际组织
  ["国际组织", "T", 2], ["联合国", "T", 2], ["世界银行", "T", 2], ["国际货币基金组织", "T", 2], ["世界卫生组织", "T", 2],
  ["international organization", "T", 2], ["international organisation", "T", 2],
  ["international organizations", "T", 2], ["united nations", "T", 2], ["world bank", "T", 2], ["unicef", "T", 2],
];

/** The official section names (zh with and without the enumeration comma "、", en) as weight-2 words. */
function officialNames(): KeywordEntry[] {
  const out: KeywordEntry[] = [];
  const seen = new Set(WORDS.map((w) => w[0]));
  const add = (key: string, section: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push([key, section, 2]);
  };
  for (const s of GBT4754_SECTIONS) {
    add(s.zh, s.letter);
    add(s.zh.replace(/、/g, ""), s.letter);
    add(s.en.toLowerCase(), s.letter);
  }
  return out;
}

export const INDUSTRY_KEYWORDS: readonly KeywordEntry[] = [...WORDS, ...officialNames()];
