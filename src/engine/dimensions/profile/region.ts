import { normalizeText, occurrences } from "../industry/normalize";
import { MACRO_REGIONS, PROVINCES } from "./provinces";

const CHINA_PREFIX = /^(中国|中华人民共和国|china|prc|p\.r\.\s?china)[\s,，、-]*/;
const MACRO_SUFFIX = /^(区|地区|大区|片区|区域|region)?$/;

/**
 * Canonical region code of one text, or null when it is not a Chinese province or sales region:
 * - a leading 中国/China is dropped;
 * - Chinese: the text starts with a province's short name, whatever follows — 省/市/自治区 suffixes and
 *   a city after it ("广东省深圳市", "广东深圳", "北京市朝阳区") all give the province;
 * - English: a province name as a whole word ("Guangdong Province", "Shenzhen, Guangdong");
 * - a sales region alone or with 区/地区/大区 ("华东区").
 * Known limit: a prefecture whose name starts with a province's (海南藏族自治州 is in Qinghai) is read
 * as that province; write the province first to avoid it.
 */
export function regionCodeOf(raw: string): string | null {
  const text = normalizeText(raw).replace(CHINA_PREFIX, "");
  if (text === "") return null;
  for (const p of PROVINCES) for (const s of p.short) if (text.startsWith(s)) return p.code;
  for (const m of MACRO_REGIONS) {
    if (text.startsWith(m.zh) && MACRO_SUFFIX.test(text.slice(m.zh.length))) return m.code;
    if (text === m.en.toLowerCase()) return m.code;
  }
  let best: string | null = null;
  let bestAt = Infinity;
  for (const p of PROVINCES) {
    for (const name of [p.en.toLowerCase(), ...(p.enAlt ?? [])]) {
      const at = occurrences(text, name)[0];
      if (at !== undefined && at < bestAt) {
        best = p.code;
        bestAt = at;
      }
    }
  }
  return best;
}
