/**
 * One step of the pane: a heading whose button shows or hides the step (aria-expanded), like an
 * accordion item, but every step can be open at once and nothing animates (Office panes are narrow
 * and often keyboard-driven).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  toggle: {
    justifyContent: "flex-start",
    paddingLeft: 0,
    minWidth: 0,
    width: "100%",
    fontWeight: tokens.fontWeightSemibold,
  },
  chevron: { display: "inline-block", width: "1em", color: tokens.colorNeutralForeground3 },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXS,
  },
});

export interface StepProps {
  title: string;
  level?: 2 | 3;
  defaultOpen?: boolean;
  testId?: string;
  children: ReactNode;
}

export function Step({ title, level = 2, defaultOpen = true, testId, children }: StepProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={styles.section} data-testid={testId}>
      <Heading className={styles.heading}>
        <Button
          appearance="transparent"
          size={level === 2 ? "medium" : "small"}
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
          data-testid={testId ? `${testId}-toggle` : undefined}
        >
          <span className={styles.chevron} aria-hidden="true">
            {open ? "▾" : "▸"}
          </span>
          {title}
        </Button>
      </Heading>
      {open && (
        <div id={bodyId} className={styles.body}>
          {children}
        </div>
      )}
    </section>
  );
}
