import { normalizeText, occurrences } from "../industry/normalize";
import type { NbsRowCode } from "./nbs2017";

/**
 * Which row of the NBS 2017 table applies to a customer, from its GB/T 4754-2017 section, the numeric
 * code when the industry text gave one, and else words of the text (the 说明 2 scopes, nbs2017.ts):
 *   A agriculture; B, C, D industry; E construction;
 *   F  51 wholesale, 52 retail;
 *   G  53 railway → out of scope; 54–58 and 591 (装卸搬运) transport; 592–599 warehousing; 60 postal;
 *   H  61 accommodation, 62 catering;   I  63, 64 info_transmission, 65 software_it;
 *   K  7010 development, 7020 property management, 7030/7090 other, 7040 (房地产租赁经营, the former
 *      自有房地产经营活动) out of scope;
 *   L  leasing_business;   M, N, O, R other;   Q 85 (社会工作) other, 84 (卫生) out of scope;
 *   J, P, S, T out of scope.
 * When neither code nor words settle the row, every candidate row is returned (F: wholesale and retail;
 * G: transport, warehousing, postal; H: both; I: both; K: development and property management) and the
 * caller takes the smallest class among them. A customer in section Q with no code or social-work word
 * is taken as health (84), out of scope: hospitals and clinics are by far the common case.
 */
export type RowChoice = readonly NbsRowCode[] | "out_of_scope";

const OUT = "out_of_scope" as const;
const R = {
  agriculture: ["agriculture"],
  industry: ["industry"],
  construction: ["construction"],
  wholesale: ["wholesale"],
  retail: ["retail"],
  transport: ["transport"],
  warehousing: ["warehousing"],
  postal: ["postal"],
  accommodation: ["accommodation"],
  catering: ["catering"],
  info: ["info_transmission"],
  software: ["software_it"],
  development: ["real_estate_development"],
  property: ["property_management"],
  leasing: ["leasing_business"],
  other: ["other"],
} as const satisfies Record<string, readonly NbsRowCode[]>;

/** Words (normalised) that point at one row inside an ambiguous section. */
type Hints = readonly (readonly [word: string, row: NbsRowCode | "out_of_scope"])[];

const hints = (row: NbsRowCode | "out_of_scope", words: string): [string, NbsRowCode | "out_of_scope"][] =>
  words.split("|").map((w) => [w, row]);

const SECTION_HINTS: Readonly<Record<string, Hints>> = {
  F: [
    ...hints(
      "retail",
      "零售|超市|商店|便利店|专卖店|门店|店|商场|百货|药店|药房|加油站|网店|retail|retailer|store|shop|supermarket|grocery|pharmacy|mall",
    ),
    ...hints(
      "wholesale",
      "批发|贸易|进出口|经销|分销|wholesale|wholesaler|trading|import|export|distributor",
    ),
  ],
  G: [
    ...hints("out_of_scope", "铁路|railway|railroad"),
    ...hints("postal", "快递|邮政|速递|邮局|courier|postal|express"),
    ...hints("warehousing", "仓储|仓库|冷库|warehouse|warehousing|storage"),
    ...hints(
      "transport",
      "运输|货运|客运|航运|海运|船运|航空|公交|出租车|货代|港口|码头|装卸|搬运|transport|transportation|freight|shipping|trucking|haulage|airline|cargo",
    ),
  ],
  H: [
    ...hints("accommodation", "住宿|酒店|宾馆|旅馆|民宿|客栈|招待所|hotel|hostel|motel|inn|accommodation"),
    ...hints(
      "catering",
      "餐饮|餐厅|餐馆|酒楼|食堂|快餐|火锅|咖啡|奶茶|茶馆|restaurant|catering|cafe|café|canteen|dining|coffee",
    ),
  ],
  I: [
    ...hints(
      "software_it",
      "软件|信息技术|it|saas|系统集成|云计算|数据处理|software|information technology|system integration|cloud computing|data processing",
    ),
    ...hints(
      "info_transmission",
      "电信|通信|宽带|互联网|广播电视|卫星|telecom|telecommunications|internet|broadband|satellite",
    ),
  ],
  K: [
    ...hints("out_of_scope", "房屋租赁|租赁经营"),
    ...hints("property_management", "物业|property management"),
    ...hints("other", "中介|经纪|agency|broker|brokerage|realtor"),
    ...hints("real_estate_development", "开发|置业|developer|development"),
  ],
  Q: [...hints("other", "社会工作|养老|敬老院|福利院|社会福利|救助|social work|elderly care")],
};

const UNSETTLED: Readonly<Record<string, readonly NbsRowCode[]>> = {
  F: ["wholesale", "retail"],
  G: ["transport", "warehousing", "postal"],
  H: ["accommodation", "catering"],
  I: ["info_transmission", "software_it"],
  K: ["real_estate_development", "property_management"],
};

/**
 * Rows named by the hint words found in `text`. Out-of-scope words are specific (铁路, 房屋租赁) and win
 * over the generic ones they come with ("铁路运输" is division 53, not the transport row).
 */
function fromWords(section: string, text: string | null): RowChoice | null {
  const list = SECTION_HINTS[section];
  if (list === undefined || text === null) return null;
  const norm = normalizeText(text);
  const found: NbsRowCode[] = [];
  let out = false;
  for (const [word, row] of list) {
    if (occurrences(norm, word).length === 0) continue;
    if (row === OUT) out = true;
    else if (!found.includes(row)) found.push(row);
  }
  if (out) return OUT;
  return found.length > 0 ? found : null;
}

/** Row from a numeric code (2–4 digits) in sections where the division or group decides; else null. */
function fromCode(code: string | null): RowChoice | null {
  if (code === null) return null;
  const d = Number(code.slice(0, 2));
  const g = code.length >= 3 ? Number(code.slice(0, 3)) : NaN;
  if (d === 51) return R.wholesale;
  if (d === 52) return R.retail;
  if (d === 53) return OUT;
  if (d >= 54 && d <= 58) return R.transport;
  if (d === 59) return g === 591 ? R.transport : g >= 592 && g <= 599 ? R.warehousing : null;
  if (d === 60) return R.postal;
  if (d === 61) return R.accommodation;
  if (d === 62) return R.catering;
  if (d === 63 || d === 64) return R.info;
  if (d === 65) return R.software;
  if (d === 70) {
    if (g === 701) return R.development;
    if (g === 702) return R.property;
    if (g === 703 || g === 709) return R.other;
    if (g === 704) return OUT;
    return null;
  }
  if (d === 84) return OUT;
  if (d === 85) return R.other;
  return null;
}

export function nbsRowsFor(section: string, code: string | null, text: string | null): RowChoice | null {
  switch (section) {
    case "A":
      return R.agriculture;
    case "B":
    case "C":
    case "D":
      return R.industry;
    case "E":
      return R.construction;
    case "L":
      return R.leasing;
    case "M":
    case "N":
    case "O":
    case "R":
      return R.other;
    case "J":
    case "P":
    case "S":
    case "T":
      return OUT;
    case "F":
    case "G":
    case "H":
    case "I":
    case "K":
    case "Q": {
      const byCode = fromCode(code);
      if (byCode !== null) return byCode;
      const byWords = fromWords(section, text);
      if (byWords !== null) return byWords;
      return section === "Q" ? OUT : (UNSETTLED[section] ?? null);
    }
    default:
      return null;
  }
}
