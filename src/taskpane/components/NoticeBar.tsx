/** The pane's message bar: what happened and what to do, in the current language, with the cell to fix. */
import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { workbookMessage } from "../../excel/messages";
import type { Notice } from "../state/types";
import { stringsFor } from "../strings";

export function noticeText(notice: Notice, lang: Lang): string {
  if (notice.kind === "workbook") return workbookMessage(notice.code, lang, notice.params);
  return stringsFor(lang).notice[notice.key](notice.params ?? {});
}

export interface NoticeBarProps {
  notice: Notice | null;
  lang: Lang;
  onDismiss: () => void;
  onGoTo: (sheet: string, cell: string) => void;
}

export function NoticeBar({ notice, lang, onDismiss, onGoTo }: NoticeBarProps) {
  if (notice === null) return null;
  const t = stringsFor(lang);
  const { sheet, cell } = notice;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      politeness={notice.intent === "error" ? "assertive" : "polite"}
      data-testid="message-bar"
      data-intent={notice.intent}
    >
      <MessageBarBody>
        <MessageBarTitle>{t.noticeTitle[notice.intent]}</MessageBarTitle>
        <span data-testid="message-text">{noticeText(notice, lang)}</span>{" "}
        {sheet !== undefined && cell !== undefined && (
          <Link as="button" onClick={() => onGoTo(sheet, cell)}>
            {t.goToCell({ cell })}
          </Link>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={t.dismiss}
            onClick={onDismiss}
            data-testid="message-dismiss"
          >
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}
