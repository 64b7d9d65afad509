/**
 * The pass over a transaction table's data rows, a function of its own (see readTransactions for the
 * rules). Apart from V8's on-stack replacement of a loop inside a long function (deoptimised by the code
 * after it, not yet run), this keeps the hot code away from the setup's objects, whose shapes are made
 * anew in each run: optimised code checks them, and their death at the next GC threw the code away, so
 * every run was cold (see stats/keepShape.ts). It calls module functions, not closures, and the class
 * instances it uses (CellIndex, CustomerBuilder, TableDates, issue groups) keep their shape.
 */
import type { Cell, RawTable, TransactionColumns } from "../types";
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
  readNumber,
  type NumberFailure,
} from "./cells";
import { CurrencyTracker, example, reportIgnored, roundMoney } from "./columnChecks";
import { scratch as filled, UNFILLED_MAX } from "../stats/scratch";
import { CellIndex, MISSING } from "./cellIndex";
import { RunIndex } from "./runIndex";
import type { CustomerBuilder } from "./customerBuilder";
import { IssueCollector, type IssueGroup } from "./issues";
import type { TableDates } from "./tableDates";
import type { TransactionField } from "./headerDictionary";
import type { FieldMatch } from "./headers";
import { keepShape } from "../stats/keepShape";

/**
 * What the pass needs: the table, its mapped columns (-1 = none), scales and headers. A class with one
 * kept instance, not an object literal: a 40-key literal gets its shape by adding keys one by one, made
 * anew in each run, and readLines' code, which depends on that shape, was thrown away with it. Money
 * scales and dropAfter start as doubles (NaN) so that a fractional unit never changes the shape.
 */
export class LineJob {
  rows: RawTable["rows"] = [];
  /** First data row (index into rows) and the capacity of the output columns (data rows). */
  start = 0;
  cap = 0;
  sheet = "";
  top = 0;
  left = 0;
  headerCells: readonly Cell[] = [];
  issues: IssueCollector | null = null;
  builder: CustomerBuilder | null = null;
  /** Customers from index firstNew on are not in the customer table (when there is one). */
  firstNew = 0;
  haveMaster = false;
  /** Lines dated after this day are left out and reported (after_as_of); NaN: none. */
  dropAfter = NaN;
  refunds: RefundsPolicy = "net";
  dates: TableDates | null = null;
  cId = -1;
  cDate = -1;
  cAmount = -1;
  cQty = -1;
  cPrice = -1;
  cOrder = -1;
  cCost = -1;
  cProfit = -1;
  cDue = -1;
  cPaid = -1;
  cPaidAmt = -1;
  cProduct = -1;
  cName = -1;
  cRegion = -1;
  /** Column that an amount problem is reported on. */
  cAmountReport = -1;
  useQP = false;
  amountScale = NaN;
  priceScale = NaN;
  costScale = NaN;
  profitScale = NaN;
  paidScale = NaN;
  hId = "";
  hDate = "";
  hAmount = "";
  hOrder = "";
  hPaidAmt = "";

  /** A job with the mapped columns, money scales and headers; the caller sets the table and run fields. */
  static forFields(f: FieldMap): LineJob {
    const j = new LineJob();
    j.cId = colOf(f, "customerId");
    j.cDate = colOf(f, "date");
    j.cAmount = colOf(f, "amount");
    j.cQty = colOf(f, "quantity");
    j.cPrice = colOf(f, "unitPrice");
    j.cOrder = colOf(f, "order");
    j.cCost = colOf(f, "cost");
    j.cProfit = colOf(f, "profit");
    j.cDue = colOf(f, "dueDate");
    j.cPaid = colOf(f, "paidDate");
    j.cPaidAmt = colOf(f, "paidAmount");
    j.cProduct = colOf(f, "product") >= 0 ? colOf(f, "product") : colOf(f, "productName");
    j.cName = colOf(f, "customerName");
    j.cRegion = colOf(f, "region");
    j.cAmountReport = j.cAmount >= 0 ? j.cAmount : j.cPrice;
    j.useQP = j.cQty >= 0 && j.cPrice >= 0;
    j.amountScale = unitOf(f, "amount") * MONEY_SCALE;
    j.priceScale = unitOf(f, "unitPrice") * MONEY_SCALE;
    j.costScale = unitOf(f, "cost") * MONEY_SCALE;
    j.profitScale = unitOf(f, "profit") * MONEY_SCALE;
    j.paidScale = unitOf(f, "paidAmount") * MONEY_SCALE;
    j.hId = headerOf(f, "customerId");
    j.hDate = headerOf(f, "date");
    j.hAmount = headerOf(f, "amount");
    j.hOrder = headerOf(f, "order");
    j.hPaidAmt = headerOf(f, "paidAmount");
    return j;
  }
}

