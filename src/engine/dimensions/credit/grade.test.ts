import type { CreditGradeRule } from "../../standard/types";
import { CREDIT_DEFAULTS } from "./defaults";
import { capByLimit, gradeIndex, meetsGrade, type GradeInput } from "./grade";

const grades = CREDIT_DEFAULTS.grades;
const codeOf = (g: GradeInput): string => (grades[gradeIndex(grades, g)] as CreditGradeRule).grade;
const perfect: GradeInput = { onTimeRate: 1, weightedDaysLate: 0, oldestOverdueDays: 0, overdueShare: 0 };

describe("credit grades (CREDIT_DEFAULTS): bounds are inclusive, one metric past a bound drops the grade", () => {
  // Bounds from defaults.ts: A ≥0.95 ≤5 ≤3 ≤0.02; B ≥0.85 ≤15 ≤30 ≤0.10; C ≥0.50 ≤30 ≤60 ≤0.25; D fallback.
  const table: [string, Partial<GradeInput>, string][] = [
    ["perfect payer", {}, "A"],
    ["on-time exactly 95 %", { onTimeRate: 0.95 }, "A"],
    ["on-time 94.9 %", { onTimeRate: 0.949 }, "B"],
    ["on-time exactly 85 %", { onTimeRate: 0.85 }, "B"],
    ["on-time 84.9 %", { onTimeRate: 0.849 }, "C"],
    ["on-time exactly 50 %", { onTimeRate: 0.5 }, "C"],
    ["on-time 49.9 %", { onTimeRate: 0.499 }, "D"],
    ["days late exactly 5", { weightedDaysLate: 5 }, "A"],
    ["days late 5.01", { weightedDaysLate: 5.01 }, "B"],
    ["days late exactly 15", { weightedDaysLate: 15 }, "B"],
    ["days late 15.01", { weightedDaysLate: 15.01 }, "C"],
    ["days late exactly 30", { weightedDaysLate: 30 }, "C"],
    ["days late 30.01", { weightedDaysLate: 30.01 }, "D"],
    ["oldest overdue 3 days", { oldestOverdueDays: 3 }, "A"],
    ["oldest overdue 4 days", { oldestOverdueDays: 4 }, "B"],
    ["oldest overdue 30 days", { oldestOverdueDays: 30 }, "B"],
    ["oldest overdue 31 days", { oldestOverdueDays: 31 }, "C"],
    ["oldest overdue 60 days", { oldestOverdueDays: 60 }, "C"],
    ["oldest overdue 61 days", { oldestOverdueDays: 61 }, "D"],
    ["overdue share exactly 2 %", { overdueShare: 0.02 }, "A"],
    ["overdue share 2.1 %", { overdueShare: 0.021 }, "B"],
    ["overdue share exactly 10 %", { overdueShare: 0.1 }, "B"],
    ["overdue share 10.1 %", { overdueShare: 0.101 }, "C"],
    ["overdue share exactly 25 %", { overdueShare: 0.25 }, "C"],
    ["overdue share 25.1 %", { overdueShare: 0.251 }, "D"],
    ["the worst metric decides", { onTimeRate: 0.99, oldestOverdueDays: 45 }, "C"],
    ["NaN on-time rate fails a bound on it", { onTimeRate: NaN }, "D"],
  ];
  it.each(table)("%s → %s", (_name, patch, expected) => {
    expect(codeOf({ ...perfect, ...patch })).toBe(expected);
  });

  it("a rule without bounds matches anything; the last grade is the fallback whatever its bounds", () => {
    expect(meetsGrade({ grade: "X", terms: "cod" }, { ...perfect, onTimeRate: 0 })).toBe(true);
    const strictLast: CreditGradeRule[] = [
      { grade: "A", minOnTimeRate: 0.9, terms: "net30" },
      { grade: "Z", minOnTimeRate: 0.99, terms: "prepay" },
    ];
    expect(gradeIndex(strictLast, { ...perfect, onTimeRate: 0.5 })).toBe(1);
  });
});

describe("credit-limit cap: over 100 % utilisation lowers the grade one step", () => {
  const table: [string, number, number, number][] = [
    ["A at exactly 100 % stays A", 0, 1, 0],
    ["A at 100.1 % → B", 0, 1.001, 1],
    ["C over the limit → D", 2, 3, 3],
    ["D (last) stays D", 3, 5, 3],
    ["no limit (NaN) leaves it", 0, NaN, 0],
  ];
  it.each(table)("%s", (_name, index, utilisation, expected) => {
    expect(capByLimit(index, 4, utilisation)).toBe(expected);
  });
});
