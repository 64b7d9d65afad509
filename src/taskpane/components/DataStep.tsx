/** Step 1: where the customers and the transactions are, and which of their columns mean what. */
import { Button, Caption1, Select, Spinner, Text } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import type { MappingState, PaneState, Which } from "../state/types";
import { stringsFor } from "../strings";
import { MappingPreview } from "./MappingPreview";
import { useShared } from "./styles";

export interface DataStepProps {
  lang: Lang;
  state: Pick<PaneState, "sources" | "previews" | "tables" | "mapping">;
  busy: boolean;
  previewing: boolean;
  onDetect: () => void;
  onUseSelection: (which: Which) => void;
  onPickTable: (which: Which, name: string) => void;
  onClear: (which: Which) => void;
  onRefreshTables: () => void;
  onColumn: (which: Which, field: string, col: number | null | undefined) => void;
  onUnit: (which: Which, field: string, unit: number | undefined) => void;
  onResetMapping: (which: Which) => void;
}

const WHICH: readonly Which[] = ["customers", "transactions"];

function overridesOf(m: MappingState, which: Which) {
  return which === "customers"
    ? { cols: m.customers, units: m.customerUnits }
    : { cols: m.transactions, units: m.transactionUnits };
}

export function DataStep(props: DataStepProps) {
  const { lang, state, busy, previewing } = props;
  const shared = useShared();
  const t = stringsFor(lang);
  return (
    <div className={shared.column}>
      <div className={shared.row}>
        <Button size="small" onClick={props.onDetect} disabled={busy} data-testid="detect">
          {t.data.detect}
        </Button>
      </div>
      {WHICH.map((which) => {
        const source = state.sources[which];
        const preview = state.previews[which];
        const what = t.data[which];
        const { cols, units } = overridesOf(state.mapping, which);
        const table = source?.spec.kind === "table" ? source.spec.name : "";
        return (
          <div key={which} className={shared.card} data-testid={`source-${which}`}>
            <Text weight="semibold">
              {what} <span className={shared.muted}>({t.data.optional})</span>
            </Text>
            <div className={shared.row}>
              <Button
                size="small"
                onClick={() => props.onUseSelection(which)}
                disabled={busy}
                aria-label={t.data.useSelectionFor({ what })}
                data-testid={`use-selection-${which}`}
              >
                {t.data.useSelection}
              </Button>
              <Select
                size="small"
                className={shared.grow}
                aria-label={t.data.tableFor({ what })}
                value={table}
                disabled={busy}
                onFocus={props.onRefreshTables}
                onChange={(_e, d) => {
                  if (d.value !== "") props.onPickTable(which, d.value);
                }}
                data-testid={`table-${which}`}
              >
                <option value="">
                  {state.tables.length === 0 ? t.data.noTables : t.data.tablePlaceholder}
                </option>
                {state.tables.map((tb) => (
                  <option key={tb.name} value={tb.name}>
                    {`${tb.name} (${tb.sheet}!${tb.address})`}
                  </option>
                ))}
              </Select>
              {source !== null && (
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => props.onClear(which)}
                  disabled={busy}
                  aria-label={t.data.clearFor({ what })}
                  data-testid={`clear-${which}`}
                >
                  ✕
                </Button>
              )}
            </div>
            <Caption1 data-testid={`source-label-${which}`}>
              {source === null ? t.data.notChosen : t.data.source({ label: source.label })}
            </Caption1>
            {source !== null && preview === null && previewing && (
              <Spinner size="tiny" label={t.data.reading} />
            )}
            {preview !== null && (
              <MappingPreview
                which={which}
                lang={lang}
                preview={preview}
                override={cols}
                units={units}
                disabled={busy}
                onColumn={(f, c) => props.onColumn(which, f, c)}
                onUnit={(f, u) => props.onUnit(which, f, u)}
                onReset={() => props.onResetMapping(which)}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
