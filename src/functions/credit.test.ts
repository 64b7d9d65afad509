import { creditFunction, termsFunction } from "./credit";
import { errorOf } from "./testing";

// Expected grades from the default grade table (engine/dimensions/credit/defaults.ts), bounds inclusive:
//   A on-time ≥ .95, days late ≤ 5, oldest overdue ≤ 3, overdue share ≤ .02 → net60
//   B ≥ .85, ≤ 15, ≤ 30, ≤ .10 → net30;  C ≥ .70, ≤ 30, ≤ 60, ≤ .25 → net15;  D otherwise → prepay.
describe("CREDIT", () => {
  test.each<[string, unknown[], string]>([
    ["all A bounds", [0.97, 2, 0, 0.01], "A"],
    ["A on its bounds", [0.95, 5, 3, 0.02], "A"],
    ["just past A's on-time bound", [0.9499, 5, 3, 0.02], "B"],
    ["B", [0.9, 10, 20, 0.05], "B"],
    ["C", [0.75, 25, 50, 0.2], "C"],
    ["D: 61+ days overdue", [0.99, 0, 61, 0.01], "D"],
    ["percent text", ["97%", 2, 0, "1%"], "A"],
    ["over the credit limit drops one grade", [0.97, 2, 0, 0.01, 1.2], "B"],
    ["at the limit keeps it", [0.97, 2, 0, 0.01, 1], "A"],
    ["D stays D over the limit", [0.5, 40, 90, 0.5, 3], "D"],
    ["share omitted but the grade is D anyway", [0.5, 40, 70], "D"],
  ])("%s", (_name, args, grade) => {
    expect(creditFunction(args[0], args[1], args[2], args[3], args[4])).toBe(grade);
  });

  test("share omitted when it decides: #N/A, not a guess", () => {
    const e = errorOf(() => creditFunction(0.97, 2, 0));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/depends on overdue_share/);
  });

  test("the standard's grade table is used", () => {
    const std = [
      ["credit.grades"],
      ["grade", "minOnTimeRate", "maxWeightedDaysLate", "maxOldestOverdueDays", "maxOverdueShare", "terms"],
      ["A", 0.99, null, null, null, "net90"],
      ["B", 0.9, null, null, null, "net30"],
      ["C", 0.5, null, null, null, "net7"],
      ["D", null, null, null, null, "prepay"],
    ];
    expect(creditFunction(0.97, 2, 0, 0.01, null, std)).toBe("B");
    expect(creditFunction(0.995, 2, 0, null, null, std)).toBe("A");
    expect(termsFunction("A", std)).toBe("net90");
  });

  test.each<[string, unknown[], string, RegExp]>([
    ["no judged invoice", [null, 0, 0], "#N/A", /no invoice has been judged/],
    ["rate above 1", [1.5, 0, 0, 0], "#VALUE!", /^on_time_rate: 1.5 is not a share/],
    ["negative days", [0.9, -1, 0, 0], "#VALUE!", /^weighted_days_late: -1 is negative/],
    ["blank days", [0.9, 1, null, 0], "#VALUE!", /^oldest_overdue_days: is empty/],
    ["text days", [0.9, "late", 0, 0], "#VALUE!", /^weighted_days_late: "late" is not a number/],
    ["share above 1", [0.9, 1, 0, 2], "#VALUE!", /^overdue_share: /],
    ["negative utilisation", [0.9, 1, 0, 0, -1], "#VALUE!", /^limit_utilisation: /],
  ])("%s", (_name, args, code, message) => {
    const e = errorOf(() => creditFunction(args[0], args[1], args[2], args[3], args[4]));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe("TERMS", () => {
  test.each<[string, string]>([
    ["A", "net60"],
    ["B", "net30"],
    ["C", "net15"],
    ["D", "prepay"],
    ["a", "net60"],
  ])("%s → %s", (grade, terms) => expect(termsFunction(grade)).toBe(terms));
  test("a grade the standard does not have is #N/A", () => {
    expect(errorOf(() => termsFunction("Z")).message).toMatch(
      /"Z" is not a grade of the standard \(A, B, C, D\)/,
    );
    expect(errorOf(() => termsFunction(null)).code).toBe("#N/A");
  });
});
