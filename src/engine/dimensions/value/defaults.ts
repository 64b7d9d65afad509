import type { AbcStandard } from "../../standard/types";

/** product.md: A while the cumulative share before the customer is < 80 %, B while < 95 %, else C, on
 *  revenue. Big ticket: average order value in the top 20 % of customers and at most 2 orders. */
export const ABC_DEFAULTS: AbcStandard = {
  a: 0.8,
  b: 0.95,
  basis: "revenue",
  bigTicket: { aovQuantile: 0.8, maxOrders: 2 },
};
