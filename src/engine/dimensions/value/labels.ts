import type { Labels } from "../../standard/types";

export const ABC_LABELS: Record<string, Labels> = {
  A: { "zh-CN": "A类（重点客户）", "en-US": "A (key customers)" },
  B: { "zh-CN": "B类（一般客户）", "en-US": "B (regular customers)" },
  C: { "zh-CN": "C类（小客户）", "en-US": "C (small customers)" },
};

export const BIG_TICKET_LABELS: Record<string, Labels> = {
  big_ticket: { "zh-CN": "大额低频客户", "en-US": "Big ticket, low frequency" },
};
