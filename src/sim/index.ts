/**
 * The Excel JavaScript API simulator: an in-memory workbook with Office.js proxy semantics
 * (load/sync, PropertyNotLoaded, tracked ranges, payload limits) and .xlsx load/save.
 * Runs in Node and in the browser (no Node modules here; file I/O is in node-io.ts).
 */
export {
  createSimulator,
  DEFAULT_REQUIREMENT_SETS,
  type Simulator,
  type SimulatorOptions,
} from "./simulator";
export type { SimStats } from "./simulator-core";
export { SimWorkbook, type TableInfo } from "./sim-workbook";
export {
  createWorkbookState,
  CellError,
  type SimWorkbookState,
  type SheetState,
  type CellValue,
} from "./state";
export { SimError, SimErrorCode, isSimError } from "./errors";
export { DEFAULT_BUDGET, PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, jsonSize, type BudgetOptions } from "./budget";
export { createOfficeShim, type OfficeShim, type OfficeShimOptions } from "./office-shim";
export { loadXlsx } from "./xlsx-load";
export { saveXlsx, type SaveOptions } from "./xlsx-save";
export { parseAddress, formatAddress, colToLetters, lettersToCol } from "./address";
export { formatValue } from "./number-format";
export { dateToSerial, serialToParts } from "./dates";
export { excelEnums, installExcelGlobals } from "./excel-enums";
export type { AddinIdentity } from "./webextension-ooxml";
