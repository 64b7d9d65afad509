/**
 * Find a customer: a search box over the run's customers (part of a name or ID; full-width and half-width
 * alike — engine/search), the matches as a listbox under it (ARIA combobox: the focus stays in the box,
 * ↑/↓ move the active option, Enter opens it, Esc clears), and the customer's card once one is opened.
 * Typing is debounced: the engine is asked after a short pause, not on every key.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  SearchBox,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { Lang } from "../../../engine/types";
import type { EngineClient } from "../../../worker/protocol";
import { formatInteger } from "../../format";
import { useCustomerSearch } from "../../hooks/useCustomerSearch";
import type { RunResult } from "../../state/types";
import { stringsFor } from "../../strings";
import { useShared } from "../styles";
import { ClassBadges } from "./ClassBadges";
import { CustomerCard } from "./CustomerCard";

/** Quiet time after a keystroke before the engine is asked ("华联" typed fast asks once). */
export const SEARCH_DELAY_MS = 150;

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  option: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ":last-child": { borderBottom: "none" },
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorBrandStroke1}`,
  },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  id: { flexShrink: 0, maxWidth: "45%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface CustomerFinderProps {
  lang: Lang;
  run: RunResult;
  engine: EngineClient;
  query: string;
  open: number | null;
  onQuery: (query: string) => void;
  onOpen: (index: number | null) => void;
  onGoToRow: (index: number) => void;
  onExplainSelected: () => void;
  onError: (e: unknown) => void;
}

export function CustomerFinder(props: CustomerFinderProps) {
  const { lang, run, engine, query, open, onQuery, onOpen, onGoToRow, onExplainSelected, onError } = props;
  const t = stringsFor(lang);
  const styles = useStyles();
  const shared = useShared();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query);
  const [active, setActive] = useState(0);

  // The box follows the state when it changes elsewhere (cleared by a new run, restored on remount).
  useEffect(() => setText((now) => (now.trim() === query.trim() ? now : query)), [query]);
  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => onQuery(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, query, onQuery]);

  const { found, answers, pending } = useCustomerSearch(engine, run.baseId, query, onError);
  const hits = found?.hits ?? [];
  useEffect(() => setActive(0), [found]);
  // Enter pressed before the answer for what is in the box came: open its first hit when it comes.
  const openFirst = useRef(false);
  useEffect(() => {
    if (!openFirst.current || answers !== text || pending) return;
    openFirst.current = false;
    const first = found?.hits[0];
    if (first !== undefined) onOpen(first.index);
  }, [found, answers, text, pending, onOpen]);

  const back = useCallback(() => {
    onOpen(null);
    // Back where the user came from: the box, with the list as it was.
    setTimeout(() => input.current?.focus(), 0);
  }, [onOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && hits.length > 0) {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === "ArrowUp" && hits.length > 0) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Home" && hits.length > 0 && e.ctrlKey) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === "Enter") {
      e.preventDefault();
      // Typed faster than the pause: search what is in the box now, and open its first hit when it comes
      // (an older answer's hit would be the wrong customer).
      if (text !== query || answers !== query || pending) {
        openFirst.current = true;
        if (text !== query) onQuery(text);
        return;
      }
      const hit = hits[active];
      if (hit !== undefined) onOpen(hit.index);
    } else if (e.key === "Escape") {
      e.preventDefault();
      openFirst.current = false;
      setText("");
      onQuery("");
    }
  };

  const optionId = (k: number) => `${listId}-option-${k}`;
  const listed = open === null && hits.length > 0;
  const more = found ? found.total - hits.length : 0;
  const status =
    query.trim() === ""
      ? t.find.keys
      : pending && found === null
        ? t.find.searching
        : found && found.total === 0
          ? t.find.none({ query: query.trim() })
          : found
            ? t.find.found({ total: formatInteger(found.total, lang) })
            : "";

  return (
    <div className={shared.column} data-testid="finder">
      <Field label={t.find.label} hint={t.find.hint} size="small">
        <SearchBox
          ref={input}
          size="small"
          value={text}
          placeholder={t.find.placeholder}
          onChange={(_e, d) => setText(d.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls={listId}
          aria-activedescendant={listed ? optionId(active) : undefined}
          data-testid="find-input"
        />
      </Field>
      <Caption1 className={shared.muted} role="status" aria-live="polite" data-testid="find-status">
        {status}
      </Caption1>
      {open !== null ? (
        <CustomerCard
          lang={lang}
          run={run}
          index={open}
          engine={engine}
          onBack={back}
          onGoToRow={onGoToRow}
          onError={onError}
        />
      ) : (
        <ul
          id={listId}
          role="listbox"
          aria-label={t.find.list}
          className={styles.list}
          hidden={hits.length === 0}
          data-testid="find-results"
        >
          {hits.map((h, k) => {
            const c = run.result.customers[h.index];
            if (c === undefined) return null;
            return (
              <li
                key={h.index}
                id={optionId(k)}
                role="option"
                aria-selected={k === active}
                className={mergeClasses(styles.option, k === active && styles.active)}
                onClick={() => onOpen(h.index)}
                onMouseMove={() => setActive(k)}
                data-testid="find-hit"
                data-id={h.id}
              >
                <span className={styles.head}>
                  <Text size={300} weight="semibold" className={styles.name}>
                    {h.name ?? h.id}
                  </Text>
                  <Caption1 className={mergeClasses(shared.muted, styles.id)}>{h.id}</Caption1>
                </span>
                <ClassBadges customer={c} lang={lang} standard={run.result.standard} short />
              </li>
            );
          })}
        </ul>
      )}
      {open === null && more > 0 && (
        <Caption1 className={shared.muted} data-testid="find-more">
          {t.find.more({ count: formatInteger(more, lang) })}
        </Caption1>
      )}
      <div className={shared.row}>
        <Button size="small" onClick={onExplainSelected} data-testid="explain-selected">
          {t.find.explainSelected}
        </Button>
        <Caption1 className={shared.muted}>{t.find.explainSelectedHint}</Caption1>
      </div>
    </div>
  );
}
