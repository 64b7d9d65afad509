/** The pane's title, version and language switch. */
import { Caption1, Select, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { ADDIN_VERSION } from "../../functions/version";
import { LANGUAGE_NAMES, stringsFor } from "../strings";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0, display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  version: { color: tokens.colorNeutralForeground3 },
});

export function Header({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const styles = useStyles();
  const t = stringsFor(lang);
  return (
    <header className={styles.header}>
      <Title3 as="h1" className={styles.title}>
        CustClass 客户分类
        <Caption1 className={styles.version}>v{ADDIN_VERSION}</Caption1>
      </Title3>
      <Select
        size="small"
        value={lang}
        aria-label={`${t.language} / ${lang === "zh-CN" ? "Language" : "语言"}`}
        onChange={(_e, d) => onLang(d.value as Lang)}
        data-testid="lang-switch"
      >
        {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
    </header>
  );
}
