/** The data-quality list: each problem with its severity, what was done, and a link to its first cell. */
import { Badge, Caption1, Link } from "@fluentui/react-components";
import type { Issue, Lang } from "../../engine/types";
import { formatInteger } from "../format";
import { issueMessage } from "../labels";
import { stringsFor } from "../strings";
import { useShared } from "./styles";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface IssueListProps {
  lang: Lang;
  issues: readonly Issue[];
  onGoTo: (sheet: string, cell: string) => void;
}

export function IssueList({ lang, issues, onGoTo }: IssueListProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  if (issues.length === 0) return <Caption1 data-testid="issues-none">{t.results.noIssues}</Caption1>;
  return (
    <ul
      className={shared.column}
      style={{ paddingLeft: 0, listStyle: "none", margin: 0 }}
      data-testid="issues"
    >
      {issues.map((issue, i) => (
        <li
          key={`${issue.code}-${issue.sheet}-${issue.cell}-${i}`}
          className={shared.column}
          data-testid={`issue-${i}`}
        >
          <div className={shared.row}>
            <Badge size="small" appearance="tint" color={COLOR[issue.severity]}>
              {t.results.severity[issue.severity]}
            </Badge>
            {issue.cell !== "" && (
              <Link
                as="button"
                onClick={() => onGoTo(issue.sheet, issue.cell)}
                data-testid={`issue-cell-${i}`}
              >
                {t.goToCell({ cell: `${issue.sheet}!${issue.cell}` })}
              </Link>
            )}
            {issue.count > 1 && (
              <Caption1 className={shared.muted}>
                {t.results.cells({ count: formatInteger(issue.count, lang) })}
              </Caption1>
            )}
          </div>
          <Caption1>{issueMessage(issue, lang)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
