/** The engine's reading of raw worksheet cells: the public surface of src/engine/read. */
export * from "./cells";
export * from "./headers";
export {
  IssueCollector,
  IssueGroup,
  cellAddress,
  columnLetter,
  qualifiedAddress,
  MAX_ISSUE_CELLS,
} from "./issues";
export type { IssueCode, IssueParams } from "./issues";
export { MESSAGES, formatCount, renderMessage } from "./messages";
export { parseCsv, type CsvOptions } from "./csv";
export { readCustomers, type ReadCustomersOptions, type ReadCustomersResult } from "./customers";
export {
  readTransactions,
  emptyTransactions,
  type ReadTransactionsOptions,
  type ReadTransactionsResult,
} from "./transactions";
export { readTables, type ReadTablesOptions, type ReadTablesResult } from "./tables";
export { emptyCustomerTable } from "./customerBuilder";
export { roundMoney } from "./columnChecks";
