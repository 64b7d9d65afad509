/**
 * Transactions: a RawTable → TransactionColumns (number columns), with grouped issues.
 *
 * A row is kept when it has a customer ID, a valid date and an amount (or quantity × unit price; an
 * amount column wins when both exist, and q × p fills a blank amount). Left out and reported: rows with
 * no customer ID (warning), invalid or missing dates and amounts (error), Excel error values in those
 * cells (error), rows dated after an explicit as-of date (warning). Skipped: blank rows (silently),
 * total rows (info). Kept and reported: negative amounts (refunds, info), IDs not in the customer table
 * (added with row = -1, warning), mixed currencies in a money column (warning).
 *
 * As-of: the given day, else the day after the latest valid transaction date (product.md). Rows dated
 * after an explicit as-of are dropped in the same pass, before they can add a customer.
 *
 * Here: the header, columns and the result; the pass over the rows is transactionLines.ts. Speed: one
 * pass, no per-row allocation; IDs, order numbers and products are cached by their raw cell value
 * (CellIndex), text dates too (TableDates), numbers take a charCode fast path.
 */
import type { CustomerTable, Day, Issue, Lang, RawTable, TransactionColumns } from "../types";
import type { RefundsPolicy } from "../standard/types";
import { formatDay } from "../dates";
import type { DateOrder } from "./cells";
import { reportUnits } from "./columnChecks";
import { CustomerBuilder } from "./customerBuilder";
import { emptyTransactions } from "./emptyTransactions";
import { FIELD_LABELS, TRANSACTION_HEADERS, type TransactionField } from "./headerDictionary";
import {
  findHeaderRow,
  type HeaderMapping,
  type MapOptions,
  type MappingOverride,
  type UnitOverride,
} from "./headers";
import { IssueCollector } from "./issues";
import { LineJob, readLines } from "./transactionLines";
import { TableDates } from "./tableDates";

export { emptyTransactions };

export interface ReadTransactionsOptions {
  lang?: Lang;
  /** Metrics are as of this day; later rows are dropped. Default: day after the latest valid date. */
  asOf?: Day;
  /** The user's column choices (index within raw.rows), null = not mapped. */
  mapping?: MappingOverride<TransactionField>;
  /** The user's unit per money field (multiplier to the base unit). */
  units?: UnitOverride<TransactionField>;
  headerRow?: number;
  /** Only changes the wording of the refunds notice; negative amounts are always kept. */
  refunds?: RefundsPolicy;
  /** Day/month order of `a/b/yyyy` dates; inferred from the date columns when absent. */
  dateOrder?: DateOrder;
  /**
   * Today by the user's clock, used when no as-of is given: later lines are left out and reported
   * (after_as_of), and the as-of is the day after the last line kept (see ReadTablesOptions.today).
   */
  today?: Day;
  issues?: IssueCollector;
}

export interface ReadTransactionsResult {
  tx: TransactionColumns;
  /** The customer table given (copied, never mutated), extended with IDs found only here (row = -1). */
  customers: CustomerTable;
  /** NaN when there is no valid transaction and none was given. */
  asOf: Day;
  mapping: HeaderMapping<TransactionField>;
  issues: Issue[];
  /** Lines left out for being dated after `today` (0 when an as-of was given). */
  afterToday: number;
}

