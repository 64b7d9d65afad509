/**
 * China's 34 provincial-level divisions (GB/T 2260 中华人民共和国行政区划代码, names as the State Council
 * lists them), with the short names people write (广东, 内蒙古/内蒙) and English names (the official
 * pinyin; Inner Mongolia, Tibet, Hong Kong and Macao by their usual English names). Shanxi is 山西 and
 * Shaanxi 陕西 (the official double-a spelling keeps them apart).
 */
export interface Province {
  code: string;
  /** Full official name, e.g. 广东省, 广西壮族自治区. */
  zh: string;
  /** Short names, longest first; the text must start with one of them. */
  short: readonly string[];
  en: string;
  /** Other English spellings (lower case). */
  enAlt?: readonly string[];
}

// prettier-ignore
export const PROVINCES: readonly Province[] = [
  { code: "beijing", zh: "北京市", short: ["北京"], en: "Beijing", enAlt: ["peking"] },
  { code: "tianjin", zh: "天津市", short: ["天津"], en: "Tianjin" },
  { code: "hebei", zh: "河北省", short: ["河北"], en: "Hebei" },
  { code: "shanxi", zh: "山西省", short: ["山西"], en: "Shanxi" },
  { code: "inner_mongolia", zh: "内蒙古自治区", short: ["内蒙古", "内蒙"], en: "Inner Mongolia", enAlt: ["nei mongol", "neimenggu"] },
  { code: "liaoning", zh: "辽宁省", short: ["辽宁"], en: "Liaoning" },
  { code: "jilin", zh: "吉林省", short: ["吉林"], en: "Jilin" },
  { code: "heilongjiang", zh: "黑龙江省", short: ["黑龙江"], en: "Heilongjiang" },
  { code: "shanghai", zh: "上海市", short: ["上海"], en: "Shanghai" },
  { code: "jiangsu", zh: "江苏省", short: ["江苏"], en: "Jiangsu" },
  { code: "zhejiang", zh: "浙江省", short: ["浙江"], en: "Zhejiang" },
  { code: "anhui", zh: "安徽省", short: ["安徽"], en: "Anhui" },
  { code: "fujian", zh: "福建省", short: ["福建"], en: "Fujian" },
  { code: "jiangxi", zh: "江西省", short: ["江西"], en: "Jiangxi" },
  { code: "shandong", zh: "山东省", short: ["山东"], en: "Shandong" },
  { code: "henan", zh: "河南省", short: ["河南"], en: "Henan" },
  { code: "hubei", zh: "湖北省", short: ["湖北"], en: "Hubei" },
  { code: "hunan", zh: "湖南省", short: ["湖南"], en: "Hunan" },
  { code: "guangdong", zh: "广东省", short: ["广东"], en: "Guangdong", enAlt: ["canton"] },
  { code: "guangxi", zh: "广西壮族自治区", short: ["广西"], en: "Guangxi" },
  { code: "hainan", zh: "海南省", short: ["海南"], en: "Hainan" },
  { code: "chongqing", zh: "重庆市", short: ["重庆"], en: "Chongqing" },
  { code: "sichuan", zh: "四川省", short: ["四川"], en: "Sichuan" },
  { code: "guizhou", zh: "贵州省", short: ["贵州"], en: "Guizhou" },
  { code: "yunnan", zh: "云南省", short: ["云南"], en: "Yunnan" },
  { code: "tibet", zh: "西藏自治区", short: ["西藏"], en: "Tibet", enAlt: ["xizang"] },
  { code: "shaanxi", zh: "陕西省", short: ["陕西"], en: "Shaanxi" },
  { code: "gansu", zh: "甘肃省", short: ["甘肃"], en: "Gansu" },
  { code: "qinghai", zh: "青海省", short: ["青海"], en: "Qinghai" },
  { code: "ningxia", zh: "宁夏回族自治区", short: ["宁夏"], en: "Ningxia" },
  { code: "xinjiang", zh: "新疆维吾尔自治区", short: ["新疆"], en: "Xinjiang" },
  { code: "taiwan", zh: "台湾省", short: ["台湾"], en: "Taiwan" },
  { code: "hong_kong", zh: "香港特别行政区", short: ["香港"], en: "Hong Kong", enAlt: ["hongkong", "hk"] },
  { code: "macao", zh: "澳门特别行政区", short: ["澳门"], en: "Macao", enAlt: ["macau"] },
];

/**
 * The seven sales regions commonly used in China (华北, 东北, 华东, 华中, 华南, 西南, 西北), recognised
 * when the text is the region name alone or with 区/地区/大区/片区/区域.
 */
export const MACRO_REGIONS: readonly { code: string; zh: string; en: string }[] = [
  { code: "north_china", zh: "华北", en: "North China" },
  { code: "northeast_china", zh: "东北", en: "Northeast China" },
  { code: "east_china", zh: "华东", en: "East China" },
  { code: "central_china", zh: "华中", en: "Central China" },
  { code: "south_china", zh: "华南", en: "South China" },
  { code: "southwest_china", zh: "西南", en: "Southwest China" },
  { code: "northwest_china", zh: "西北", en: "Northwest China" },
];
