/**
 * GB/T 4754-2017《国民经济行业分类》(Industrial classification for national economic activities),
 * issued 2017-06-30 by AQSIQ/SAC, in force 2017-10-01: the 20 sections (门类 A–T) and the range of
 * 2-digit divisions (大类 01–97) each holds, as in the standard's table "国民经济行业分类和代码".
 * Codes nest: section letter → division (2 digits) → group (3 digits) → class (4 digits), so the first
 * two digits of any code name its division and hence its section.
 * English names: those of the China Statistical Yearbook (NBS), which uses GB/T 4754's sections.
 */

export interface IndustrySection {
  /** Section letter A–T. */
  letter: string;
  /** Official Chinese name of the section (门类名称). */
  zh: string;
  en: string;
  /** First and last 2-digit division of the section, inclusive. */
  from: number;
  to: number;
}

// prettier-ignore
export const GBT4754_SECTIONS: readonly IndustrySection[] = [
  { letter: "A", zh: "农、林、牧、渔业", en: "Agriculture, forestry, animal husbandry and fishery", from: 1, to: 5 },
  { letter: "B", zh: "采矿业", en: "Mining", from: 6, to: 12 },
  { letter: "C", zh: "制造业", en: "Manufacturing", from: 13, to: 43 },
  { letter: "D", zh: "电力、热力、燃气及水生产和供应业", en: "Production and supply of electricity, heat, gas and water", from: 44, to: 46 },
  { letter: "E", zh: "建筑业", en: "Construction", from: 47, to: 50 },
  { letter: "F", zh: "批发和零售业", en: "Wholesale and retail trades", from: 51, to: 52 },
  { letter: "G", zh: "交通运输、仓储和邮政业", en: "Transport, storage and post", from: 53, to: 60 },
  { letter: "H", zh: "住宿和餐饮业", en: "Accommodation and catering", from: 61, to: 62 },
  { letter: "I", zh: "信息传输、软件和信息技术服务业", en: "Information transmission, software and information technology services", from: 63, to: 65 },
  { letter: "J", zh: "金融业", en: "Finance", from: 66, to: 69 },
  { letter: "K", zh: "房地产业", en: "Real estate", from: 70, to: 70 },
  { letter: "L", zh: "租赁和商务服务业", en: "Leasing and business services", from: 71, to: 72 },
  { letter: "M", zh: "科学研究和技术服务业", en: "Scientific research and technical services", from: 73, to: 75 },
  { letter: "N", zh: "水利、环境和公共设施管理业", en: "Management of water conservancy, environment and public facilities", from: 76, to: 79 },
  { letter: "O", zh: "居民服务、修理和其他服务业", en: "Services to households, repair and other services", from: 80, to: 82 },
  { letter: "P", zh: "教育", en: "Education", from: 83, to: 83 },
  { letter: "Q", zh: "卫生和社会工作", en: "Health and social work", from: 84, to: 85 },
  { letter: "R", zh: "文化、体育和娱乐业", en: "Culture, sports and entertainment", from: 86, to: 90 },
  { letter: "S", zh: "公共管理、社会保障和社会组织", en: "Public management, social security and social organizations", from: 91, to: 96 },
  { letter: "T", zh: "国际组织", en: "International organizations", from: 97, to: 97 },
];

/** Section letter → its entry. */
export const SECTION_BY_LETTER: ReadonlyMap<string, IndustrySection> = new Map(
  GBT4754_SECTIONS.map((s) => [s.letter, s]),
);

/** Division 1..97 → section letter; divisions outside 01–97 (00, 98, 99) do not exist in GB/T 4754-2017. */
const SECTION_OF_DIVISION: readonly string[] = (() => {
  const out: string[] = [];
  for (const s of GBT4754_SECTIONS) for (let d = s.from; d <= s.to; d++) out[d] = s.letter;
  return out;
})();

/** Section letter of a 2-digit division, or null when no such division exists. */
export function sectionOfDivision(division: number): string | null {
  return SECTION_OF_DIVISION[division] ?? null;
}
