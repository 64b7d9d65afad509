/** A TransactionColumns with no rows (no transaction table, or one that could not be read). */
import type { TransactionColumns } from "../types";
import { keepShape } from "../stats/keepShape";

export function emptyTransactions(sheet = ""): TransactionColumns {
  return {
    n: 0,
    customer: [],
    day: [],
    amount: [],
    order: null,
    orders: 0,
    profit: null,
    dueDay: null,
    paidDay: null,
    paidAmount: null,
    product: null,
    products: [],
    row: null,
    firstRow: 0,
    sheet,
  };
}

// Every step reads the lines through this shape, and it lived only as long as the run's columns: the
// next GC threw the steps' code away with it. One kept instance keeps it (stats/keepShape.ts).
keepShape(emptyTransactions(""));
