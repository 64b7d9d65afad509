/** Customers per class on two sides (now / what-if, or scenario A / B), with the change. */
import { NUMERIC } from "./numeric";
import type { ClassDelta } from "../../engine/whatif";
import type { Lang } from "../../engine/types";
import { formatDelta, formatInteger } from "../format";
import { stringsFor } from "../strings";
import { useShared } from "./styles";

export interface CountTableProps {
  lang: Lang;
  caption: string;
  rows: readonly ClassDelta[];
  labelOf: (code: string | null) => string;
  beforeLabel: string;
  afterLabel: string;
  testId: string;
}

export function CountTable({
  lang,
  caption,
  rows,
  labelOf,
  beforeLabel,
  afterLabel,
  testId,
}: CountTableProps) {
  const t = stringsFor(lang);
  const shared = useShared();
  return (
    <div className={shared.scroll}>
      <table className={shared.table} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.results.klass}</th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {beforeLabel}
            </th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {afterLabel}
            </th>
            <th scope="col" className={shared.num} style={NUMERIC}>
              {t.whatIf.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code ?? "\u0000none"} data-code={r.code ?? ""}>
              <th scope="row">{labelOf(r.code)}</th>
              <td className={shared.num} style={NUMERIC}>{formatInteger(r.before, lang)}</td>
              <td className={shared.num} style={NUMERIC}>{formatInteger(r.after, lang)}</td>
              <td className={shared.num} style={NUMERIC} data-delta={r.delta}>
                {formatDelta(r.delta, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
