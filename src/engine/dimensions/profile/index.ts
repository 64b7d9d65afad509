export { classifyType, classifyRegion } from "./classify";
export { customerTypeOf, type CustomerTypeCode } from "./customerType";
export { regionCodeOf } from "./region";
export { displayText } from "./displayText";
export { PROVINCES, MACRO_REGIONS, type Province } from "./provinces";
export { TYPE_LABELS, REGION_LABELS } from "./labels";
