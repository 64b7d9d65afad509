export { classifySize, type SizeOptions } from "./classify";
export { nbsTier, nbsClassOf, tierOf } from "./nbsClass";
export { nbsRowsFor, type RowChoice } from "./nbsRow";
export { euSmeTier, EU_SME_CEILINGS } from "./euSme";
export {
  NBS2017_ROWS,
  NBS_ROW_BY_CODE,
  SIZE_CLASSES,
  YUAN_PER_WAN,
  type Bounds,
  type NbsRow,
  type NbsRowCode,
  type SizeClass,
} from "./nbs2017";
export { newTierResult, type SizeBasis, type SizeNote, type TierResult } from "./result";
export { SIZE_DEFAULTS, EUR_TO_CNY_DEFAULT } from "./defaults";
export { SIZE_LABELS, SIZE_ROW_LABELS, SIZE_BASIS_LABELS, SIZE_NOTE_LABELS } from "./labels";
