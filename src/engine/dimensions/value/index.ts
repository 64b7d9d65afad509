export { classifyValue, type ValueResult } from "./classify";
export { classifyAbc, abcClassOf, type AbcClass, type AbcResult } from "./abc";
export { flagBigTicket, type BigTicketResult } from "./bigTicket";
export { ABC_DEFAULTS } from "./defaults";
export { ABC_LABELS, BIG_TICKET_LABELS } from "./labels";
