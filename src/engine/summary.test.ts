import { dayFromYmd } from "./dates";
import { ordersOf } from "./dimensions/testing/fixtures";
import { summariseColumns } from "./summary";
import { MONEY_SCALE, type TransactionColumns } from "./types";

function tx(days: number[], amounts: number[], order: number[] | null): TransactionColumns {
  const n = days.length;
  return {
    n,
    customer: new Array<number>(n).fill(0),
    day: [...days],
    amount: amounts.map((a) => a * MONEY_SCALE),
    order: order ? [...order] : null,
    orders: ordersOf(order),
    profit: null,
    dueDay: null,
    paidDay: null,
    paidAmount: null,
    product: null,
    products: [],
    row: null,
    firstRow: 0,
    sheet: "t",
  };
}

const jan = dayFromYmd(2024, 1, 10);
const jan2 = dayFromYmd(2024, 1, 25);
const feb = dayFromYmd(2024, 2, 3);

const NO_METRICS = { monetary: undefined, frequency: undefined };

describe("monthly sales", () => {
  it("counts distinct orders per month, an order spanning months once in each", () => {
    // Lines (month, order): (Jan,0) (Feb,0) (Jan,0) (Jan,1) (Feb,2) (Feb,0).
    // By hand: Jan has orders {0,1} → 2; Feb has orders {0,2} → 2 (order 0 is in both months).
    const t = tx([jan, feb, jan2, jan, feb, feb], [1, 2, 3, 4, 5, 6], [0, 0, 0, 1, 2, 0]);
    expect(summariseColumns(0, t, {}, {}, NO_METRICS).monthly).toEqual([
      { month: "2024-01", revenue: 1 + 3 + 4, orders: 2 },
      { month: "2024-02", revenue: 2 + 5 + 6, orders: 2 },
    ]);
  });

  it("counts lines as orders when there is no order column", () => {
    const t = tx([feb, jan, feb], [1, 2, 3], null);
    expect(summariseColumns(0, t, {}, {}, NO_METRICS).monthly).toEqual([
      { month: "2024-01", revenue: 2, orders: 1 },
      { month: "2024-02", revenue: 4, orders: 2 },
    ]);
  });
});
