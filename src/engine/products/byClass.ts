/**
 * Monthly sales per customer class, for the summary's chart (month × class): every transaction line's
 * net amount (refunds included, whatever the refunds policy — the same figure as the summary's monthly
 * sales, so each month's classes add up to it exactly), attributed to the class of the line's customer
 * in one dimension (e.g. the overall class or the RFM segment). Customers without a class in that
 * dimension go to "none". Months run without gaps from the first to the last month with a line.
 */
import { MONEY_SCALE, type TransactionColumns } from "../types";
import { monthLabel } from "./months";
import { scanLines, type MonthlySums } from "./scan";

export const NO_CLASS = "none";

export interface ClassMonthly {
  /** "YYYY-MM", ascending, no gaps. */
  months: string[];
  /** Column order: the catalogue's classes that have sales, then "none" when it has any. */
  classes: { code: string; label: string }[];
  /** revenue[month][class], currency units. */
  revenue: number[][];
  /** Per month, all classes (= the summary's monthly revenue). */
  totals: number[];
}

export function monthlyByClass(
  tx: TransactionColumns,
  classOf: readonly (string | null | undefined)[],
  catalogue: readonly { code: string; label: string }[],
  noneLabel: string,
): ClassMonthly {
  const columns = classColumns(classOf, catalogue);
  const sums = scanLines(tx, { rules: null, window: null, classColumns: columns }).monthly;
  return monthlyOfSums(columns, sums, noneLabel);
}

/** The month × class table's columns: a column per class code, and which one each customer's lines go to. */
export interface ClassColumns {
  /** Column of each customer (index = customer), −1 for none. */
  ofCustomer: Int32Array;
  /** The codes' columns, then the none column last. */
  nCols: number;
  codes: string[];
  labels: Map<string, string>;
}

export function classColumns(
  classOf: readonly (string | null | undefined)[],
  catalogue: readonly { code: string; label: string }[],
): ClassColumns {
  // Column per code: catalogue order first, then codes met in the data, "none" last.
  const column = new Map<string, number>();
  const codes: string[] = [];
  const labels = new Map(catalogue.map((e) => [e.code, e.label]));
  for (const e of catalogue)
    if (!column.has(e.code) && e.code !== NO_CLASS) column.set(e.code, codes.push(e.code) - 1);
  const colOfCustomer = new Int32Array(classOf.length);
  for (let c = 0; c < classOf.length; c++) {
    const code = classOf[c] ?? NO_CLASS;
    let k = column.get(code);
    if (k === undefined) {
      if (code === NO_CLASS) {
        colOfCustomer[c] = -1;
        continue;
      }
      k = codes.push(code) - 1;
      column.set(code, k);
    }
    colOfCustomer[c] = k;
  }
  return { ofCustomer: colOfCustomer, nCols: codes.length + 1, codes, labels };
}

/** The table from the month × column sums (scan.ts); no months when no line has a day and amount. */
export function monthlyOfSums(
  columns: ClassColumns,
  monthly: MonthlySums | null,
  noneLabel: string,
): ClassMonthly {
  if (monthly === null) return { months: [], classes: [], revenue: [], totals: [] };
  const { codes, labels, nCols } = columns;
  const { firstKey, nMonths, sums } = monthly;
  const noneCol = nCols - 1;
  // Keep the columns with any sales (a class with none would be an empty series in the chart).
  const keep: number[] = [];
  for (let k = 0; k < nCols; k++) {
    let any = false;
    for (let m = 0; m < nMonths && !any; m++) any = (sums[m * nCols + k] as number) !== 0;
    if (any) keep.push(k);
  }
  const revenue: number[][] = [];
  const totals: number[] = [];
  for (let m = 0; m < nMonths; m++) {
    let t = 0;
    const row: number[] = [];
    for (const k of keep) {
      const v = sums[m * nCols + k] as number;
      row.push(v / MONEY_SCALE);
      t += v;
    }
    revenue.push(row);
    totals.push(t / MONEY_SCALE);
  }
  return {
    months: Array.from({ length: nMonths }, (_, m) => monthLabel(firstKey + m)),
    classes: keep.map((k) =>
      k === noneCol
        ? { code: NO_CLASS, label: noneLabel }
        : { code: codes[k] as string, label: labels.get(codes[k] as string) ?? (codes[k] as string) },
    ),
    revenue,
    totals,
  };
}
