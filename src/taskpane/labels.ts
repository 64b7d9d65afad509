/** Class labels in the pane's language (not the run's: the language can be switched after a run). */
import { MESSAGES, renderMessage, type IssueCode } from "../engine/read/messages";
import type { ClassKey } from "../engine/result";
import { label } from "../engine/standard/labels";
import type { Standard } from "../engine/standard/types";
import type { Issue, Lang } from "../engine/types";
import { WHATIF_KEYS, type ResultDiff } from "../engine/whatif";
import { stringsFor } from "./strings";

export function classLabel(key: ClassKey, code: string | null, lang: Lang, standard?: Standard): string {
  if (code === null) return stringsFor(lang).results.noClass;
  return label(key, code, lang, standard);
}

/** An issue's message in `lang`: rendered again from its code and values when the engine knows them. */
export function issueMessage(issue: Issue, lang: Lang): string {
  if (issue.params === undefined || !(issue.code in MESSAGES[lang])) return issue.message;
  return renderMessage(issue.code as IssueCode, lang, issue.params, issue.sheet, issue.cells);
}

/** Dimensions with at least one classified customer on either side. */
export function diffKeys(diff: ResultDiff | undefined): ClassKey[] {
  if (diff === undefined) return [];
  return WHATIF_KEYS.filter((k) => diff[k]?.counts.some((c) => c.code !== null) === true);
}

/** Labels from the after standard (its custom rules and grades), else the before one. */
export function labeller(
  key: ClassKey,
  lang: Lang,
  after: Standard | undefined,
  before: Standard | undefined,
) {
  return (code: string | null): string => {
    const a = classLabel(key, code, lang, after);
    return code !== null && a === code ? classLabel(key, code, lang, before) : a;
  };
}
