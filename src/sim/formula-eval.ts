/**
 * Computes simple formulas so `values` of formula cells is meaningful in the simulator:
 * arithmetic, comparison, "&", "%", references and ranges (any sheet), defined names that are
 * references or constants, and the functions SUM COUNT COUNTA AVERAGE MIN MAX IF IFERROR AND OR
 * NOT ROUND ABS LEN CONCATENATE CONCAT UPPER LOWER TRIM ISBLANK ISNUMBER ISTEXT ISERROR.
 * Results are rounded to 15 significant digits, Excel's precision.
 * Semantics follow Excel's function reference (e.g. SUM/AVERAGE skip text and logicals inside
 * ranges; AVERAGE of nothing is #DIV/0!). Anything else (other functions, structured
 * references, arrays) is "unknown": the cell then keeps its cached value (from the file) or null.
 */
import type { Rect } from "./address";
import { parseFormula, FormulaSyntaxError, type Node } from "./formula-parse";
import { CellError, type CellValue, type SheetState } from "./state";
import { maxOf, minOf } from "./extremes";

export const UNKNOWN = Symbol("unknown");
type RangeVal = { sheet: SheetState; rect: Rect };
type EV = CellValue | undefined | RangeVal | typeof UNKNOWN;

export interface EvalHost {
  sheetByName(name: string): SheetState | undefined;
  /** The (evaluated) value of a cell; undefined when empty. */
  cellValue(sheet: SheetState, r: number, c: number): CellValue | undefined;
  /** The formula text ("=…") of a defined name visible from `sheet`, if any. */
  nameFormula(name: string, sheet: SheetState): string | undefined;
  /** Last used row/col + 1, to bound whole-column references. */
  bounds(sheet: SheetState): { rows: number; cols: number };
}

const E = (code: string): CellError => new CellError(code);

function isRange(v: EV): v is RangeVal {
  return typeof v === "object" && !(v instanceof CellError) && "rect" in v;
}

class Unknown extends Error {}

export class Evaluator {
  private readonly cache = new Map<string, Node | null>();
  constructor(private readonly host: EvalHost) {}

  private parse(formula: string): Node | null {
    let n = this.cache.get(formula);
    if (n === undefined) {
      try {
        n = parseFormula(formula);
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
        n = null;
      }
      this.cache.set(formula, n);
    }
    return n;
  }

  /** The value of `formula` evaluated on `sheet`; UNKNOWN when the simulator cannot compute it. */
  evaluate(formula: string, sheet: SheetState): CellValue | undefined | typeof UNKNOWN {
    const n = this.parse(formula);
    if (!n) return E("#NAME?");
    try {
      const v = this.ev(n, sheet);
      if (v === UNKNOWN) return UNKNOWN;
      if (isRange(v)) return this.implicit(v);
      // Excel keeps results to 15 significant digits (=0.1+0.2 gives 0.3, and =0.1+0.2=0.3 is TRUE).
      if (typeof v === "number") return Number.isFinite(v) ? Number(v.toPrecision(15)) : E("#NUM!");
      return v === undefined ? 0 : v; // a formula pointing at an empty cell shows 0
    } catch (e) {
      if (e instanceof Unknown) return UNKNOWN;
      throw e;
    }
  }

  /** Implicit intersection simplified: a single cell range gives that cell, otherwise #VALUE!. */
  private implicit(r: RangeVal): CellValue | undefined {
    if (r.rect.r0 === r.rect.r1 && r.rect.c0 === r.rect.c1)
      return this.host.cellValue(r.sheet, r.rect.r0, r.rect.c0) ?? 0;
    return E("#VALUE!");
  }

  private scalar(v: EV): CellValue | undefined {
    if (v === UNKNOWN) throw new Unknown();
    if (isRange(v)) return this.implicit(v);
    return v;
  }

  private num(v: EV): number | CellError {
    const s = this.scalar(v);
    if (s === undefined) return 0;
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    if (s instanceof CellError) return s;
    const t = s.trim();
    if (t !== "" && Number.isFinite(Number(t.replace(/,/g, "")))) return Number(t.replace(/,/g, ""));
    return E("#VALUE!");
  }

