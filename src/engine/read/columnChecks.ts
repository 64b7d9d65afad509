/**
 * Per-column bookkeeping shared by the customer and transaction readers: currencies seen in a money
 * column, units taken from headers, and the failure → issue mapping of optional cells.
 */
import type { Cell } from "../types";
import type { FieldMatch, HeaderMapping } from "./headers";
import { MONEY_FIELDS } from "./headerDictionary";
import { MAX_ISSUE_CELLS, cellAddress, type IssueCollector } from "./issues";
import type { NumberFailure } from "./numberCell";
import { keepShape } from "../stats/keepShape";

/** Money is stored as integers of 1/MONEY_SCALE; ±0.5 rounds away from zero so refunds mirror sales. */
export function roundMoney(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * Currencies written in the cells of one money column. Plain numbers carry no currency and do not
 * count: `¥5,000` beside `3000` is one currency; `¥5,000` beside `$300` is a mix, reported.
 */
export class CurrencyTracker {
  private readonly counts = new Map<string, number>();
  private readonly cells = new Map<string, string[]>();

  constructor(
    readonly col0: number,
    readonly header: string,
  ) {}

  note(currency: string, row0: number): void {
    this.counts.set(currency, (this.counts.get(currency) ?? 0) + 1);
    let list = this.cells.get(currency);
    if (list === undefined) this.cells.set(currency, (list = []));
    if (list.length < MAX_ISSUE_CELLS) list.push(cellAddress(row0, this.col0));
  }

  /** One warning listing the currencies; its cells are those not in the most common currency. */
  report(issues: IssueCollector, sheet: string): void {
    if (this.counts.size < 2) return;
    const ranked = [...this.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const currencies = ranked.map(([c, n]) => `${c} ×${n}`).join(", ");
    const g = issues.group("mixed_currency", "warning", sheet, this.col0, {
      header: this.header,
      currencies,
    });
    for (const [code, n] of ranked.slice(1)) {
      const cells = this.cells.get(code) ?? [];
      g.count += n;
      for (const c of cells) if (g.cells.length < MAX_ISSUE_CELLS) g.cells.push(c);
    }
  }
}

/** An info issue per money column whose header unit is not 1 (万元 → ×10000), so the user sees it. */
export function reportUnits(
  issues: IssueCollector,
  sheet: string,
  headerRow0: number,
  left: number,
  mapping: HeaderMapping,
): void {
  const money = MONEY_FIELDS[mapping.kind] as ReadonlySet<string>;
  for (const [field, m] of Object.entries(mapping.fields) as [string, FieldMatch][]) {
    if (!money.has(field) || m.unit === undefined || m.unit === 1) continue;
    issues.add("unit_applied", "info", sheet, headerRow0, left + m.col, {
      header: m.header,
      unit: m.unitLabel ?? String(m.unit),
      multiplier: m.unit,
    });
  }
}

/** Text of a cell for a message ("#N/A", "2023-02-30"), shortened. */
export function example(cell: Cell | undefined): string {
  const s = cell === null || cell === undefined ? "" : String(cell);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** Report an optional number or date cell that could not be read (it is then treated as empty). */
export function reportIgnored(
  issues: IssueCollector,
  kind: "number" | "date",
  reason: NumberFailure | "invalid",
  sheet: string,
  row0: number,
  col0: number,
  header: string,
  cell: Cell | undefined,
): void {
  if (reason === "empty") return;
  const code =
    reason === "error"
      ? "error_value_ignored"
      : kind === "date"
        ? "invalid_date_ignored"
        : "invalid_number_ignored";
  issues.add(code, "warning", sheet, row0, col0, { header, example: example(cell) });
}

// See keepShape.ts.
keepShape(new CurrencyTracker(0, ""));
