import type { SatisfactionStandard } from "../../standard/types";

/**
 * Default satisfaction standard. NPS: promoters 9–10, passives 7–8, detractors 0–6 — the definition of
 * the Net Promoter Score (Reichheld, HBR 2003; Bain & Company). CSAT 1–5: top-2 box = 4 and 5.
 */
export const SATISFACTION_DEFAULTS: SatisfactionStandard = {
  promoterMin: 9,
  passiveMin: 7,
  csatTopBoxMin: 4,
};
