import { classifyCredit, OVER_LIMIT, THIN_HISTORY } from "./classify";
import { CREDIT_DEFAULTS } from "./defaults";
import { customersOf, txOf, type Line } from "./fixture";

const AS_OF = 1000;

/** `count` invoices of 100 due 900; the first `late` paid `daysLate` days after due, the rest on the due day. */
function history(c: number, count: number, late: number, daysLate: number): Line[] {
  return Array.from({ length: count }, (_, i) => ({
    c,
    day: 870,
    amount: 100,
    due: 900,
    paid: i < late ? 900 + daysLate : 900,
  }));
}

describe("classifyCredit", () => {
  it("grades from payment history, end to end", () => {
    const lines: Line[] = [
      // c0: 19 of 20 on time, one paid 4 days late (> 3 grace): on-time 19/20 = 0.95 exactly,
      //     days late 100·4/2000 = 0.2, nothing outstanding → A (net60).
      ...history(0, 20, 1, 4),
      // c1: 18 of 20 on time (0.90 < 0.95), days late 2·100·10/2000 = 1 → B (net30).
      ...history(1, 20, 2, 10),
      // c2: 100 unpaid, due 900: 100 days past due → oldest 100 > 60 → D (prepay).
      { c: 2, day: 870, amount: 100, due: 900 },
      // c3: only an invoice not yet due → nothing judged → null.
      { c: 3, day: 990, amount: 100, due: 1020 },
      // c4: no transactions → null.
    ];
    const out = classifyCredit({ customers: customersOf(5), tx: txOf(lines), asOf: AS_OF }, CREDIT_DEFAULTS);
    expect(out.available).toBe(true);
    expect(out.classes).toEqual(["A", "B", "D", null, null]);
    expect(out.extra?.terms).toEqual(["net60", "net30", "prepay", null, null]);
    expect(out.metrics.onTimeRate?.[0]).toBe(0.95);
    expect(out.metrics.weightedDaysLate?.[1]).toBeCloseTo(1, 12);
    expect(out.metrics.invoiceCount?.[4]).toBe(0);
  });

  it("utilisation = outstanding / credit limit, and over 100 % caps the grade one step", () => {
    const lines: Line[] = [
      ...history(0, 10, 0, 0),
      // c0 also owes 1000 not yet due (current): limit 999 → utilisation 1000/999 > 1 → A capped to B.
      { c: 0, day: 990, amount: 1000, due: 1020 },
      ...history(1, 10, 0, 0),
      // c1 owes 1000 current with limit 1000 → exactly 100 % → stays A.
      { c: 1, day: 990, amount: 1000, due: 1020 },
      // c2 owes 500 with limit 0 → "not set" → NaN, stays A.
      ...history(2, 10, 0, 0),
      { c: 2, day: 990, amount: 500, due: 1020 },
    ];
    const out = classifyCredit(
      { customers: customersOf(3, [999, 1000, 0]), tx: txOf(lines), asOf: AS_OF },
      CREDIT_DEFAULTS,
    );
    expect(out.classes).toEqual(["B", "A", "A"]);
    expect(out.extra?.cap).toEqual([OVER_LIMIT, null, null]);
    expect(out.extra?.terms).toEqual(["net30", "net60", "net60"]);
    expect(out.metrics.limitUtilisation?.[0]).toBeCloseTo(1000 / 999, 12);
    expect(out.metrics.limitUtilisation?.[1]).toBe(1);
    expect(out.metrics.limitUtilisation?.[2]).toBeNaN();
  });

  it("fewer judged invoices than minJudged (3): no grade, unless one is overdue beyond C's 60 days", () => {
    const lines: Line[] = [
      // c0: one invoice paid 34 days late, nothing owed → 1 judged < 3 → null (thin history).
      { c: 0, day: 870, amount: 100, due: 900, paid: 934 },
      // c1: two invoices, one unpaid 61 days past due (1000 − 939) > 60 → graded anyway: D.
      { c: 1, day: 870, amount: 100, due: 900, paid: 900 },
      { c: 1, day: 909, amount: 100, due: 939 },
      // c2: the same two invoices but the unpaid one exactly 60 days past due (1000 − 940): not beyond 60 → null.
      { c: 2, day: 870, amount: 100, due: 900, paid: 900 },
      { c: 2, day: 910, amount: 100, due: 940 },
      // c3: three invoices, one paid 4 days late (> 3 grace): 3 judged, on time 2/3 ≥ 50 %, weighted days
      //     late 100·4/300 ≈ 1.3 ≤ 30, nothing owed → C (graded: 3 ≥ minJudged).
      ...history(3, 3, 1, 4),
    ];
    const out = classifyCredit({ customers: customersOf(4), tx: txOf(lines), asOf: AS_OF }, CREDIT_DEFAULTS);
    expect(out.classes).toEqual([null, "D", null, "C"]);
    expect(out.extra?.creditNote).toEqual([THIN_HISTORY, null, THIN_HISTORY, null]);
    expect(out.extra?.terms).toEqual([null, "prepay", null, "net15"]);
    expect(out.metrics.oldestOverdueDays?.[1]).toBe(61);
    expect(out.metrics.oldestOverdueDays?.[2]).toBe(60);
    // minJudged 1 grades every judged customer: c0's 34 days late > C's 30 → D.
    const all = classifyCredit(
      { customers: customersOf(4), tx: txOf(lines), asOf: AS_OF },
      { ...CREDIT_DEFAULTS, minJudged: 1 },
    );
    expect(all.classes[0]).toBe("D");
    expect(all.extra?.creditNote).toEqual([null, null, null, null]);
  });

  it("is not available without due, paid or paid-amount columns: every class null, metrics NaN", () => {
    const tx = txOf([{ c: 0, day: 900, amount: 100 }], { due: false, paid: false, paidAmount: false });
    const out = classifyCredit({ customers: customersOf(1), tx, asOf: AS_OF }, CREDIT_DEFAULTS);
    expect(out.available).toBe(false);
    expect(out.classes).toEqual([null]);
    expect(out.metrics.onTimeRate?.[0]).toBeNaN();
    expect(out.metrics.outstandingAmount?.[0]).toBeNaN();
  });

  it("uses the standard's grace and terms", () => {
    // paid 10 days after the default due (day 870 + 30 = 900): late with grace 3, on time with grace 10.
    const tx = txOf([{ c: 0, day: 870, amount: 100, paid: 910 }]);
    const input = { customers: customersOf(1), tx, asOf: AS_OF };
    expect(classifyCredit(input, CREDIT_DEFAULTS).metrics.onTimeRate?.[0]).toBe(0);
    expect(classifyCredit(input, { ...CREDIT_DEFAULTS, graceDays: 10 }).metrics.onTimeRate?.[0]).toBe(1);
    // default term 40 → due 910 → paid on the due day.
    expect(
      classifyCredit(input, { ...CREDIT_DEFAULTS, defaultTermDays: 40 }).metrics.weightedDaysLate?.[0],
    ).toBe(0);
  });
});
