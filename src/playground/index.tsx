/**
 * Entry of playground.html. Office is not loaded here (no office.js, nothing from outside this
 * origin): the task pane runs against the simulator handed to it as its ExcelHost.
 * `?lang=zh-CN` or `?lang=en-US` picks the language; otherwise the browser's. `?theme=dark` shows the
 * task pane in Fluent's dark theme, as in Office's black or dark grey theme (the page stays light).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../engine/types";
import { langFor } from "../taskpane/strings";
import { Playground } from "./Playground";
import { playgroundStrings } from "./strings";

const container = document.getElementById("container");
if (!container) throw new Error("playground.html has no #container");

// As Office hands the task pane its display language, the playground hands it the browser's (or ?lang=).
const asked = new URLSearchParams(window.location.search).get("lang");
const lang: Lang = langFor(asked ?? navigator.language);
document.documentElement.lang = lang;
const paneTheme =
  new URLSearchParams(window.location.search).get("theme") === "dark" ? webDarkTheme : webLightTheme;

createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <Playground t={playgroundStrings(lang)} lang={lang} paneTheme={paneTheme} />
  </FluentProvider>,
);
