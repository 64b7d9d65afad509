/** A TransactionColumns with no rows (no transaction table, or one that could not be read). */
import type { TransactionColumns } from "../types";

export function emptyTransactions(sheet = ""): TransactionColumns {
  return {
    n: 0,
    customer: new Int32Array(0),
    day: new Float64Array(0),
    amount: new Float64Array(0),
    order: null,
    profit: null,
    dueDay: null,
    paidDay: null,
    paidAmount: null,
    product: null,
    products: [],
    row: new Int32Array(0),
    sheet,
  };
}
