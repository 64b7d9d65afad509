/**
 * Text as "find a customer" compares it: NFKC (full-width "１２３４" = "1234", "ＡＢＣ" = "ABC", the
 * ideographic space = a space), lower case, runs of white space as one space, trimmed. Chinese is left
 * as it is (NFKC does not touch CJK ideographs). Other control characters are dropped so that the
 * index's separator (\u0000) can never occur inside a name or a query.
 */
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** Printable ASCII with single spaces: NFKC leaves it as it is, only the case changes (the common ID). */
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

export function normalizeSearchText(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.toLowerCase();
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").replace(CONTROL, "").trim();
}
