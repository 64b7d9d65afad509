/**
 * The from → to matrix: one row per class before, one column per class after, customers in the cells;
 * cells where the class stays the same are shaded, the rest are the customers that move.
 */
import { NUMERIC } from "./numeric";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MigrationMatrix } from "../../engine/whatif";
import type { Lang } from "../../engine/types";
import { formatInteger } from "../format";
import { stringsFor } from "../strings";
import { useShared } from "./styles";

const useStyles = makeStyles({
  same: { backgroundColor: tokens.colorNeutralBackground3 },
  moved: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  zero: { color: tokens.colorNeutralForeground4 },
  head: { whiteSpace: "normal", textAlign: "right", minWidth: "4.5em", verticalAlign: "bottom" },
  corner: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
  },
});

export interface MigrationTableProps {
  lang: Lang;
  caption: string;
  matrix: MigrationMatrix;
  labelOf: (code: string | null) => string;
  testId: string;
}

export function MigrationTable({ lang, caption, matrix, labelOf, testId }: MigrationTableProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  const styles = useStyles();
  return (
    <div className={shared.scroll}>
      <table className={shared.table} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              {t.whatIf.fromTo}
            </th>
            {matrix.to.map((code) => (
              <th key={code ?? "\u0000none"} scope="col" className={styles.head} data-code={code ?? ""}>
                {labelOf(code)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.from.map((from, i) => (
            <tr key={from ?? "\u0000none"} data-code={from ?? ""}>
              <th scope="row">{labelOf(from)}</th>
              {matrix.to.map((to, j) => {
                const n = matrix.counts[i]?.[j] ?? 0;
                const cls = from === to ? styles.same : n > 0 ? styles.moved : styles.zero;
                return (
                  <td
                    key={to ?? "\u0000none"}
                    className={`${shared.num} ${cls}`}
                    style={NUMERIC}
                    data-from={from ?? ""}
                    data-to={to ?? ""}
                  >
                    {formatInteger(n, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
