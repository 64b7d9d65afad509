/**
 * The "Excel side" of the simulator: the workbook state plus computed values. Proxies queue
 * actions that call into this at sync time.
 */
import { parseAddress, type Rect } from "./address";
import { DEFAULT_BUDGET, type BudgetOptions } from "./budget";
import { usedRect } from "./cells";
import { Evaluator, UNKNOWN } from "./formula-eval";
import { CellError, findSheet, type CellValue, type SheetState, type SimWorkbookState } from "./state";

export interface HostOptions {
  /** Requirement sets the simulated host supports, e.g. { ExcelApi: "1.17" }. */
  requirementSets: Record<string, string>;
}

export class SimHost {
  readonly evaluator: Evaluator;
  private valueCache = new Map<SheetState, Map<number, CellValue | undefined>>();
  private boundsCache = new Map<SheetState, { rows: number; cols: number }>();
  private evaluating = new Set<string>();
  /** True while a sync runs after suspendApiCalculationUntilNextSync(). */
  calcSuspended = false;
  /** Payload and cell-count limits (shared with the simulator). */
  budget: BudgetOptions = { ...DEFAULT_BUDGET };

  constructor(
    readonly state: SimWorkbookState,
    readonly options: HostOptions,
  ) {
    this.evaluator = new Evaluator({
      sheetByName: (name) => findSheet(this.state, name),
      cellValue: (sheet, r, c) => this.value(sheet, r, c),
      nameFormula: (name, sheet) => {
        const k = name.toLowerCase();
        const n =
          this.state.names.find(
            (x) => x.name.toLowerCase() === k && (x.sheet === undefined || x.sheet === sheet),
          ) ?? this.state.names.find((x) => x.name.toLowerCase() === k);
        return n?.formula;
      },
      bounds: (sheet) => {
        let b = this.boundsCache.get(sheet);
        if (!b) {
          const u = usedRect(sheet, true);
          b = u ? { rows: u.r1 + 1, cols: u.c1 + 1 } : { rows: 0, cols: 0 };
          this.boundsCache.set(sheet, b);
        }
        return b;
      },
    });
  }

  /** Call after any change to cell contents: computed values may change. */
  dirty(): void {
    if (this.valueCache.size > 0) this.valueCache = new Map();
    if (this.boundsCache.size > 0) this.boundsCache = new Map();
  }

  get autoCalc(): boolean {
    return this.state.calculationMode !== "Manual" && !this.calcSuspended;
  }

  /** A cell's value as `Range.values` reports it: constants, or a formula's computed/cached result. */
  value(sheet: SheetState, r: number, c: number): CellValue | undefined {
    const row = sheet.rows[r];
    if (!row) return undefined;
    const f = row.f?.[c];
    if (f === undefined) return row.v[c];
    if (!this.autoCalc) return row.v[c];
    let cache = this.valueCache.get(sheet);
    const key = r * 16384 + c;
    if (cache?.has(key)) return cache.get(key);
    const guard = `${sheet.id}:${key}`;
    if (this.evaluating.has(guard)) return 0; // circular reference: Excel shows 0
    this.evaluating.add(guard);
    let v: CellValue | undefined;
    try {
      const out = this.evaluator.evaluate(f, sheet);
      v = out === UNKNOWN ? row.v[c] : out;
    } finally {
      this.evaluating.delete(guard);
    }
    if (!cache) {
      cache = new Map();
      this.valueCache.set(sheet, cache);
    }
    cache.set(key, v);
    return v;
  }

  /**
   * Stores every formula's current result as its cached value — what Excel holds when calculation
   * is switched to Manual (later edits then leave those results as they are).
   */
  materializeFormulas(): void {
    for (const sheet of this.state.sheets)
      sheet.rows.forEach((row, r) => {
        if (!row?.f) return;
        row.f.forEach((f, c) => {
          if (f !== undefined) row.v[c] = this.value(sheet, r, c);
        });
      });
  }

  /** Computes a formula's value right away (used to store a cached result when it is written). */
  computeFormula(sheet: SheetState, formula: string): CellValue | undefined {
    const out = this.evaluator.evaluate(formula, sheet);
    return out === UNKNOWN ? undefined : out;
  }

  /** Resolves an address with an optional sheet part against a default sheet. */
  resolveAddress(address: string, defaultSheet: SheetState | null): { sheet: SheetState; rect: Rect } | null {
    const p = parseAddress(address);
    if (p) {
      const sheet = p.sheet !== undefined ? findSheet(this.state, p.sheet) : defaultSheet;
      if (!sheet || (p.sheet !== undefined && sheet.deleted)) return null;
      return { sheet, rect: p.rect };
    }
    // a defined name
    const name = this.state.names.find((n) => n.name.toLowerCase() === address.trim().toLowerCase());
    if (name) {
      const q = parseAddress(name.formula.replace(/^=/, "").replace(/\$/g, ""));
      if (q) {
        const sheet = q.sheet !== undefined ? findSheet(this.state, q.sheet) : (name.sheet ?? defaultSheet);
        if (sheet) return { sheet, rect: q.rect };
      }
    }
    return null;
  }

  isSupported(set: string, version: string): boolean {
    const have = this.options.requirementSets[set];
    if (have === undefined) return false;
    const a = have.split(".").map(Number);
    const b = version.split(".").map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i] ?? 0;
      const y = b[i] ?? 0;
      if (x !== y) return x > y;
    }
    return true;
  }
}

export function errorValue(v: CellValue | undefined): v is CellError {
  return v instanceof CellError;
}
