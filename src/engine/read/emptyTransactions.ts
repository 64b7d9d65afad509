/** A TransactionColumns with no rows (no transaction table, or one that could not be read). */
import type { TransactionColumns } from "../types";

export function emptyTransactions(sheet = ""): TransactionColumns {
  return {
    n: 0,
    customer: [],
    day: [],
    amount: [],
    order: null,
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
