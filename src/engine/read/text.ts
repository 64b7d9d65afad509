/**
 * Small text helpers shared by the cell and header readers. Cheap charCode checks first, so that the
 * common ASCII cell never pays for Unicode normalisation.
 */

/** True when every char is printable ASCII without leading/trailing blanks: nothing to normalise. */
export function isCleanAscii(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/**
 * Full-width ASCII (U+FF01–FF5E) → half-width, ideographic space (U+3000) → space; other characters
 * kept. Narrower than NFKC on purpose: NFKC would also turn ￥ into ¥ and ① into 1, which number and
 * date parsing must not do silently.
 */
export function toHalfWidth(s: string): string {
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) {
      if (out === null) out = s.slice(0, i);
      out += c === 0x3000 ? " " : String.fromCharCode(c - 0xfee0);
    } else if (out !== null) {
      out += s.charAt(i);
    }
  }
  return out ?? s;
}

/** Trim including NBSP and the ideographic space (String.prototype.trim covers both). */
export function cleanText(s: string): string {
  return toHalfWidth(s).trim();
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