type FieldMap = Partial<Record<TransactionField, FieldMatch>>;
const colOf = (f: FieldMap, k: TransactionField): number => f[k]?.col ?? -1;
const headerOf = (f: FieldMap, k: TransactionField): string => f[k]?.header ?? "";
const unitOf = (f: FieldMap, k: TransactionField): number => f[k]?.unit ?? 1;

keepShape(new LineJob());

/** The kept lines' columns, not yet cut to n (capacity cap), and what the caller reports after. */
export interface LinePass extends Omit<TransactionColumns, "sheet"> {
  maxDay: number;
  trackers: Map<number, CurrencyTracker>;
  unknown: IssueGroup | null;
  /** Lines left out for being dated after dropAfter. */
  after: IssueGroup | null;
}

const ID_EMPTY = -1;
const ID_ERROR = -2;
const ID_TOTAL = -3;
const ID_PENDING = -4;
const DECIMAL_ID = /^\s*-?\d+\.0+\s*$/;

/** Rows per call of readChunk. */
export const ROWS_PER_CHUNK = 4096;

/**
 * The pass's state between chunks: output columns, caches, issue groups and the previous row's cells.
 * A class with one kept instance (stats/keepShape.ts), as LineJob.
 */
export class LineState {
  // ---- output columns (capacity = data rows; cut to n at the end). Number arrays, not typed arrays:
  // 64 MB of typed arrays at 1M lines started a full, blocking mark of the heap — mostly the caller's
  // input rows — during the read (~270 ms; see stats/scratch.ts). Row n of each is written before n++.
  readonly outCustomer: number[];
  readonly outDay: number[];
  readonly outAmount: number[];
  // Sheet rows of the lines: only made once a line is not the row after the one before (a skipped
  // blank, total or bad row); until then line n is row firstRow + n (8 MB less at 1M lines).
  outRow: number[] | null = null;
  firstRow = 0;
  readonly outOrder: number[] | null;
  readonly outProfit: number[] | null;
  readonly outDue: number[] | null;
  readonly outPaid: number[] | null;
  readonly outPaidAmt: number[] | null;
  readonly outProduct: number[] | null;
  readonly products: string[] = [];

  // ---- caches keyed by the raw cell value (CellIndex: typed-array hash tables, see cellIndex.ts)
  readonly idCache: CellIndex;
  // Raw order cell → order index. It also holds normalised keys K with normaliseId(K) === K, which is
  // sound because such a K read as a raw cell is the same order; keys that are not fixed points of
  // normaliseId (odd Unicode) go to orderIndex instead. A RunIndex: order numbers come in order.
  readonly orderCache: RunIndex;
  readonly orderIndex = new Map<string, number>();
  nextOrder = 0;
  // Products: a Map. Codes are few (hundreds to thousands) and its table stays in cache, where V8's
  // native string hash beats the FNV loop of CellIndex (1M lines: read ~30 ms less).
  readonly productCache = new Map<string | number | boolean, number>();
  readonly productIndex = new Map<string, number>();

  readonly scratch = newNumberScratch();
  readonly trackers = new Map<number, CurrencyTracker>();
  readonly at: CellContext;

  // Issue groups used in the loop, created on first use.
  readonly refundGroups = new Map<number, IssueGroup>();
  gUnknown: IssueGroup | null = null;
  gDecimal: IssueGroup | null = null;
  gMissingId: IssueGroup | null = null;
  gAfter: IssueGroup | null = null;
  gComputed: IssueGroup | null = null;
  gMissingOrder: IssueGroup | null = null;

  // The previous row's cell and result: consecutive rows of one invoice share them, no Map lookup.
  prevIdCell: Cell | undefined = undefined;
  prevIdCode = 0;
  prevOrderCell: Cell | undefined = undefined;
  prevOrder = 0;
  prevProductCell: Cell | undefined = undefined;
  prevProduct = 0;
  // The add-in hands every all-empty row of a read as one shared array (src/excel/blocks.ts): a row that
  // is the last blank row seen is blank, without reading its cells (a stray cell at row 1,048,576).
  blankRow: readonly Cell[] | null = null;
  n = 0;
  maxDay = -Infinity;

