/**
 * Transactions: a RawTable → TransactionColumns (columnar, typed arrays), with grouped issues.
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
 * Speed: one pass, no per-row allocation; IDs, order numbers and products are cached by their raw cell
 * value (CellIndex), text dates too (Map), numbers take a charCode fast path.
 */
import type { Cell, CustomerTable, Day, Issue, Lang, RawTable, TransactionColumns } from "../types";
import { MONEY_SCALE } from "../types";
import type { RefundsPolicy } from "../standard/types";
import { formatDay } from "../dates";
import {
  cellText,
  isBlankCell,
  isBlankRow,
  isErrorValue,
  isTotalRow,
  newNumberScratch,
  normaliseId,
  parseDateCell,
  parseDateText,
  readNumber,
  type DateOrder,
  type NumberFailure,
} from "./cells";
import { parseIsoFast } from "./dateCell";
import { CurrencyTracker, example, reportIgnored, reportUnits, roundMoney } from "./columnChecks";
import { unfilled } from "../stats/scratch";
import { CellIndex, MISSING } from "./cellIndex";
import { CustomerBuilder } from "./customerBuilder";
import { scanDateOrder } from "./dateOrderScan";
import { emptyTransactions } from "./emptyTransactions";
import { FIELD_LABELS, TRANSACTION_HEADERS, type TransactionField } from "./headerDictionary";
import {
  findHeaderRow,
  type HeaderMapping,
  type MapOptions,
  type MappingOverride,
  type UnitOverride,
} from "./headers";
import { IssueCollector, type IssueGroup } from "./issues";

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
}

/** Date caches stop growing here; beyond it, dates are parsed every time (still correct). */
const DATE_CACHE_LIMIT = 500_000;

const ID_EMPTY = -1;
const ID_ERROR = -2;
const ID_TOTAL = -3;
const ID_PENDING = -4;
const DECIMAL_ID = /^\s*-?\d+\.0+\s*$/;