export function readTransactions(
  raw: RawTable,
  customers: CustomerTable | null,
  opts: ReadTransactionsOptions = {},
): ReadTransactionsResult {
  const lang = opts.lang ?? opts.issues?.lang ?? "zh-CN";
  const issues = opts.issues ?? new IssueCollector(lang);
  const { sheet, top, left, rows } = raw;
  const mapOpts: MapOptions<TransactionField> & { headerRow?: number } = {};
  if (opts.mapping !== undefined) mapOpts.override = opts.mapping;
  if (opts.units !== undefined) mapOpts.units = opts.units;
  if (opts.headerRow !== undefined) mapOpts.headerRow = opts.headerRow;
  const mapping = findHeaderRow(rows, "transactions", mapOpts);
  const headerRow0 = top + mapping.headerRow;
  const givenAsOf = opts.asOf !== undefined && Number.isFinite(opts.asOf) ? Math.floor(opts.asOf) : NaN;
  const today = opts.today !== undefined && Number.isFinite(opts.today) ? Math.floor(opts.today) : NaN;
  const builder = CustomerBuilder.from(customers, "");
  const firstNew = builder.size;
  const haveMaster = customers !== null;

  if (mapping.missingRequired.length > 0) {
    // One issue naming every missing field (they share the header row, so they group anyway).
    const sep = lang === "zh-CN" ? "、" : ", ";
    issues.add("missing_column", "error", sheet, headerRow0, left, {
      field: mapping.missingRequired.map((k) => `"${FIELD_LABELS[issues.lang][k]}"`).join(sep),
      examples: mapping.missingRequired.map((k) => TRANSACTION_HEADERS[k].slice(0, 2).join(sep)).join(sep),
    });
    return resultOf(emptyTransactions(sheet), givenAsOf, builder, mapping, issues, 0);
  }
  const start = mapping.headerRow + 1;
  const cap = Math.max(0, rows.length - start);
  if (cap === 0) {
    issues.add("empty_table", "error", sheet, headerRow0, left);
    return resultOf(emptyTransactions(sheet), givenAsOf, builder, mapping, issues, 0);
  }
  reportUnits(issues, sheet, headerRow0, left, mapping);

  // ---- columns, units and headers (LineJob.forFields), then the table and the run
  const job = LineJob.forFields(mapping.fields);
  Object.assign(job, {
    rows,
    start,
    cap,
    sheet,
    top,
    left,
    headerCells: rows[mapping.headerRow] ?? [],
    issues,
    builder,
    firstNew,
    haveMaster,
    dropAfter: givenAsOf === givenAsOf ? givenAsOf : today,
    refunds: opts.refunds ?? "net",
  } satisfies Partial<LineJob>);

  // ---- day/month order for a/b/yyyy dates, one per table. Only text dates that are not plain ISO need
  // it, so the scan of every row's date cells (a cache miss per row on 1M lines) waits for the first such
  // cell and is skipped when there is none (serial numbers, ISO text): it would find no evidence then.
  // The issue group is made here, as before the scan was deferred, so that issues keep their order.
  const dateCols = [job.cDate, job.cDue, job.cPaid].filter((c) => c >= 0);
  const gOrder = issues.group("date_order_assumed", "info", sheet, left + job.cDate, { header: job.hDate });
  job.dates = new TableDates(rows, start, dateCols, opts.dateOrder, gOrder, top, left);

  const pass = readLines(job);
  const { n, maxDay, trackers } = pass;
  const gUnknown = pass.unknown;

  if (gUnknown !== null) {
    gUnknown.params.customers = builder.size - firstNew;
    const near = leadingZeroTwin(builder, firstNew);
    if (near !== null) {
      gUnknown.params.twinOf = near[0];
      gUnknown.params.twin = near[1];
    }
  }
  for (const t of trackers.values()) t.report(issues, sheet);
  if (n === 0) issues.add("no_transactions", "error", sheet, headerRow0, left);

  const asOf = givenAsOf === givenAsOf ? givenAsOf : n > 0 ? maxDay + 1 : NaN;
  // Lines after today: their issue names the as-of they were measured against, known only now.
  const afterToday = givenAsOf !== givenAsOf ? (pass.after?.count ?? 0) : 0;
  if (afterToday > 0 && n > 0 && pass.after !== null) pass.after.params.asOf = formatDay(asOf);
  const cut = (a: number[] | null): number[] | null => (a === null ? null : fit(a, n, cap));
  const tx: TransactionColumns = {
    n,
    customer: fit(pass.customer, n, cap),
    day: fit(pass.day, n, cap),
    amount: fit(pass.amount, n, cap),
    order: cut(pass.order),
    orders: pass.orders,
    profit: cut(pass.profit),
    dueDay: cut(pass.dueDay),
    paidDay: cut(pass.paidDay),
    paidAmount: cut(pass.paidAmount),
    product: cut(pass.product),
    products: pass.products,
    row: cut(pass.row),
    firstRow: pass.firstRow,
    sheet,
  };
  return resultOf(tx, asOf, builder, mapping, issues, afterToday);
}

function resultOf(
  tx: TransactionColumns,
  asOf: Day,
  builder: CustomerBuilder,
  mapping: HeaderMapping<TransactionField>,
  issues: IssueCollector,
  afterToday: number,
): ReadTransactionsResult {
  return { tx, customers: builder.build(), asOf, mapping, issues: issues.issues(), afterToday };
}

/** Cut in place when most rows were kept (no copy: less memory churn on 1M rows), else a compact copy. */
function fit(a: number[], n: number, cap: number): number[] {
  if (n * 2 < cap) return a.slice(0, n);
  a.length = n;
  return a;
}

/** Digits with the leading zeros gone: "001" and "1" meet here. */
const stripZeros = (id: string): string | null => (/^0*\d+$/.test(id) ? id.replace(/^0+(?=\d)/, "") : null);

/**
 * The first unknown ID that is a master ID but for leading zeros (transactions "1", customer table "001"):
 * Excel drops the zeros of an ID typed into a General cell, so this is usually the same customer. Only
 * said, never merged: "1" and "001" may really be two customers.
 */
function leadingZeroTwin(
  builder: { size: number; idAt(i: number): string },
  firstNew: number,
): [string, string] | null {
  const master = new Map<string, string>();
  for (let i = 0; i < firstNew; i++) {
    const id = builder.idAt(i);
    const k = stripZeros(id);
    if (k !== null && !master.has(k)) master.set(k, id);
  }
  if (master.size === 0) return null;
  for (let i = firstNew; i < builder.size; i++) {
    const id = builder.idAt(i);
    const k = stripZeros(id);
    const twin = k === null ? undefined : master.get(k);
    if (twin !== undefined && twin !== id) return [id, twin];
  }
  return null;
}
