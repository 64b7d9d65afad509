export * from "./types";
export { DEFAULT_STANDARD, defaultStandard } from "./defaults";
export { mergeStandard } from "./merge";
export { validateStandard } from "./validate";
export { standardError, type StandardError, type StandardErrorCode } from "./errors";
export { label, labelsOf, type LabelDimension } from "./labels";
export {
  flattenStandard,
  unflattenStandard,
  CUSTOM_MODEL,
  type FlatCell,
  type FlatRow,
  type FlatStandard,
  type FlatStandardInput,
  type FlatTable,
  type TableId,
} from "./flatten";
export { DIMENSION_KEYS, knownCodes } from "./codes";
export { formatPath, parsePath } from "./path";
