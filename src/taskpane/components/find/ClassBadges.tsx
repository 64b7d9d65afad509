/**
 * A customer's main classes as Fluent badges: overall class, RFM segment, ABC value, credit grade. In a
 * list row they are short (ABC and credit by code); on the card every class is labelled in full. Each
 * badge says its dimension to a screen reader (aria-label), not only the class.
 */
import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { ClassKey, CustomerResult } from "../../../engine/result";
import type { Standard } from "../../../engine/standard/types";
import type { Lang } from "../../../engine/types";
import { classLabel } from "../../labels";
import { stringsFor } from "../../strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  badge: {
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    display: "inline-block",
  },
});

/** Colours that read as good → bad, from Fluent's palette (they follow the light or dark theme). */
const GRADE: Record<string, BadgeProps["color"]> = {
  A: "success",
  B: "informative",
  C: "warning",
  D: "danger",
};

function colorOf(key: ClassKey, code: string): BadgeProps["color"] {
  if (key === "overall") return "brand";
  if (key === "rfm") return "informative";
  return GRADE[code] ?? "subtle";
}

export const BADGE_KEYS: readonly ClassKey[] = ["overall", "rfm", "value", "credit"];

export function ClassBadges({
  customer,
  lang,
  standard,
  short,
}: {
  customer: CustomerResult;
  lang: Lang;
  standard: Standard;
  /** ABC and credit as their codes (a list row), not their labels. */
  short: boolean;
}) {
  const styles = useStyles();
  const t = stringsFor(lang);
  return (
    <span className={styles.row}>
      {BADGE_KEYS.map((key) => {
        const code = customer.classes[key] ?? null;
        if (code === null) return null;
        const full = classLabel(key, code, lang, standard);
        const shown =
          short && key === "value"
            ? `${t.find.abc} ${code}`
            : short && key === "credit"
              ? `${t.find.credit} ${code}`
              : full;
        return (
          <Badge
            key={key}
            size="medium"
            appearance="tint"
            color={colorOf(key, code)}
            className={styles.badge}
            aria-label={t.find.badge({ dimension: t.dimensions[key], label: full })}
            title={t.find.badge({ dimension: t.dimensions[key], label: full })}
            data-class={key}
          >
            {shown}
          </Badge>
        );
      })}
    </span>
  );
}
