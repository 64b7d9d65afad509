/**
 * A small parser for Excel formulas (A1 style, en-US separators), enough to tell a formula from
 * text the way Excel's entry parser does and to compute simple formulas. Unsupported but valid
 * syntax (structured references `Table1[Col]`, array constants `{1,2}`) parses to opaque nodes.
 */
import { lettersToCol, MAX_COLS, MAX_ROWS, type Rect } from "./address";

export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: string }
  | { k: "ref"; sheet?: string; rect: Rect }
  | { k: "name"; sheet?: string; name: string }
  | { k: "func"; name: string; args: Node[] }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "pct"; a: Node }
  | { k: "opaque"; text: string }
  | { k: "missing" };

export class FormulaSyntaxError extends Error {}

interface Tok {
  t: "num" | "str" | "id" | "err" | "op" | "(" | ")" | "," | "sheet" | "opaque";
  v: string;
}

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i]!;
        i++;
      }
      toks.push({ t: "str", v: s });
      continue;
    }
    if (ch === "'") {
      // quoted sheet name, must be followed by !
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError("unterminated sheet name");
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i]!;
        i++;
      }
      if (src[i] !== "!") throw new FormulaSyntaxError("expected ! after sheet name");
      i++;
      toks.push({ t: "sheet", v: s });
      continue;
    }
    if (ch === "#") {
      const e = ERRORS.find((x) => src.toUpperCase().startsWith(x, i));
      if (!e) throw new FormulaSyntaxError("bad error literal");
      toks.push({ t: "err", v: e });
      i += e.length;
      continue;
    }
    if (ch === "[" || ch === "{") {
      // structured reference or array constant: keep balanced text as one opaque token
      const close = ch === "[" ? "]" : "}";
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        if (src[j] === ch) depth++;
        else if (src[j] === close) {
          depth--;
          if (depth === 0) break;
        }
      }
      if (j >= src.length) throw new FormulaSyntaxError("unbalanced " + ch);
      const prev = toks[toks.length - 1];
      if (ch === "[" && prev && prev.t === "id") {
        prev.t = "opaque";
        prev.v += src.slice(i, j + 1);
      } else toks.push({ t: "opaque", v: src.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([Ee][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^\d+:/.test(src.slice(i))) {
      toks.push({ t: "num", v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[$A-Za-z_\\\p{L}\d][$\w.\\\p{L}\p{N}]*/u.exec(src.slice(i));
    if (id) {
      let v = id[0];
      i += v.length;
      if (src[i] === "!") {
        toks.push({ t: "sheet", v });
        i++;
        continue;
      }
      // row range like 1:3 is tokenised as ids "1" and "3" with ":" operator
      if (/^\d+$/.test(v)) {
        toks.push({ t: "id", v });
        continue;
      }
      v = v.replace(/^@/, "");
      toks.push({ t: "id", v });
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      toks.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%:@".includes(ch)) {
      toks.push({ t: "op", v: ch });
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      toks.push({ t: ch, v: ch });
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected character ${ch}`);
  }
  return toks;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function refPart(v: string): { r?: number; c?: number } | null {
  let m = CELL.exec(v);
  if (m) {
    const c = lettersToCol(m[1]!);
    const r = Number(m[2]) - 1;
    if (c < MAX_COLS && r >= 0 && r < MAX_ROWS) return { r, c };
    return null;
  }
  m = COL.exec(v);
  if (m) return { c: lettersToCol(m[1]!) };
  m = ROW.exec(v);
  if (m) return { r: Number(m[1]) - 1 };
  return null;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private next(): Tok {
    const t = this.toks[this.i++];
    if (!t) throw new FormulaSyntaxError("unexpected end");
    return t;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return !!t && t.t === "op" && t.v === v;
  }

  parseAll(): Node {
    const n = this.comparison();
    if (this.i < this.toks.length) throw new FormulaSyntaxError("trailing tokens");
    return n;
  }

  private comparison(): Node {
    let a = this.concat();
    for (;;) {
      const t = this.peek();
      if (t && t.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
        this.i++;
        a = { k: "bin", op: t.v, a, b: this.concat() };
      } else return a;
    }
  }
  private concat(): Node {
    let a = this.additive();
    while (this.isOp("&")) {
      this.i++;
      a = { k: "bin", op: "&", a, b: this.additive() };
    }
    return a;
  }
  private additive(): Node {
    let a = this.mult();
    for (;;) {
      if (this.isOp("+") || this.isOp("-")) {
        const op = this.next().v;
        a = { k: "bin", op, a, b: this.mult() };
      } else return a;
    }
  }
  private mult(): Node {
    let a = this.power();
    for (;;) {
      if (this.isOp("*") || this.isOp("/")) {
        const op = this.next().v;
        a = { k: "bin", op, a, b: this.power() };
      } else return a;
    }
  }
  private power(): Node {
    let a = this.percent();
    while (this.isOp("^")) {
      this.i++;
      a = { k: "bin", op: "^", a, b: this.percent() };
    }
    return a;
  }
  private percent(): Node {
    let a = this.unary();
    while (this.isOp("%")) {
      this.i++;
      a = { k: "pct", a };
    }
    return a;
  }
  private unary(): Node {
    if (this.isOp("-") || this.isOp("+")) {
      const op = this.next().v;
      return { k: "un", op, a: this.unary() };
    }
    if (this.isOp("@")) {
      this.i++;
      return this.unary();
    }
    return this.range();
  }
  private range(): Node {
    const a = this.primary();
    if (this.isOp(":")) {
      this.i++;
      const b = this.primary();
      if (a.k === "ref" && b.k === "ref") {
        return {
          k: "ref",
          ...(a.sheet !== undefined ? { sheet: a.sheet } : {}),
          rect: {
            r0: Math.min(a.rect.r0, b.rect.r0),
            c0: Math.min(a.rect.c0, b.rect.c0),
            r1: Math.max(a.rect.r1, b.rect.r1),
            c1: Math.max(a.rect.c1, b.rect.c1),
          },
        };
      }
      return { k: "opaque", text: "range" };
    }
    return a;
  }
  private primary(): Node {
    const t = this.next();
    switch (t.t) {
      case "num":
        return { k: "num", v: Number(t.v) };
      case "str":
        return { k: "str", v: t.v };
      case "err":
        return { k: "err", v: t.v };
      case "opaque":
        return { k: "opaque", text: t.v };
      case "(": {
        const n = this.comparison();
        if (this.next().t !== ")") throw new FormulaSyntaxError("expected )");
        return n;
      }
      case "sheet": {
        const id = this.next();
        if (id.t !== "id" && id.t !== "num") throw new FormulaSyntaxError("expected reference after sheet");
        return this.refOrName(id.v, t.v);
      }
      case "id": {
        if (this.peek()?.t === "(") {
          this.i++;
          const args: Node[] = [];
          if (this.peek()?.t === ")") {
            this.i++;
            return { k: "func", name: t.v.toUpperCase(), args };
          }
          for (;;) {
            const p = this.peek();
            if (p && (p.t === "," || p.t === ")")) args.push({ k: "missing" });
            else args.push(this.comparison());
            const sep = this.next();
            if (sep.t === ")") break;
            if (sep.t !== ",") throw new FormulaSyntaxError("expected , or )");
          }
          return { k: "func", name: t.v.toUpperCase(), args };
        }
        return this.refOrName(t.v);
      }
      default:
        throw new FormulaSyntaxError(`unexpected ${t.v}`);
    }
  }
  private refOrName(v: string, sheet?: string): Node {
    const p = refPart(v);
    const s = sheet !== undefined ? { sheet } : {};
    // A lone column ("A") or row ("3") is only a reference as part of A:A / 3:3.
    const nextIsColon = this.isOp(":");
    if (p && p.r !== undefined && p.c !== undefined)
      return { k: "ref", ...s, rect: { r0: p.r, c0: p.c, r1: p.r, c1: p.c } };
    if (p && nextIsColon && p.c !== undefined)
      return { k: "ref", ...s, rect: { r0: 0, c0: p.c, r1: MAX_ROWS - 1, c1: p.c } };
    if (p && nextIsColon && p.r !== undefined)
      return { k: "ref", ...s, rect: { r0: p.r, c0: 0, r1: p.r, c1: MAX_COLS - 1 } };
    if (this.toks[this.i - 2]?.v === ":" && p) {
      if (p.c !== undefined) return { k: "ref", ...s, rect: { r0: 0, c0: p.c, r1: MAX_ROWS - 1, c1: p.c } };
      if (p.r !== undefined) return { k: "ref", ...s, rect: { r0: p.r, c0: 0, r1: p.r, c1: MAX_COLS - 1 } };
    }
    const up = v.toUpperCase();
    if (up === "TRUE" || up === "FALSE") return { k: "bool", v: up === "TRUE" };
    if (/^\d/.test(v)) throw new FormulaSyntaxError("bad name");
    return { k: "name", ...s, name: v };
  }
}

/** Parses a formula (with or without the leading "="). Throws FormulaSyntaxError when Excel would reject it. */
export function parseFormula(formula: string): Node {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  if (src.trim() === "") throw new FormulaSyntaxError("empty formula");
  return new Parser(tokenize(src)).parseAll();
}

export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return false;
    throw e;
  }
}
