/**
 * Data-quality issues, grouped: one Issue per (code, sheet, column) with a count and the first 100
 * cell addresses, instead of 135,000 lines for 135,000 rows without a customer ID (product.md).
 */
import type { Issue, Lang, Severity } from "../types";
import { renderMessage, type IssueCode, type IssueParams } from "./messages";
import { keepShape } from "../stats/keepShape";

export { qualifiedAddress, type IssueCode, type IssueParams } from "./messages";

/** Cells kept per issue (product.md: "the first cells in `cells` (at most 100)"). */
export const MAX_ISSUE_CELLS = 100;

/** 0-based column → Excel letters: 0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA". */
export function columnLetter(col0: number): string {
  let s = "";
  for (let n = Math.floor(col0) + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** 0-based row and column → A1 address: (43, 1) → "B44". "" when either is negative. */
export function cellAddress(row0: number, col0: number): string {
  if (!(row0 >= 0) || !(col0 >= 0)) return "";
  return `${columnLetter(col0)}${Math.floor(row0) + 1}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One group of identical problems; `add` is cheap enough for a hot loop (no key building). */
export class IssueGroup {
  count = 0;
  readonly cells: string[] = [];

  constructor(
    readonly code: IssueCode,
    readonly severity: Severity,
    readonly sheet: string,
    /** Sheet column (0-based), -1 when the issue is not about one column. */
    readonly col0: number,
    readonly params: IssueParams,
    readonly seq: number,
  ) {}

  /** Count one occurrence at sheet row `row0` (0-based); `col0` defaults to the group's column. */
  add(row0: number, col0: number = this.col0): void {
    this.count++;
    if (this.cells.length < MAX_ISSUE_CELLS) {
      const a = cellAddress(row0, col0);
      if (a !== "") this.cells.push(a);
    }
  }

  /** Set a parameter from the first occurrence only (e.g. an example value). */
  setOnce(key: string, value: string | number): void {
    if (!(key in this.params)) this.params[key] = value;
  }
}

export class IssueCollector {
  private readonly groups = new Map<string, IssueGroup>();

  constructor(readonly lang: Lang = "zh-CN") {}

  /** The group for (code, sheet, column), created on first use with `params`. */
  group(
    code: IssueCode,
    severity: Severity,
    sheet: string,
    col0: number,
    params: IssueParams = {},
  ): IssueGroup {
    const key = `${code}\u0000${sheet}\u0000${col0}`;
    let g = this.groups.get(key);
    if (g === undefined) {
      g = new IssueGroup(code, severity, sheet, col0, { ...params }, this.groups.size);
      this.groups.set(key, g);
    }
    return g;
  }

  /** Add one problem at sheet cell (row0, col0), 0-based; row0 = -1 for a problem not about a cell. */
  add(
    code: IssueCode,
    severity: Severity,
    sheet: string,
    row0: number,
    col0: number,
    params: IssueParams = {},
  ): void {
    const g = this.group(code, severity, sheet, col0, params);
    for (const k of Object.keys(params)) g.setOnce(k, params[k] as string | number);
    g.add(row0, col0);
  }

  get size(): number {
    return this.groups.size;
  }

  hasErrors(): boolean {
    for (const g of this.groups.values()) if (g.severity === "error" && g.count > 0) return true;
    return false;
  }

  /** Issues, errors first, then warnings, then info; within a severity in the order first seen. */
  issues(): Issue[] {
    const list = [...this.groups.values()].filter((g) => g.count > 0);
    list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.seq - b.seq);
    return list.map((g) => {
      const params: Record<string, string | number> = { ...g.params, count: g.count };
      if (g.col0 >= 0 && params.column === undefined) params.column = columnLetter(g.col0);
      return {
        severity: g.severity,
        code: g.code,
        sheet: g.sheet,
        cell: g.cells[0] ?? "",
        cells: g.cells.slice(),
        count: g.count,
        message: renderMessage(g.code, this.lang, params, g.sheet, g.cells),
        params,
      };
    });
  }
}

// See keepShape.ts.
keepShape(new IssueCollector()).group("total_row", "info", "", -1).add(0);