  private text(v: EV): string | CellError {
    const s = this.scalar(v);
    if (s === undefined) return "";
    if (s instanceof CellError) return s;
    if (typeof s === "boolean") return s ? "TRUE" : "FALSE";
    if (typeof s === "number") return String(Number(s.toPrecision(15)));
    return s;
  }

  private bool(v: EV): boolean | CellError {
    const s = this.scalar(v);
    if (s === undefined) return false;
    if (s instanceof CellError) return s;
    if (typeof s === "boolean") return s;
    if (typeof s === "number") return s !== 0;
    const u = s.toUpperCase();
    if (u === "TRUE") return true;
    if (u === "FALSE") return false;
    return E("#VALUE!");
  }

  /** Every value of an argument: cells of ranges (flagged), or the scalar itself. */
  private *values(v: EV): Generator<{ v: CellValue | undefined; fromRange: boolean }> {
    if (v === UNKNOWN) throw new Unknown();
    if (isRange(v)) {
      const b = this.host.bounds(v.sheet);
      const r1 = Math.min(v.rect.r1, b.rows - 1);
      const c1 = Math.min(v.rect.c1, b.cols - 1);
      for (let r = v.rect.r0; r <= r1; r++)
        for (let c = v.rect.c0; c <= c1; c++)
          yield { v: this.host.cellValue(v.sheet, r, c), fromRange: true };
      return;
    }
    yield { v, fromRange: false };
  }

  private numbersOf(args: EV[]): number[] | CellError {
    const out: number[] = [];
    for (const a of args) {
      for (const { v, fromRange } of this.values(a)) {
        if (v instanceof CellError) return v;
        if (typeof v === "number") out.push(v);
        else if (!fromRange && v !== undefined) {
          const n = this.num(v);
          if (n instanceof CellError) return n;
          out.push(n);
        }
      }
    }
    return out;
  }

  private ev(n: Node, sheet: SheetState): EV {
    switch (n.k) {
      case "num":
        return n.v;
      case "str":
        return n.v;
      case "bool":
        return n.v;
      case "err":
        return E(n.v);
      case "missing":
        return undefined;
      case "opaque":
        return UNKNOWN;
      case "ref": {
        const s = n.sheet !== undefined ? this.host.sheetByName(n.sheet) : sheet;
        if (!s) return E("#REF!");
        return { sheet: s, rect: n.rect };
      }
      case "name": {
        const f = this.host.nameFormula(n.name, sheet);
        if (f === undefined) return E("#NAME?");
        const node = this.parse(f);
        return node ? this.ev(node, sheet) : E("#NAME?");
      }
      case "pct": {
        const x = this.num(this.ev(n.a, sheet));
        return x instanceof CellError ? x : x / 100;
      }
      case "un": {
        const x = this.num(this.ev(n.a, sheet));
        if (x instanceof CellError) return x;
        return n.op === "-" ? -x : x;
      }
      case "bin":
        return this.binary(n.op, this.ev(n.a, sheet), this.ev(n.b, sheet));
      case "func":
        return this.call(n.name, n.args, sheet);
    }
  }

