import type { SizeStandard } from "../../standard/types";

/**
 * Default size standard: NBS 2017 (统计上大中小微型企业划分办法(2017), the Chinese statistical standard,
 * per industry), with the flagged revenue-only approximation allowed — customer lists often carry only
 * annual revenue, and a flagged approximation is more useful than no class.
 */
/**
 * CNY per EUR for the EU SME alternative: 7.8 is about the ECB euro reference rate for the yuan averaged
 * over 2024 (≈ 7.79); the standard's `size.eurToCny` sets another.
 */
export const EUR_TO_CNY_DEFAULT = 7.8;

export const SIZE_DEFAULTS: SizeStandard = { standard: "nbs2017", allowRevenueOnly: true, eurToCny: EUR_TO_CNY_DEFAULT };
