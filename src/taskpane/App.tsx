import { Caption1, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../engine/types";
import { ADDIN_VERSION } from "../functions/version";
import { stringsFor } from "./strings";

export interface AppProps {
  /** Office.onReady said the host is Excel; false outside Office or in another host. */
  inExcel: boolean;
  /** False until Office.onReady has answered (or it is known that there is no Office). */
  ready: boolean;
  lang: Lang;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** The task pane. Everything that talks to Excel is gated on `inExcel`. */
export function App({ inExcel, ready, lang }: AppProps) {
  const styles = useStyles();
  const t = stringsFor(lang);
  const status = !ready ? t.loading : inExcel ? t.inExcel : t.outsideExcel;
  return (
    <main className={styles.root}>
      <Title2 as="h1">CustClass 客户分类</Title2>
      <Text role="status">{status}</Text>
      <Caption1>v{ADDIN_VERSION}</Caption1>
    </main>
  );
}
