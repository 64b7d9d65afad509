/** Display form of a user's free text: NFKC (full-width folded), inner whitespace collapsed, trimmed; case kept. */
export function displayText(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, " ").trim();
}
