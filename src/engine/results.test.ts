import { classify } from "./classify";
import type { RawTable } from "./types";

/** A sales sheet without due or paid columns: no credit dimension; no customer sheet: no size data. */
const sales: RawTable = {
  sheet: "Sales",
  top: 0,
  left: 0,
  rows: [
    ["Date", "Order No", "Customer ID", "Amount"],
    ["2024-01-05", "A1", "C1", 100],
    ["2024-02-05", "A2", "C1", 50],
    ["2024-03-05", "A3", "C2", 30],
  ],
};

/** The same lines with payment columns: C1's invoice A1 was paid 10 days late, A2 on time. */
const salesPaid: RawTable = {
  ...sales,
  rows: [
    ["Date", "Order No", "Customer ID", "Amount", "Due Date", "Paid Date"],
    ["2024-01-05", "A1", "C1", 100, "2024-02-04", "2024-02-14"],
    ["2024-02-05", "A2", "C1", 50, "2024-03-06", "2024-03-01"],
    ["2024-03-05", "A3", "C2", 30, "2024-04-04", "2024-04-01"],
  ],
};

describe("buildCustomerResults: one record per customer", () => {
  const without = classify({ customers: null, transactions: sales, lang: "en-US" });
  const withPay = classify({ customers: null, transactions: salesPaid, lang: "en-US" });

  test("every record has every key, null where the run has no such dimension", () => {
    const keys = (o: object): string[] => Object.keys(o);
    const [a, b] = without.result.customers;
    const [p] = withPay.result.customers;
    if (!a || !b || !p) throw new Error("expected customers");
    // Same keys in the same order for every customer and whatever the data: one record shape.
    expect(keys(a.metrics)).toEqual(keys(p.metrics));
    expect(keys(a.classes)).toEqual(keys(p.classes));
    expect(keys(a.extra)).toEqual(keys(p.extra));
    expect(keys(b.metrics)).toEqual(keys(a.metrics));
    // No payment columns: the credit keys are there, and null.
    expect(a.metrics.onTimeRate).toBeNull();
    expect(a.metrics.invoiceCount).toBeNull();
    expect(a.classes.credit).toBeNull();
    expect(a.extra.terms).toBeNull();
    expect(a.metrics.creditScore).toBeNull();
  });

  test("values are the dimensions' own, by hand", () => {
    const c1 = withPay.result.customers.find((c) => c.id === "C1");
    if (!c1) throw new Error("C1 missing");
    // Revenue 100 + 50; two purchases; as-of = the day after 2024-03-05 = 2024-03-06, last purchase
    // 2024-02-05: 24 days to the end of February (a leap year) + 6 = 30.
    expect(c1.metrics.monetary).toBe(150);
    expect(c1.metrics.frequency).toBe(2);
    expect(c1.metrics.recencyDays).toBe(30);
    // Two invoices, both paid with a date: A1 10 days after due (> the 3 grace days: late), A2 early.
    // On-time rate 1/2; days late weighted by amount: 100 × 10 / 150.
    expect(c1.metrics.invoiceCount).toBe(2);
    expect(c1.metrics.onTimeRate).toBe(0.5);
    expect(c1.metrics.weightedDaysLate).toBeCloseTo(1000 / 150, 12);
    expect(c1.extra.firstPurchase).toBe("2024-01-05");
    expect(c1.scores).not.toBeNull();
    // Classes are the dimension columns' entries for the same customer.
    expect(c1.classes.rfm).toBe(withPay.details.rfm?.output.classes[0]);
  });
});