  private binary(op: string, av: EV, bv: EV): EV {
    if (op === "&") {
      const a = this.text(av);
      if (a instanceof CellError) return a;
      const b = this.text(bv);
      if (b instanceof CellError) return b;
      return a + b;
    }
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const a = this.scalar(av);
      const b = this.scalar(bv);
      if (a instanceof CellError) return a;
      if (b instanceof CellError) return b;
      const cmp = compare(a, b);
      switch (op) {
        case "=":
          return cmp === 0;
        case "<>":
          return cmp !== 0;
        case "<":
          return cmp < 0;
        case ">":
          return cmp > 0;
        case "<=":
          return cmp <= 0;
        default:
          return cmp >= 0;
      }
    }
    const a = this.num(av);
    if (a instanceof CellError) return a;
    const b = this.num(bv);
    if (b instanceof CellError) return b;
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? E("#DIV/0!") : a / b;
      default: {
        const p = Math.pow(a, b);
        return Number.isFinite(p) ? p : E("#NUM!");
      }
    }
  }

  private call(name: string, argNodes: Node[], sheet: SheetState): EV {
    const lazy = (i: number): EV => (argNodes[i] ? this.ev(argNodes[i], sheet) : undefined);
    switch (name) {
      case "IF": {
        const c = this.bool(lazy(0));
        if (c instanceof CellError) return c;
        if (c) return argNodes.length > 1 ? this.scalarOrZero(lazy(1)) : true;
        return argNodes.length > 2 ? this.scalarOrZero(lazy(2)) : false;
      }
      case "IFERROR": {
        const v = this.scalar(lazy(0));
        return v instanceof CellError ? this.scalarOrZero(lazy(1)) : (v ?? 0);
      }
    }
    const args = argNodes.map((a) => this.ev(a, sheet));
    switch (name) {
      case "SUM": {
        const ns = this.numbersOf(args);
        return ns instanceof CellError ? ns : ns.reduce((s, x) => s + x, 0);
      }
      case "AVERAGE": {
        const ns = this.numbersOf(args);
        if (ns instanceof CellError) return ns;
        return ns.length === 0 ? E("#DIV/0!") : ns.reduce((s, x) => s + x, 0) / ns.length;
      }
      case "MIN":
      case "MAX": {
        const ns = this.numbersOf(args);
        if (ns instanceof CellError) return ns;
        if (ns.length === 0) return 0;
        return name === "MIN" ? minOf(ns) : maxOf(ns);
      }
      case "COUNT": {
        let k = 0;
        for (const a of args)
          for (const { v, fromRange } of this.values(a))
            if (typeof v === "number" || (!fromRange && typeof this.num(v) === "number" && v !== undefined))
              k++;
        return k;
      }
      case "COUNTA": {
        let k = 0;
        for (const a of args) for (const { v } of this.values(a)) if (v !== undefined && v !== "") k++;
        return k;
      }
      case "AND":
      case "OR": {
        let acc = name === "AND";
        for (const a of args)
          for (const { v } of this.values(a)) {
            if (v === undefined) continue;
            const b = this.bool(v);
            if (b instanceof CellError) return b;
            acc = name === "AND" ? acc && b : acc || b;
          }
        return acc;
      }
      case "NOT": {
        const b = this.bool(args[0]);
        return b instanceof CellError ? b : !b;
      }
      case "ROUND": {
        const x = this.num(args[0]);
        const d = this.num(args[1]);
        if (x instanceof CellError) return x;
        if (d instanceof CellError) return d;
        const f = Math.pow(10, Math.trunc(d));
        const y = Math.abs(Number((x * f).toPrecision(15)));
        return (Math.sign(x) * Math.round(y)) / f; // half away from zero
      }
      case "ABS": {
        const x = this.num(args[0]);
        return x instanceof CellError ? x : Math.abs(x);
      }
      case "LEN": {
        const t = this.text(args[0]);
        return t instanceof CellError ? t : t.length;
      }
      case "UPPER":
      case "LOWER":
      case "TRIM": {
        const t = this.text(args[0]);
        if (t instanceof CellError) return t;
        return name === "UPPER"
          ? t.toUpperCase()
          : name === "LOWER"
            ? t.toLowerCase()
            : t.trim().replace(/ +/g, " ");
      }
      case "CONCATENATE":
      case "CONCAT": {
        let s = "";
        for (const a of args)
          for (const { v } of this.values(a)) {
            const t = this.text(v);
            if (t instanceof CellError) return t;
            s += t;
          }
        return s;
      }
      case "ISBLANK":
        return this.scalar(args[0]) === undefined;
      case "ISNUMBER":
        return typeof this.scalar(args[0]) === "number";
      case "ISTEXT":
        return typeof this.scalar(args[0]) === "string";
      case "ISERROR":
        return this.scalar(args[0]) instanceof CellError;
      default:
        throw new Unknown();
    }
  }

  private scalarOrZero(v: EV): EV {
    const s = this.scalar(v);
    return s === undefined ? 0 : s;
  }
}

/** Excel's comparison order: numbers < text (case-insensitive) < logicals; empty acts as 0/""/FALSE. */
function compare(a: CellValue | undefined, b: CellValue | undefined): number {
  const rank = (v: CellValue | undefined): number =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : 3;
  if (a === undefined) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === undefined) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}
