/** Every sentence table of the explainers, for the tests that check both languages agree. */
import { CREDIT_TEMPLATES } from "./credit";
import { FREQUENCY_TEMPLATES, REPEAT_TEMPLATES } from "./frequency";
import { INDUSTRY_TEMPLATES } from "./industry";
import { OVERALL_TEMPLATES } from "./overall";
import { RFM_SCORE_TEMPLATES } from "./rfmScores";
import { RFM_SEGMENT_TEMPLATES } from "./rfmSegment";
import { SATISFACTION_TEMPLATES } from "./satisfaction";
import { SIZE_TEMPLATES } from "./size";
import { placeholders, type Templates } from "./template";
import { BIG_TICKET_TEMPLATES, VALUE_TEMPLATES } from "./value";

export const ALL_TEMPLATES: Record<string, Templates<string>> = {
  rfmScores: RFM_SCORE_TEMPLATES,
  rfmSegment: RFM_SEGMENT_TEMPLATES,
  value: VALUE_TEMPLATES,
  bigTicket: BIG_TICKET_TEMPLATES,
  frequency: FREQUENCY_TEMPLATES,
  repeat: REPEAT_TEMPLATES,
  credit: CREDIT_TEMPLATES,
  industry: INDUSTRY_TEMPLATES,
  size: SIZE_TEMPLATES,
  satisfaction: SATISFACTION_TEMPLATES,
  overall: OVERALL_TEMPLATES,
};

/** Every placeholder name the templates use (a test checks none is left unfilled in a sentence). */
export function placeholderNames(): Set<string> {
  return new Set(
    Object.values(ALL_TEMPLATES).flatMap((t) => Object.values(t["en-US"]).flatMap((s) => placeholders(s))),
  );
}