/** A cell whose reading depends on the day/month order: text that is not a plain ISO date. */
function needsDateOrder(cell: Cell | undefined): boolean {
  return typeof cell === "string" && parseIsoFast(cell) === undefined;
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
  const builder = CustomerBuilder.from(customers, "");
  const firstNew = builder.size;
  const haveMaster = customers !== null;

  const finish = (tx: TransactionColumns, asOf: Day): ReadTransactionsResult => ({
    tx,
    customers: builder.build(),
    asOf,
    mapping,
    issues: issues.issues(),
  });

  if (mapping.missingRequired.length > 0) {
    // One issue naming every missing field (they share the header row, so they group anyway).
    const sep = lang === "zh-CN" ? "、" : ", ";
    issues.add("missing_column", "error", sheet, headerRow0, left, {
      field: mapping.missingRequired.map((k) => `"${FIELD_LABELS[issues.lang][k]}"`).join(sep),
      examples: mapping.missingRequired.map((k) => TRANSACTION_HEADERS[k].slice(0, 2).join(sep)).join(sep),
    });
    return finish(emptyTransactions(sheet), givenAsOf);
  }
  const start = mapping.headerRow + 1;
  const cap = Math.max(0, rows.length - start);
  if (cap === 0) {
    issues.add("empty_table", "error", sheet, headerRow0, left);
    return finish(emptyTransactions(sheet), givenAsOf);
  }
  reportUnits(issues, sheet, headerRow0, left, mapping);

  // ---- columns, units, headers
  const f = mapping.fields;
  const col = (k: TransactionField): number => f[k]?.col ?? -1;
  const hdr = (k: TransactionField): string => f[k]?.header ?? "";
  const unitOf = (k: TransactionField): number => f[k]?.unit ?? 1;
  const cId = col("customerId");
  const cDate = col("date");
  const cAmount = col("amount");
  const cQty = col("quantity");
  const cPrice = col("unitPrice");
  const cOrder = col("order");
  const cCost = col("cost");
  const cProfit = col("profit");
  const cDue = col("dueDate");
  const cPaid = col("paidDate");
  const cPaidAmt = col("paidAmount");
  const cProduct = col("product") >= 0 ? col("product") : col("productName");
  const cName = col("customerName");
  const cRegion = col("region");
  const useQP = cQty >= 0 && cPrice >= 0;
  const amountScale = unitOf("amount") * MONEY_SCALE;
  const priceScale = unitOf("unitPrice") * MONEY_SCALE;
  const costScale = unitOf("cost") * MONEY_SCALE;
  const profitScale = unitOf("profit") * MONEY_SCALE;
  const paidScale = unitOf("paidAmount") * MONEY_SCALE;
  /** Column that an amount problem is reported on. */
  const cAmountReport = cAmount >= 0 ? cAmount : cPrice;

  // ---- day/month order for a/b/yyyy dates, one per table. Only text dates that are not plain ISO need
  // it, so the scan of every row's date cells (a cache miss per row on 1M lines) waits for the first such
  // cell and is skipped when there is none (serial numbers, ISO text): it would find no evidence then.
  // The issue group is made here, as before the scan was deferred, so that issues keep their order.
  const dateCols = [cDate, cDue, cPaid].filter((c) => c >= 0);
  let order: DateOrder = opts.dateOrder ?? "ymd";
  const orderScan = { done: false }; // an object: TypeScript would narrow a local flag to false
  const gOrder = issues.group("date_order_assumed", "info", sheet, left + cDate, { header: hdr("date") });
  const settleDateOrder = (): void => {
    orderScan.done = true;
    const inferred = scanDateOrder(rows, start, dateCols);
    order = opts.dateOrder ?? inferred.order;
    if (inferred.ambiguousCount > 0) {
      gOrder.setOnce("example", inferred.example);
      gOrder.setOnce("order", order === "dmy" ? "dmy" : "mdy");
      for (let i = 0; i < inferred.ambiguous.length; i++) {
        gOrder.add(top + (inferred.ambiguous[i] as number), left + (inferred.ambiguousCols[i] as number));
      }
      gOrder.count = inferred.ambiguousCount;
    }
  };

  // ---- output columns (capacity = data rows; cut to n at the end). Number arrays, not typed arrays:
  // 64 MB of typed arrays at 1M lines started a full, blocking mark of the heap — mostly the caller's
  // input rows — during the read (~270 ms; see stats/scratch.ts). Row n of each is written before n++.
  const outCustomer = unfilled(cap);
  const outDay = unfilled(cap);
  const outAmount = unfilled(cap);
  // Sheet rows of the lines: only made once a line is not the row after the one before (a skipped
  // blank, total or bad row); until then line n is row firstRow + n (8 MB less at 1M lines).
  let outRow: number[] | null = null;
  let firstRow = 0;
  const outOrder = cOrder >= 0 ? unfilled(cap) : null;
  const outProfit = cProfit >= 0 || cCost >= 0 ? unfilled(cap) : null;
  const outDue = cDue >= 0 ? unfilled(cap) : null;
  const outPaid = cPaid >= 0 ? unfilled(cap) : null;
  const outPaidAmt = cPaidAmt >= 0 ? unfilled(cap) : null;
  const outProduct = cProduct >= 0 ? unfilled(cap) : null;
  const products: string[] = [];

  // ---- caches keyed by the raw cell value (CellIndex: typed-array hash tables, see cellIndex.ts)
  // Sized for the usual counts (a customer per ten lines, an order per two) so that they rarely grow.
  const idCache = new CellIndex(Math.max(builder.size, cap >> 3));
  const dateCache = new Map<string, number>();
  // Raw order cell → order index. It also holds normalised keys K with normaliseId(K) === K, which is
  // sound because such a K read as a raw cell is the same order; keys that are not fixed points of
  // normaliseId (odd Unicode) go to orderIndex instead.
  const orderCache = new CellIndex(outOrder === null ? 0 : cap >> 1);
  const orderIndex = new Map<string, number>();
  let nextOrder = 0;
  // Products: a Map. Codes are few (hundreds to thousands) and its table stays in cache, where V8's
  // native string hash beats the FNV loop of CellIndex (1M lines: read ~30 ms less).
  const productCache = new Map<string | number | boolean, number>();
  const productIndex = new Map<string, number>();

  const scratch = newNumberScratch();
  const trackers = new Map<number, CurrencyTracker>();
  const noteCurrency = (c: number, currency: string, row0: number): void => {
    let t = trackers.get(c);
    if (t === undefined) trackers.set(c, (t = new CurrencyTracker(left + c, rowHeader(c))));
    t.note(currency, row0);
  };
  const headerCells = rows[mapping.headerRow] ?? [];
  const rowHeader = (c: number): string => cellText(headerCells[c]) ?? "";

  // Issue groups used in the loop, created on first use.
  const refundGroups = new Map<number, IssueGroup>();
  let gUnknown: IssueGroup | null = null;
  let gDecimal: IssueGroup | null = null;
  let gMissingId: IssueGroup | null = null;
  let gAfter: IssueGroup | null = null;
  let gComputed: IssueGroup | null = null;
  let gMissingOrder: IssueGroup | null = null;

  const readDate = (cell: Cell | undefined): number => {
    if (typeof cell === "string") {
      const iso = parseIsoFast(cell); // cheaper than a Map lookup for ISO text
      if (iso !== undefined) return iso;
      if (!orderScan.done) settleDateOrder();
      let d = dateCache.get(cell);
      if (d === undefined) {
        d = parseDateText(cell, order);
        if (dateCache.size < DATE_CACHE_LIMIT) dateCache.set(cell, d);
      }
      return d;
    }
    return parseDateCell(cell, order);
  };

  /** Raw ID cell → cache code: customer index × 2 + (1 if written as `123.0`), or an ID_* code. */
  let pendingId = "";
  const resolveId = (cell: string | number | boolean): number => {
    if (isErrorValue(cell)) return ID_ERROR;
    const id = normaliseId(cell);
    if (id === null) return ID_EMPTY;
    if (typeof cell === "string" && isTotalRow([cell])) return ID_TOTAL;
    const ci = builder.find(id);
    const decimal = typeof cell === "string" && DECIMAL_ID.test(cell) ? 1 : 0;
    if (ci === undefined) {
      pendingId = id;
      return ID_PENDING - decimal; // -4 or -5: valid ID, customer created once a row is kept
    }
    return ci * 2 + decimal;
  };

  // The previous row's cell and result: consecutive rows of one invoice share them, no Map lookup.
  let prevIdCell: Cell | undefined = undefined;
  let prevIdCode = 0;
  let prevOrderCell: Cell | undefined = undefined;
  let prevOrder = 0;
  let prevProductCell: Cell | undefined = undefined;
  let prevProduct = 0;
  // The add-in hands every all-empty row of a read as one shared array (src/excel/blocks.ts): a row that
  // is the last blank row seen is blank, without reading its cells (a stray cell at row 1,048,576).
  let blankRow: readonly Cell[] | null = null;
  let n = 0;
  let maxDay = -Infinity;
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined || row === blankRow) continue;
    const row0 = top + r;
    // Due and paid dates are read on kept rows only, but the order scan covers every row.
    if (!orderScan.done && (needsDateOrder(row[cDue]) || needsDateOrder(row[cPaid]))) settleDateOrder();

    // customer ID
    const idCell = row[cId];
    let code: number;
    if (idCell === null || idCell === undefined) code = ID_EMPTY;
    else if (idCell === prevIdCell)
      code = prevIdCode; // exports are often sorted by customer
    else {
      const hit = idCache.get(idCell);
      if (hit !== MISSING) code = hit;
      else {
        code = resolveId(idCell);
        if (code > ID_PENDING) idCache.set(idCell, code); // pending IDs are cached once created
      }
      if (code > ID_PENDING) {
        prevIdCell = idCell;
        prevIdCode = code;
      }
    }

    // date
    const dateCell = row[cDate];
    const day = readDate(dateCell);

    // amount: amount column, else (or when blank) quantity × unit price
    let amount = NaN;
    let amountReason: NumberFailure | null = null;
    let amountCol = cAmountReport;
    let computed = false;
    /** Column that made the amount negative: the amount, or quantity / unit price when computed. */
    let signCol = cAmount;
    if (cAmount >= 0) {
      const v = readNumber(row[cAmount], scratch, false);
      if (scratch.reason === null) {
        amount = roundMoney(v * amountScale);
        if (scratch.currency !== null) noteCurrency(cAmount, scratch.currency, row0);
      } else amountReason = scratch.reason;
    }
    if (amount !== amount && useQP && (cAmount < 0 || amountReason === "empty")) {
      const q = readNumber(row[cQty], scratch, false);
      const qReason = scratch.reason;
      const p = readNumber(row[cPrice], scratch, false);
      const pReason = scratch.reason;
      if (qReason === null && pReason === null) {
        amount = roundMoney(q * p * priceScale);
        signCol = q < 0 ? cQty : cPrice;
        if (scratch.currency !== null) noteCurrency(cPrice, scratch.currency, row0);
        amountReason = null;
        computed = cAmount >= 0;
      } else if (cAmount < 0 || qReason !== "empty" || pReason !== "empty") {
        // Report on the cell that failed (quantity first).
        amountReason = qReason ?? pReason;
        amountCol = qReason !== null ? cQty : cPrice;
      }
    }

    const idOk = code >= 0 || code <= ID_PENDING;
    const dayOk = day === day;
    if (!idOk || !dayOk || amount !== amount) {
      const dateBlank = isBlankCell(dateCell);
      if (code === ID_EMPTY && dateBlank && amountReason === "empty") {
        if (isBlankRow(row)) {
          blankRow = row;
          continue;
        }
        if (isTotalRow(row)) issues.add("total_row", "info", sheet, row0, left);
        else issues.add("incomplete_row", "info", sheet, row0, left);
        continue;
      }
      if (code === ID_TOTAL || isTotalRow(row)) {
        issues.add("total_row", "info", sheet, row0, left);
        continue;
      }
      if (code === ID_ERROR) {
        issues.add("error_value", "error", sheet, row0, left + cId, {
          header: hdr("customerId"),
          example: example(idCell),
        });
      } else if (!dayOk) {
        if (isErrorValue(dateCell)) {
          issues.add("error_value", "error", sheet, row0, left + cDate, {
            header: hdr("date"),
            example: example(dateCell),
          });
        } else if (dateBlank) {
          issues.add("missing_date", "error", sheet, row0, left + cDate, { header: hdr("date") });
        } else {
          issues.add("invalid_date", "error", sheet, row0, left + cDate, {
            header: hdr("date"),
            example: example(dateCell),
          });
        }
      } else if (amount !== amount) {
        const c = amountCol;
        const cell = row[c];
        const header = rowHeader(c);
        if (amountReason === "error")
          issues.add("error_value", "error", sheet, row0, left + c, { header, example: example(cell) });
        else if (amountReason === "empty")
          issues.add("missing_amount", "error", sheet, row0, left + c, { header });
        else issues.add("invalid_number", "error", sheet, row0, left + c, { header, example: example(cell) });
      } else {
        gMissingId ??= issues.group("missing_customer_id", "warning", sheet, left + cId, {
          header: hdr("customerId"),
        });
        gMissingId.add(row0);
      }
      continue;
    }

    if (day > givenAsOf) {
      gAfter ??= issues.group("after_as_of", "warning", sheet, left + cDate, {
        header: hdr("date"),
        asOf: formatDay(givenAsOf),
      });
      gAfter.add(row0);
      continue;
    }

    // The row is kept: find or create its customer.
    let ci: number;
    let decimal: boolean;
    if (code >= 0) {
      ci = code >> 1;
      decimal = (code & 1) === 1;
    } else {
      decimal = code === ID_PENDING - 1;
      ci = builder.find(pendingId) ?? builder.add(pendingId, -1);
      prevIdCode = ci * 2 + (decimal ? 1 : 0);
      prevIdCell = idCell;
      idCache.set(idCell as string | number | boolean, prevIdCode);
      if (cName >= 0) builder.setText("name", ci, cellText(row[cName]));
      if (cRegion >= 0) builder.setText("region", ci, cellText(row[cRegion]));
    }
    if (decimal) {
      gDecimal ??= issues.group("id_decimal", "info", sheet, left + cId, {
        header: hdr("customerId"),
        example: String(idCell).trim(),
      });
      gDecimal.add(row0);
    }
    if (haveMaster && ci >= firstNew) {
      gUnknown ??= issues.group("unknown_customer", "warning", sheet, left + cId, {
        header: hdr("customerId"),
        example: builder.idAt(ci),
      });
      gUnknown.add(row0);
    }
    if (computed) {
      gComputed ??= issues.group("amount_computed", "info", sheet, left + cAmount, { header: hdr("amount") });
      gComputed.add(row0);
    }
    if (amount < 0) {
      let g = refundGroups.get(signCol);
      if (g === undefined) {
        g = issues.group("refund_rows", "info", sheet, left + signCol, {
          header: rowHeader(signCol),
          policy: opts.refunds ?? "net",
        });
        refundGroups.set(signCol, g);
      }
      g.add(row0);
    }

    outCustomer[n] = ci;
    outDay[n] = day;
    outAmount[n] = amount;
    if (n === 0) firstRow = row0;
    if (outRow !== null) outRow[n] = row0;
    else if (row0 !== firstRow + n) {
      outRow = unfilled(cap);
      for (let j = 0; j < n; j++) outRow[j] = firstRow + j;
      outRow[n] = row0;
    }
    if (day > maxDay) maxDay = day;

    if (outOrder !== null) {
      const cell = row[cOrder];
      let oi =
        cell === null || cell === undefined ? -1 : cell === prevOrderCell ? prevOrder : orderCache.get(cell);
      if (oi === MISSING) {
        // One cache for raw cells and normalised keys (see orderCache): an order number that is already
        // normalised, the usual case, costs one lookup and one insert.
        const key = normaliseId(cell);
        if (key === null) oi = -1;
        else if (key === cell) oi = nextOrder++;
        else if (normaliseId(key) === key) {
          oi = orderCache.get(key);
          if (oi === MISSING) orderCache.set(key, (oi = nextOrder++));
        } else {
          oi = orderIndex.get(key) ?? -2;
          if (oi === -2) orderIndex.set(key, (oi = nextOrder++));
        }
        orderCache.set(cell as string | number | boolean, oi);
      }
      if (oi >= 0) {
        prevOrderCell = cell;
        prevOrder = oi;
      } else {
        // No order number: the line is an order of its own (as when no order column is mapped).
        oi = nextOrder++;
        gMissingOrder ??= issues.group("missing_order", "info", sheet, left + cOrder, {
          header: hdr("order"),
        });
        gMissingOrder.add(row0);
      }
      outOrder[n] = oi;
    }

    if (outProduct !== null) {
      const cell = row[cProduct];
      let pi =
        cell === null || cell === undefined
          ? -1
          : cell === prevProductCell
            ? prevProduct
            : (productCache.get(cell) ?? MISSING);
      if (pi === MISSING) {
        const key = normaliseId(cell);
        if (key === null) pi = -1;
        else {
          pi = productIndex.get(key) ?? -2;
          if (pi === -2) {
            pi = products.length;
            products.push(key);
            productIndex.set(key, pi);
          }
        }
        productCache.set(cell as string | number | boolean, pi);
      }
      if (pi >= 0) {
        prevProductCell = cell;
        prevProduct = pi;
      }
      outProduct[n] = pi;
    }

    if (outProfit !== null) {
      let profit = NaN;
      const c = cProfit >= 0 ? cProfit : cCost;
      const cell = row[c];
      const v = readNumber(cell, scratch, false);
      if (scratch.reason === null) {
        if (scratch.currency !== null) noteCurrency(c, scratch.currency, row0);
        // Cost is the line's total cost (as in invoice-line exports), so profit = amount − cost.
        profit = cProfit >= 0 ? roundMoney(v * profitScale) : amount - roundMoney(v * costScale);
      } else reportIgnored(issues, "number", scratch.reason, sheet, row0, left + c, rowHeader(c), cell);
      outProfit[n] = profit;
    }

    if (outDue !== null) outDue[n] = readOptionalDate(row[cDue], cDue, row0);
    if (outPaid !== null) outPaid[n] = readOptionalDate(row[cPaid], cPaid, row0);

    if (outPaidAmt !== null) {
      const cell = row[cPaidAmt];
      const v = readNumber(cell, scratch, false);
      if (scratch.reason === null) {
        if (scratch.currency !== null) noteCurrency(cPaidAmt, scratch.currency, row0);
        outPaidAmt[n] = roundMoney(v * paidScale);
      } else {
        outPaidAmt[n] = NaN;
        reportIgnored(
          issues,
          "number",
          scratch.reason,
          sheet,
          row0,
          left + cPaidAmt,
          hdr("paidAmount"),
          cell,
        );
      }
    }
    n++;
  }

  function readOptionalDate(cell: Cell | undefined, c: number, row0: number): number {
    if (cell === null || cell === undefined || cell === "") return NaN;
    const d = readDate(cell);
    if (d !== d) {
      const reason = isErrorValue(cell) ? "error" : isBlankCell(cell) ? "empty" : "invalid";
      reportIgnored(issues, "date", reason, sheet, row0, left + c, rowHeader(c), cell);
    }
    return d;
  }

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
  // Cut in place when most rows were kept (no copy: less memory churn on 1M rows), else a compact copy.
  const fit = (a: number[]): number[] => {
    if (n * 2 < cap) return a.slice(0, n);
    a.length = n;
    return a;
  };
  const tx: TransactionColumns = {
    n,
    customer: fit(outCustomer),
    day: fit(outDay),
    amount: fit(outAmount),
    order: outOrder === null ? null : fit(outOrder),
    profit: outProfit === null ? null : fit(outProfit),
    dueDay: outDue === null ? null : fit(outDue),
    paidDay: outPaid === null ? null : fit(outPaid),
    paidAmount: outPaidAmt === null ? null : fit(outPaidAmt),
    product: outProduct === null ? null : fit(outProduct),
    products,
    row: outRow === null ? null : fit(outRow),
    firstRow,
    sheet,
  };
  return finish(tx, asOf);
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
