import type { TransactionColumns } from "../types";

/** 0-based sheet row of line i (the reader leaves `row` out when the lines are consecutive rows). */
export function lineRow(tx: TransactionColumns, i: number): number {
  return tx.row === null ? tx.firstRow + i : (tx.row[i] as number);
}

/** Every line's sheet row (tests and tools; the engine reads single rows). */
export function lineRows(tx: TransactionColumns): number[] {
  return Array.from({ length: tx.n }, (_, i) => lineRow(tx, i));
}