  constructor(job: LineJob) {
    const { cap, cOrder, cProfit, cCost, cDue, cPaid, cPaidAmt, cProduct } = job;
    // Each column by a `new Array` of its own: V8 makes an array the elements kind (integers or
    // doubles) that earlier arrays from the same site turned into, and a site shared by integer and
    // double columns made the integer ones double and deoptimised readChunk (stats/scratch.ts).
    // Unfilled: row n of each is written before n++.
    const fits = cap <= UNFILLED_MAX;
    this.outCustomer = fits ? new Array<number>(cap) : filled(cap, 0);
    this.outDay = fits ? new Array<number>(cap) : filled(cap, 0);
    this.outAmount = fits ? new Array<number>(cap) : filled(cap, 0);
    this.outOrder = cOrder < 0 ? null : fits ? new Array<number>(cap) : filled(cap, 0);
    this.outProfit = cProfit < 0 && cCost < 0 ? null : fits ? new Array<number>(cap) : filled(cap, 0);
    this.outDue = cDue < 0 ? null : fits ? new Array<number>(cap) : filled(cap, 0);
    this.outPaid = cPaid < 0 ? null : fits ? new Array<number>(cap) : filled(cap, 0);
    this.outPaidAmt = cPaidAmt < 0 ? null : fits ? new Array<number>(cap) : filled(cap, 0);
    this.outProduct = cProduct < 0 ? null : fits ? new Array<number>(cap) : filled(cap, 0);
    // Sized for the usual counts (a customer per ten lines, an order per two) so that they rarely grow.
    this.idCache = new CellIndex(Math.max(job.builder?.size ?? 0, cap >> 3));
    this.orderCache = new RunIndex(this.outOrder === null ? 0 : cap >> 1);
    this.at = cellContext(job.issues as IssueCollector, job.sheet, job.left, job.headerCells);
  }
}

/**
 * The pass over the data rows, a chunk of rows per call of readChunk. Why chunks: a function that runs
 * once per classification never keeps its optimised code. Its long loop is compiled on the stack (OSR),
 * which V8 holds weakly (every full GC dropped it), so each classification ran in baseline code until a
 * 12–25 ms compile finished, and the code after the loop, not yet run, deoptimised it. Called once per
 * 4096 rows, readChunk is compiled normally in the first run and keeps its code for the next.
 */
export function readLines(job: LineJob): LinePass {
  const st = new LineState(job);
  const length = job.rows.length;
  for (let r = job.start; r < length; r += ROWS_PER_CHUNK)
    readChunk(job, st, r, Math.min(length, r + ROWS_PER_CHUNK));
  const { n, maxDay, outOrder, nextOrder } = st;
  return {
    n,
    maxDay,
    customer: st.outCustomer,
    day: st.outDay,
    amount: st.outAmount,
    order: outOrder,
    orders: outOrder === null ? 0 : nextOrder,
    profit: st.outProfit,
    dueDay: st.outDue,
    paidDay: st.outPaid,
    paidAmount: st.outPaidAmt,
    product: st.outProduct,
    products: st.products,
    row: st.outRow,
    firstRow: st.firstRow,
    trackers: st.trackers,
    unknown: st.gUnknown,
    after: st.gAfter,
  };
}

