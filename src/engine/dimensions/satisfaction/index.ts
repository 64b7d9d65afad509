export { classifySatisfaction, classifyCsat, OUT_OF_RANGE } from "./classify";
export {
  npsClassOf,
  npsScore,
  npsSummary,
  npsOfClasses,
  isNpsAnswer,
  type NpsClass,
  type NpsSummary,
} from "./nps";
export { csatClassOf, csatTopBoxShare, isCsatAnswer, type CsatClass } from "./csat";
export { SATISFACTION_DEFAULTS } from "./defaults";
export { SATISFACTION_LABELS, CSAT_LABELS, SATISFACTION_NOTE_LABELS } from "./labels";
