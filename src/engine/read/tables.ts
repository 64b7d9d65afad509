/**
 * Both tables at once: customers first (when given), then transactions against them, one issue list.
 */
import type { CustomerTable, Day, Issue, Lang, RawTable, TransactionColumns } from "../types";
import type { RefundsPolicy } from "../standard/types";
import type { DateOrder } from "./dateCell";
import { emptyCustomerTable } from "./customerBuilder";
import { readCustomers } from "./customers";
import type { CustomerField, TransactionField } from "./headerDictionary";
import type { HeaderMapping, MappingOverride, UnitOverride } from "./headers";
import { columnLetter, IssueCollector } from "./issues";
import { emptyTransactions, readTransactions } from "./transactions";

export interface ReadTablesOptions {
  lang?: Lang;
  asOf?: Day;
  refunds?: RefundsPolicy;
  dateOrder?: DateOrder;
  customerMapping?: MappingOverride<CustomerField>;
  customerUnits?: UnitOverride<CustomerField>;
  customerHeaderRow?: number;
  transactionMapping?: MappingOverride<TransactionField>;
  transactionUnits?: UnitOverride<TransactionField>;
  transactionHeaderRow?: number;
  /**
   * Today by the user's clock. Without a given as-of, lines dated after it cannot be sales yet: a typo
   * (2204 for 2024) would otherwise push the as-of centuries ahead and make every customer dormant.
   * The as-of is then the day after the last line up to today, and the later lines are reported
   * (after_as_of) at their cells.
   */
  today?: Day;
}

export interface ReadTablesResult {
  customers: CustomerTable;
  tx: TransactionColumns;
  /** Given, else the day after the latest valid transaction; NaN with no transactions and none given. */
  asOf: Day;
  mappings: {
    customers: HeaderMapping<CustomerField> | null;
    transactions: HeaderMapping<TransactionField> | null;
  };
  issues: Issue[];
}

export function readTables(
  customersRaw: RawTable | null,
  transactionsRaw: RawTable | null,
  opts: ReadTablesOptions = {},
): ReadTablesResult {
  const issues = new IssueCollector(opts.lang ?? "zh-CN");
  let customers: CustomerTable | null = null;
  let customerMapping: HeaderMapping<CustomerField> | null = null;
  if (customersRaw !== null) {
    const r = readCustomers(customersRaw, {
      issues,
      ...(opts.customerMapping !== undefined && { mapping: opts.customerMapping }),
      ...(opts.customerUnits !== undefined && { units: opts.customerUnits }),
      ...(opts.customerHeaderRow !== undefined && { headerRow: opts.customerHeaderRow }),
    });
    customers = r.table;
    customerMapping = r.mapping;
    reportDuplicateHeaders(issues, customersRaw, r.mapping);
  }
  if (transactionsRaw === null) {
    const asOf = opts.asOf !== undefined && Number.isFinite(opts.asOf) ? Math.floor(opts.asOf) : NaN;
    return {
      customers: customers ?? emptyCustomerTable(),
      tx: emptyTransactions(),
      asOf,
      mappings: { customers: customerMapping, transactions: null },
      issues: issues.issues(),
    };
  }
  const t = readTransactions(transactionsRaw, customers, {
    issues,
    ...(opts.asOf !== undefined && { asOf: opts.asOf }),
    ...(opts.asOf === undefined && opts.today !== undefined && { today: opts.today }),
    ...(opts.refunds !== undefined && { refunds: opts.refunds }),
    ...(opts.dateOrder !== undefined && { dateOrder: opts.dateOrder }),
    ...(opts.transactionMapping !== undefined && { mapping: opts.transactionMapping }),
    ...(opts.transactionUnits !== undefined && { units: opts.transactionUnits }),
    ...(opts.transactionHeaderRow !== undefined && { headerRow: opts.transactionHeaderRow }),
  });
  // Every line dated after today: none is taken for a typo then, and all are read as they are.
  if (t.afterToday > 0 && t.tx.n === 0)
    return readTables(customersRaw, transactionsRaw, { ...opts, today: undefined });
  reportDuplicateHeaders(issues, transactionsRaw, t.mapping);
  return {
    customers: t.customers,
    tx: t.tx,
    asOf: t.asOf,
    mappings: { customers: customerMapping, transactions: t.mapping },
    issues: issues.issues(),
  };
}

/**
 * A second column with the header of a column that was used (two 金额, two 客户编号) is ignored: say
 * so at its header cell, rather than leave the user to wonder which of the two counted.
 */
function reportDuplicateHeaders(issues: IssueCollector, raw: RawTable, mapping: HeaderMapping | null): void {
  if (mapping === null) return;
  const header = raw.rows[mapping.headerRow] ?? [];
  const used = new Map<string, number>();
  const usedCols = new Set<number>();
  for (const f of Object.values(mapping.fields)) {
    if (f === undefined) continue;
    usedCols.add(f.col);
    const key = f.header.trim();
    if (key !== "" && !used.has(key)) used.set(key, f.col);
  }
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    if (usedCols.has(c) || typeof cell !== "string") continue;
    const first = used.get(cell.trim());
    if (first === undefined) continue;
    issues.add("duplicate_header", "warning", raw.sheet, raw.top + mapping.headerRow, raw.left + c, {
      header: cell.trim(),
      first: columnLetter(raw.left + first),
    });
  }
}
