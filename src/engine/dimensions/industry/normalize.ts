/**
 * Text as the dictionaries compare it: NFKC (full-width Ｆ５２ → F52, compatibility forms folded), lower
 * case, inner whitespace collapsed, trimmed. NFKC is safe here because only words are compared, never
 * amounts (the cell reader keeps its narrower half-width folding for numbers).
 */
export function normalizeText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** True for an ASCII letter or digit (a word character for English keyword boundaries). */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Every start index of `key` in `text`. Where the key begins (ends) with an ASCII letter or digit the
 * neighbouring character must not be one, so "it" matches "IT 服务" and "it services" but not "units";
 * Chinese has no word spaces, so a CJK edge matches as a plain substring.
 */
export function occurrences(text: string, key: string): number[] {
  const out: number[] = [];
  if (key.length === 0) return out;
  const checkStart = isAsciiWordChar(key.charCodeAt(0));
  const checkEnd = isAsciiWordChar(key.charCodeAt(key.length - 1));
  let from = 0;
  for (;;) {
    const i = text.indexOf(key, from);
    if (i < 0) return out;
    const j = i + key.length;
    const okStart = !checkStart || i === 0 || !isAsciiWordChar(text.charCodeAt(i - 1));
    const okEnd = !checkEnd || j === text.length || !isAsciiWordChar(text.charCodeAt(j));
    if (okStart && okEnd) out.push(i);
    from = i + 1;
  }
}