/** Rows from..to of the pass: the state in locals for the loop, written back at the end. */
function readChunk(job: LineJob, st: LineState, from: number, to: number): void {
  const { rows, cap, sheet, top, left, headerCells, firstNew, haveMaster } = job;
  // Set by readTransactions before the pass.
  const issues = job.issues as IssueCollector;
  const builder = job.builder as CustomerBuilder;
  const dates = job.dates as TableDates;
  const { dropAfter, refunds, cId, cDate, cAmount, cQty, cPrice, cOrder, cCost, cProfit } = job;
  const { cDue, cPaid, cPaidAmt, cProduct, cName, cRegion, cAmountReport, useQP } = job;
  const {
    amountScale,
    priceScale,
    costScale,
    profitScale,
    paidScale,
    hId,
    hDate,
    hAmount,
    hOrder,
    hPaidAmt,
  } = job;
  const { outCustomer, outDay, outAmount, outOrder, outProfit, outDue, outPaid, outPaidAmt, outProduct } = st;
  const { products, idCache, orderCache, orderIndex, productCache, productIndex } = st;
  const { scratch, trackers, at, refundGroups } = st;
  let { outRow, firstRow, nextOrder, n, maxDay, blankRow } = st;
  let { gUnknown, gDecimal, gMissingId, gAfter, gComputed, gMissingOrder } = st;
  let { prevIdCell, prevIdCode, prevOrderCell, prevOrder, prevProductCell, prevProduct } = st;
  for (let r = from; r < to; r++) {
    const row = rows[r];
    if (row === undefined || row === blankRow) continue;
    const row0 = top + r;
    // Due and paid dates are read on kept rows only, but the order scan covers every row.
    if (!dates.settled) dates.settleForRow(row);

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
        code = resolveId(idCell, builder);
        if (code > ID_PENDING) idCache.set(idCell, code); // pending IDs are cached once created
      }
      if (code > ID_PENDING) {
        prevIdCell = idCell;
        prevIdCode = code;
      }
    }

    // date
    const dateCell = row[cDate];
    const day = dates.read(dateCell);

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
        if (scratch.currency !== null) noteCurrency(trackers, at, cAmount, scratch.currency, row0);
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
        if (scratch.currency !== null) noteCurrency(trackers, at, cPrice, scratch.currency, row0);
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
          header: hId,
          example: example(idCell),
        });
      } else if (!dayOk) {
        if (isErrorValue(dateCell)) {
          issues.add("error_value", "error", sheet, row0, left + cDate, {
            header: hDate,
            example: example(dateCell),
          });
        } else if (dateBlank) {
          issues.add("missing_date", "error", sheet, row0, left + cDate, { header: hDate });
        } else {
          issues.add("invalid_date", "error", sheet, row0, left + cDate, {
            header: hDate,
            example: example(dateCell),
          });
        }
      } else if (amount !== amount) {
        const c = amountCol;
        const cell = row[c];
        const header = headerText(headerCells, c);
        if (amountReason === "error")
          issues.add("error_value", "error", sheet, row0, left + c, { header, example: example(cell) });
        else if (amountReason === "empty")
          issues.add("missing_amount", "error", sheet, row0, left + c, { header });
        else issues.add("invalid_number", "error", sheet, row0, left + c, { header, example: example(cell) });
      } else {
        gMissingId ??= issues.group("missing_customer_id", "warning", sheet, left + cId, {
          header: hId,
        });
        gMissingId.add(row0);
      }
      continue;
    }

    if (day > dropAfter) {
      gAfter ??= issues.group("after_as_of", "warning", sheet, left + cDate, {
        header: hDate,
        asOf: formatDay(dropAfter), // the as-of given; readTransactions sets it when dropping after today
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
      const id = normaliseId(idCell) as string; // resolveId found it valid
      ci = builder.find(id) ?? builder.add(id, -1);
      prevIdCode = ci * 2 + (decimal ? 1 : 0);
      prevIdCell = idCell;
      idCache.set(idCell as string | number | boolean, prevIdCode);
      if (cName >= 0) builder.setText("name", ci, cellText(row[cName]));
      if (cRegion >= 0) builder.setText("region", ci, cellText(row[cRegion]));
    }
    if (decimal) {
      gDecimal ??= issues.group("id_decimal", "info", sheet, left + cId, {
        header: hId,
        example: String(idCell).trim(),
      });
      gDecimal.add(row0);
    }
    if (haveMaster && ci >= firstNew) {
      gUnknown ??= issues.group("unknown_customer", "warning", sheet, left + cId, {
        header: hId,
        example: builder.idAt(ci),
      });
      gUnknown.add(row0);
    }
    if (computed) {
      gComputed ??= issues.group("amount_computed", "info", sheet, left + cAmount, {
        header: hAmount,
      });
      gComputed.add(row0);
    }
    if (amount < 0) {
      let g = refundGroups.get(signCol);
      if (g === undefined) {
        g = issues.group("refund_rows", "info", sheet, left + signCol, {
          header: headerText(headerCells, signCol),
          policy: refunds,
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
      outRow = cap <= UNFILLED_MAX ? new Array<number>(cap) : filled(cap, 0);
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
          header: hOrder,
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
        if (scratch.currency !== null) noteCurrency(trackers, at, c, scratch.currency, row0);
        // Cost is the line's total cost (as in invoice-line exports), so profit = amount − cost.
        profit = cProfit >= 0 ? roundMoney(v * profitScale) : amount - roundMoney(v * costScale);
      } else
        reportIgnored(
          issues,
          "number",
          scratch.reason,
          sheet,
          row0,
          left + c,
          headerText(headerCells, c),
          cell,
        );
      outProfit[n] = profit;
    }

    if (outDue !== null) outDue[n] = readOptionalDate(dates, at, row[cDue], cDue, row0);
    if (outPaid !== null) outPaid[n] = readOptionalDate(dates, at, row[cPaid], cPaid, row0);

    if (outPaidAmt !== null) {
      const cell = row[cPaidAmt];
      const v = readNumber(cell, scratch, false);
      if (scratch.reason === null) {
        if (scratch.currency !== null) noteCurrency(trackers, at, cPaidAmt, scratch.currency, row0);
        outPaidAmt[n] = roundMoney(v * paidScale);
      } else {
        outPaidAmt[n] = NaN;
        reportIgnored(issues, "number", scratch.reason, sheet, row0, left + cPaidAmt, hPaidAmt, cell);
      }
    }
    n++;
  }
  st.outRow = outRow;
  st.firstRow = firstRow;
  st.nextOrder = nextOrder;
  st.n = n;
  st.maxDay = maxDay;
  st.blankRow = blankRow;
  st.gUnknown = gUnknown;
  st.gDecimal = gDecimal;
  st.gMissingId = gMissingId;
  st.gAfter = gAfter;
  st.gComputed = gComputed;
  st.gMissingOrder = gMissingOrder;
  st.prevIdCell = prevIdCell;
  st.prevIdCode = prevIdCode;
  st.prevOrderCell = prevOrderCell;
  st.prevOrder = prevOrder;
  st.prevProductCell = prevProductCell;
  st.prevProduct = prevProduct;
}

/** Where the loop reports a cell: its sheet, the table's left column and header row. */
interface CellContext {
  issues: IssueCollector;
  sheet: string;
  left: number;
  headerCells: readonly Cell[];
}

function cellContext(
  issues: IssueCollector,
  sheet: string,
  left: number,
  headerCells: readonly Cell[],
): CellContext {
  return { issues, sheet, left, headerCells };
}

const headerText = (headerCells: readonly Cell[], c: number): string => cellText(headerCells[c]) ?? "";

/** Raw ID cell → cache code: customer index × 2 + (1 if written as `123.0`), or an ID_* code. */
function resolveId(cell: string | number | boolean, builder: CustomerBuilder): number {
  if (isErrorValue(cell)) return ID_ERROR;
  const id = normaliseId(cell);
  if (id === null) return ID_EMPTY;
  if (typeof cell === "string" && isTotalRow([cell])) return ID_TOTAL;
  const ci = builder.find(id);
  const decimal = typeof cell === "string" && DECIMAL_ID.test(cell) ? 1 : 0;
  // -4 or -5: a valid ID whose customer is created once a row is kept
  return ci === undefined ? ID_PENDING - decimal : ci * 2 + decimal;
}

function noteCurrency(
  trackers: Map<number, CurrencyTracker>,
  at: CellContext,
  c: number,
  currency: string,
  row0: number,
): void {
  let t = trackers.get(c);
  if (t === undefined) trackers.set(c, (t = new CurrencyTracker(at.left + c, headerText(at.headerCells, c))));
  t.note(currency, row0);
}

/** A due or paid date: NaN when empty, and when unreadable (reported, then treated as empty). */
function readOptionalDate(
  dates: TableDates,
  at: CellContext,
  cell: Cell | undefined,
  c: number,
  row0: number,
): number {
  if (cell === null || cell === undefined || cell === "") return NaN;
  const d = dates.read(cell);
  if (d !== d) {
    const reason = isErrorValue(cell) ? "error" : isBlankCell(cell) ? "empty" : "invalid";
    reportIgnored(
      at.issues,
      "date",
      reason,
      at.sheet,
      row0,
      at.left + c,
      headerText(at.headerCells, c),
      cell,
    );
  }
  return d;
}

// See keepShape.ts: a state as readLines makes it (its cell context too).
keepShape(new LineState(Object.assign(new LineJob(), { issues: new IssueCollector() })));
