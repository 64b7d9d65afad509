import { sectionOfDivision } from "./sections";

/**
 * Industry codes as GB/T 4754-2017 writes them, in already normalised text (normalizeText):
 * - a section letter alone: "f";
 * - a numeric code of 2–4 digits — division "52", group "521", class "5211" — optionally after its
 *   section letter ("f52", "c3011", "c-3011") and optionally followed, after a separator, by its name
 *   ("5211 百货零售"). Without a separator digits are not a code: "2024年成立的零售店" is free text;
 * - a section letter followed by a separator and more text ("f 批发和零售业"): `rest` is returned so the
 *   caller can check the text agrees with the letter (a bare "t-shirt shop" must not become section T).
 * The first two digits of a code are its division (codes nest), which fixes the section. A one-digit
 * number is not read as a code: "5" could be division 05 or a stray count.
 */
export type CodeParse =
  | { kind: "code"; section: string; code: string | null }
  | { kind: "letter"; section: string; rest: string }
  /** A letter and digits that disagree (e.g. "f3011": 30 is in C), or digits of no division ("99"). */
  | { kind: "invalid" };

const LETTER_ONLY = /^[a-t]$/;
const CODE = /^([a-t])?[ \-.:]*(\d{2,4})(?:\.0+)?(?:$|[ \-:、(（]+(.*)$)/;
const LETTER_THEN_TEXT = /^([a-t])[ \-.:、)]+(.+)$/;

export function parseIndustryCode(text: string): CodeParse | null {
  if (LETTER_ONLY.test(text)) return { kind: "code", section: text.toUpperCase(), code: null };
  const m = CODE.exec(text);
  if (m !== null) {
    const letter = m[1];
    const digits = m[2] as string;
    const section = sectionOfDivision(Number(digits.slice(0, 2)));
    if (section === null) return { kind: "invalid" };
    if (letter !== undefined && letter.toUpperCase() !== section) return { kind: "invalid" };
    return { kind: "code", section, code: digits };
  }
  const t = LETTER_THEN_TEXT.exec(text);
  if (t !== null)
    return { kind: "letter", section: (t[1] as string).toUpperCase(), rest: (t[2] as string).trim() };
  return null;
}
