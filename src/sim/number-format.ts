/**
 * Renders a cell value with its number format, as `Range.text` reports it. A documented subset of
 * ECMA-376 Part 1 §18.8.31 (numFmt) format codes: General; 0 # ? digit placeholders with "," grouping
 * and trailing-comma scaling; "."; "%"; E+ scientific; literal text (quoted, backslash, and
 * $ - + ( ) : / space); up to four ";" sections (positive; negative; zero; text) with "@";
 * [Red]-style colours and [$-804] locale tags ignored, [$¥-804] currency symbols kept; and dates/times
 * (yyyy yy m mm mmm mmmm d dd ddd dddd h hh m mm s ss AM/PM [h]). Conditions ([>100]) and fractions
 * are not supported (rendered as General). Rounding is half away from zero on the 15-significant-digit
 * decimal value, like Excel.
 */
import { serialToParts } from "./dates";
import { CellError, type CellValue } from "./state";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Fixed-point text of |x| with `decimals` places, rounding half away from zero on x's 15-digit value. */
export function toFixedExcel(x: number, decimals: number): string {
  const abs = Math.abs(x);
  if (abs === 0) return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  const [mant, expStr] = abs.toPrecision(15).includes("e")
    ? abs.toExponential(14).split("e")
    : [abs.toPrecision(15), undefined];
  let digits: string;
  let pointPos: number; // index in digits where the decimal point goes
  if (expStr !== undefined) {
    digits = mant.replace(".", "");
    pointPos = 1 + Number(expStr);
  } else {
    const [ip, fp = ""] = mant.split(".");
    digits = ip! + fp;
    pointPos = ip!.length;
  }
  // Normalise so that pointPos >= 0 by left-padding zeros.
  if (pointPos < 0) {
    digits = "0".repeat(-pointPos) + digits;
    pointPos = 0;
  }
  const keep = pointPos + decimals;
  if (digits.length < keep) digits = digits + "0".repeat(keep - digits.length);
  let kept = digits.slice(0, keep);
  const next = digits.charCodeAt(keep) - 48;
  if (next >= 5) {
    // increment kept as a decimal string
    const arr = kept.split("");
    let i = arr.length - 1;
    while (i >= 0) {
      if (arr[i] === "9") {
        arr[i] = "0";
        i--;
      } else {
        arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
        break;
      }
    }
    kept = (i < 0 ? "1" : "") + arr.join("");
    if (i < 0) pointPos += 1;
  }
  let ip = kept.slice(0, kept.length - decimals) || "0";
  ip = ip.replace(/^0+(?=\d)/, "");
  const fp = kept.slice(kept.length - decimals);
  return decimals > 0 ? `${ip}.${fp}` : ip;
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

function scientific(x: number, decimals: number, trim: boolean): string {
  if (x === 0) return trim ? "0" : `${(0).toFixed(decimals)}E+00`;
  let e = Math.floor(Math.log10(Math.abs(x)));
  let m = toFixedExcel(Math.abs(x) / Math.pow(10, e), decimals);
  if (m.startsWith("10")) {
    e += 1;
    m = toFixedExcel(Math.abs(x) / Math.pow(10, e), decimals);
  }
  if (trim) m = trimZeros(m);
  const es = `${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return `${x < 0 ? "-" : ""}${m}E${es}`;
}

/** Excel's General format for a number in a standard-width cell: at most 11 characters. */
export function formatGeneral(x: number): string {
  if (x === 0) return "0";
  const neg = x < 0;
  const abs = Math.abs(x);
  const width = 11 - (neg ? 1 : 0);
  if (abs >= 1e11 || abs < 1e-9) return scientific(x, 5, true);
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  if (intDigits > width) return scientific(x, 5, true);
  const decimals = Math.max(0, width - intDigits - 1);
  let s = trimZeros(toFixedExcel(abs, decimals));
  if (s === "0") return scientific(x, 5, true);
  if (s.replace(".", "").length > width + 1) s = trimZeros(toFixedExcel(abs, Math.max(0, decimals - 1)));
  return (neg ? "-" : "") + s;
}

/** Splits a format code into ";" sections, respecting quotes and backslash escapes. */
export function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === "\\" && !q) {
      cur += ch + (fmt[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') q = !q;
    if (ch === ";" && !q) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

interface Tok {
  kind: "lit" | "code";
  text: string;
}

/** Tokenises a section: literals (quoted, escaped, bracket currency) vs. code characters. */
function tokenize(section: string): Tok[] {
  const toks: Tok[] = [];
  const lit = (t: string): void => {
    const last = toks[toks.length - 1];
    if (last && last.kind === "lit") last.text += t;
    else toks.push({ kind: "lit", text: t });
  };
  const code = (t: string): void => {
    const last = toks[toks.length - 1];
    if (last && last.kind === "code") last.text += t;
    else toks.push({ kind: "code", text: t });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const j = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, j < 0 ? undefined : j));
      i = j < 0 ? section.length : j;
    } else if (ch === "\\") {
      lit(section[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const j = section.indexOf("]", i);
      const inner = section.slice(i + 1, j < 0 ? undefined : j);
      i = j < 0 ? section.length : j;
      if (/^\$/.test(inner)) {
        const sym = inner.slice(1).split("-")[0] ?? "";
        if (sym) lit(sym);
      } else if (/^(h+|m+|s+)$/i.test(inner)) {
        code(`[${inner.toLowerCase()}]`);
      }
      // colours, conditions, DBNum etc. are ignored
    } else if (ch === "_") {
      lit(" ");
      i++;
    } else if (ch === "*") {
      i++; // fill character: ignored (text does not depend on column width)
    } else if ("0#?.,%Ee+-yYmMdDhHsSaApP/:@ ".includes(ch) || /[0-9]/.test(ch)) {
      code(ch);
    } else {
      lit(ch);
    }
  }
  return toks;
}

function isDateSection(toks: Tok[]): boolean {
  return toks.some((t) => t.kind === "code" && /[yYdDhHsS]|\[h\]|[mM]/.test(t.text.replace(/E[+-]/g, "")));
}

function formatDate(serial: number, toks: Tok[]): string {
  const p = serialToParts(serial);
  const ampm = toks.some((t) => t.kind === "code" && /AM\/PM|A\/P/i.test(t.text));
  let out = "";
  for (const t of toks) {
    if (t.kind === "lit") {
      out += t.text;
      continue;
    }
    const s = t.text;
    // Split code into runs of the same letter; "m" after h or before s means minutes.
    const re = /\[h\]|\[m\]|\[s\]|AM\/PM|am\/pm|A\/P|a\/p|y+|Y+|m+|M+|d+|D+|h+|H+|s+|S+|e|\.0+|./g;
    const parts = s.match(re) ?? [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const lower = part.toLowerCase();
      const prevCode = parts
        .slice(0, i)
        .reverse()
        .find((x) => /^[hsmdy]/i.test(x) || /^\[h\]/.test(x));
      const nextCode = parts.slice(i + 1).find((x) => /^[hsmdy]/i.test(x));
      if (lower === "[h]") out += String(Math.floor(serial * 24));
      else if (lower === "[m]") out += String(Math.floor(serial * 1440));
      else if (lower === "[s]") out += String(Math.floor(serial * 86400));
      else if (lower === "am/pm") out += p.hh < 12 ? "AM" : "PM";
      else if (lower === "a/p") out += p.hh < 12 ? "A" : "P";
      else if (lower[0] === "y") out += lower.length <= 2 ? String(p.y % 100).padStart(2, "0") : String(p.y);
      else if (lower === "e") out += String(p.y);
      else if (lower[0] === "d") {
        if (lower.length === 1) out += String(p.d);
        else if (lower.length === 2) out += String(p.d).padStart(2, "0");
        else if (lower.length === 3) out += DAYS[p.dow]!.slice(0, 3);
        else out += DAYS[p.dow]!;
      } else if (lower[0] === "h") {
        let h = p.hh;
        if (ampm) h = h % 12 === 0 ? 12 : h % 12;
        out += lower.length >= 2 ? String(h).padStart(2, "0") : String(h);
      } else if (lower[0] === "s") {
        out += lower.length >= 2 ? String(p.ss).padStart(2, "0") : String(p.ss);
      } else if (lower[0] === "m") {
        const minutes =
          (prevCode !== undefined && /^(h|\[h\])/i.test(prevCode)) ||
          (nextCode !== undefined && /^s/i.test(nextCode));
        if (minutes && lower.length <= 2)
          out += lower.length === 2 ? String(p.mi).padStart(2, "0") : String(p.mi);
        else if (lower.length === 1) out += String(p.m);
        else if (lower.length === 2) out += String(p.m).padStart(2, "0");
        else if (lower.length === 3) out += MONTHS[p.m - 1]!.slice(0, 3);
        else if (lower.length === 5) out += MONTHS[p.m - 1]!.slice(0, 1);
        else out += MONTHS[p.m - 1]!;
      } else if (lower.startsWith(".0")) {
        out +=
          "." +
          String(p.ms)
            .padStart(3, "0")
            .slice(0, lower.length - 1);
      } else out += part;
    }
  }
  return out;
}

function groupThousands(ip: string): string {
  return ip.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(x: number, toks: Tok[], withSign: boolean): string {
  // Join code tokens to find the numeric pattern; literals keep their position.
  const codeText = toks
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  const percent = (codeText.match(/%/g) ?? []).length;
  let v = x * Math.pow(100, percent);
  const sci = /[Ee][+-]/.test(codeText);
  const m =
    /[0#?,]*(\.[0#?,]*)?/.exec(codeText.replace(/[^0#?,.Ee+-]/g, (c) => (c === "%" ? "" : " ")).trim()) ??
    null;
  const rawPattern = m?.[0] ?? "";
  // Commas after the last digit placeholder scale by 1000 each ("0.0,," shows millions).
  const trailingCommas = /,+$/.exec(rawPattern)?.[0].length ?? 0;
  const pattern = rawPattern.slice(0, rawPattern.length - trailingCommas);
  const [intPat = "", fracPat = ""] = pattern.split(".");
  const decimals = (fracPat.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPat);
  v = v / Math.pow(1000, trailingCommas);
  const minInt = (intPat.match(/0/g) ?? []).length;
  let num: string;
  if (sci) {
    const mm = /[Ee]([+-])(0+)/.exec(codeText);
    num = scientific(Math.abs(v), decimals, false).replace(
      /E([+-])(\d+)/,
      (_a, s: string, d: string) =>
        `E${mm?.[1] === "+" || s === "-" ? s : ""}${d.padStart(mm?.[2]?.length ?? 2, "0")}`,
    );
  } else {
    let fixed = toFixedExcel(v, decimals);
    let [ip = "0", fp = ""] = fixed.split(".");
    if (fp.length > minFrac) fp = fp.replace(/0+$/, "").padEnd(minFrac, "0");
    if (ip === "0" && minInt === 0) ip = "";
    ip = ip.padStart(minInt, "0");
    if (grouping) ip = groupThousands(ip);
    fixed = fp.length > 0 ? `${ip}.${fp}` : decimals > 0 && pattern.includes(".") ? `${ip}.` : ip;
    num = fixed;
  }
  const isZero = /^[0.,]*$/.test(num.replace(/E.*$/, "")) || num === "";
  // Rebuild: literals before the first numeric code char, the number, then literals and % after.
  let prefix = "";
  let suffix = "";
  let seenNum = false;
  for (const t of toks) {
    if (t.kind === "lit") {
      if (seenNum) suffix += t.text;
      else prefix += t.text;
      continue;
    }
    const numericIdx = t.text.search(/[0#?.]/);
    if (numericIdx < 0 || seenNum) {
      // e.g. "%", " ", "-", "(" etc.
      const extra = seenNum ? t.text.replace(/[0#?,.]|[Ee][+-]0+/g, "") : t.text;
      if (seenNum) suffix += extra;
      else prefix += extra;
      continue;
    }
    prefix += t.text.slice(0, numericIdx).replace(/,/g, "");
    const rest = t.text.slice(numericIdx).replace(/[0#?,.]|[Ee][+-]0+/g, "");
    suffix += rest;
    seenNum = true;
  }
  const neg = withSign && x < 0 && !isZero;
  return `${neg ? "-" : ""}${prefix}${num}${suffix}`;
}

/** The text Excel shows for `value` under `format` (see file header for the supported subset). */
export function formatValue(value: CellValue | undefined, format: string): string {
  if (value === undefined) return "";
  if (value instanceof CellError) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(format || "General");
  if (typeof value === "string") {
    const textSec = sections.length >= 4 ? sections[3]! : sections.find((s) => s.includes("@"));
    if (textSec === undefined) return value;
    return tokenize(textSec)
      .map((t) => (t.kind === "lit" ? t.text : t.text.replace(/@/g, value)))
      .join("");
  }
  if (!Number.isFinite(value)) return "#NUM!";
  let section = sections[0]!;
  let withSign = true;
  if (value < 0 && sections.length >= 2) {
    section = sections[1]!;
    withSign = false;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2]!;
  }
  if (/^\s*general\s*$/i.test(section) || section.trim() === "")
    return withSign ? formatGeneral(value) : formatGeneral(Math.abs(value));
  if (section.trim() === "@") return formatGeneral(value);
  const toks = tokenize(section);
  if (isDateSection(toks)) {
    if (value < 0) return "#".repeat(11); // Excel shows ####### for negative dates
    return formatDate(value, toks);
  }
  if (!toks.some((t) => t.kind === "code" && /[0#?]/.test(t.text))) {
    // Only literals (e.g. "-"): show them; General if nothing at all.
    const lits = toks.map((t) => (t.kind === "lit" ? t.text : t.text.replace(/[,.]/g, ""))).join("");
    return lits || formatGeneral(value);
  }
  return formatNumberSection(value, toks, withSign);
}

/** True when the format code displays dates or times (its first section has date/time codes). */
export function isDateFormat(format: string): boolean {
  const first = splitSections(format)[0] ?? "";
  if (/^\s*general\s*$/i.test(first)) return false;
  return isDateSection(tokenize(first));
}
